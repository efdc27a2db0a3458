import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../shared/model';
import { rng } from '../../../shared/testing/dumps';
import { makeNewsPage } from '../../../shared/testing/newspage';
import { readSource } from './index';
import { expectProvenance } from '../testing/provenance';
import { SourceError } from './assemble';

const enc = (s: string) => new TextEncoder().encode(s);

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour reopens after storm | The Coast Herald</title>
<script>window.tracker = "alert(1)";</script><style>p{color:red}</style>
</head>
<body onload="alert('x')">
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article>
<h1 onclick="alert(4)">Harbour reopens after storm</h1>
<p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p>
<time datetime="2024-11-20T15:14:00+01:00">20 November 2024, 15:14</time>
<figure><img src="a.jpg" alt="boats" onerror="alert(2)"><figcaption>Fishing boats return to the harbour on Wednesday. (Photo: Coast Herald/Ann Lee)</figcaption></figure>
<p>PORTSMOUTH — The harbour reopened on Wednesday after a <b>three-day</b> closure, the port authority said, as <i>fishing crews</i> returned to sea for the first time since the storm.</p>
<p>Harbour master Tom Reed said the damage to the <a href="https://example.org/pier">north pier</a> was less than feared. <a href="javascript:alert(3)">Click here</a> for the full list of closures.</p>
<ul><li>Ferries resume on Thursday morning.</li><li>The fish market opens again on Friday.</li></ul>
<p>Crews worked through the night to clear debris from the channel, and divers checked the moorings before the first boats were allowed out.</p>
<iframe srcdoc="<script>alert(5)</script>"></iframe>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Storm warning issued for coast</a></li></ul></aside>
</main>
<footer><p>© 2024 The Coast Herald. All rights reserved.</p></footer>
</body></html>`;

describe('web pages', () => {
  it('maps an article onto the model: headline, byline, time, caption with credit, body with runs', async () => {
    const { kind, decoded, stories } = await readSource('harbour.html', enc(PAGE));
    expect(kind).toBe('html');
    expect(stories).toHaveLength(1);
    const [story] = stories as [Story];
    expect(story.headline).toBe('Harbour reopens after storm');
    expect(story.byline).toBe('Jane Doe');
    expect(story.published).toEqual({
      text: '20 November 2024, 15:14',
      iso: '2024-11-20T15:14:00+01:00',
    });
    expect(story.dateline).toBe('PORTSMOUTH');
    expect(story.captions).toEqual([
      expect.objectContaining({
        text: 'Fishing boats return to the harbour on Wednesday.',
        credit: 'Coast Herald/Ann Lee',
      }),
    ]);
    expect(story.body.map((p) => p.text)).toEqual([
      expect.stringMatching(/^PORTSMOUTH — The harbour reopened/),
      expect.stringMatching(/^Harbour master/),
      'Ferries resume on Thursday morning.',
      'The fish market opens again on Friday.',
      expect.stringMatching(/^Crews worked/),
    ]);
    expect(story.body[0]?.runs).toEqual([
      { text: 'PORTSMOUTH — The harbour reopened on Wednesday after a ' },
      { text: 'three-day', bold: true },
      { text: ' closure, the port authority said, as ' },
      { text: 'fishing crews', italic: true },
      { text: ' returned to sea for the first time since the storm.' },
    ]);
    // The javascript: link keeps its words, not its target.
    expect(story.body[1]?.runs?.filter((r) => r.href)).toEqual([
      { text: 'north pier', href: 'https://example.org/pier' },
    ]);
    const reasons = Object.fromEntries(story.removed.map((r) => [r.text, r.reason]));
    expect(reasons).toMatchObject({
      'Harbour reopens after storm | The Coast Herald': 'page-title',
      Home: 'nav',
      'By Jane Doe': 'byline',
      'Related stories': 'related',
      'Storm warning issued for coast': 'related',
      '© 2024 The Coast Herald. All rights reserved.': 'footer',
    });
    expect(story.warnings).toEqual([]);
    expectProvenance(decoded.text, stories);
  });

  it('keeps no script, style, event handler or javascript: link anywhere, stored text included', async () => {
    const { decoded, stories } = await readSource('harbour.html', enc(PAGE));
    const everything = decoded.text + JSON.stringify(stories);
    for (const bad of ['alert', 'tracker', 'color:red', 'onerror', 'onload', 'javascript:', '<'])
      expect(everything).not.toContain(bad);
  });

  it('makes a story of each <article> on a front page, the page around them removed', async () => {
    const teaser = (n: number, place: string) => `<article class="teaser">
      <h2>Council ${n} approves new ${place} budget</h2>
      <p class="byline">By Sam Writer${n}</p>
      <p>The council of ${place} approved its budget on Tuesday after a long debate about roads, schools and the cost of the new library that many residents had asked for.</p>
      <p>Members voted by a wide margin, and the mayor said the money would reach the schools first, before the road repairs planned for the spring.</p>
    </article>`;
    const page = `<!doctype html><html><head><title>Front page</title></head><body>
      <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
      ${teaser(1, 'Riverton')}${teaser(2, 'Hillside')}${teaser(3, 'Bayview')}
      <footer>Contact us</footer></body></html>`;
    const { decoded, stories } = await readSource('front.htm', enc(page));
    expect(stories.map((s) => s.headline)).toEqual([
      'Council 1 approves new Riverton budget',
      'Council 2 approves new Hillside budget',
      'Council 3 approves new Bayview budget',
    ]);
    expect(stories.map((s) => s.byline)).toEqual(['Sam Writer1', 'Sam Writer2', 'Sam Writer3']);
    for (const s of stories) expect(s.body).toHaveLength(2);
    expect(stories[0]?.removed.map((r) => r.reason)).toEqual(['page-title', 'nav', 'byline']);
    expect(stories[2]?.removed.at(-1)).toMatchObject({ text: 'Contact us', reason: 'footer' });
    expectProvenance(decoded.text, stories);
  });

  it('reads the charset the page declares', async () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Caf\u00e9</title></head><body><article><h1>Le caf\u00e9 \u201cd\u2019\u00e0 c\u00f4t\u00e9\u201d rouvre</h1><p>Le caf\u00e9 du port a rouvert ses portes mercredi apr\u00e8s trois mois de travaux, au grand plaisir des habitu\u00e9s du quartier et des p\u00eacheurs.</p></article></body></html>`;
    const { decoded, stories } = await readSource('cafe.html', iconv.encode(page, 'windows-1252'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(stories[0]?.headline).toBe('Le café “d’à côté” rouvre');
    expect(stories[0]?.body[0]?.text).toMatch(/^Le café du port a rouvert/);
  });

  it('takes all of a pasted fragment, its first heading as the headline', async () => {
    const paste = `<meta charset="utf-8"><h2>Tram line opens</h2><p>The new tram line opened on Monday with <em>free rides</em> all week.</p><p>Crowds filled the first trams.</p>`;
    const { stories } = await readSource('Pasted 2026-11-30 11.20.html', enc(paste));
    expect(stories).toHaveLength(1);
    expect(stories[0]?.headline).toBe('Tram line opens');
    expect(stories[0]?.body.map((p) => p.text)).toEqual([
      'The new tram line opened on Monday with free rides all week.',
      'Crowds filled the first trams.',
    ]);
  });

  it('refuses a page with no article, naming it', async () => {
    const empty = `<!doctype html><html><head><title>x</title><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav></body></html>`;
    await expect(readSource('menu.html', enc(empty))).rejects.toThrow(SourceError);
    await expect(readSource('menu.html', enc(empty))).rejects.toThrow(
      /"menu\.html" is a web page in which Copydesk found no article/,
    );
    const blank = `<!doctype html><html><body><script>alert(1)</script></body></html>`;
    await expect(readSource('blank.html', enc(blank))).rejects.toThrow(
      /"blank\.html" is a web page with no text/,
    );
  });

  it('survives a page nested three thousand deep', async () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(3_000)}<p>Deep copy that still reads as one paragraph of the story for the reader.</p>${'</div>'.repeat(3_000)}</body></html>`;
    const { stories } = await readSource('deep.html', enc(deep));
    expect(stories[0]?.body.map((p) => p.text).join(' ')).toContain('Deep copy');
  }, 30_000);

  it('sniffs a page by its content when its name does not say', async () => {
    expect((await readSource('download', enc(PAGE))).kind).toBe('html');
    expect((await readSource('notes.txt', enc('Plain copy.\n\nMore copy here.'))).kind).toBe(
      'text',
    );
  });
});

describe('news pages of a real site’s shape', () => {
  // Generated pages (shared/testing/newspage.ts): scripts, styles, icons, a mega-menu, ad slots,
  // related and most-read lists and a JSON state blob around the stories.
  const corpus = [
    {
      headline: 'Harbour reopens after storm',
      captions: [],
      body: [
        'The harbour reopened on Wednesday after a three-day closure, the port authority said.',
        'Harbour master Tom Reed said the damage to the north pier was less than feared, and that crews had worked through the night.',
        'Ferries resume on Thursday morning, and the fish market opens again on Friday.',
        'Divers checked the moorings before the first boats were allowed out, the authority added.',
        'Traders said the closure had cost them most of a week of sales at the busiest time of the year.',
        'The council will review its storm plans in the spring, the mayor said.',
      ],
    },
    {
      headline: 'Tram line opens to crowds',
      captions: [],
      body: [
        'The new tram line opened on Monday with free rides all week, the operator said.',
        'Crowds filled the first trams, and some passengers waited an hour to board.',
        'The line links the station with the hospital and the university, and runs every six minutes.',
        'Work on a second line starts next year, subject to funding from the national government.',
        'Shops along the route said they hoped the line would bring back customers lost during the works.',
      ],
    },
  ];

  it('makes each <article> of a front page a story, with its byline, time, captions and credits', async () => {
    const page = makeNewsPage(corpus, rng(3), { targetBytes: 300_000, shape: 'front' });
    const { decoded, stories } = await readSource('front.html', enc(page.html));
    expect(stories.map((s) => s.headline)).toEqual(page.stories.map((s) => s.headline));
    for (const [i, story] of stories.entries()) {
      const gold = page.stories[i] as (typeof page.stories)[number];
      expect(story.byline).toMatch(new RegExp(`^${gold.byline},`));
      expect(story.published?.iso).toBe(gold.iso);
      expect(story.body.map((p) => p.text)).toEqual(gold.body);
      expect(story.captions.map((c) => c.credit)).toEqual(gold.captions.map((c) => c.credit));
    }
    const reasons = new Set(stories.flatMap((s) => s.removed.map((r) => r.reason)));
    for (const reason of ['nav', 'related', 'ad', 'footer', 'page-title'] as const)
      expect(reasons).toContain(reason);
    expectProvenance(decoded.text, stories);
    const everything = decoded.text + JSON.stringify(stories);
    for (const bad of ['dataLayer', 'onclick', 'alert', 'display:flex', '<'])
      expect(everything).not.toContain(bad);
  });

  it('reads the one <article> holding the h1 of a page full of teasers as its story', async () => {
    const page = makeNewsPage(corpus, rng(4), { targetBytes: 300_000, shape: 'single' });
    const { decoded, stories } = await readSource('story.html', enc(page.html));
    const gold = page.stories[0] as (typeof page.stories)[number];
    expect(stories).toHaveLength(1);
    expect(stories[0]?.headline).toBe(gold.headline);
    expect(stories[0]?.body.map((p) => p.text)).toEqual(gold.body);
    expect(stories[0]?.captions.map((c) => c.text)).toEqual(gold.captions.map((c) => c.text));
    // The teasers around it (other stories' headlines and first lines) are listed as removed.
    const removed = stories[0]?.removed ?? [];
    expect(removed.filter((r) => r.reason === 'related').length).toBeGreaterThan(20);
    expectProvenance(decoded.text, stories);
  });

  it('finds an article Readability’s first pass throws away with its unlikely-looking wrapper', async () => {
    // "comment" marks the wrapper as unlikely: the first pass finds nothing, the second reads it all.
    const body = corpus[0]?.body.map((p) => `<p>${p}</p>`).join('') ?? '';
    const page = `<!doctype html><html><head><title>x</title></head><body><nav><a href="/">Home</a></nav><div class="comment-wrap"><h2>Harbour reopens after storm</h2>${body}</div></body></html>`;
    const { stories } = await readSource('wrapped.html', enc(page));
    expect(stories[0]?.body.map((p) => p.text)).toEqual([
      'Harbour reopens after storm',
      ...(corpus[0]?.body ?? []),
    ]);
  });
});
