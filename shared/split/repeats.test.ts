// Copy printed twice within a story: repeated paragraphs and pull quotes. The copy is invented.

import { describe, expect, it } from 'vitest';
import { findPullQuotes } from './repeats';

const COPY = [
  'The harbour council voted on Tuesday to rebuild the old ferry pier. Work will start in March and should take about four months.',
  'Fishermen said the delay had cost them a season. "We have waited long enough for this," one of them said.',
  'The council said the cost would be met from reserves.',
];

describe('findPullQuotes', () => {
  it('drops a quoted display line and an unquoted one that repeat a sentence of the copy', () => {
    const quoted = [
      ...COPY.slice(0, 2),
      '“Fishermen said the delay had cost them a season.”',
      COPY[2]!,
    ];
    expect(findPullQuotes(quoted)).toEqual(new Map([[2, 'pull-quote']]));
    const plain = [
      COPY[0]!,
      'Work will start in March and should take about four months.',
      ...COPY.slice(1),
    ];
    expect(findPullQuotes(plain)).toEqual(new Map([[1, 'pull-quote']]));
  });

  it('drops an exact repeat of a paragraph', () => {
    expect(findPullQuotes([...COPY, COPY[2]!])).toEqual(new Map([[3, 'duplicate-paragraph']]));
  });

  it('keeps one-sentence paragraphs that are not another paragraph word for word', () => {
    // A sentence of the copy cut shorter, a sentence that is a paragraph's whole, a short line.
    expect(
      findPullQuotes([
        ...COPY,
        'Work will start in March.',
        'The council said the cost would be met from its reserves.',
        'It was over.',
      ]),
    ).toEqual(new Map());
  });
});
