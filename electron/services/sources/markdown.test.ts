// Markdown in: `#` headings start stories, images become captions, the rest is body with its
// formatting; the stored source is the file, and every non-blank line of it is in one place.

import { describe, expect, it } from 'vitest';
import type { Story } from '../../../shared/model';
import { readSource } from './index';

const enc = (s: string) => new TextEncoder().encode(s);

const FILE = `<!-- desk notes: not for print -->

# Harbour Reopens After Storm

![Boats in the harbour](boats.jpg "Boats")
*Fishing boats return to the harbour on Wednesday. (Photo: EPA)*

PORTSMOUTH - The harbour reopened on **Wednesday** after a *three-day* closure,
the [port authority](https://example.org/port) said.

- Ferries resume on Thursday.
- The fish market opens on Friday.

---

# Fishermen Protest New Quotas

![3 March 2025, Norway, Bergen: Boats moored during the protest (dpa)](moored.jpg)

Hundreds of fishermen blocked the harbour entrance on Tuesday.

## What happens next

The ministry will meet them on [Friday](javascript:alert(1)).
`;

/** Every line a story holds, each place it is held. */
function placements(stories: Story[]): number[] {
  return stories.flatMap((s) => [
    ...(s.headlineLine ? [s.headlineLine] : []),
    ...s.captions.flatMap((c) => c.lines),
    ...s.body.flatMap((p) => p.lines),
    ...s.removed.map((r) => r.line),
  ]);
}

const read = await readSource('stories.md', enc(FILE));
const [harbour, fishermen] = read.stories;

describe('Markdown import', () => {
  it('starts a story at each # heading, its headline', () => {
    expect(read.kind).toBe('markdown');
    expect(read.stories.map((s) => s.headline)).toEqual([
      'Harbour Reopens After Storm',
      'Fishermen Protest New Quotas',
    ]);
    expect(read.decoded.text).toBe(FILE);
  });

  it('makes captions of images: the caption line under one, else its alt text', () => {
    expect(harbour?.captions).toEqual([
      expect.objectContaining({
        text: 'Fishing boats return to the harbour on Wednesday.',
        credit: 'EPA',
        lines: [5, 6],
      }),
    ]);
    expect(fishermen?.captions).toEqual([
      expect.objectContaining({
        text: 'Boats moored during the protest',
        credit: 'dpa',
        dateline: '3 March 2025, Norway, Bergen',
      }),
    ]);
  });

  it('keeps the body with its formatting, one paragraph per list item, subheadings as copy', () => {
    expect(harbour?.body.map((p) => p.text)).toEqual([
      'PORTSMOUTH - The harbour reopened on Wednesday after a three-day closure, the port authority said.',
      'Ferries resume on Thursday.',
      'The fish market opens on Friday.',
    ]);
    expect(harbour?.body[0]?.runs).toEqual(
      expect.arrayContaining([
        { text: 'Wednesday', bold: true },
        { text: 'three-day', italic: true },
        { text: 'port authority', href: 'https://example.org/port' },
      ]),
    );
    expect(harbour?.dateline).toBe('PORTSMOUTH');
    expect(fishermen?.body.map((p) => p.text)).toContain('What happens next');
    // A javascript: link keeps its words and loses the link.
    expect(JSON.stringify(fishermen)).not.toContain('javascript:');
  });

  it('takes out the rule and the HTML comment, and places every non-blank line once', () => {
    const removed = read.stories.flatMap((s) => s.removed.map((r) => [r.line, r.reason]));
    expect(removed).toEqual(
      expect.arrayContaining([
        [1, 'boilerplate'],
        [14, 'separator'],
      ]),
    );
    const nonBlank = FILE.split('\n').flatMap((l, i) => (l.trim() ? [i + 1] : []));
    expect(placements(read.stories).sort((a, b) => a - b)).toEqual(nonBlank);
  });

  it('refuses a file with no copy, naming it', async () => {
    await expect(readSource('empty.md', enc('---\n\n<!-- nothing -->\n'))).rejects.toThrow(
      /"empty.md" is Markdown with no copy in it/,
    );
  });
});
