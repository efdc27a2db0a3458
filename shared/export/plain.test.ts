import { describe, expect, it } from 'vitest';
import type { Story } from '../model';
import { escapeMarkdown, storyToMarkdown, storyToText } from './plain';

const story: Story = {
  id: 'story-1',
  headline: 'Harbour *Bridge* Reopens',
  headlineLine: 1,
  captions: [{ text: 'Workers on the deck (L)', credit: 'EPA', dateline: null, lines: [3] }],
  body: [
    { text: 'The bridge reopened on Monday.', lines: [5] },
    { text: '- 1. <b>not html</b> [not a link](x)', lines: [7] },
  ],
  removed: [],
  warnings: [],
  boundary: { line: 1, confidence: 1, signals: [] },
  source: { firstLine: 1, lastLine: 7 },
};

describe('plain text', () => {
  it('prints headline, captions with credit and paragraphs separated by blank lines', () => {
    expect(storyToText(story)).toBe(
      'Harbour *Bridge* Reopens\n\nWorkers on the deck (L) (EPA)\n\nThe bridge reopened on Monday.\n\n- 1. <b>not html</b> [not a link](x)\n',
    );
  });
});

describe('Markdown', () => {
  it('escapes markup so copy prints as written', () => {
    expect(escapeMarkdown('- 1. <b>x</b> [a](b) *c* _d_ #e')).toBe(
      '\\- 1. \\<b\\>x\\</b\\> \\[a\\](b) \\*c\\* \\_d\\_ \\#e',
    );
    expect(escapeMarkdown('2. point')).toBe('2\\. point');
  });

  it('prints a heading, an emphasised caption with its credit, and paragraphs', () => {
    const md = storyToMarkdown(story);
    expect(md.split('\n\n')).toEqual([
      '# Harbour \\*Bridge\\* Reopens',
      '*Workers on the deck (L)* (EPA)',
      'The bridge reopened on Monday.',
      '\\- 1. \\<b\\>not html\\</b\\> \\[not a link\\](x)\n',
    ]);
  });
});
