// Reading a picture caption: the trailing (credit), position markers such as (L) or (2nd R), a leading
// dateline, and how caption-like a line is when it is not given away by being doubled.

import { endsSentence, sentenceCount, wordCount } from './text';

/** Agencies and picture desks whose names in a trailing parenthesis are a strong credit signal. */
const KNOWN_AGENCIES = [
  'aap',
  'afp',
  'alamy',
  'anadolu',
  'anadolu agency',
  'ansa',
  'ap',
  'ap photo',
  'bloomberg',
  'dpa',
  'efe',
  'epa',
  'epa-efe',
  'getty',
  'getty images',
  'imago',
  'irna',
  'kcna',
  'kyodo',
  'nurphoto',
  'pa',
  'pa media',
  'pa wire',
  'picture alliance',
  'pool',
  'reuters',
  'sana',
  'shutterstock',
  'sipa',
  'sopa',
  'tass',
  'upi',
  'wafa',
  'xinhua',
  'yonhap',
  'zuma',
  'handout',
  'ria novosti',
];
const KNOWN = new Set(KNOWN_AGENCIES);

/** A credit that names a picture source rather than a news wire. */
const PHOTO_WORDS = /photo|getty|images|pool|handout|shutterstock|alamy|\/|courtesy|via /i;

/** Marks where a person stands in the picture: (L), (R), (C), (2nd R), (from left), (top left)… */
const POSITION =
  /^(?:\d+(?:st|nd|rd|th)\s+)?(?:from\s+)?(?:l|r|c|left|right|cent(?:er|re)|front|back|top|bottom|rear|above|below|inset|l-r|r-l|(?:top|bottom|front|back)\s+(?:l|r|left|right)|clockwise from .+)$/i;

/** Words that follow a headline or paragraph in parentheses but are not credits. */
const NOT_CREDIT =
  /^(?:video|videos|photos?|pictures?|pictured|update[sd]?|live|watch|opinion|analysis|interview|explainer|file|corrected|exclusive|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?|\d[\d\s,./-]*)$/i;

export interface CreditParse {
  /** The line without its trailing credit (position markers kept). */
  text: string;
  credit: string | null;
  /** The line carries a position marker such as (L) or (2nd R). */
  positional: boolean;
  knownAgency: boolean;
}

function isCreditLike(inner: string): boolean {
  const credit = inner.trim();
  if (credit.length === 0 || credit.length > 50 || NOT_CREDIT.test(credit)) return false;
  if (KNOWN.has(credit.toLowerCase())) return true;
  // Credits are short names: `AFP/Getty Images`, `File photo: AFP`; a comma or a full stop means prose.
  if (wordCount(credit) > 6 || /[.!?,;]/.test(credit) || /\/\s/.test(credit)) return false;
  // Credits are names: they start with a capital (`Reuters`, `File photo: AFP`).
  return /^\p{Lu}/u.test(credit);
}

function isKnownAgency(credit: string): boolean {
  return credit
    .toLowerCase()
    .split(/\s*[/,;:]\s*|\s+via\s+/)
    .some((part) => KNOWN.has(part.trim()) || KNOWN.has(part.replace(/\s+photo$/, '').trim()));
}

/** Splits a trailing `(credit)` off a line, noticing position markers before it. */
export function parseCredit(line: string): CreditParse {
  // Found by hand rather than by an end-anchored regex: this runs on every line of 10 MB dumps.
  const none = { text: line, credit: null, positional: false, knownAgency: false };
  const close = line.trimEnd().length - 1;
  if (line.charCodeAt(close) !== 41 /* ) */) return none;
  const open = line.lastIndexOf('(', close);
  if (open < 0 || close - open > 61) return none;
  const inner = line.slice(open + 1, close).trim();
  if (inner.includes(')')) return none;
  if (POSITION.test(inner)) return { ...none, positional: true };
  if (!isCreditLike(inner)) return none;
  const text = line.slice(0, open).trimEnd();
  return {
    text,
    credit: inner,
    positional: hasPositionMarker(text),
    knownAgency: isKnownAgency(inner),
  };
}

function hasPositionMarker(text: string): boolean {
  for (const m of text.matchAll(/\(([^()]{1,20})\)/g))
    if (POSITION.test((m[1] ?? '').trim())) return true;
  return false;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(
  `^(?:\\d{1,2}\\.?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})$`,
  'i',
);

/**
 * A picture-desk dateline opening a caption: `20 November 2024, Iraq, Baghdad: …`. It is a run of
 * short comma-separated segments, one of them a date, ended by a colon. Returns it without the colon.
 */
export function parseCaptionDateline(text: string): string | null {
  const colon = text.indexOf(': ');
  if (colon < 6 || colon > 100) return null;
  const head = text.slice(0, colon);
  const segments = head.split(/\s*,\s*/);
  if (segments.length > 6) return null;
  let hasDate = false;
  // `November 20, 2024` spans two comma segments: test pairs too.
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] ?? '';
    const pair = i + 1 < segments.length ? `${seg}, ${segments[i + 1] ?? ''}` : '';
    if (DATE.test(seg) || (pair && DATE.test(pair))) hasDate = true;
    else if (!/^[\p{Lu}\d][\p{L}\p{M}\d .'’-]{0,40}$/u.test(seg) || wordCount(seg) > 4) {
      if (!(pair && DATE.test(pair))) return null;
    }
  }
  return hasDate ? head : null;
}

/** A wire dateline that opens body copy: `BEIRUT (AFP) -`, `LONDON, Jan 5 (Reuters) -`, `WASHINGTON —`. */
const WIRE_DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,[^-–—:]{1,30})?\s*(?:\([^()]{1,30}\))?\s*[-–—:]\s/u;
export function hasWireDateline(text: string): boolean {
  // A dateline is short: testing a bounded prefix keeps the pattern linear on any line.
  return WIRE_DATELINE.test(text.slice(0, 80));
}

/** Present-tense picture language: `A view of`, `walks past`, `gestures`, `is seen`… */
const PICTURE_LANGUAGE =
  /\b(?:is|are) seen\b|\bpictured\b|\ba view of\b|\bgestures?\b|\bposes?\b|\bwalks?\b|\bstands?\b|\battends?\b|\bspeaks? (?:during|at|to|with)\b|\bholds?\b|\blooks? on\b|\bwaves?\b|\barrives? (?:at|in|for)\b|\bshakes? hands\b/i;

export interface CaptionContext {
  /** No body paragraph has been seen yet in this story: we are between headline and copy. */
  inHeaderZone: boolean;
}

/**
 * How caption-like a line is that appears only once. Doubled lines are decided before this; this
 * weighs the signals that generalise: no full stop before the credit, a picture dateline, position
 * markers, a picture-desk credit, picture language, brevity; against a wire dateline and length.
 */
export function captionScore(parsed: CreditParse, ctx: CaptionContext): number {
  if (parsed.credit === null && !parsed.positional) return 0;
  const words = wordCount(parsed.text);
  let score = 0;
  if (!endsSentence(parsed.text)) score += 2;
  if (parseCaptionDateline(parsed.text)) score += 3;
  if (parsed.positional) score += 3;
  if (parsed.credit && PHOTO_WORDS.test(parsed.credit)) score += 2;
  if (parsed.knownAgency) score += 0.5;
  if (PICTURE_LANGUAGE.test(parsed.text)) score += 1;
  if (ctx.inHeaderZone) score += 1;
  if (words <= 35 && sentenceCount(parsed.text) === 1) score += 1;
  if (hasWireDateline(parsed.text)) score -= 3;
  if (words > 60) score -= 3;
  score -= Math.max(0, sentenceCount(parsed.text) - 2);
  return score;
}

export const CAPTION_THRESHOLD = 3.5;
