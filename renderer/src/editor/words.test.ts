import { describe, expect, it } from 'vitest';
import { countWords } from './words';

describe('countWords', () => {
  it('counts runs of non-space in any script', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n ')).toBe(0);
    expect(countWords('The minister said — finally.')).toBe(5);
    expect(countWords('  قال مسؤولون\tعراقيون\n')).toBe(3);
  });
});
