import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../shared/api';
import { createDocument, type CopydeskDocument } from '../../shared/document';
import { DEFAULT_HOUSE_STYLE } from '../../shared/house-style';
import { splitStories } from '../../shared/split/index';
import { exportDocument } from './export';
import { OutputError } from './output';
import { exportRequest } from './testing/export-request';

const SAMPLE = readFileSync(
  resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt'),
  'utf8',
);
const now = new Date('2026-11-25T10:00:00Z');
const context = { houseStyle: DEFAULT_HOUSE_STYLE, now };

let folder: string;
let doc: CopydeskDocument;
beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'copydesk-export-')), 'out');
  const base = createDocument({
    id: 'doc1',
    name: 'harbour.txt',
    decoded: { text: SAMPLE, encoding: 'UTF-8', lineEndings: 'LF' },
    stories: splitStories(SAMPLE).stories,
    now,
  });
  doc = { ...base, reviews: { [base.stories[1]!.id]: 'spiked' } };
});

const request = (patch: Partial<ExportRequest> = {}): ExportRequest =>
  exportRequest(folder, { documentId: doc.id, template: '{date}-{slug}.{ext}', ...patch });

describe('exportDocument', () => {
  it('writes one file per story in scope, named from the template', async () => {
    const result = await exportDocument(doc, request(), context);
    expect(result).toEqual({
      folder,
      files: ['2026-11-25-harbour-bridge-reopens-after-storm-repairs.txt'],
      storyCount: 1,
    });
    const text = readFileSync(join(folder, result.files[0]!), 'utf8');
    expect(text).toContain('Harbour Bridge Reopens After Storm Repairs');
    // The credit in the house format; the caption's words are the editor's, as the desk left them.
    expect(text).toContain('Workers inspect the repaired deck of the bridge at dawn (EPA)');
    expect(text).not.toContain('Fishermen');
  });

  it('never overwrites without being told, and writes nothing when it refuses', async () => {
    const first = await exportDocument(
      doc,
      request({ scope: 'current', storyIds: [doc.stories[1]!.id] }),
      context,
    );
    const path = join(folder, first.files[0]!);
    writeFileSync(path, 'the editor changed this');
    const other = request({ scope: 'selected', storyIds: doc.stories.map((s) => s.id) });
    const err = await exportDocument(doc, other, context).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).code).toBe('exists');
    expect((err as OutputError).message).toContain(first.files[0]);
    // Neither file was written: the new one is absent, the existing one untouched.
    expect(readdirSync(folder)).toEqual([first.files[0]]);
    expect(readFileSync(path, 'utf8')).toBe('the editor changed this');

    await exportDocument(doc, { ...other, overwrite: true }, context);
    expect(readdirSync(folder)).toHaveLength(2);
    expect(readFileSync(path, 'utf8')).toContain('Fishermen');
  });

  it('writes every story in one file, or the files in one zip', async () => {
    const all = request({ scope: 'selected', storyIds: doc.stories.map((s) => s.id) });
    const combined = await exportDocument(
      doc,
      { ...all, layout: 'combined', format: 'md' },
      context,
    );
    expect(combined.files).toHaveLength(1);
    const md = readFileSync(join(folder, combined.files[0]!), 'utf8');
    expect(md).toContain('# Harbour Bridge');
    expect(md).toContain('# Fishermen Protest');

    const zipped = await exportDocument(doc, { ...all, zip: true, format: 'html' }, context);
    expect(zipped.files).toEqual([expect.stringMatching(/\.zip$/)]);
    const entries = unzipSync(readFileSync(join(folder, zipped.files[0]!)));
    expect(Object.keys(entries).sort()).toEqual([
      '2026-11-25-fishermen-protest-new-quotas-in-coastal-town.html',
      '2026-11-25-harbour-bridge-reopens-after-storm-repairs.html',
    ]);
  });

  it('says so when there is nothing to export, and refuses a relative folder or a file', async () => {
    const none = await exportDocument(doc, request({ scope: 'approved' }), context).catch(
      (e: unknown) => e,
    );
    expect(none).toMatchObject({ code: 'nothing-to-export' });
    expect((none as Error).message).toMatch(/No story is approved/);

    expect(
      await exportDocument(doc, request({ folder: 'relative/out' }), context).catch((e) => e),
    ).toMatchObject({ code: 'bad-folder' });
    const file = join(folder, '..', 'a-file');
    writeFileSync(file, '');
    expect(
      await exportDocument(doc, request({ folder: file }), context).catch((e) => e),
    ).toMatchObject({ code: 'bad-folder' });
    expect(existsSync(folder)).toBe(false);
  });

  it('writes NITF one story per file and refuses to combine it', async () => {
    const all = request({ scope: 'selected', storyIds: doc.stories.map((s) => s.id) });
    const combined = await exportDocument(
      doc,
      { ...all, format: 'nitf', layout: 'combined' },
      context,
    ).catch((e: unknown) => e);
    expect(combined).toMatchObject({ code: 'one-story-per-file' });
    expect(existsSync(folder)).toBe(false);
    const each = await exportDocument(doc, { ...all, format: 'nitf' }, context);
    expect(each.files).toHaveLength(2);
  });

  it('keeps hostile headlines inside the folder', async () => {
    const hostile = {
      ...doc,
      stories: doc.stories.map((s, i) => (i === 0 ? { ...s, headline: '../../etc/passwd' } : s)),
    };
    const result = await exportDocument(hostile, request(), context);
    expect(result.files).toEqual(['2026-11-25-etc-passwd.txt']);
    expect(readdirSync(folder)).toEqual(result.files);
  });

  it('exports Chinese and Japanese headlines whole, names within 255 bytes', async () => {
    const long = [
      '港口大桥在风暴维修后重新开放，市议会表示工程师日夜工作',
      '嵐の後、港の橋が再開通しました',
    ];
    const wide = {
      ...doc,
      reviews: {},
      stories: doc.stories.map((s, i) => ({ ...s, headline: long[i]!.repeat(4) })),
    };
    const all = request({ template: '{slug}-{slug}.{ext}', scope: 'not-spiked' });
    const result = await exportDocument(wide, all, context);
    expect(result.files).toHaveLength(2);
    for (const name of result.files) {
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      expect(Buffer.byteLength(name)).toBeGreaterThan(200);
    }
    expect(readdirSync(folder).sort()).toEqual([...result.files].sort());
  });

  it('reports progress file by file', async () => {
    const seen: [number, number][] = [];
    await exportDocument(
      doc,
      request({ scope: 'selected', storyIds: doc.stories.map((s) => s.id) }),
      { ...context, onProgress: (done, total) => seen.push([done, total]) },
    );
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it.each([
    ['one file per story', {}],
    ['a zip', { zip: true }],
  ])('cancelled part way (%s), writes nothing and leaves no temporary file', async (_, patch) => {
    const controller = new AbortController();
    const all = request({ scope: 'selected', storyIds: doc.stories.map((s) => s.id), ...patch });
    const err = await exportDocument(doc, all, {
      ...context,
      // The first file is made and written (to the temporary folder), then the editor cancels.
      onProgress: () => controller.abort(),
      signal: controller.signal,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(OutputError);
    expect(err).toMatchObject({
      code: 'cancelled',
      message: `The export was cancelled: nothing was written to ${folder}.`,
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('cancelled after the last file is made, still writes nothing', async () => {
    const controller = new AbortController();
    const all = request({ scope: 'selected', storyIds: doc.stories.map((s) => s.id) });
    const err = await exportDocument(doc, all, {
      ...context,
      onProgress: (done, total) => done === total && controller.abort(),
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'cancelled' });
    expect(readdirSync(folder)).toEqual([]);
  });
});
