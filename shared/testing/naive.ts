// The naive baseline the engine must beat: stories at runs of two or more blank lines, the first
// line the headline, blank-line blocks the paragraphs, a trailing `(Credit)` making a caption.

import type { Caption, Paragraph, Story } from '../model';

const CREDITED = /^(.*\S)\s*\(([^()]{1,40})\)$/;

export function naiveSplit(text: string): Story[] {
  const lines = text.split(/\r?\n/);
  const stories: Story[] = [];
  let blocks: { text: string; lines: number[] }[] = [];
  let block: { text: string; lines: number[] } | null = null;
  let blanks = 0;

  const flushStory = () => {
    if (blocks.length === 0) return;
    const first = blocks[0]!;
    const headlineLine = first.lines[0]!;
    const headline = lines[headlineLine - 1]!.trim();
    const rest = first.lines.slice(1);
    const parts = [
      ...(rest.length > 0
        ? [{ text: rest.map((n) => lines[n - 1]!.trim()).join(' '), lines: rest }]
        : []),
      ...blocks.slice(1),
    ];
    const captions: Caption[] = [];
    const body: Paragraph[] = [];
    for (const part of parts) {
      const m = CREDITED.exec(part.text);
      if (m) captions.push({ text: m[1]!, credit: m[2]!, dateline: null, lines: part.lines });
      else body.push({ text: part.text, lines: part.lines });
    }
    const last = blocks.at(-1)!.lines.at(-1)!;
    stories.push({
      id: `naive-${headlineLine}`,
      headline,
      headlineLine,
      byline: null,
      published: null,
      dateline: null,
      captions,
      body,
      removed: [],
      warnings: [],
      boundary: { line: headlineLine, confidence: 1, signals: [] },
      source: { firstLine: headlineLine, lastLine: last },
    });
    blocks = [];
  };

  lines.forEach((line, i) => {
    if (line.trim() === '') {
      blanks++;
      block = null;
      return;
    }
    if (blanks >= 2) flushStory();
    blanks = 0;
    if (!block) {
      block = { text: '', lines: [] };
      blocks.push(block);
    }
    block.text = block.text ? `${block.text} ${line.trim()}` : line.trim();
    block.lines.push(i + 1);
  });
  flushStory();
  return stories;
}
