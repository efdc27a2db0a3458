// Who wrote a story and where it was filed, as pages print it: `By JANE DOE and JOHN ROE, Associated
// Press`, a name line over a role line, `Beirut - Jane Doe`, `By Jane Doe | Updated 20 Nov 2024`; and
// the wire dateline opening the copy (`LONDON (AP) —`, `BEIRUT, Nov 20 (Reuters) -`).

import type { Published } from '../model';
import { GIVEN_NAMES, ROLE_WORDS } from './lexicon';
import { parsePublished } from './published';
import { endsSentence, wordCount } from './text';

/** Particles inside names: `Jane de la Cruz`, `Omar al-Sharif`, `Ahmed bin Ali`. */
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'di',
  'y',
  'abu',
]);

// The patterns below are made once, at load: a pattern written inside a function is a new RegExp
// object on every call, and these are asked of most short lines of a dump.
const SPACES = /\s+/;
/** What joins the names of a byline: commas, `and`, `&`. */
const NAME_JOIN = /\s*,\s*|\s+(?:and|&)\s+/;

const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|(?:al|el)-\p{Lu}[\p{L}\p{M}'’-]*)$/u;

/** A person's name: two to five capitalised words, particles allowed between them. */
export function isPersonName(text: string): boolean {
  const tokens = text.trim().split(SPACES);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (!NAME_TOKEN.test(tokens[0] as string) || !NAME_TOKEN.test(tokens.at(-1) as string))
    return false;
  return tokens.every((t) => NAME_TOKEN.test(t) || PARTICLES.has(t.toLowerCase()));
}

/** An organisation or a role after a name: `Associated Press`, `BBC News`, `Middle East editor`. */
function isAffiliation(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || wordCount(t) > 7 || endsSentence(t)) return false;
  return /^\p{Lu}/u.test(t) || ROLE_WORDS.test(t);
}

/** Names joined the way bylines join them: `Jane Doe and John Roe`, `JANE DOE & ANN LEE`. */
export function isNameList(text: string): boolean {
  return text.split(NAME_JOIN).every(isPersonName);
}

/**
 * What opens a byline: `By`, `Words by`, and the labelled forms of CMS article headers, `By:` and
 * `Author:`, which need their colon (`Author Jane Doe` is not a form pages print).
 */
const BY =
  /^(?:(?:by|written by|words by|story by|text by|von|par|por)(?:\s*:\s*|\s+)|(?:author|authors)\s*:\s*)/i;

/**
 * The byline of a `By …` line, without the `By`: `Jane Doe and John Roe, Associated Press`,
 * `Jane Doe in Beirut`. Null for anything else, sentences starting with `By` included.
 */
export function parseByline(line: string): string | null {
  const m = BY.exec(line);
  if (!m || wordCount(line, 20) > 20) return null;
  const rest = line.slice(m[0].length).trim();
  // `By Jane Doe in Beirut`: the place is part of the byline as printed.
  const withoutPlace = rest.replace(/\s+in\s+\p{Lu}[\p{L}\p{M} .'’-]*$/u, '');
  // Names first; after a comma, a pipe or a dash, more names or an organisation or a role.
  const [names = '', ...after] = withoutPlace.split(/\s*[,|]\s*|\s+[—–-]\s+/);
  if (!isNameList(names)) return null;
  return after.every((a) => isNameList(a) || isAffiliation(a)) ? rest : null;
}

/** A role that only a journalist has: with it, a role line needs no other proof. */
export function isJournalistRole(line: string): boolean {
  return JOURNALIST_ROLE.test(line);
}

/** The words of roles only journalists have; a role line ending in one is a role and no more. */
const JOURNALIST_WORDS =
  'correspondent|editor|reporter|writer|columnist|journalist|contributor|critic|presenter';
const JOURNALIST_ROLE = new RegExp(`\\b(?:${JOURNALIST_WORDS})\\b`, 'i');
const ROLE_AT_END = new RegExp(`\\b(?:${JOURNALIST_WORDS})$`, 'i');
const OPENS_CAPITAL = /^\p{Lu}/u;

/** A role line under a byline name: `Political correspondent`, `BBC News`. */
export function isRoleLine(line: string): boolean {
  return (
    wordCount(line, 9) <= 9 &&
    !endsSentence(line) &&
    !/^by\b/i.test(line) &&
    !isFiledFrom(line) &&
    ROLE_WORDS.test(line)
  );
}

/** `Reporting from Kyiv` under a byline: where the story was filed, not part of the byline. */
export function isFiledFrom(line: string): boolean {
  return FILED_FROM.test(line);
}

const FILED_FROM = /^(?:[Rr]eporting|[Ww]riting) from \p{Lu}[\p{L}\p{M} .'’-]{1,40}$/u;

/** Words that name a publication or a company, not a person: `Gulf Observer`, `Asharq Al-Awsat`. */
const ORG_WORDS =
  /\b(?:news|post|times|courier|observer|herald|tribune|gazette|journal|express|star|record|chronicle|ledger|radio|tv|television|online|network|agency|press|media|daily|weekly|today|review|report|bulletin|mail|telegraph|guardian|independent|standard|examiner|monitor|sun|mirror|world|international|group|corporation|service|wire|channel|broadcasting|al-\p{L}+)\b/iu;

/**
 * Who filed a story, read from `Place - Who`: a person (a byline) or a publication (the dateline).
 * A given name first says person; a publication's words, or an Arabic article (`Al-`) first, say
 * publication; otherwise capitalised words read as a name.
 */
export function isPersonFiling(who: string): boolean {
  if (isLikelyName(who)) return true;
  if (ORG_WORDS.test(who) || /^(?:al|el)[-\s]/i.test(who)) return false;
  return isPersonName(who);
}

/** A person's name by its first word: `Jane Doe`, `Omar al-Khatib`; not `Oil Prices Surge`. */
export function isLikelyName(text: string): boolean {
  if (!isNameList(text)) return false;
  return text
    .split(NAME_JOIN)
    .every((name) => GIVEN_NAMES.has((name.split(SPACES)[0] ?? '').toLowerCase()));
}

/**
 * `Beirut - Jane Doe` or `Cairo - Asharq Al-Awsat`: a place, a dash, and who filed it. Whether the
 * second part is a person (a byline) or a publication (a dateline) is for the caller to weigh.
 */
const PLACE_DASH =
  /^(\p{Lu}[\p{L}\p{M}'’.]*(?:\s\p{Lu}[\p{L}\p{M}'’.]*){0,2})\s+[-–—]\s+(\p{Lu}[\p{L}\p{M}'’.\- ]{1,48})$/u;

export function parsePlaceDash(line: string): { place: string; who: string } | null {
  // Most lines asked have no dash at all: no need to try the pattern.
  if (!line.includes('-') && !line.includes('–') && !line.includes('—')) return null;
  const m = PLACE_DASH.exec(line);
  if (!m?.[1] || !m[2] || endsSentence(m[2]) || wordCount(m[2]) > 5) return null;
  return { place: m[1], who: m[2].trim() };
}

/**
 * `Jane Doe in Beirut`: a newspaper's byline without `By`, the names and the place filed from. Title
 * case headlines read the same (`Floods Hit Town in Kent`), so callers ask only beside a time or byline.
 */
const NAME_IN_PLACE = /^(.+?) in \p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;

export function parseNameInPlace(line: string): string | null {
  if (!line.includes(' in ')) return null;
  const m = NAME_IN_PLACE.exec(line);
  return m?.[1] && wordCount(line, 9) <= 8 && isNameList(m[1]) ? m[1] : null;
}

/**
 * `Karen Holt Environment correspondent`: a name and a journalist's role run together on one line,
 * as a page's byline block copies when name and role sit side by side. The byline, as printed with
 * a comma (`Karen Holt, Environment correspondent`), or null.
 */
export function parseNameAndRole(line: string): string | null {
  const tokens = line.split(' ');
  if (tokens.length < 3 || tokens.length > 9 || endsSentence(line)) return null;
  for (let k = 2; k <= Math.min(5, tokens.length - 1); k++) {
    const role = tokens.slice(k).join(' ');
    // The role ends in its journalist's word (`Political editor`, `Staff Writer`): a headline
    // naming someone goes on with a verb (`Jane Doe Wins Editor Award`).
    if (tokens.length - k > 4 || !ROLE_AT_END.test(role) || !OPENS_CAPITAL.test(role)) continue;
    const name = tokens.slice(0, k).join(' ');
    if (isPersonName(name)) return `${name}, ${role}`;
  }
  return null;
}

/**
 * `Jane Doe, Berlin`: the names and the place after a comma, as European pages print a byline
 * without `By`. The byline is the line as printed (the place kept, as after `By`); `names` is for
 * the caller's test of whether they are names. Asked, like parseNameInPlace, only beside a time.
 */
const NAME_COMMA_PLACE = /^(.+), \p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;

export function parseNameCommaPlace(line: string): { names: string; byline: string } | null {
  if (!line.includes(', ') || wordCount(line, 9) > 8) return null;
  const m = NAME_COMMA_PLACE.exec(line);
  // `Jane Doe, John Roe` reads the same and is a byline as printed too.
  return m?.[1] && isNameList(m[1]) ? { names: m[1], byline: line } : null;
}

// In two patterns: one alternation of characters and words is tried at every place of the line.
const META_MARK = /[\d|·•]/;
const META_WORD = /\b(?:by|authors?|ago|now|yesterday|today)\b/i;

/** A line that holds a byline, a time, or both: `By Jane Doe | Updated 20 Nov 2024`. */
export interface MetaLine {
  byline: string | null;
  published: Published | null;
}

// Made once, as every line with a digit is read here: a pattern in the function is made each call.
/** `Posted on November 20, 2024 by Jane Doe`, and `Submitted by Jane Doe on …`. */
const POSTED_BY = /^(?:posted|published|updated)(?:\s+on)?\s+(.+?)\s+by\s+(.+)$/i;
const SUBMITTED_BY = /^(?:submitted|posted|written|published)\s+by\s+(.+?)\s+on\s+(.+)$/i;
/**
 * Where a meta line's parts meet: separators, before an `Updated …` run on after a time, and before
 * a `Published:` label run on after a byline, as CMS article headers flatten to one line
 * (`Author: Jane Doe Published: 6:15 AM EST November 20, 2024 Updated: …`).
 */
const EDITED_BY = /^(?:edited|compiled|curated)\s+by\s*:?\s*(.+)$/i;
const META_PARTS =
  /\s+[|·•]\s+|\s+[—–-]\s+(?=(?:published|updated|posted)\b)|\s+(?=(?:last\s+)?updated\b)|\s+(?=(?:published|posted)\s*:)/i;

/**
 * Reads a line made only of byline and publication time, in whichever order and separator
 * (`|`, `·`, `•`, ` - `), including the CMS form `Posted on November 20, 2024 by Jane Doe`.
 */
export function parseMetaLine(line: string): MetaLine | null {
  // A time has a digit or a word of relative time, a byline a `by` or a bar: else nothing to read.
  if (line.length > 160 || !(META_MARK.test(line) || META_WORD.test(line))) return null;
  const posted = POSTED_BY.exec(line);
  if (posted?.[1] && posted[2]) {
    const published = parsePublished(posted[1]);
    if (published && isAuthor(posted[2])) return { byline: posted[2].trim(), published };
  }
  // `Submitted by Jane Doe on Wed, 11/20/2024 - 06:15`, the other order.
  const submitted = SUBMITTED_BY.exec(line);
  if (submitted?.[1] && submitted[2]) {
    const published = parsePublished(submitted[2]);
    if (published && isAuthor(submitted[1])) return { byline: submitted[1].trim(), published };
  }
  // `Edited by: Jane Doe` under the writer's byline: part of the byline block, not its author.
  const edited = EDITED_BY.exec(line);
  if (edited?.[1] && isNameList(edited[1].trim())) return { byline: null, published: null };
  let byline: string | null = null;
  let published: Published | null = null;
  // Parts: split at separators, and before an `Updated …` or `Last updated …` run on after a time.
  for (const part of line.split(META_PARTS)) {
    const asByline = parseByline(part);
    if (asByline && byline === null) byline = asByline;
    else {
      // `Published: … | Updated: …`: the first time is the publication, the update is kept as text.
      const asTime = parsePublished(part);
      // A part neither a byline nor a time: the bar may join a name to its role instead
      // (`By Jane Doe | Staff Writer`), a byline as a whole, or a date to its time of day
      // (`Last Updated: 20 Nov 2024 | 06:15 PM IST`), a time as a whole.
      if (!asTime)
        return byline === null ? (wholeTime(line) ?? bylineOnly(line)) : bylineOnly(line);
      published ??= asTime;
    }
  }
  return byline === null && published === null ? null : { byline, published };
}

function wholeTime(line: string): MetaLine | null {
  const published = parsePublished(line);
  return published === null ? null : { byline: null, published };
}

function bylineOnly(line: string): MetaLine | null {
  const byline = parseByline(line);
  return byline === null ? null : { byline, published: null };
}

/** CMS authors may be user names (`admin`, `newsdesk`) as well as people. */
function isAuthor(text: string): boolean {
  return isPersonName(text) || /^[\p{L}\d_.-]{2,30}$/u.test(text.trim());
}

/**
 * The wire dateline opening a paragraph, without its closing dash: `LONDON (AP)`,
 * `BEIRUT, Nov 20 (Reuters)`, `Paris (AFP)`, `WASHINGTON`. Null when the paragraph has none.
 */
export function parseStoryDateline(paragraph: string): string | null {
  // Bounded prefix: datelines are short, and the paragraph may be megabytes.
  const head = paragraph.slice(0, 100);
  const m =
    CAPITALS_DATELINE.exec(head) ??
    AGENCY_DATELINE.exec(head) ??
    DATED_AGENCY_DATELINE.exec(head) ??
    colonDateline(head);
  if (!m?.[1]) return null;
  const dateline = m[1];
  // All capitals before the comma or bracket (`LONDON`), or an agency in brackets (`Paris (AFP)`).
  const place = dateline.split(PLACE_END)[0]?.trim() ?? '';
  // `FILE - …` opens agency captions of archive pictures, not a dateline.
  if (place.length < 2 || place === 'FILE') return null;
  return place === place.toUpperCase() || ENDS_BRACKETED.test(dateline) ? dateline : null;
}

/** `LONDON (AP) —`, `BEIRUT, Nov 20 (Reuters) -`: the place in capitals. */
const CAPITALS_DATELINE =
  /^((?:\p{Lu}[\p{Lu}\p{M}.'’-]*(?:\s\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3})(?:,\s[\p{L}\d. ]{2,30})?(?:\s\([\p{L} .&/-]{2,30}\))?)\s?(?:—|–|--|-)\s+\S/u;
/** `Paris (AFP) -`: the place in any case, an agency in brackets. */
const AGENCY_DATELINE =
  /^((?:\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,3})(?:,\s[\p{L}\d. ]{2,30})?\s\([\p{L} .&/-]{2,30}\))\s?(?:—|–|--|-)\s+\S/u;
/**
 * `New Delhi, Nov 20 (IANS) The court…`: South Asian wires close the dateline with the agency alone,
 * no dash; with the date before it, as a name's bracket (`Apple (AAPL) Chief…`) never has.
 */
const DATED_AGENCY_DATELINE =
  /^((?:\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,3}),\s(?:\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}|\d{1,2}\s\p{Lu}\p{Ll}{2,8})\s\([\p{L} .&/-]{2,30}\))\s+(?=["“‘]?\p{Lu})/u;

/** `MUMBAI: The council…`: a place in capitals and a colon, as Indian dailies open their copy. */
const COLON_DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}.'’-]+(?:\s\p{Lu}[\p{Lu}\p{M}.'’-]*){0,2}):\s+(?=["“‘]?\p{Lu})/u;
/** Labels in capitals before a colon that open copy as a place would: `UPDATE: …`, `WATCH: …`. */
const NOT_PLACE =
  /^(?:UPDATE[DS]?|EXCLUSIVE|BREAKING(?: NEWS)?|WATCH|READ(?: MORE)?|ALSO(?: READ)?|NOTE|EDITOR'?S NOTE|ANALYSIS|OPINION|VIDEO|LIVE|RELATED|MORE|PHOTOS?|Q|A|FACT CHECK|CORRECTION|WARNING|SPOILERS?|FILE)$/;
function colonDateline(head: string): RegExpExecArray | null {
  const m = COLON_DATELINE.exec(head);
  return m?.[1] && !NOT_PLACE.test(m[1]) ? m : null;
}
const PLACE_END = /[,(]/;
const ENDS_BRACKETED = /\([^()]+\)$/;

/**
 * `Jane Doe is a staff writer at The Example Review.`: the note on the writer set after the copy.
 * Only a note naming one of the story's own byline counts: copy says such things of others too.
 */
export function isAuthorNote(text: string, byline: string): boolean {
  if (text.length > 300) return false;
  const name = AUTHOR_NOTE.exec(text)?.[1];
  return name !== undefined && byline.includes(name);
}

const AUTHOR_NOTE =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}) (?:is|was|has been) (?:a|an|the)\b[^.]{0,80}?\b(?:writer|reporter|correspondent|editor|columnist|journalist|contributor|critic|producer|author)\b/u;
