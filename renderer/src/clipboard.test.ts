import { expect, it } from 'vitest';
import { RICH } from '../../shared/export/fixtures';
import { DEFAULT_HOUSE_STYLE } from '../../shared/house-style';
import { parseHtml } from '../../shared/testing/html';
import { storyForClipboard } from './clipboard';

it('copies the story with its byline line, in text and in HTML, as the exports write it', () => {
  const { text, html } = storyForClipboard(RICH, { ...DEFAULT_HOUSE_STYLE, quotes: 'curly' });
  const line = 'By Jane Doe and John Roe, Associated Press · 3:14 PM GMT+1, November 20, 2024';
  expect(text.split('\n\n').slice(0, 2)).toEqual(['Council “Agrees” Harbour Plan', line]);
  const byline = parseHtml(html).querySelector('article > h1 + p.byline');
  expect(byline?.textContent).toBe(line);
  expect(byline?.querySelector('time')?.getAttribute('datetime')).toBe('2024-11-20T15:14:00+01:00');
});
