// Words as the story list counts them (runs of non-space), so the body and the list agree.

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
