// Reading a picture caption in the forms pages print it: a trailing `(credit)` or `[credit]`,
// `text. Photograph: Name/Agency`, `text REUTERS/Name`, `text — Reuters`; a credit or caption on a
// line of its own (`Image source, Getty Images`, `Image caption, text`, `Photo: AFP`); position
// markers such as (L) or (2nd R); a picture-desk dateline; and how caption-like a line is when it is
// not given away by being doubled.

import { AGENCIES } from './lexicon';
import { endsSentence, sentenceCount, wordCount } from './text';

/** A credit that names a picture source rather than a news wire. */
const PHOTO_WORDS = /photo|getty|images|pool|handout|shutterstock|alamy|\/|courtesy|via /i;

/** Marks where a person stands in the picture: (L), (R), (C), (2nd R), (from left), (top left)… */
const POSITION =
  /^(?:\d+(?:st|nd|rd|th)\s+)?(?:from\s+)?(?:l|r|c|left|right|cent(?:er|re)|front|back|top|bottom|rear|above|below|inset|l-r|r-l|(?:top|bottom|front|back)\s+(?:l|r|left|right)|clockwise from .+)$/i;

/** Words that follow a headline or paragraph in parentheses but are not credits. */
const NOT_CREDIT =
  /^(?:video|videos|photos?|pictures?|pictured|update[sd]?|live|watch|opinion|analysis|interview|explainer|file|corrected|exclusive|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?|\d[\d\s,./-]*)$/i;

/**
 * The label some credits carry, which is not part of the credit: `Photo by`, `Photograph:`, the
 * British press's `Pic:`, a copyright sign.
 */
const CREDIT_LABEL =
  /^(?:(?:(?:photo(?:graph)?s?|photographer|pictures?|pics?|images?|illustration|foto)(?:\s+credit)?|credit)\s*(?:by\b|:|…|\.\.\.)|©)\s*/i;

/** How the credit was printed; `line` is a credit standing on a line of its own. */
export type CreditForm = 'paren' | 'bracket' | 'label' | 'agency-slash' | 'dash' | 'pipes';

export interface CreditParse {
  /** The line without its trailing credit (position markers kept). */
  text: string;
  credit: string | null;
  form: CreditForm | null;
  /** The line carries a position marker such as (L) or (2nd R). */
  positional: boolean;
  knownAgency: boolean;
  /** A bracketed credit carried its label: `(Photo: Reuters)`. */
  labelled?: boolean;
}

/**
 * A judgement of a credit's text, made once per text: a file names the same few sources (`AFP`,
 * `Reuters`, `Getty Images`) on thousands of captions, and each judgement runs several patterns.
 * Forgotten wholesale past a bound, so memory stays small whatever the file.
 */
function judgedOnce(judge: (text: string) => boolean): (text: string) => boolean {
  const judged = new Map<string, boolean>();
  return (text) => {
    let verdict = judged.get(text);
    if (verdict === undefined) {
      if (judged.size >= 10_000) judged.clear();
      verdict = judge(text);
      judged.set(text, verdict);
    }
    return verdict;
  };
}

const isCreditLike = judgedOnce((inner: string): boolean => {
  const credit = inner.trim();
  if (credit.length === 0 || credit.length > 80 || NOT_CREDIT.test(credit)) return false;
  if (AGENCIES.has(credit.toLowerCase())) return true;
  // Credits are short names: `AFP/Getty Images`, `File photo: AFP`, `Jane Doe/AFP via Getty Images`;
  // a comma or a full stop (other than an initial, or AP's `, File`) means prose.
  const name = credit.replace(/,\s*file$/i, '');
  if (wordCount(name) > 9 || /[!?,;]|\.\s+\p{Ll}|\.$/u.test(name) || /\/\s/.test(name))
    return false;
  // Credits are names: they start with a capital (`Reuters`, `File photo: AFP`).
  return /^\p{Lu}/u.test(credit);
});

const isKnownAgency = judgedOnce((credit: string): boolean => {
  const lower = credit.toLowerCase();
  // Most lines asked are one name or none: split only where there is something to split at.
  const parts = CREDIT_JOINS.test(lower) ? lower.split(CREDIT_JOIN) : [lower];
  return parts.some(
    (part) =>
      AGENCIES.has(part.trim()) ||
      (part.endsWith('photo') && AGENCIES.has(part.replace(/\s+photo$/, '').trim())),
  );
});

/**
 * What joins the names in a credit (`AFP/Getty Images`, `Jane Doe for Reuters`, `Jane Doe | Bloomberg
 * | Getty Images`), and whether any does.
 */
const CREDIT_JOIN = /\s*[/,;:|]\s*|\s+via\s+|\s+for\s+/;
const CREDIT_JOINS = /[/,;:|]|\svia\s|\sfor\s/;

/** The credit without a `Photo by` / `Photograph:` label; `File photo: AFP` keeps its words. */
export function withoutCreditLabel(credit: string): string {
  return credit.replace(CREDIT_LABEL, '').trim();
}

/** A bar or bullet left at the end of a caption whose credit followed it. */
const CREDIT_BAR = /\s*[|·•]$/;

/** How copy ends, by char code: . ! ? " ” ’ … , ; : */
const ENDS_COPY = new Set([...'.!?"”’…,;:'].map((c) => c.charCodeAt(0)));

const none = (line: string): CreditParse => ({
  text: line,
  credit: null,
  form: null,
  positional: false,
  knownAgency: false,
});

function found(line: string, text: string, credit: string, form: CreditForm): CreditParse {
  const clean = form === 'label' ? credit : withoutCreditLabel(credit);
  return {
    // `text | Photo: Name/Agency`: the bar set before the credit goes with it.
    text: text.trimEnd().replace(CREDIT_BAR, ''),
    credit: clean,
    form,
    positional: hasPositionMarker(text),
    knownAgency: isKnownAgency(clean),
  };
}

/** Splits a trailing credit off a line, in any of the forms pages print, noticing position markers. */
export function parseCredit(line: string): CreditParse {
  return findCredit(line) ?? none(line);
}

/**
 * parseCredit, but null for a line with neither a credit nor a position marker: most lines, which
 * then cost no reading of their own.
 */
export function findCredit(line: string): CreditParse | null {
  // A picture's links after its credit (`… REUTERS/Jane Doe Purchase Licensing Rights, opens new
  // tab`): the credit is read where they begin. Tested on the line's end only, as it ends so.
  const links =
    LINKS_LAST_LETTERS.has(line.charCodeAt(line.length - 1) | 0x20) &&
    PICTURE_LINK_END.test(line.slice(-30))
      ? PICTURE_LINKS.exec(line)
      : null;
  const parsed = creditAtEnd(links ? line.slice(0, links.index) : line);
  if (parsed === null) return null;
  // A gallery's counter before a caption (`Item 1 of 2 A worker…`, `[1/2]A worker…`) is not
  // its text, and would keep the twin printed without it from reading as the same caption.
  const counter = GALLERY_COUNTER.exec(parsed.text);
  return counter ? { ...parsed, text: parsed.text.slice(counter[0].length) } : parsed;
}

/** The last letters of those endings, lower-cased (most lines end otherwise, in a full stop). */
const LINKS_LAST_LETTERS = new Set([...'bwseot'].map((c) => c.charCodeAt(0)));
/** How a line ending in a picture's links ends: `…tab`, `…window`, `…Rights`, `…image`, `…photo`. */
const PICTURE_LINK_END = /(?:tab|window|rights|image|photo|content)$/i;
/** The links themselves, any of them in a row, with their `, opens new tab`. */
const PICTURE_LINKS =
  /(?:\s*,?\s*(?:opens (?:in )?(?:a )?new (?:tab|window)|(?:purchase|buy|request) (?:licensing|reprint|image|photo) rights|license this (?:image|photo|content)))+$/i;
/**
 * `Item 1 of 2 `, `Image 3/5: `, `[1/2]`, `1 of 4 ` before a caption, then a capital (not `1 of 5
 * adults`). Case by hand: with the `i` flag, \p{Lu} would match any letter.
 */
const GALLERY_COUNTER =
  /^(?:\[\d{1,3}\s*\/\s*\d{1,3}\]\s*|(?:(?:[Ii]tem|[Ii]mage|[Pp]hoto|[Pp]icture|[Ss]lide)\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}(?:\s*[:.|-])?\s+(?=["“‘(]?\p{Lu}))/u;

/** A line's trailing credit or position marker, in any of the forms (see findCredit). */
function creditAtEnd(line: string): CreditParse | null {
  // Found by hand rather than by end-anchored regexes over the whole line: this runs on every line
  // of 10 MB dumps, and long lines must stay linear.
  const end = line.length - 1;
  const last = line.charCodeAt(end);
  if (last === 41 /* ) */ || last === 93 /* ] */) return bracketed(line, last === 41 ? '(' : '[');
  // The other forms end on the credit's name: a line ending a sentence has none (most copy).
  if (ENDS_COPY.has(last)) return null;
  const tail = line.slice(-120);
  const offset = line.length - tail.length;
  // Each form has a character it cannot do without: look for that before running its pattern.
  const labelled =
    tail.includes(':') ||
    tail.includes('…') ||
    tail.includes('...') ||
    tail.includes('©') ||
    tail.includes(' by ')
      ? LABELLED.exec(tail)
      : null;
  const label = labelled?.[1] ?? labelled?.[2];
  const labelCredit = labelled?.[3];
  if (labelled && label && labelCredit && isCreditLike(labelCredit)) {
    const labelStart = labelled.index + labelled[0].length - label.length - labelCredit.length;
    return found(line, line.slice(0, offset + labelStart), labelCredit, 'label');
  }
  // `text. Jane Doe | Bloomberg | Getty Images`: names set apart by bars after the caption's end,
  // the last a picture source.
  const piped = tail.includes(' | ') ? PIPED_CREDIT.exec(tail) : null;
  const pipedCredit = piped?.[1];
  if (piped && pipedCredit && isCreditLike(pipedCredit) && isKnownAgency(lastPart(pipedCredit))) {
    const at = offset + piped.index + piped[0].length - pipedCredit.length;
    return found(line, line.slice(0, at), pipedCredit, 'pipes');
  }
  const slash = tail.includes('/') && AGENCY_SLASH.exec(tail);
  if (slash && slash[1])
    return found(line, line.slice(0, offset + slash.index), slash[1], 'agency-slash');
  const dash =
    tail.includes(' - ') || tail.includes(' — ') || tail.includes(' – ')
      ? DASH_CREDIT.exec(tail)
      : null;
  if (dash?.[1] && isCreditLike(dash[1]) && (isKnownAgency(dash[1]) || PHOTO_WORDS.test(dash[1])))
    return found(line, line.slice(0, offset + dash.index), dash[1], 'dash');
  return null;
}

// The forms' patterns, made once (findCredit reads every line).
/**
 * `text. Photograph: Name/Agency`, `Credit: Name`, `text. Pic: Agency`, `text. © Name/Agency`; and
 * after a sentence's end only, the label without a colon: `text. Photograph by Name for The Site`,
 * `text. Illustration by Name`, and a chart's or handout's `text. Source: Company`.
 */
const LABELLED =
  /(?:(?:^|[.!?"”’)]\s*|\s)((?:(?:photo(?:graph)?s?|photographer|picture|pic|image|illustration|foto)(?:\s+credit)?|credit)\s*(?::|…|\.\.\.)\s*|©\s*)|(?:^|[.!?"”’)]\s*)((?:photo(?:graph)?s?|pictures?|illustration)\s+by\s+|source\s*:\s*))([^:]{2,80})$/i;
/** `text REUTERS/Name`, `text AFP/Name/Agency`. */
const AGENCY_SLASH =
  /\s((?:REUTERS|AFP|AP|EPA|EPA-EFE|XINHUA|ANADOLU|SANA|WAFA|IRNA|UPI|TASS|DPA|KCNA|YONHAP|KYODO|BLOOMBERG|GETTY IMAGES|POOL)\/[\p{Lu}][\p{L}\p{M}.' -]{1,40}(?:\/[\p{L} ]{2,25})?)$/u;
/** `text. Jane Doe | Bloomberg | Getty Images`: two to four names after a sentence's end. */
const PIPED_CREDIT = /[.!?"”’)]\s+(\p{Lu}[^|.!?:]{1,40}(?:\s\|\s[^|.!?:]{2,40}){1,3})$/u;
const lastPart = (credit: string) => credit.slice(credit.lastIndexOf('|') + 1).trim();
/** `text — Reuters`. */
const DASH_CREDIT = /\s[—–-]\s([^—–-]{2,50})$/;

function bracketed(line: string, openChar: '(' | '['): CreditParse | null {
  const close = line.length - 1;
  const open = line.lastIndexOf(openChar, close);
  if (open < 0 || close - open > 91) return null;
  const inner = line.slice(open + 1, close).trim();
  if (inner.includes(openChar === '(' ? ')' : ']')) return null;
  if (openChar === '(' && POSITION.test(inner)) return { ...none(line), positional: true };
  const credit = withoutCreditLabel(inner);
  if (!isCreditLike(credit)) return null;
  // Square brackets hold editors' insertions too (`[sic]`, `[the minister]`): only a picture credit.
  // `[Photo: Name]` says so by its label.
  if (openChar === '[' && !isKnownAgency(credit) && !PHOTO_WORDS.test(inner)) return null;
  // `(File photo: AFP)` keeps its words: a file picture is worth saying; a bare label is not.
  const labelled = CREDIT_LABEL.test(inner) && !/^file/i.test(inner);
  const form = openChar === '(' ? 'paren' : 'bracket';
  const parsed = found(line, line.slice(0, open), labelled ? credit : inner, form);
  // `(Photo: Reuters)` carries its label as a caption's credit does (`Photo: Reuters`).
  return labelled ? { ...parsed, labelled } : parsed;
}

function hasPositionMarker(text: string): boolean {
  // Most captions hold no bracket once their credit is off.
  if (!text.includes('(')) return false;
  for (const m of text.matchAll(/\(([^()]{1,20})\)/g))
    if (POSITION.test((m[1] ?? '').trim())) return true;
  return false;
}

// Made once: shapeOf asks this of every short unit it reads.
const LABELLED_CREDIT_LINE =
  /^(?:image source|picture source|(?:photo(?:graph)?s?|photographer|pictures?|pics?|images?|illustration|foto)(?:\s+credit)?|credit)\s*(?:,|:|…|\.\.\.|by\b)\s*(.+)$/i;
const PICTURE_SOURCE = /\b(?:images|photos?|pictures)$/i;

/**
 * A credit standing on a line of its own, under or above its caption: `Photo: AFP`,
 * `Image source, Getty Images`, `Credit...Jane Doe for The Times`, or a bare `Getty Images`.
 */
export function parseCreditLine(line: string): string | null {
  if (wordCount(line, 12) > 12) return null;
  const m = LABELLED_CREDIT_LINE.exec(line);
  if (m?.[1] && isCreditLike(m[1])) return m[1].trim();
  // A bare credit: a picture agency, or a photographer and agency (`Jane Doe/AFP`, `Getty Images`).
  if (
    !line.includes('(') &&
    wordCount(line, 7) <= 6 &&
    isCreditLike(line) &&
    (isKnownAgency(line) || PICTURE_SOURCE.test(line))
  )
    return line;
  return null;
}

// Made once: shapeOf asks this of every unit it reads, and a pattern in the function is made anew.
const CAPTION_LABEL = /^(?:image caption|caption|picture caption|photo caption)\s*[,:]\s*(.+)$/i;

/** A caption introduced by its label on a line of its own: `Image caption, Rescuers at work`. */
export function parseCaptionLabel(line: string): string | null {
  const m = CAPTION_LABEL.exec(line);
  return m?.[1]?.trim() || null;
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
  // The picture agencies' form: `BEIRUT, LEBANON - NOVEMBER 20`, place in capitals, then the date.
  if (GETTY_DATELINE.test(head)) return head;
  const segments = head.split(COMMA);
  if (segments.length > 6) return null;
  let hasDate = false;
  // `November 20, 2024` spans two comma segments: test pairs too.
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] ?? '';
    const pair = i + 1 < segments.length ? `${seg}, ${segments[i + 1] ?? ''}` : '';
    if (DATE.test(seg) || (pair && DATE.test(pair))) hasDate = true;
    else if (!PLACE_SEGMENT.test(seg) || wordCount(seg) > 4) {
      if (!(pair && DATE.test(pair))) return null;
    }
  }
  return hasDate ? head : null;
}

// Made once: every caption is asked for its dateline.
const COMMA = /\s*,\s*/;
/** A place in a picture dateline: `Iraq`, `Baghdad`, `New York`. */
const PLACE_SEGMENT = /^[\p{Lu}\d][\p{L}\p{M}\d .'’-]{0,40}$/u;

const GETTY_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{M} .'’-]+(?:, \\p{Lu}[\\p{Lu}\\p{M} .'’-]+){0,2} [-–—] (?:${MONTHS})\\.? \\d{1,2}(?:, \\d{4})?$`,
  'iu',
);

/** A wire dateline that opens body copy: `BEIRUT (AFP) -`, `LONDON, Jan 5 (Reuters) -`, `WASHINGTON —`. */
const WIRE_DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,[^-–—:]{1,30})?\s*(?:\([^()]{1,30}\))?\s*[-–—:]\s/u;
export function hasWireDateline(text: string): boolean {
  // A dateline is short: testing a bounded prefix keeps the pattern linear on any line. `FILE -`
  // opens an archive picture's caption, and a picture dateline is the agencies' own form.
  const head = text.slice(0, 80);
  return WIRE_DATELINE.test(head) && !/^FILE\b/.test(head) && parseCaptionDateline(text) === null;
}

/** `…, Thursday, Jan. 23, 2025.`: a picture agency's caption ends on the day it was taken. */
const PICTURE_DAY =
  /,\s(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s(?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.?\s\d{1,2},\s\d{4}\.?$/i;

/** Present-tense picture language: `A view of`, `walks past`, `gestures`, `is seen`… */
const PICTURE_LANGUAGE =
  /\b(?:leaves?|casts?|waits?|addresses|watch(?:es)?|sorts?|takes? part|clears?|marches|celebrates?|mourns?|prays?|hugs?|sits?|rides?|plays?|cheers?|protests?|chants?|looks? (?:at|out|through)|speaks? (?:to|during)|(?:is|are) seen)\b|\bpictured\b|\ba view of\b|\bgestures?\b|\bposes?\b|\bwalks?\b|\bstands?\b|\battends?\b|\bspeaks? (?:during|at|to|with)\b|\bholds?\b|\blooks? on\b|\bwaves?\b|\barrives? (?:at|in|for)\b|\bshakes? hands\b|\bgather(?:s|ed)?\b|\bcarr(?:y|ies)\b|\bflee\b|\bqueue\b|\binspects?\b/i;

export interface CaptionContext {
  /** No body paragraph has been seen yet in this story: we are between headline and copy. */
  inHeaderZone: boolean;
}

/**
 * How caption-like a line is that appears only once. Doubled lines are decided before this; this
 * weighs the signals that generalise: the form of the credit, no full stop before the credit, a
 * picture dateline, position markers, a picture-desk credit, picture language, brevity; against a
 * wire dateline and length.
 */
export function captionScore(parsed: CreditParse, ctx: CaptionContext): number {
  if (parsed.credit === null && !parsed.positional) return 0;
  const words = wordCount(parsed.text);
  let score = 0;
  if (!endsSentence(parsed.text)) score += 2;
  if (parseCaptionDateline(parsed.text)) score += 3;
  if (parsed.positional) score += 3;
  // A labelled credit, an agency/photographer slash, a bracketed credit or names set apart by bars
  // is picture-desk style: body copy never ends so.
  if (
    parsed.form === 'label' ||
    parsed.form === 'agency-slash' ||
    parsed.form === 'bracket' ||
    parsed.form === 'pipes' ||
    parsed.labelled
  )
    score += 3;
  if (parsed.credit && PHOTO_WORDS.test(parsed.credit)) score += 2;
  if (parsed.knownAgency) score += 0.5;
  if (PICTURE_LANGUAGE.test(parsed.text)) score += 1;
  if (PICTURE_DAY.test(parsed.text) || /^FILE\s[-–—]\s/.test(parsed.text)) score += 2;
  if (ctx.inHeaderZone) score += 1;
  // A credit set apart after the sentence's end (`… in Riyadh. (SPA)`) before any copy: a picture
  // captioned so. Copy ending so (a wire's sign-off, `(AFP)`) comes after copy, never before it.
  if (ctx.inHeaderZone && parsed.form === 'paren' && endsSentence(parsed.text)) score += 1.5;
  if (words <= 35 && sentenceCount(parsed.text) === 1) score += 1;
  if (hasWireDateline(parsed.text)) score -= 3;
  // Copy reports what was said; a picture shows what happens.
  if (/\b(?:said|says|told|according to|announced)\b/i.test(parsed.text)) score -= 2;
  if (words > 60) score -= 3;
  score -= Math.max(0, sentenceCount(parsed.text) - 2);
  return score;
}

export const CAPTION_THRESHOLD = 3.5;
