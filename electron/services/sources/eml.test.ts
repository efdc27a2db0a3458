import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../read-input';
import { docxFile, p, styled } from '../testing/docx-fixture';
import { emlFile } from '../testing/eml-fixture';
import { expectProvenance } from '../testing/provenance';
import { readSources, sniffKind } from './index';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const COPY =
  'BERGEN (NTB) — The harbour reopened on Tuesday after the storm, officials said on the quay.\n\nFishermen expect a busy week as the weather clears and the boats go out again.\n';

describe('e-mail', () => {
  it('reads the HTML part, sanitised, under the subject as headline; importable attachments become documents', async () => {
    const attached = await docxFile([
      styled('Heading1', 'Ferry strike ends'),
      p('Ferries run again from Monday, the operator said.'),
    ]);
    const mail = emlFile({
      subject: 'Fwd: Harbour reopens after storm',
      text: COPY,
      html: '<p onclick="steal()">The harbour <b>reopened</b> on Tuesday, <a href="javascript:alert(1)">officials</a> said.</p><script>alert(2)</script><p>Fishermen expect a <a href="https://example.org/week">busy week</a>.</p>',
      attachments: [
        { filename: 'ferry.docx', contentType: DOCX_TYPE, content: attached },
        {
          filename: 'photo.jpg',
          contentType: 'image/jpeg',
          content: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1]),
        },
        {
          filename: 'museum.txt',
          contentType: 'text/plain',
          content:
            'Museum reopens\n\nThe museum reopened its doors after a year of building work.\n',
        },
      ],
    });
    const { documents, errors } = await readSources('copy.eml', mail);
    expect(errors).toEqual([]);
    expect(documents.map((d) => [d.name, d.kind])).toEqual([
      ['copy.eml', 'eml'],
      ['copy.eml — ferry.docx', 'docx'],
      ['copy.eml — museum.txt', 'text'],
    ]);
    const [own, ferry, museum] = documents;
    expect(own?.stories).toMatchObject([
      {
        headline: 'Harbour reopens after storm',
        headlineLine: 1,
        body: [
          {
            text: 'The harbour reopened on Tuesday, officials said.',
            runs: [
              { text: 'The harbour ' },
              { text: 'reopened', bold: true },
              { text: ' on Tuesday, officials said.' },
            ],
          },
          { text: 'Fishermen expect a busy week.' },
        ],
      },
    ]);
    expect(JSON.stringify(own)).not.toMatch(/javascript:|alert|steal/);
    expect(own?.decoded.warnings).toEqual([
      'Attachments not imported, not being copy Copydesk reads: "photo.jpg" (image/jpeg).',
    ]);
    expect(ferry?.stories.map((s) => s.headline)).toEqual(['Ferry strike ends']);
    expect(museum?.stories.map((s) => s.headline)).toEqual(['Museum reopens']);
    for (const d of documents) expectProvenance(d.decoded.text, d.stories);
  });

  it('splits the text part, the subject its headline only when the copy has none', async () => {
    const plain = await readSources(
      'text.eml',
      emlFile({ subject: 'Re: Harbour reopens', text: COPY }),
    );
    const [mail] = plain.documents;
    expect(mail?.decoded.text.split('\n')[0]).toBe('Harbour reopens');
    expect(mail?.stories).toMatchObject([
      { headline: 'Harbour reopens', headlineLine: 1, dateline: 'BERGEN (NTB)', warnings: [] },
    ]);
    expectProvenance(mail?.decoded.text ?? '', mail?.stories ?? []);

    const headed = await readSources(
      'headed.eml',
      emlFile({ subject: 'Copy for Thursday', html: `<h1>Harbour reopens</h1><p>${COPY}</p>` }),
    );
    const [story] = headed.documents[0]?.stories ?? [];
    expect(story?.headline).toBe('Harbour reopens');
    expect(story?.removed).toEqual([{ line: 1, text: 'Copy for Thursday', reason: 'page-title' }]);
  });

  it('refuses a mail with no text, naming it; one that only carries files gives theirs', async () => {
    await expect(readSources('empty.eml', emlFile({ subject: 'Nothing here' }))).rejects.toThrow(
      /"empty\.eml" is an e-mail with no text in it/,
    );
    const carrier = await readSources(
      'carrier.eml',
      emlFile({
        subject: 'Story attached',
        attachments: [
          {
            filename: 'story.md',
            contentType: 'text/markdown',
            content: '# Harbour\n\nThe harbour reopened.\n',
          },
        ],
      }),
    );
    expect(carrier.documents.map((d) => d.name)).toEqual(['carrier.eml — story.md']);
  });

  it('names a damaged attachment and still imports the rest', async () => {
    const { documents, errors } = await readSources(
      'mixed.eml',
      emlFile({
        subject: 'Two stories',
        text: COPY,
        attachments: [
          { filename: 'broken.docx', contentType: DOCX_TYPE, content: 'not a zip at all' },
          {
            filename: 'wire.eml',
            contentType: 'message/rfc822',
            content: emlFile({ subject: 'Inner story', text: COPY }),
          },
        ],
      }),
    );
    expect(documents.map((d) => d.name)).toEqual(['mixed.eml', 'mixed.eml — wire.eml']);
    expect(errors).toEqual([
      {
        name: 'mixed.eml — broken.docx',
        code: 'damaged',
        message: expect.stringMatching(
          /^"mixed\.eml — broken\.docx" cannot be read as a Word document: it is not a zip archive/,
        ),
      },
    ]);
  });

  it('reads a 50 MB mail, and refuses one over the limit before reading it', async () => {
    const big = emlFile({
      subject: 'Pictures from the storm',
      text: COPY,
      attachments: [
        {
          filename: 'pictures.zip',
          contentType: 'application/zip',
          content: new Uint8Array(37 * 1024 * 1024),
        },
      ],
    });
    expect(big.length).toBeGreaterThan(50 * 1000 * 1000);
    const started = performance.now();
    const { documents } = await readSources('storm.eml', big);
    expect(documents.map((d) => d.name)).toEqual(['storm.eml']);
    expect(documents[0]?.decoded.warnings[0]).toContain('"pictures.zip" (application/zip)');
    expect(performance.now() - started).toBeLessThan(20_000);

    const dir = await mkdtemp(join(tmpdir(), 'copydesk-eml-'));
    try {
      const file = join(dir, 'huge.eml');
      await writeFile(file, '');
      await truncate(file, 65 * 1024 * 1024);
      await expect(readInput(file)).rejects.toThrow(
        /"[^"]*huge\.eml" is 65 MB, more than the 64 MB Copydesk reads/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('knows a mail by its headers when its name does not say', () => {
    expect(sniffKind('message', emlFile({ subject: 'S', text: 'Copy.' }))).toBe('eml');
    expect(sniffKind('notes.txt', new TextEncoder().encode('From: the desk\n\nCopy here.'))).toBe(
      'text',
    );
  });
});
