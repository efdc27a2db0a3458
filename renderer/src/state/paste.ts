// Ctrl/Cmd+V on the desk, outside a text field: the clipboard becomes a new document, imported
// like a dropped file. A browser's copy carries text/html, read for its structure (headings,
// paragraphs, figures); otherwise the plain text goes to the split.

import { pastedFile } from '../../../shared/import-label';

/** The clipboard as a file to import, or null when it holds no text. */
export function clipboardFile(
  data: Pick<DataTransfer, 'getData'>,
  now: Date = new Date(),
): File | null {
  const file = pastedFile(
    { html: data.getData('text/html'), text: data.getData('text/plain') },
    now,
  );
  if (!file) return null;
  const type = file.name.endsWith('.html') ? 'text/html' : 'text/plain';
  return new File([file.text], file.name, { type });
}

/** Whether a paste goes to what has the focus (a text field, the editor) rather than the desk. */
export function pasteIsForField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !==
    null
  );
}
