// The stored document schema: what createDocument makes is valid; what the model forbids is refused.

import { describe, expect, it } from 'vitest';
import type { Story } from './model';
import { createDocument, DOCUMENT_SCHEMA_VERSION, documentSchema } from './document';

const story: Story = {
  id: 's1',
  headline: 'Harbour Bridge Reopens',
  headlineLine: 1,
  byline: 'Jane Doe',
  published: { text: '20 November 2024', iso: '2024-11-20' },
  dateline: null,
  captions: [{ text: 'Workers at dawn', credit: 'EPA', dateline: null, lines: [3] }],
  body: [
    {
      text: 'The bridge reopened.',
      lines: [9],
      runs: [{ text: 'The bridge reopened.', bold: true }],
    },
  ],
  removed: [{ line: 4, text: 'TT', reason: 'logo-token' }],
  warnings: [],
  boundary: { line: 1, confidence: 0.9, signals: ['headline-repeated'] },
  source: { firstLine: 1, lastLine: 9 },
};

const make = () =>
  createDocument({
    id: 'd1',
    name: 'dump.txt',
    decoded: { text: 'copy', encoding: 'UTF-8', lineEndings: 'CRLF' },
    stories: [story],
    now: new Date('2026-11-03T10:00:00.000Z'),
  });

describe('createDocument', () => {
  it('makes a valid document: stories new, the first selected, the source kept', () => {
    const doc = make();
    expect(documentSchema.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({
      schemaVersion: DOCUMENT_SCHEMA_VERSION,
      importedAt: '2026-11-03T10:00:00.000Z',
      updatedAt: '2026-11-03T10:00:00.000Z',
      source: { text: 'copy', encoding: 'UTF-8', lineEndings: 'CRLF' },
      reviews: { s1: 'new' },
      selectedStoryId: 's1',
    });
  });

  it('selects nothing when there are no stories', () => {
    const doc = createDocument({ ...make(), decoded: make().source, stories: [], now: new Date() });
    expect(doc.selectedStoryId).toBeNull();
  });
});

describe('documentSchema', () => {
  it.each([
    ['an unknown review state', { reviews: { s1: 'killed' } }],
    ['a newer schema version', { schemaVersion: DOCUMENT_SCHEMA_VERSION + 1 }],
    ['a removal without a reason', { stories: [{ ...story, removed: [{ line: 4, text: 'TT' }] }] }],
    ['a line number of 0', { stories: [{ ...story, headlineLine: 0 }] }],
    ['a date that is not ISO', { updatedAt: 'Tuesday' }],
  ])('refuses %s', (_label, patch) => {
    expect(documentSchema.safeParse({ ...make(), ...patch }).success).toBe(false);
  });
});
