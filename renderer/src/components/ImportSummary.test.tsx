// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/document';
import { ImportSummary } from './ImportSummary';

afterEach(cleanup);

// jsdom has no <dialog> methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

const summary = (name: string, over: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id: name.replace(/\W/g, '-'),
  name,
  importedAt: '2025-03-03T10:00:00.000Z',
  updatedAt: '2025-03-03T10:00:00.000Z',
  storyCount: 2,
  approvedCount: 0,
  captionCount: 1,
  removedCount: 3,
  uncertainCount: 0,
  encoding: 'UTF-8',
  confidence: 1,
  warnings: [],
  kind: 'text',
  ...over,
});

describe('ImportSummary', () => {
  it('says for each file the encoding it was read as, how sure that is, and what to check', () => {
    const warning =
      '"wire.txt" is UTF-8 but for 1 invalid byte sequence, replaced by � on line 3: check the words there.';
    render(
      <ImportSummary
        result={{
          documents: [
            summary('clean.txt'),
            summary('wire.txt', { warnings: [warning] }),
            summary('legacy.txt', { encoding: 'windows-1252', confidence: 0.67 }),
          ],
          errors: [],
        }}
        onAccept={() => {}}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Import', hidden: true });
    expect(dialog.textContent).toContain('clean.txt: 2 stories, 1 caption, 3 lines removed');
    expect(dialog.textContent).toContain('Read as UTF-8 (certain).');
    expect(dialog.textContent).toContain('Read as windows-1252 (a guess, 67% sure).');
    const warnings = within(dialog).getAllByRole('list', {
      name: /^Decoding warnings for /,
      hidden: true,
    });
    expect(warnings.map((w) => w.getAttribute('aria-label'))).toEqual([
      'Decoding warnings for wire.txt',
    ]);
    expect(warnings[0]?.textContent).toBe(`⚠ ${warning}`);
  });

  it('says which kind of source each file was', () => {
    render(
      <ImportSummary
        result={{
          documents: [summary('dump.txt'), summary('page.html', { kind: 'html' })],
          errors: [],
        }}
        onAccept={() => {}}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Import', hidden: true });
    const kinds = [...dialog.querySelectorAll('.source-kind')].map((p) => p.textContent);
    expect(kinds).toEqual([
      'Plain text, split into stories.',
      'Web page (HTML), read for its structure.',
    ]);
  });
});
