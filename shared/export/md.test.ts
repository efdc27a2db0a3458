import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE as style } from '../house-style';
import { escapeMarkdown, storiesToMarkdown, storyToMarkdown } from './md';
import { RICH, story } from './fixtures';

describe('escapeMarkdown', () => {
  it('escapes markup so copy prints as written', () => {
    expect(escapeMarkdown('- 1. <b>x</b> [a](b) *c* _d_ #e')).toBe(
      '\\- 1. \\<b\\>x\\</b\\> \\[a\\](b) \\*c\\* \\_d\\_ \\#e',
    );
    expect(escapeMarkdown('2. point')).toBe('2\\. point');
    expect(escapeMarkdown('3) point')).toBe('3\\) point');
    expect(escapeMarkdown('+ = & ~ |')).toBe('\\+ = \\& \\~ \\|');
  });
});

describe('storyToMarkdown', () => {
  it('prints a heading, emphasised captions with their credit, paragraphs with formatting', () => {
    expect(storyToMarkdown(RICH, style).split('\n\n')).toEqual([
      '# Council "Agrees" Harbour Plan',
      'By Jane Doe and John Roe, Associated Press · 3:14 PM GMT+1, November 20, 2024',
      '*20 November 2024, Norway, Bergen: The harbour at dawn* (EPA)',
      '*The old quay (L)*',
      'BERGEN, Norway, Nov 20 (AP) — The council agreed the plan on Monday.',
      'Read the [**full report**](https://example.org/report_\\(2024\\)?a=1\\&b=2) here, or [*write to us*](mailto:desk@example.org).',
      '***Both bold and italic***, and a bad link.\n',
    ]);
  });

  it('keeps spaces outside emphasis markers, where Markdown needs them', () => {
    const s = story('s', 'H', {
      body: [
        {
          text: 'a bold b',
          lines: [],
          runs: [{ text: 'a' }, { text: ' bold ', bold: true }, { text: 'b' }],
        },
      ],
    });
    expect(storyToMarkdown(s, style)).toContain('a **bold** b');
  });

  it('separates stories with a thematic break', () => {
    expect(storiesToMarkdown([story('a', 'A'), story('b', 'B')], style)).toBe(
      '# A\n\n---\n\n# B\n',
    );
  });
});
