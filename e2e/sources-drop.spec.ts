// Every structured kind of file dropped on the desk at once: a web page, a Markdown file, and a NITF
// and a ninjs file written by Copydesk's own export. Each becomes its own document with the right
// stories (headline, caption with credit, body), and the import summary says what kind each was.

import type { Page } from '@playwright/test';
import { readSource } from '../electron/services/sources/index';
import { createDocument } from '../shared/document';
import { exportStories } from '../shared/export/index';
import { OPTIONS } from '../shared/export/fixtures';
import type { ExportFormat } from '../shared/export/types';
import { dropFiles, expectStories } from './desk';
import { expect, test } from './fixtures';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry strike ends | Coast Herald</title>
<script>document.title = 'hacked'</script><style>body{color:red}</style></head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Ferry strike ends after pay deal</h1>
<p class="byline">By <a rel="author" href="/ann">Ann Lee</a></p>
<figure><img src="ferry.jpg" alt="" onerror="document.title='hacked'"><figcaption>Passengers board the first ferry on Friday. <span class="credit">Coast Herald/Tom Reed</span></figcaption></figure>
<p>The ferry strike ended on Friday after crews accepted a new pay deal, the operator said.</p>
<p>The first crossing left the harbour at six, and <a href="javascript:document.title='hacked'">timetables</a> return to normal next week.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Talks resume in ferry dispute</a></li></ul></aside></main>
<footer>© Coast Herald</footer></body></html>`;

const MARKDOWN = `# Library Reopens in Old Town

![Readers in the new hall](hall.jpg)
*Readers in the new reading hall on Monday. (Photo: Maria Holm/EPA)*

The town library reopened on Monday after two years of **repairs**, the council said.

Its new hall seats two hundred readers.
`;

/** A story written as a correspondent files it, through our Markdown import, then our export. */
async function exported(format: ExportFormat, headline: string, caption: string, credit: string) {
  const markdown = `# ${headline}\n\n![x](p.jpg)\n*${caption} (Photo: ${credit})*\n\nThe port said the new quay opened on Tuesday, two months early.\n`;
  const { decoded, stories } = await readSource('story.md', new TextEncoder().encode(markdown));
  const document = createDocument({
    id: 'wire',
    name: 'story.md',
    decoded,
    stories,
    now: new Date(),
  });
  return Buffer.from(await exportStories(format, { document, stories }, OPTIONS));
}

/** Opens the document of this name from the library. */
async function open(page: Page, name: string) {
  const library = page.getByRole('navigation', { name: 'Documents' });
  const heading = page.getByRole('heading', { level: 1 });
  // The open document is named by the heading, not a button.
  if ((await heading.textContent()) === name) return;
  await library.getByRole('button', { name: new RegExp(`^${name.replace('.', '\\.')}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** The open story's headline, first caption and credit, and a sentence of its body. */
async function expectStory(
  page: Page,
  story: { headline: string; caption: string; credit: string; body: string },
) {
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(story.headline);
  await expect(page.getByRole('textbox', { name: 'Caption 1' })).toHaveValue(story.caption);
  await expect(page.getByRole('textbox', { name: 'Credit 1' })).toHaveValue(story.credit);
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText(story.body);
}

test('a web page, Markdown, NITF and ninjs dropped together each become their stories, the summary naming each kind', async ({
  page,
}) => {
  const nitf = await exported('nitf', 'New Quay Opens Early', 'The new quay at dawn.', 'AFP');
  const ninjs = await exported('ninjs', 'Port Hires Fifty Dockers', 'Dockers on the quay.', 'dpa');
  const dialog = await dropFiles(
    page,
    [
      { name: 'ferry.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) },
      { name: 'library.md', mimeType: 'text/markdown', buffer: Buffer.from(MARKDOWN) },
      { name: 'quay.xml', mimeType: 'application/xml', buffer: nitf },
      { name: 'dockers.json', mimeType: 'application/json', buffer: ninjs },
    ],
    { timeout: 20_000 },
  );
  for (const [name, kind] of [
    ['ferry.html', 'Web page (HTML)'],
    ['library.md', 'Markdown'],
    ['quay.xml', 'NITF wire XML'],
    ['dockers.json', 'ninjs wire JSON'],
  ] as const) {
    const file = dialog.locator('.import-file').filter({ hasText: name });
    await expect(file).toContainText(`${name}: 1 story, 1 caption,`);
    await expect(file.locator('.source-kind')).toHaveText(`${kind}, read for its structure.`);
  }
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem'),
  ).toHaveCount(4);

  await open(page, 'ferry.html');
  await expectStories(page, ['Ferry strike ends after pay deal']);
  await expectStory(page, {
    headline: 'Ferry strike ends after pay deal',
    caption: 'Passengers board the first ferry on Friday.',
    credit: 'Coast Herald/Tom Reed',
    body: 'timetables return to normal next week',
  });
  // Nothing of the page's scripts, handlers or javascript: link ran.
  expect(await page.title()).not.toBe('hacked');

  await open(page, 'library.md');
  await expectStories(page, ['Library Reopens in Old Town']);
  await expectStory(page, {
    headline: 'Library Reopens in Old Town',
    caption: 'Readers in the new reading hall on Monday.',
    credit: 'Maria Holm/EPA',
    body: 'Its new hall seats two hundred readers.',
  });

  await open(page, 'quay.xml');
  await expectStories(page, ['New Quay Opens Early']);
  await expectStory(page, {
    headline: 'New Quay Opens Early',
    caption: 'The new quay at dawn.',
    credit: 'AFP',
    body: 'the new quay opened on Tuesday, two months early',
  });

  await open(page, 'dockers.json');
  await expectStories(page, ['Port Hires Fifty Dockers']);
  await expectStory(page, {
    headline: 'Port Hires Fifty Dockers',
    caption: 'Dockers on the quay.',
    credit: 'dpa',
    body: 'the new quay opened on Tuesday, two months early',
  });
});
