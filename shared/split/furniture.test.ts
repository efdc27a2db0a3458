// Every furniture rule on the lines it names as its own and on copy it must leave alone.

import { describe, expect, it } from 'vitest';
import { LINE_RULES, lineFurniture, rulesFor } from './furniture';

describe.each(LINE_RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples)('takes %j', (line) => {
    expect(lineFurniture(line)?.id).toBe(rule.id);
    // Filed under the opening of every line it matches.
    expect(rulesFor(line.toLowerCase().replace(/[\s:]+$/, ''))).toContain(rule);
  });
  it.each(rule.counterExamples)('leaves %j', (line) => {
    expect(lineFurniture(line)).toBeNull();
  });
});

describe('the rules as a whole', () => {
  it('have unique ids, a reason and examples each', () => {
    expect(new Set(LINE_RULES.map((r) => r.id)).size).toBe(LINE_RULES.length);
    for (const rule of LINE_RULES) {
      expect(rule.examples.length).toBeGreaterThan(0);
      expect(rule.counterExamples.length).toBeGreaterThan(0);
    }
  });

  it.each([
    'The harbour bridge reopened to traffic on Monday, three weeks after a storm tore away part of its deck.',
    'Russia, Israel Agree on Syria',
    'Israeli Prime Minister Naftali Bennett and Russian President Vladimir Putin in Sochi (EPA)',
    'Q: What happens next?',
    'Reporting by Jane Doe; Editing by John Roe',
    'TT',
  ])('leave ordinary copy alone: %j', (line) => {
    expect(lineFurniture(line)).toBeNull();
  });
});
