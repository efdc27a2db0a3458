// Ctrl/Cmd+V on the desk, outside a text field: the clipboard becomes a new document, imported
// like a dropped file. A browser's copy carries text/html, read for its structure (headings,
// paragraphs, figures); otherwise the plain text goes to the split.

const pad = (n: number) => String(n).padStart(2, '0');

/** `Pasted 2026-11-30 11.20.html`: the document's name, from the local time of the paste. */
export function pastedName(now: Date, ext: 'html' | 'txt'): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `Pasted ${date} ${pad(now.getHours())}.${pad(now.getMinutes())}.${ext}`;
}

/** The clipboard as a file to import, or null when it holds no text. */
export function clipboardFile(
  data: Pick<DataTransfer, 'getData'>,
  now: Date = new Date(),
): File | null {
  const html = data.getData('text/html');
  if (html.trim() !== '') return new File([html], pastedName(now, 'html'), { type: 'text/html' });
  const text = data.getData('text/plain');
  if (text.trim() !== '') return new File([text], pastedName(now, 'txt'), { type: 'text/plain' });
  return null;
}

/** Whether a paste goes to what has the focus (a text field, the editor) rather than the desk. */
export function pasteIsForField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !==
    null
  );
}
