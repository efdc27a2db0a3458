import { describe, expect, it } from 'vitest';
import { effectiveDirection, firstStrongDirection, overrideFor } from './direction';

describe('firstStrongDirection', () => {
  it.each([
    ['بغداد: قال مسؤولون', 'rtl'], // Arabic
    ['שלום עולם', 'rtl'], // Hebrew
    ['ܫܠܡܐ', 'rtl'], // Syriac
    ['ދިވެހި', 'rtl'], // Thaana
    ['ߒߞߏ', 'rtl'], // NKo
    ['ﻣﺮﺣﺒﺎ', 'rtl'], // Arabic presentation forms B
    ['𞤀𞤣𞤤𞤢𞤥', 'rtl'], // Adlam, outside the BMP
    ['Baghdad (Reuters)', 'ltr'],
    ['Αθήνα', 'ltr'], // Greek
    ['Москва', 'ltr'], // Cyrillic
    ['北京', 'ltr'], // Han
  ] as const)('%s is %s', (text, dir) => expect(firstStrongDirection(text)).toBe(dir));

  it('skips digits, punctuation, spaces and marks to the first letter', () => {
    expect(firstStrongDirection('20 نوفمبر 2024')).toBe('rtl');
    expect(firstStrongDirection('«بغداد» said officials')).toBe('rtl');
    expect(firstStrongDirection('2024: بغداد')).toBe('rtl');
    expect(firstStrongDirection('— 12, Baghdad بغداد')).toBe('ltr');
    // An Arabic combining mark and Arabic-Indic digits are not strong.
    expect(firstStrongDirection('\u064b٢٠ Reuters')).toBe('ltr');
  });

  it('is null when nothing is strong', () => {
    expect(firstStrongDirection('')).toBeNull();
    expect(firstStrongDirection('  2024 — 12.5% ')).toBeNull();
  });

  it('honours the directional marks', () => {
    expect(firstStrongDirection('\u200f2024 Reuters')).toBe('rtl');
    expect(firstStrongDirection('\u061c2024 Reuters')).toBe('rtl');
    expect(firstStrongDirection('\u200eبغداد')).toBe('ltr');
  });

  it('skips isolated runs, as bidi rule P2 requires', () => {
    expect(firstStrongDirection('\u2067Reuters\u2069 بغداد')).toBe('rtl');
    expect(firstStrongDirection('\u2068\u2066x\u2069y\u2069 بغداد')).toBe('rtl');
  });
});

describe('direction overrides', () => {
  it('shows the override, else the detected direction, else left-to-right', () => {
    expect(effectiveDirection('بغداد', 'ltr')).toBe('ltr');
    expect(effectiveDirection('بغداد', null)).toBe('rtl');
    expect(effectiveDirection('2024', null)).toBe('ltr');
  });

  it('overrides only what detection would get wrong', () => {
    expect(overrideFor('بغداد', 'ltr')).toBe('ltr');
    expect(overrideFor('بغداد', 'rtl')).toBeNull();
    expect(overrideFor('Baghdad', 'rtl')).toBe('rtl');
    expect(overrideFor('Baghdad', 'ltr')).toBeNull();
    expect(overrideFor('2024', 'ltr')).toBeNull();
    expect(overrideFor('', 'rtl')).toBe('rtl');
  });
});
