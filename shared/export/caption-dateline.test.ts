// A caption's dateline is held once, in its field: one typed there, or corrected there on an imported
// caption, is what every format ships, and documents stored before (their caption text repeating the
// dateline) load and export the same way.

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDocument, documentSchema, type CopydeskDocument } from '../document';
import { updateStory } from '../edits';
import { captionText, captionWords, type Caption, type Story } from '../model';
import { splitStories } from '../split/index';
import { documentOf, OPTIONS, story } from './fixtures';
import { exportStories } from './index';
import { EXPORT_FORMATS, type ExportFormat } from './types';

const DUMP = [
  'Fishermen Protest New Quotas in Coastal Town',
  '',
  '3 March 2025, Norway, Bergen: Fishing boats moored in the harbour. (dpa)',
  '3 March 2025, Norway, Bergen: Fishing boats moored in the harbour. (dpa)',
  '',
  'Hundreds of fishermen blocked the harbour entrance on Tuesday in protest at new quotas.',
  '',
  'The ministry said the quotas were needed to protect stocks that have fallen for five years.',
].join('\n');
const OLD = '3 March 2025, Norway, Bergen';
const NEW = '4 March 2025, Norway, Stavanger';
const WORDS = 'Fishing boats moored in the harbour.';

/** The copy of one format as text to search: docx as its document.xml, tags left in. */
async function shipped(format: ExportFormat, doc: CopydeskDocument): Promise<string> {
  const bytes = await exportStories(format, { document: doc, stories: doc.stories }, OPTIONS);
  if (format === 'docx') return strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
  return new TextDecoder().decode(bytes);
}

/**
 * The copy as its reader sees it: tags taken out, so an HTML span around the dateline is gone; of
 * the CLI's JSON only the captions, as it also lists the removed lines (the duplicate caption).
 */
async function copyOf(format: ExportFormat, doc: CopydeskDocument): Promise<string> {
  const out = await shipped(format, doc);
  if (format === 'json') return JSON.stringify((JSON.parse(out) as { captions: unknown }).captions);
  return out.replace(/<[^>]*>/g, '');
}

/** The caption as the desk edits it: the Dateline field sets the caption's dateline. */
function withDateline(doc: CopydeskDocument, dateline: string | null): CopydeskDocument {
  const [first] = doc.stories as [Story];
  const captions = first.captions.map((c, i): Caption => (i === 0 ? { ...c, dateline } : c));
  return updateStory(doc, first.id, { captions });
}

function imported(): CopydeskDocument {
  return createDocument({
    id: 'doc-1',
    name: 'quotas.txt',
    decoded: { text: DUMP, encoding: 'UTF-8', lineEndings: 'LF' },
    stories: splitStories(DUMP).stories,
    now: new Date('2025-03-05T08:00:00Z'),
  });
}

/** Every format prints the caption as `dateline: words` and no other dateline. */
async function expectEveryFormat(doc: CopydeskDocument, dateline: string, gone: string | null) {
  for (const format of EXPORT_FORMATS.filter((f) => f !== 'copydesk')) {
    const out = await copyOf(format, doc);
    expect(out, format).toContain(`${dateline}: ${WORDS}`);
    if (gone !== null) expect(out, format).not.toContain(gone);
  }
  // The Copydesk document holds the dateline once, in its field, and reads back the same.
  const saved = documentSchema.parse(JSON.parse(await shipped('copydesk', doc)));
  const [caption] = (saved.stories[0] as Story).captions as [Caption];
  expect(caption).toMatchObject({ text: WORDS, dateline });
  expect(captionText(caption)).toBe(`${dateline}: ${WORDS}`);
}

describe('a caption dateline', () => {
  it('typed into the Dateline field ships in every format', async () => {
    const plain = story('s1', 'Quotas', {
      captions: [{ text: WORDS, credit: 'dpa', dateline: null, lines: [] }],
      body: [{ text: 'The ministry said so.', lines: [] }],
    });
    await expectEveryFormat(withDateline(documentOf([plain]), NEW), NEW, null);
  });

  it('read from an imported caption is held once, and corrected ships in every format', async () => {
    const doc = imported();
    const [caption] = (doc.stories[0] as Story).captions as [Caption];
    expect(caption).toMatchObject({ text: WORDS, credit: 'dpa', dateline: OLD });
    await expectEveryFormat(doc, OLD, null);
    await expectEveryFormat(withDateline(doc, NEW), NEW, OLD);
  });

  it('emptied, leaves the words alone in every format', async () => {
    const doc = withDateline(imported(), null);
    for (const format of EXPORT_FORMATS.filter((f) => f !== 'copydesk')) {
      const out = await copyOf(format, doc);
      expect(out, format).toContain(WORDS);
      expect(out, format).not.toContain(OLD);
    }
  });

  it('in a document stored by format 1 (text repeating the dateline) loads once and ships corrected', async () => {
    // Written the way format 1 stored an imported caption: the dateline in both fields.
    const stored = JSON.parse(JSON.stringify(imported())) as Record<string, unknown>;
    const stories = stored.stories as { captions: Caption[] }[];
    stories[0]!.captions[0]!.text = `${OLD}: ${WORDS}`;
    stored.schemaVersion = 1;

    const loaded = documentSchema.parse(stored);
    expect(loaded.schemaVersion).toBe(2);
    expect((loaded.stories[0] as Story).captions[0]).toMatchObject({ text: WORDS, dateline: OLD });
    await expectEveryFormat(loaded, OLD, null);
    await expectEveryFormat(withDateline(loaded, NEW), NEW, OLD);
  });
});

describe('captionText and captionWords', () => {
  it('join a dateline and the words with a colon, unless the dateline ends in its own', () => {
    expect(captionText({ dateline: OLD, text: WORDS })).toBe(`${OLD}: ${WORDS}`);
    expect(captionText({ dateline: 'BEIRUT —', text: WORDS })).toBe(`BEIRUT — ${WORDS}`);
    expect(captionText({ dateline: ' ', text: WORDS })).toBe(WORDS);
    expect(captionText({ dateline: OLD, text: '' })).toBe(OLD);
  });

  it('take a leading copy of the dateline off the words, and nothing else', () => {
    expect(captionWords(`${OLD}: ${WORDS}`, OLD)).toBe(WORDS);
    expect(
      captionWords(`BEIRUT, LEBANON - NOVEMBER 20 — ${WORDS}`, 'BEIRUT, LEBANON - NOVEMBER 20'),
    ).toBe(WORDS);
    expect(captionWords(OLD, OLD)).toBe('');
    // Not followed by a dateline's end: a longer word, so not the dateline.
    expect(captionWords('BEIRUTIS queue for bread', 'BEIRUT')).toBe('BEIRUTIS queue for bread');
    expect(captionWords(WORDS, OLD)).toBe(WORDS);
    expect(captionWords(WORDS, null)).toBe(WORDS);
    // The two are inverse: what ships reads back as the same words.
    expect(captionWords(captionText({ dateline: OLD, text: WORDS }), OLD)).toBe(WORDS);
  });
});
