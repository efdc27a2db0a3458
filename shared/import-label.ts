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
