// The status line of an import in progress, the same whether the window or the menu began it.

export function importLabel(files: { name: string; bytes: number }[]): string {
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  const what = files.length === 1 ? files[0]?.name : `${files.length} files`;
  return `Importing ${what} (${formatSize(bytes)}): decoding and splitting…`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `Pasted 2026-11-30 11.20.html`: a pasted document's name, from the local time of the paste. */
export function pastedName(now: Date, ext: 'html' | 'txt'): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `Pasted ${date} ${pad(now.getHours())}.${pad(now.getMinutes())}.${ext}`;
}

/**
 * The clipboard as a file to import, or null when it holds no text: a browser's copy as HTML (read
 * for its structure), else its plain text (split). The desk's Ctrl+V and Edit > Paste as New
 * Document both make the document this way.
 */
export function pastedFile(
  clipboard: { html: string; text: string },
  now: Date = new Date(),
): { name: string; text: string } | null {
  if (clipboard.html.trim() !== '') return { name: pastedName(now, 'html'), text: clipboard.html };
  if (clipboard.text.trim() !== '') return { name: pastedName(now, 'txt'), text: clipboard.text };
  return null;
}
