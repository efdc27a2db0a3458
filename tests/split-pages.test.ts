// Pages as an editor copies them (select all, copy) from kinds of site the web-dump generator does
// not imitate line for line: written for these tests, the copy invented. Each page is read as an
// editor would split it by hand: headline, byline, time, dateline, picture credits, and which source
// lines are the story's copy; every other line removed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitStories } from '../shared/split/index';

interface Expected {
  headline: string;
  byline: string | null;
  /** The publication time's ISO form; null for none, or a relative one (`3 hours ago`). */
  published: string | null;
  dateline: string | null;
  credits: string[];
  /** The source lines of the copy, in order. */
  body: number[];
}

const PAGES: Record<string, Expected[]> = {
  // Menus, share bar, a gallery caption printed twice with its counter and links, a glued time,
  // the sign-off kept as copy.
  'wire-gallery.txt': [
    {
      headline: 'Chipmaker shares slide after export curbs widen',
      byline: 'Sam Lee and Priya Raman',
      published: '2026-11-29T16:15:00Z',
      dateline: 'TAIPEI, Nov 29 (Reuters)',
      credits: ['REUTERS/Ann Wang/File Photo'],
      body: [20, 21, 22, 24],
    },
  ],
  // A wire's text feed: each story under its slug, the byline's agency on the next line, a rule
  // before the contributor line and a link line.
  'wire-feed-three-stories.txt': [
    {
      headline: 'Ferry crews vote to strike over pay',
      byline: 'MARTA KOWALSKI, Associated Press',
      published: null,
      dateline: 'GDANSK, Poland (AP)',
      credits: [],
      body: [5, 6, 7, 9],
    },
    {
      headline: 'Kenyans sweep Valencia marathon podium',
      byline: 'JOHN MWANGI, Associated Press',
      published: null,
      dateline: 'VALENCIA, Spain (AP)',
      credits: [],
      body: [15, 16],
    },
    {
      headline: 'Spanish farmers warn of olive oil shortage',
      byline: 'ELENA GARCIA, Associated Press',
      published: null,
      dateline: 'MADRID (AP)',
      credits: [],
      body: [24, 25],
    },
  ],
  // A news-in-brief column and nothing else: each card is a story of its own.
  'regional-news-in-brief.txt': [
    ['Library opens on Sundays', 3],
    ['Roadworks on ring road', 5],
    ['Choir wins national award', 7],
    ['Power cut hits 500 homes', 9],
  ].map(([headline, line]) => ({
    headline: headline as string,
    byline: null,
    published: null,
    dateline: null,
    credits: [],
    body: [line as number],
  })),
  // Three pages pasted one after the other, each page's whole template between the stories.
  'wire-three-pages.txt': [
    {
      headline: 'Drought forces Panama Canal to cut daily crossings again',
      byline: 'MARIA LOPEZ and DAVID CHEN',
      published: '2026-11-28T16:12:00+01:00',
      dateline: 'PANAMA CITY (AP)',
      credits: ['AP Photo/Arnulfo Franco'],
      body: [26, 27, 28, 29, 30],
    },
    {
      headline: 'Kenyan runners sweep podium at Valencia marathon',
      byline: 'JOHN MWANGI',
      published: '2026-11-30T11:03:00+01:00',
      dateline: 'VALENCIA, Spain (AP)',
      credits: ['AP Photo/Alberto Saiz'],
      body: [65, 66, 67],
    },
    {
      headline: 'Farmers warn of olive oil shortage after poor harvest',
      byline: 'ELENA GARCIA',
      published: '2026-11-29T09:48:00+01:00',
      dateline: 'MADRID (AP)',
      credits: [],
      body: [101, 102, 103],
    },
  ],
  // `Image source, …` and `Image caption, …` lines, a time label on a line of its own, topic lists.
  'broadcaster-one-story.txt': [
    {
      headline: 'Village school saved after parents raise £200,000',
      byline: 'Alice Moreton, BBC News, Cumbria',
      published: null,
      dateline: null,
      credits: ['Alice Moreton/BBC', 'Getty Images'],
      body: [34, 35, 36, 37, 38, 41, 42],
    },
  ],
  // A standfirst, a labelled byline and role, subheadings, a list without bullets, Q and A, the
  // sign-off; related and most-read lists after.
  'newspaper-one-story.txt': [
    {
      headline: 'Ferry operators brace for a winter of strikes as talks collapse',
      byline: 'Marta Kowalski, Transport correspondent',
      published: '2026-11-29T07:42:00Z',
      dateline: null,
      credits: ['Piotr Nowak/Reuters'],
      body: [10, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30],
    },
  ],
  // The byline's name and role on one line, the caption under the standfirst.
  'newspaper-byline-run-together.txt': [
    {
      headline: 'Glaciers in the Alps lost a record share of their ice this year, scientists say',
      byline: 'Karen Holt, Environment correspondent',
      published: '2026-11-29T14:05:00Z',
      dateline: null,
      credits: ['Arnd Wiegmann/Reuters'],
      body: [24, 30, 31, 32, 33],
    },
  ],
  // Ad labels around the copy; after it, the note on the writer (with the byline), the print
  // edition's note, a bar of links and a topics line.
  'newspaper-print-edition.txt': [
    {
      headline: 'Paris Bans Rental Scooters From Its Bridges at Night',
      byline: 'Claire Dubois',
      published: '2026-11-29',
      dateline: null,
      credits: ['Dmitry Kostyukov for The Example Times'],
      body: [9, 16, 17, 18],
    },
  ],
  // Arabic navigation, `Place - Name` bylines and `Place - Source` datelines, credits after a
  // sentence's end.
  'mideast-two-pages.txt': [
    {
      headline: 'Lebanon’s parliament fails again to elect a president',
      byline: 'Nadia Khoury',
      published: '2026-11-25T09:30:00',
      dateline: null,
      credits: ['REUTERS/Mohamed Azakir'],
      body: [16, 17, 18, 19],
    },
    {
      headline: 'Saudi Arabia announces new tourism visa rules',
      byline: null,
      published: '2026-11-26T07:15:00',
      dateline: 'Riyadh - Asharq Al-Awsat',
      credits: ['SPA'],
      body: [37, 40, 41, 42],
    },
  ],
  // A blog's posts with blank lines between everything: tags, share and like bars, previous and
  // next post links, the comment form.
  'regional-cms-two-posts.txt': [
    {
      headline: 'Town council approves new skate park after two-year campaign',
      byline: 'Jenna Wilkes',
      published: '2026-11-27',
      dateline: null,
      credits: [],
      body: [14, 16, 18, 20],
    },
    {
      headline: 'High school band heads to state finals',
      byline: 'Mike Orr',
      published: '2026-11-28',
      dateline: null,
      credits: [],
      body: [55, 57, 59],
    },
  ],
};

describe('pages as editors copy them', () => {
  it.each(Object.entries(PAGES))('%s', (file, expected) => {
    const text = readFileSync(join(import.meta.dirname, 'pages', file), 'utf8');
    const { stories } = splitStories(text);
    expect(
      stories.map((s) => ({
        headline: s.headline,
        byline: s.byline,
        published: s.published?.iso ?? null,
        dateline: s.dateline,
        credits: s.captions.map((c) => c.credit),
        body: s.body.flatMap((p) => p.lines),
      })),
    ).toEqual(expected);
    // Every other line is accounted for: a headline, a caption or removed with a reason.
    const placed = stories.flatMap((s) => [
      ...(s.headlineLine === null ? [] : [s.headlineLine]),
      ...s.captions.flatMap((c) => c.lines),
      ...s.body.flatMap((p) => p.lines),
      ...s.removed.map((r) => r.line),
    ]);
    const lines = text.split('\n');
    const nonBlank = lines.flatMap((line, i) => (line.trim() === '' ? [] : [i + 1]));
    expect([...placed].sort((a, b) => a - b)).toEqual(nonBlank);
  });
});
