// One story assembled from its units: the headline, then every other unit placed as a caption, a
// body paragraph, metadata, or a removed line with its reason. Where a unit stands matters: before
// the headline is the page's top, between the headline and the copy its byline and picture, after
// the last copy the page's foot.

import {
  captionWords,
  LOW_CONFIDENCE,
  type Caption,
  type Paragraph,
  type Published,
  type RemovalReason,
  type RemovedLine,
  type Story,
} from '../model';
import { isAuthorNote, isPersonFiling, parsePlaceDash, parseStoryDateline } from './byline';
import {
  CAPTION_THRESHOLD,
  captionScore,
  parseCaptionDateline,
  parseCaptionLabel,
  parseCreditLine,
} from './caption';
import type { Facts } from './classify';
import { countAtMost, type StoryStart } from './boundaries';
import { findPullQuotes } from './repeats';
import { endsSentence, isLabelledLink, isTitleOf, TextSet } from './text';
import { linesOf, wordsOf, type Unit } from './units';

type Region = 'top' | 'header' | 'body' | 'foot';

export function buildStory(
  units: Unit[],
  source: string[],
  facts: Facts,
  start: StoryStart,
  end: number,
  doubtLines: readonly number[],
): Story {
  return new StoryAssembly(units, source, facts, start, end).build(doubtLines);
}

/**
 * One story being put together, unit by unit. A class rather than closures inside buildStory: a
 * 10 MB dump holds thousands of stories, and each call would make (and name) every closure again.
 */
class StoryAssembly {
  readonly story: Story;
  private readonly h: number | null;
  private firstBody = -1;
  private lastProse = -1;
  // The units last placed in the body and as a caption: a credit line under either goes with it
  // (see attachCredit). Units are placed in order, so the one just above is always the last.
  private lastBody = -1;
  private lastCaption: Caption | null = null;
  private lastCaptionUnit = -1;
  private readonly captionTexts = new TextSet();

  constructor(
    private readonly units: Unit[],
    private readonly source: string[],
    private readonly facts: Facts,
    private readonly start: StoryStart,
    private readonly end: number,
  ) {
    const firstLine = units[start.unit]?.firstLine ?? 1;
    this.story = {
      id: `story-${firstLine}`,
      headline: '',
      headlineLine: null,
      byline: null,
      published: null,
      dateline: null,
      captions: [],
      body: [],
      removed: [],
      warnings: [],
      boundary: { line: firstLine, confidence: start.confidence, signals: start.signals },
      source: { firstLine, lastLine: units[end - 1]?.lastLine ?? firstLine },
    };
    const h = start.headline;
    this.h = h;
    if (h !== null) {
      this.story.headline = (units[h] as Unit).text;
      this.story.headlineLine = (units[h] as Unit).firstLine;
    }
    const { kind } = facts;
    for (let i = h === null ? start.unit : h + 1; i < end; i++) {
      if (this.firstBody < 0 && (kind[i] === 'prose' || kind[i] === 'copy')) this.firstBody = i;
      if (kind[i] === 'prose') this.lastProse = i;
    }
  }

  build(doubtLines: readonly number[]): Story {
    const { units, facts, story, h, end } = this;
    const { kind } = facts;
    let pendingCredit: number | null = null;

    for (let i = this.start.unit; i < end; i++) {
      if (i === h) continue;
      const unit = units[i] as Unit;
      const region = this.regionOf(i);
      const k = kind[i];
      const twin = facts.twinBehind[i] as number;
      // Who filed it, for a `Beirut - Jane Doe` line under the headline.
      const filer = k === 'heading' && region === 'header' ? placeDashByline(unit.text) : null;

      if (h !== null && twin !== -1 && (twin === h || unit.text === story.headline)) {
        this.remove(i, 'duplicate-headline');
      } else if (this.captionTexts.has(unit.text) || this.isCaptionAgain(unit)) {
        this.remove(i, 'duplicate-caption');
      } else if (k === 'meta') {
        const meta = facts.meta[i];
        this.setMeta(meta?.byline ?? null, meta?.published ?? null, region);
        this.remove(i, meta?.published && !meta.byline ? 'timestamp' : 'byline');
      } else if (k === 'furniture') {
        this.remove(i, facts.furniture[i]?.reason ?? 'boilerplate');
      } else if (k === 'logo') {
        this.remove(i, 'logo-token');
      } else if (k === 'caption-label') {
        const credit =
          pendingCredit !== null ? parseCreditLine((units[pendingCredit] as Unit).text) : null;
        const lines =
          pendingCredit !== null
            ? bothLines(linesOf(units[pendingCredit] as Unit), linesOf(unit))
            : linesOf(unit);
        const text = parseCaptionLabel(unit.text) ?? unit.text;
        this.toCaption(i, { text, credit, dateline: parseCaptionDateline(text), lines });
        pendingCredit = null;
      } else if (k === 'credit-line') {
        if (pendingCredit !== null) this.remove(pendingCredit, 'gallery');
        pendingCredit = null;
        if (kind[i + 1] === 'caption-label' && i + 1 < end) pendingCredit = i;
        else if (!this.attachCredit(i)) this.remove(i, 'gallery');
      } else if (k === 'caption' && this.isCaption(i, region)) {
        const { text, credit } = unit.credit ?? { text: unit.text, credit: null };
        this.toCaption(i, {
          text,
          credit,
          dateline: parseCaptionDateline(text),
          lines: linesOf(unit),
        });
      } else if (k === 'alt-text') {
        this.remove(i, 'duplicate-caption');
      } else if (region === 'top') {
        const title = story.headline !== '' && isTitleOf(unit.text, story.headline);
        this.remove(i, title ? 'page-title' : 'nav');
      } else if (
        k === 'heading' &&
        region === 'header' &&
        facts.twinAhead[i] !== -1 &&
        !endsSentence(unit.text)
      ) {
        // A phrase doubled between headline and copy: a picture's caption printed twice, no credit.
        this.toCaption(i, {
          text: unit.text,
          credit: null,
          dateline: parseCaptionDateline(unit.text),
          lines: linesOf(unit),
        });
      } else if (
        k === 'heading' &&
        region === 'header' &&
        (story.byline !== null || story.published !== null) &&
        isLabelledLink(unit.text)
      ) {
        // Under the byline, `Up Next: …` or `VIDEO ABOVE: …` links elsewhere (see boundaries.ts).
        this.remove(i, 'related');
      } else if (filer !== null) {
        this.setMeta(filer, null, region);
        this.remove(i, 'byline');
      } else if (k === 'heading' && region === 'foot' && facts.recurring[i]) {
        // Headlines listed after the copy that the file prints elsewhere too: a most-read list. A
        // list the file prints once (results, fixtures, winners) is the story's own copy.
        this.remove(i, 'related');
      } else {
        this.toBody(i);
      }
    }
    if (pendingCredit !== null) this.remove(pendingCredit, 'gallery');

    dropRepeats(story, this.source);
    dropAuthorNote(story, this.source);
    // Removed lines are mostly gathered in order already: sorting would copy them all to check.
    if (!inOrder(story.removed)) story.removed.sort(byLine);
    readDateline(story);
    addWarnings(story, doubtLines);
    return story;
  }

  private regionOf(i: number): Region {
    const { h, firstBody, lastProse } = this;
    if (h !== null && i < h) return 'top';
    if (firstBody < 0 || i < firstBody) return h === null ? 'body' : 'header';
    return lastProse >= 0 && i > lastProse ? 'foot' : 'body';
  }

  private remove(i: number, reason: RemovalReason): void {
    const { text, firstLine, lastLine } = this.units[i] as Unit;
    for (let line = firstLine; line <= lastLine; line++)
      this.story.removed.push({
        line,
        text: removedText(text, lastLine - firstLine + 1, line, this.source),
        reason,
      });
  }

  private toBody(i: number): void {
    this.lastBody = i;
    this.story.body.push({
      text: (this.units[i] as Unit).text,
      lines: linesOf(this.units[i] as Unit),
    });
  }

  /** `caption.text` as it reads: its dateline is kept in `dateline` alone (see captionText). */
  private toCaption(i: number, read: Caption): void {
    const caption = { ...read, text: captionWords(read.text, read.dateline) };
    this.lastCaption = caption;
    this.lastCaptionUnit = i;
    this.captionTexts.add((this.units[i] as Unit).text);
    if (read.credit !== null) this.captionTexts.add(creditedKey(read.text, read.credit));
    this.story.captions.push(caption);
  }

  /**
   * The same caption and credit as one taken already, printed again differently: a gallery prints
   * a picture's caption twice, once with its counter or links around it (`[1/2]A worker…`).
   */
  private isCaptionAgain(unit: Unit): boolean {
    const parsed = unit.credit;
    return (
      parsed !== null &&
      parsed.credit !== null &&
      this.captionTexts.has(creditedKey(parsed.text, parsed.credit))
    );
  }

  private setMeta(byline: string | null, published: Published | null, region: Region): void {
    if (region === 'foot') return;
    if (byline && this.story.byline === null) this.story.byline = byline;
    if (published && this.story.published === null) this.story.published = published;
  }

  /** A credit standing on the next line, with nothing between: the line is its caption. */
  private creditLineUnder(i: number): boolean {
    return this.facts.kind[i + 1] === 'credit-line' && (this.units[i + 1] as Unit).gapBefore === 0;
  }

  /** A credit on its own line goes with the caption just above it (or the short line it captions). */
  private attachCredit(i: number): boolean {
    const { units } = this;
    const credit = parseCreditLine((units[i] as Unit).text);
    const above = this.lastCaptionUnit === i - 1 ? this.lastCaption : null;
    if (above && above.credit === null) {
      above.credit = credit;
      above.lines = bothLines(above.lines, linesOf(units[i] as Unit));
      return true;
    }
    const prev = units[i - 1] as Unit | undefined;
    if (this.lastBody !== i - 1 || !prev) return false;
    if (wordsOf(prev) > 60 || (units[i] as Unit).gapBefore > this.facts.paragraphGap) return false;
    this.story.body.pop();
    this.lastBody = -1;
    this.toCaption(i - 1, {
      text: prev.text,
      credit,
      dateline: parseCaptionDateline(prev.text),
      lines: bothLines(linesOf(prev), linesOf(units[i] as Unit)),
    });
    return true;
  }

  /**
   * Doubled lines are captions when anything else says picture: a credit, a position marker, a
   * dateline, or standing before the copy as a phrase rather than a sentence. Whole sentences
   * repeated are copy sent twice, not captions. Single lines must score as captions.
   */
  private isCaption(i: number, region: Region): boolean {
    const unit = this.units[i] as Unit;
    const inHeader = region === 'header' || region === 'top';
    const doubled = this.facts.twinAhead[i] !== -1;
    if (unit.credit === null)
      return (doubled && !endsSentence(unit.text)) || this.creditLineUnder(i);
    const { credit, positional, text } = unit.credit;
    const phraseBeforeCopy = inHeader && !endsSentence(text);
    if (
      doubled &&
      (credit !== null || positional || phraseBeforeCopy || parseCaptionDateline(text) !== null)
    )
      return true;
    return captionScore(unit.credit, { inHeaderZone: inHeader }) >= CAPTION_THRESHOLD;
  }
}

const byLine = (a: RemovedLine, b: RemovedLine) => a.line - b.line;

/** A caption's key by what it reads, apart from how its line was dressed: text and credit. */
const creditedKey = (text: string, credit: string) => `${text}\u0000${credit}`;

/**
 * `Beirut - Jane Doe` under a headline: the second part a person, with a given name first; a
 * publication (`Cairo - Asharq Al-Awsat`) makes the line the story's dateline, kept in the copy.
 */
function placeDashByline(text: string): string | null {
  const pd = parsePlaceDash(text);
  return pd && isPersonFiling(pd.who) ? pd.who : null;
}

function inOrder(removed: readonly RemovedLine[]): boolean {
  for (let k = 1; k < removed.length; k++)
    if ((removed[k - 1] as RemovedLine).line > (removed[k] as RemovedLine).line) return false;
  return true;
}

/** The note on the writer after the copy (`Jane Doe is a staff writer at …`) goes with the byline. */
function dropAuthorNote(story: Story, source: string[]): void {
  const { byline, body } = story;
  if (byline === null) return;
  // The note closes the copy, before any sign-off or contributors' line.
  for (let i = body.length - 1; i >= Math.max(1, body.length - 2); i--) {
    const p = body[i] as Paragraph;
    if (!isAuthorNote(p.text, byline)) continue;
    removeParagraph(story, p, 'byline', source);
    body.splice(i, 1);
    return;
  }
}

/** Exact repeats of a paragraph and pull quotes repeating the copy go to `removed`. */
function dropRepeats(story: Story, source: string[]): void {
  const texts = new Array<string>(story.body.length);
  for (let i = 0; i < texts.length; i++) texts[i] = (story.body[i] as Paragraph).text;
  const drop = findPullQuotes(texts);
  if (drop.size === 0) return;
  const kept: Paragraph[] = [];
  for (let i = 0; i < story.body.length; i++) {
    const p = story.body[i] as Paragraph;
    const reason = drop.get(i);
    if (!reason) kept.push(p);
    else removeParagraph(story, p, reason, source);
  }
  story.body = kept;
}

/** The lines of a caption and its credit: once each, as a glued caption and credit share one. */
function bothLines(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])];
}

/** Every source line of a paragraph taken out of the body, to the story's `removed`. */
function removeParagraph(
  story: Story,
  p: Paragraph,
  reason: RemovalReason,
  source: string[],
): void {
  for (const line of p.lines)
    story.removed.push({ line, text: removedText(p.text, p.lines.length, line, source), reason });
}

/**
 * The text a removed line keeps: the line as cleaned, or, for a line of glued paragraphs cut at
 * its seams, the piece removed (its other pieces are placed elsewhere).
 */
function removedText(text: string, lineCount: number, line: number, source: string[]) {
  return lineCount === 1 ? text : (source[line - 1] ?? '');
}

/** The story's dateline: a wire dateline opening the copy, or a `Cairo - Asharq Al-Awsat` line. */
function readDateline(story: Story): void {
  const first = story.body[0]?.text;
  if (!first) return;
  const pd = parsePlaceDash(first);
  // A standfirst set above the copy leaves the dateline to open the second paragraph.
  const second = story.body[1]?.text;
  story.dateline =
    parseStoryDateline(first) ??
    (pd && !isPersonFiling(pd.who) ? first : null) ??
    (second ? parseStoryDateline(second) : null);
}

function addWarnings(story: Story, doubtLines: readonly number[]): void {
  const at = story.boundary.line;
  if (story.headlineLine === null)
    story.warnings.push({
      code: 'no-headline',
      message: 'No headline found at the start of this story.',
      line: at,
    });
  if (story.body.length === 0)
    story.warnings.push({ code: 'no-body', message: 'This story has no body copy.', line: at });
  if (story.boundary.confidence < LOW_CONFIDENCE)
    story.warnings.push({
      code: 'low-confidence-boundary',
      message: `Story start is uncertain (${Math.round(story.boundary.confidence * 100)}%): check it is not part of the story before.`,
      line: at,
    });
  const from = story.headlineLine ?? story.source.firstLine;
  const doubt = doubtLines[countAtMost(doubtLines, from)];
  if (doubt !== undefined && doubt <= story.source.lastLine)
    story.warnings.push({
      code: 'possible-missed-boundary',
      message: `This story may hold two stories: line ${doubt} looks like the headline of another.`,
      line: doubt,
    });
  for (const caption of story.captions)
    if (caption.credit === null)
      story.warnings.push({
        code: 'caption-without-credit',
        message: 'Caption has no credit.',
        line: caption.lines[0],
      });
}
