// The editor's actions on a document, as pure functions: merge, split, reorder, spike, approve,
// restore removed lines, edit captions and the story's metadata. The UI calls these and autosaves
// the result; undo keeps the previous document.

import type { DocumentEdits, ReviewState } from './document';
import { fixCaption, type HouseStyle } from './house-style';
import {
  captionText,
  captionWords,
  type Caption,
  type JoinedStory,
  type Paragraph,
  type SplitWarning,
  type Story,
  type TextRun,
} from './model';
import {
  linesOfPlace,
  partsAt,
  placesOf,
  storyIndexAt,
  type LineRole,
  type Place,
} from './placement';
import { parseCaptionDateline, parseCredit } from './split/caption';
import { parsePublished } from './split/published';
import { cleanLine, endsSentence, wordCount } from './split/text';

/** Any document shape with the editable parts: the stored document, or the UI's copy of it. */
type Doc = DocumentEdits & { name: string };

function indexOf(doc: Doc, storyId: string): number {
  const index = doc.stories.findIndex((s) => s.id === storyId);
  if (index < 0) throw new Error(`No story ${storyId} in ${doc.name}`);
  return index;
}

function replaceStories<D extends Doc>(doc: D, stories: Story[], reviews = doc.reviews): D {
  return { ...doc, stories, reviews };
}

/** Changes a story's copy: headline, captions, body. */
export function updateStory<D extends Doc>(
  doc: D,
  storyId: string,
  patch: Partial<Pick<Story, 'headline' | 'captions' | 'body'>>,
): D {
  const index = indexOf(doc, storyId);
  const stories = doc.stories.slice();
  stories[index] = { ...(stories[index] as Story), ...patch };
  return replaceStories(doc, stories);
}

/** A metadata field as stored: what the editor typed, trimmed; null when nothing is left. */
export function metaValue(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** Changes one story, or returns the document itself when the story would not change. */
function patchStory<D extends Doc>(doc: D, storyId: string, patch: (story: Story) => Story): D {
  const index = indexOf(doc, storyId);
  const story = doc.stories[index] as Story;
  const next = patch(story);
  if (next === story) return doc;
  const stories = doc.stories.slice();
  stories[index] = next;
  return replaceStories(doc, stories);
}

/** Sets who wrote the story, as the editor typed it (the `By` included if typed); empty is none. */
export function setByline<D extends Doc>(doc: D, storyId: string, text: string): D {
  const byline = metaValue(text);
  return patchStory(doc, storyId, (s) => (s.byline === byline ? s : { ...s, byline }));
}

/**
 * Sets the publication time as the editor typed it; its ISO value is read again from the text, so
 * the two cannot disagree. Empty is none.
 */
export function setPublished<D extends Doc>(doc: D, storyId: string, text: string): D {
  const value = metaValue(text);
  return patchStory(doc, storyId, (s) => {
    if ((s.published?.text ?? null) === value) return s;
    const published =
      value === null ? null : { text: value, iso: parsePublished(value)?.iso ?? null };
    return { ...s, published };
  });
}

/**
 * What may follow a dateline at the start of the copy: its closing dash (a hyphen only with a space
 * before it, as wires print it) or a colon, or nothing. A longer word (`LONDONDERRY`, `LONDON-based`
 * after `LONDON`) or more of a dateline (` (AP) —` after `LONDON`) is not the dateline's end.
 */
const DATELINE_END = /^(?:\s*[–—:]|\s+-(?=\s|$)|\s*$)/;

/** Whether the paragraph starts with `dateline` as printed, followed by the dateline's end. */
function opensWith(paragraph: Paragraph | undefined, dateline: string | null): boolean {
  if (!paragraph || dateline === null || !paragraph.text.startsWith(dateline)) return false;
  return DATELINE_END.test(paragraph.text.slice(dateline.length));
}

/** Two runs that print alike: the same emphasis and the same link. */
export const sameFormat = (a: TextRun, b: TextRun) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href;

/**
 * The paragraph with its first `length` characters replaced by `text`, formatting kept: the new
 * start takes the formatting of the old one, and the runs still join up to the text.
 */
export function replaceStart(paragraph: Paragraph, length: number, text: string): Paragraph {
  const next: Paragraph = { ...paragraph, text: text + paragraph.text.slice(length) };
  const [first] = paragraph.runs ?? [];
  if (!paragraph.runs || !first) return next;
  const runs: TextRun[] = [];
  let skip = length;
  for (const run of paragraph.runs) {
    if (skip >= run.text.length && skip > 0) {
      skip -= run.text.length;
      continue;
    }
    runs.push(skip > 0 ? { ...run, text: run.text.slice(skip) } : run);
    skip = 0;
  }
  const head = runs[0];
  if (head && sameFormat(head, first)) runs[0] = { ...head, text: text + head.text };
  else if (text !== '') runs.unshift({ ...first, text });
  return { ...next, runs: runs.filter((r) => r.text !== '') };
}

/**
 * Sets the story's dateline. The copy prints it too: when the first paragraph starts with the old
 * dateline, that start becomes the new one, so the field and the copy that ships cannot disagree.
 * Emptied, the field records no dateline and the copy is left as it is: taking words out of the
 * body is the body's business, and a dateline read by mistake must not cost copy.
 */
export function setStoryDateline<D extends Doc>(doc: D, storyId: string, text: string): D {
  const dateline = metaValue(text);
  return patchStory(doc, storyId, (s) => {
    if (s.dateline === dateline) return s;
    const [first, ...rest] = s.body;
    if (dateline === null || !first || !opensWith(first, s.dateline)) return { ...s, dateline };
    const old = s.dateline as string;
    return { ...s, dateline, body: [replaceStart(first, old.length, dateline), ...rest] };
  });
}

/**
 * Every caption of the document in house style; the document itself when nothing changes, so the
 * command adds no empty undo step.
 */
export function fixAllCaptions<D extends Doc>(doc: D, style: HouseStyle): D {
  let changed = false;
  const stories = doc.stories.map((story) => {
    const captions = story.captions.map((caption) => {
      const fixed = fixCaption(caption, style);
      const same =
        fixed.text === caption.text &&
        fixed.credit === caption.credit &&
        fixed.dateline === caption.dateline;
      if (same) return caption;
      changed = true;
      return fixed;
    });
    return captions.every((c, i) => c === story.captions[i]) ? story : { ...story, captions };
  });
  return changed ? replaceStories(doc, stories) : doc;
}

export function setReview<D extends Doc>(doc: D, storyId: string, state: ReviewState): D {
  indexOf(doc, storyId);
  return { ...doc, reviews: { ...doc.reviews, [storyId]: state } };
}

export function reviewOf<D extends Doc>(doc: D, storyId: string): ReviewState {
  return doc.reviews[storyId] ?? 'new';
}

/** Approves a story, or takes the approval back (it stays `reviewed`). */
export function toggleApproval<D extends Doc>(doc: D, storyId: string): D {
  return setReview(doc, storyId, reviewOf(doc, storyId) === 'approved' ? 'reviewed' : 'approved');
}

/** Spiked stories come back as `reviewed`: someone has looked at them. */
export function toggleSpike<D extends Doc>(doc: D, storyId: string): D {
  return setReview(doc, storyId, reviewOf(doc, storyId) === 'spiked' ? 'reviewed' : 'spiked');
}

/** The review buttons and keys: approve (or take it back), spike (or unspike), mark reviewed. */
export type ReviewAction = 'approve' | 'spike' | 'reviewed';

export function review<D extends Doc>(doc: D, storyId: string, action: ReviewAction): D {
  if (action === 'approve') return toggleApproval(doc, storyId);
  if (action === 'spike') return toggleSpike(doc, storyId);
  return setReview(doc, storyId, 'reviewed');
}

/**
 * The review keys on several stories at once, as one change: approve or spike sets every one, and
 * takes them all back (to `reviewed`) when every one already was, as the keys do for one story.
 * The document itself when nothing changes.
 */
export function reviewStories<D extends Doc>(
  doc: D,
  storyIds: readonly string[],
  action: ReviewAction,
): D {
  for (const id of storyIds) indexOf(doc, id);
  const target: ReviewState =
    action === 'approve' ? 'approved' : action === 'spike' ? 'spiked' : 'reviewed';
  const all = storyIds.every((id) => reviewOf(doc, id) === target);
  const state: ReviewState = all && action !== 'reviewed' ? 'reviewed' : target;
  const changed = storyIds.filter((id) => reviewOf(doc, id) !== state);
  if (changed.length === 0) return doc;
  const reviews = { ...doc.reviews };
  for (const id of changed) reviews[id] = state;
  return { ...doc, reviews };
}

export function selectStory<D extends Doc>(doc: D, storyId: string | null): D {
  if (storyId !== null) indexOf(doc, storyId);
  return { ...doc, selectedStoryId: storyId };
}

/** Moves a story up (-1) or down (+1); at either end it stays where it is. */
export function moveStory<D extends Doc>(doc: D, storyId: string, delta: -1 | 1): D {
  const index = indexOf(doc, storyId);
  const target = index + delta;
  if (target < 0 || target >= doc.stories.length) return doc;
  const stories = doc.stories.slice();
  [stories[index], stories[target]] = [stories[target] as Story, stories[index] as Story];
  return replaceStories(doc, stories);
}

/** Warnings that describe the split itself, which the editor's decision settles. */
const SPLIT_WARNINGS = new Set(['low-confidence-boundary', 'no-body', 'no-headline']);

/**
 * Joins a story with the one after it: the second story's headline becomes a paragraph at the join
 * (it was most likely a subhead the engine took for a new story), captions and removed lines are
 * pooled, and the first story's review state is kept. What else the second story had (its id,
 * metadata, warnings, boundary) is kept in `joined`, so splitting at the join gives it back.
 */
export function mergeWithNext<D extends Doc>(doc: D, storyId: string): D {
  const index = indexOf(doc, storyId);
  const first = doc.stories[index] as Story;
  const second = doc.stories[index + 1];
  if (!second) return doc;
  const join: Paragraph[] =
    second.headline !== ''
      ? [{ text: second.headline, lines: second.headlineLine ? [second.headlineLine] : [] }]
      : [];
  const merged: Story = {
    ...first,
    captions: [...first.captions, ...second.captions],
    body: [...first.body, ...join, ...second.body],
    removed: [...first.removed, ...second.removed].sort((a, b) => a.line - b.line),
    warnings: [...first.warnings, ...second.warnings].filter(
      (w) => !SPLIT_WARNINGS.has(w.code) || (w.code === 'no-headline' && first.headline === ''),
    ),
    source: {
      firstLine: Math.min(first.source.firstLine, second.source.firstLine),
      lastLine: Math.max(first.source.lastLine, second.source.lastLine),
    },
    joined: [...(first.joined ?? []), joinedRecord(second), ...(second.joined ?? [])],
  };
  const stories = doc.stories.slice();
  stories.splice(index, 2, merged);
  const reviews = { ...doc.reviews };
  delete reviews[second.id];
  const selected = doc.selectedStoryId === second.id ? first.id : doc.selectedStoryId;
  return { ...replaceStories(doc, stories, reviews), selectedStoryId: selected };
}

/**
 * Merges several stories, next to each other or not, into the first of them in document order: each
 * of the others, in document order, is joined on to it as Merge with next joins the story after.
 * Splitting at a join gives that story back, right after the merged one. The merged story is
 * selected; with fewer than two stories the document is returned as it is.
 */
export function mergeStories<D extends Doc>(doc: D, storyIds: readonly string[]): D {
  const wanted = new Set(storyIds);
  for (const id of wanted) indexOf(doc, id);
  const [first, ...rest] = doc.stories.filter((s) => wanted.has(s.id));
  if (!first || rest.length === 0) return doc;
  let next: D = doc;
  for (const story of rest) {
    // Brought to just after the merged story, then joined on to it.
    const stories = next.stories.filter((s) => s !== story);
    stories.splice(indexOf(next, first.id) + 1, 0, story);
    next = mergeWithNext(replaceStories(next, stories), first.id);
  }
  return { ...next, selectedStoryId: first.id };
}

/** What the merged story keeps of a story joined on to it. */
function joinedRecord(story: Story): JoinedStory {
  return {
    id: story.id,
    firstLine: story.source.firstLine,
    headlineLine: story.headlineLine,
    byline: story.byline,
    published: story.published,
    dateline: story.dateline,
    warnings: story.warnings,
    boundary: story.boundary,
  };
}

function uniqueId(doc: Doc, base: string): string {
  const taken = new Set(doc.stories.map((s) => s.id));
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A story's own id back when no story of the document has it now, else a new one. */
function freeId(doc: Doc, id: string, base: string): string {
  return doc.stories.some((s) => s.id === id) ? uniqueId(doc, base) : id;
}

const linesOf = (paragraphs: Paragraph[]) => paragraphs.flatMap((p) => p.lines);

/** The story at `index` becomes `kept` and, after it, `newStory`: new, and the one on screen. */
function splitInTwo<D extends Doc>(doc: D, index: number, kept: Story, newStory: Story): D {
  const stories = doc.stories.slice();
  stories.splice(index, 1, kept, newStory);
  return {
    ...replaceStories(doc, stories, { ...doc.reviews, [newStory.id]: 'new' }),
    selectedStoryId: newStory.id,
  };
}

/**
 * How a story's warnings and the stories joined onto it divide at a cut (a split at the cursor or
 * a story started at a line): what goes with the part from `cut` on, and what stays before it. At
 * a join, the joined story's own warnings go back with it; the split's own warnings (about the
 * boundary that is now the editor's) go.
 */
function dividedAt(story: Story, join: JoinedStory | undefined, cut: number) {
  const own = new Set(join?.warnings.map(warningKey));
  const moved = story.warnings.filter(
    (w) => own.has(warningKey(w)) || (w.line !== undefined && w.line >= cut),
  );
  return {
    warningsAfter: join
      ? [...join.warnings, ...moved.filter((w) => !own.has(warningKey(w)))]
      : moved.filter((w) => !SPLIT_WARNINGS.has(w.code)),
    warningsBefore: story.warnings.filter((w) => !SPLIT_WARNINGS.has(w.code) && !moved.includes(w)),
    joinedAfter: story.joined?.filter((j) => j.firstLine > cut) ?? [],
    joinedBefore: story.joined?.filter((j) => j.firstLine < cut) ?? [],
  };
}

/**
 * The story joined where the copy is cut, if the cut falls at a join: every source line before the
 * cut is earlier than the joined story's first line, and the copy after it starts at or past it.
 */
function joinAt(story: Story, before: Paragraph[], after: Paragraph[]): JoinedStory | undefined {
  const last = Math.max(0, ...linesOf(before));
  const next = linesOf(after)[0];
  if (next === undefined) return undefined;
  return story.joined?.findLast((j) => last < j.firstLine && j.firstLine <= next);
}

const warningKey = (w: SplitWarning) => `${w.code}\u0000${w.line ?? ''}\u0000${w.message}`;

/** A paragraph that reads like a headline: short, and not ended like a sentence. */
function headlineLike(text: string): boolean {
  return text !== '' && wordCount(text) <= 25 && !endsSentence(text);
}

/**
 * Splits a story at the cursor: paragraph `paragraph`, character `offset`. What follows becomes a
 * new story right after it; when its first paragraph reads like a headline it becomes the headline.
 * Captions, removed lines and warnings go to the part their source lines fall in. A cut at the join
 * of a merged story gives the joined story back its id, headline, metadata, warnings and source
 * range, with the captions and removed lines from its first line on. The new story is selected.
 */
export function splitStory<D extends Doc>(
  doc: D,
  storyId: string,
  paragraph: number,
  offset: number,
): D {
  const index = indexOf(doc, storyId);
  const story = doc.stories[index] as Story;
  const at = story.body[paragraph];
  if (!at) throw new Error(`Story ${storyId} has no paragraph ${paragraph}`);
  const headPart = at.text.slice(0, offset).trim();
  const tailPart = at.text.slice(offset).trim();
  const [headLines, tailLines] =
    headPart === '' || tailPart === '' ? [at.lines, at.lines] : linesAtCut(at, offset);
  // Runs would straddle the cut: the split paragraphs keep their text, plain.
  const cut = (text: string, lines: number[]): Paragraph[] =>
    text === '' ? [] : [{ text, lines }];
  const before = [...story.body.slice(0, paragraph), ...cut(headPart, headLines)];
  const after = [...cut(tailPart, tailLines), ...story.body.slice(paragraph + 1)];
  if (after.length === 0 || before.length === 0) return doc;

  const join = joinAt(story, before, after);
  const firstLine = join?.firstLine ?? after[0]?.lines[0] ?? story.source.lastLine;
  // At a join, the joined story's headline is its headline again, whatever it reads like.
  const opening = after[0];
  const takesHeadline =
    join && join.headlineLine !== null && opening
      ? opening.lines[0] === join.headlineLine
      : headlineLike(opening?.text ?? '');
  // A caption goes where its first source line is; one the editor added (no lines) stays.
  const isAfter = (lines: number[]) => lines.length > 0 && (lines[0] as number) >= firstLine;
  const divided = dividedAt(story, join, firstLine);
  const newStory: Story = {
    id: join ? freeId(doc, join.id, story.id) : uniqueId(doc, story.id),
    headline: takesHeadline ? (opening?.text ?? '') : '',
    headlineLine: takesHeadline ? (opening?.lines[0] ?? null) : null,
    byline: join?.byline ?? null,
    published: join?.published ?? null,
    dateline: join?.dateline ?? null,
    captions: story.captions.filter((c) => isAfter(c.lines)),
    body: takesHeadline ? after.slice(1) : after,
    removed: story.removed.filter((r) => r.line >= firstLine),
    warnings: divided.warningsAfter,
    boundary: join?.boundary ?? { line: firstLine, confidence: 1, signals: ['editor-split'] },
    source: { firstLine, lastLine: story.source.lastLine },
    ...(divided.joinedAfter.length > 0 ? { joined: divided.joinedAfter } : {}),
  };
  const { joined: _joined, ...rest } = story;
  const keptCaptions = story.captions.filter((c) => !isAfter(c.lines));
  const keptRemoved = story.removed.filter((r) => r.line < firstLine);
  // The kept part spans up to the last line it holds (blank lines before the cut are no story's).
  const keptLines = [
    ...(story.headlineLine === null ? [] : [story.headlineLine]),
    ...keptCaptions.flatMap((c) => c.lines),
    ...linesOf(before),
    ...keptRemoved.map((r) => r.line),
  ].filter((line) => line < firstLine);
  const kept: Story = {
    ...rest,
    captions: keptCaptions,
    body: before,
    removed: keptRemoved,
    warnings: divided.warningsBefore,
    source: {
      firstLine: story.source.firstLine,
      lastLine: Math.max(story.source.firstLine, ...keptLines),
    },
    ...(divided.joinedBefore.length > 0 ? { joined: divided.joinedBefore } : {}),
  };
  return splitInTwo(doc, index, kept, newStory);
}

/**
 * A paragraph's source lines divided at a cut inside it, each line to the part holding most of it.
 * A paragraph of several lines was hard-wrapped lines joined with a space each, about equally long
 * (the source is not at hand here): the cut's share of the text is its share of the lines. A
 * paragraph of one line gives it to both parts, as both came from it.
 */
function linesAtCut(paragraph: Paragraph, offset: number): [number[], number[]] {
  const { lines, text } = paragraph;
  if (lines.length < 2) return [lines, lines];
  const share = offset / Math.max(1, text.length);
  const first = Math.min(lines.length - 1, Math.max(1, Math.round(share * lines.length)));
  return [lines.slice(0, first), lines.slice(first)];
}

/** Puts a removed line back: as a body paragraph in source order, or as a caption. */
export function restoreRemoved<D extends Doc>(
  doc: D,
  storyId: string,
  line: number,
  as: 'body' | 'caption',
): D {
  const index = indexOf(doc, storyId);
  const story = doc.stories[index] as Story;
  const removed = story.removed.find((r) => r.line === line);
  if (!removed) return doc;
  const rest = story.removed.filter((r) => r !== removed);
  let patch: Partial<Story>;
  if (as === 'caption') {
    patch = { captions: [...story.captions, captionFromLine(removed.text, line)] };
  } else {
    const body = story.body.slice();
    const at = body.findIndex((p) => (p.lines[0] ?? Infinity) > line);
    body.splice(at < 0 ? body.length : at, 0, { text: removed.text, lines: [line] });
    patch = { body };
  }
  const stories = doc.stories.slice();
  stories[index] = { ...story, ...patch, removed: rest };
  return replaceStories(doc, stories);
}

/** A caption read from a line of copy: credit and dateline found as the engine finds them. */
export function captionFromLine(text: string, line?: number): Caption {
  const parsed = parseCredit(text);
  const dateline = parseCaptionDateline(parsed.text);
  return {
    text: captionWords(parsed.text, dateline),
    credit: parsed.credit,
    dateline,
    lines: line === undefined ? [] : [line],
  };
}

// Line actions, from the Source view: where the editor corrects the split line by line. Each keeps
// provenance: every line a story held is still held once, by the same story or the one cut off it.

/** What the editor can mark a source line as. Junk is removed, with the reason `editor`. */
export type LineMark = 'headline' | 'caption' | 'body' | 'junk';

/** How the part at a line reads as copy: a caption with its credit, as the line printed it. */
function partText(story: Story, place: Place): string {
  if (place.role === 'headline') return story.headline;
  if (place.role === 'body') return story.body[place.index]?.text ?? '';
  if (place.role === 'removed') return story.removed[place.index]?.text ?? '';
  const caption = story.captions[place.index];
  if (!caption) return '';
  const text = captionText(caption);
  return caption.credit === null ? text : `${text} (${caption.credit})`;
}

/** The story without the parts at `line`, with their text (in line order) and lines. */
function takeOut(story: Story, line: number): { rest: Story; text: string; lines: number[] } {
  const { places, lines } = partsAt(story, line);
  const first = (p: Place) => linesOfPlace(story, p)[0] ?? 0;
  const text = places
    .slice()
    .sort((a, b) => first(a) - first(b))
    .map((p) => partText(story, p))
    .filter((t) => t !== '')
    .join(' ');
  const taken = (role: LineRole) =>
    new Set(places.filter((p) => p.role === role).map((p) => p.index));
  const [captions, body, removed] = [taken('caption'), taken('body'), taken('removed')];
  const headline = places.some((p) => p.role === 'headline');
  const rest: Story = {
    ...story,
    ...(headline ? { headline: '', headlineLine: null } : {}),
    captions: story.captions.filter((_, i) => !captions.has(i)),
    body: story.body.filter((_, i) => !body.has(i)),
    removed: story.removed.filter((_, i) => !removed.has(i)),
  };
  return { rest, text, lines };
}

/** `list` with `item` placed before the first entry that starts on a later line. */
function inLineOrder<T>(list: T[], item: T, firstLine: (t: T) => number | undefined): T[] {
  const at = firstLine(item) ?? Infinity;
  const index = list.findIndex((t) => (firstLine(t) ?? -Infinity) > at);
  return index < 0 ? [...list, item] : [...list.slice(0, index), item, ...list.slice(index)];
}

/**
 * The story with copy from `lines` put in as `mark`: a paragraph or caption in line order, the
 * headline (the old one going to the body, in its place), or junk removed line by line with each
 * line's source text.
 */
function putIn(
  story: Story,
  mark: LineMark,
  text: string,
  lines: number[],
  source: readonly string[],
): Story {
  const firstOf = (l: number[]) => l[0];
  if (mark === 'body') {
    const body = inLineOrder(story.body, { text, lines }, (p) => firstOf(p.lines));
    return { ...story, body };
  }
  if (mark === 'caption') {
    const caption = { ...captionFromLine(text), lines };
    return { ...story, captions: inLineOrder(story.captions, caption, (c) => firstOf(c.lines)) };
  }
  if (mark === 'junk') {
    const removed = [
      ...story.removed,
      ...lines.map((line) => ({
        line,
        text: cleanLine(source[line - 1] ?? ''),
        reason: 'editor' as const,
      })),
    ].sort((a, b) => a.line - b.line);
    return { ...story, removed };
  }
  const [line] = lines;
  if (lines.length !== 1 || line === undefined)
    throw new Error(`A headline is one line: lines ${lines.join(', ')} hold one paragraph.`);
  // The headline it replaces goes into the copy, where it stood; one the editor typed is let go.
  const old = story.headlineLine;
  const body =
    old === null
      ? story.body
      : inLineOrder(story.body, { text: story.headline, lines: [old] }, (p) => firstOf(p.lines));
  return { ...story, headline: text, headlineLine: line, body };
}

/** The split's warnings about a story's shape, brought up to date after a line moved. */
function settleWarnings(story: Story, moved: number[]): Story {
  const lines = new Set(moved);
  const warnings = story.warnings.filter(
    (w) =>
      !(w.code === 'no-headline' && story.headlineLine !== null) &&
      !(w.code === 'no-body' && story.body.length > 0) &&
      !(w.code === 'caption-without-credit' && w.line !== undefined && lines.has(w.line)),
  );
  for (const caption of story.captions)
    if (caption.credit === null && caption.lines.some((l) => lines.has(l)))
      warnings.push({
        code: 'caption-without-credit',
        message: 'Caption has no credit.',
        line: caption.lines[0],
      });
  return warnings.length === story.warnings.length &&
    warnings.every((w, i) => w === story.warnings[i])
    ? story
    : { ...story, warnings };
}

/** Whether the parts at a line are already all `mark`. */
function isMarked(places: Place[], mark: LineMark): boolean {
  const role: LineRole = mark === 'junk' ? 'removed' : mark;
  return places.every((p) => p.role === role);
}

/**
 * Marks a source line as headline, caption, body or junk, in the story holding it. The part the line
 * is in moves whole (a hard-wrapped paragraph with all its lines, a caption with its credit line); a
 * headline is one line, so a part of several cannot become one. The story is selected, so the desk
 * shows what changed. The document itself comes back when the line is already so marked, or blank.
 * `source` is the document's source text, a line each: junk keeps each line's text as printed.
 */
export function markLine<D extends Doc>(
  doc: D,
  line: number,
  mark: LineMark,
  source: readonly string[],
): D {
  const index = storyIndexAt(doc.stories, line);
  if (index < 0) return doc;
  const story = doc.stories[index] as Story;
  const { places } = partsAt(story, line);
  if (isMarked(places, mark)) return doc;
  const { rest, text, lines } = takeOut(story, line);
  const next = settleWarnings(putIn(rest, mark, text, lines, source), lines);
  const stories = doc.stories.slice();
  stories[index] = next;
  return { ...replaceStories(doc, stories), selectedStoryId: next.id };
}

/** How the new story's headline is found when a story is started at a line. */
export type StartHeadline = 'auto' | 'line' | 'none';

/**
 * Starts a story at a source line: the story holding it is cut there, every part going by its first
 * line, and what follows becomes a new story right after it, selected. Its headline is that line
 * when `headline` is `line`, or when it is `auto` and the line is a paragraph that reads like a
 * headline (short, not a sentence); else none, unless the story's own headline stands after the
 * cut. A line inside a wrapped paragraph starts the story at the paragraph's first line. At the line
 * where a story was joined on (or between it and that story's headline), the joined story comes
 * back as it was: id, headline, metadata, warnings, boundary. The document itself comes back when
 * nothing of the story stands before the line.
 */
export function startStoryAt<D extends Doc>(
  doc: D,
  line: number,
  source: readonly string[],
  headline: StartHeadline = 'auto',
): D {
  const index = storyIndexAt(doc.stories, line);
  if (index < 0) return doc;
  const story = doc.stories[index] as Story;
  const join = story.joined?.findLast(
    (j) => j.firstLine <= line && line <= Math.max(j.firstLine, j.headlineLine ?? j.firstLine),
  );
  const part = partsAt(story, line);
  const cut = join?.firstLine ?? (part.lines[0] as number);
  if (![...placesOf(story).keys()].some((l) => l < cut)) return doc;
  let wanted: number | null = null;
  if (join) wanted = join.headlineLine;
  else if (headline !== 'none' && part.lines.length === 1) {
    const inBody = part.places.every((p) => p.role === 'body');
    const text = takeOut(story, line).text;
    if (headline === 'line' || (inBody && headlineLike(text))) wanted = line;
  }
  return cutAtLine(doc, index, cut, join, wanted, source);
}

/** The lines a story holds before `cut`, for the kept part's source range. */
function linesBefore(story: Story, cut: number): number[] {
  return [...placesOf(story).keys()].filter((l) => l < cut);
}

/**
 * Cuts story `index` at source line `cut`: headline, captions, paragraphs and removed lines go by
 * their first line (a paragraph the editor wrote, with no lines, stays with the one before it).
 * The part from the cut on becomes a new story after it; `wanted`, a line of that part, becomes its
 * headline when it has none.
 */
function cutAtLine<D extends Doc>(
  doc: D,
  index: number,
  cut: number,
  join: JoinedStory | undefined,
  wanted: number | null,
  source: readonly string[],
): D {
  const story = doc.stories[index] as Story;
  const after = (lines: readonly number[]) => lines.length > 0 && (lines[0] as number) >= cut;
  const before: Paragraph[] = [];
  const rest: Paragraph[] = [];
  let goesAfter = false;
  for (const p of story.body) {
    if (p.lines.length > 0) goesAfter = after(p.lines);
    (goesAfter ? rest : before).push(p);
  }
  const headlineAfter = story.headlineLine !== null && story.headlineLine >= cut;
  const divided = dividedAt(story, join, cut);
  let newStory: Story = {
    id: join ? freeId(doc, join.id, story.id) : uniqueId(doc, story.id),
    headline: headlineAfter ? story.headline : '',
    headlineLine: headlineAfter ? story.headlineLine : null,
    byline: join?.byline ?? null,
    published: join?.published ?? null,
    dateline: join?.dateline ?? null,
    captions: story.captions.filter((c) => after(c.lines)),
    body: rest,
    removed: story.removed.filter((r) => r.line >= cut),
    warnings: divided.warningsAfter,
    boundary: join?.boundary ?? { line: cut, confidence: 1, signals: ['editor-split'] },
    source: { firstLine: cut, lastLine: Math.max(cut, story.source.lastLine) },
    ...(divided.joinedAfter.length > 0 ? { joined: divided.joinedAfter } : {}),
  };
  if (newStory.headlineLine === null && wanted !== null && placesOf(newStory).has(wanted)) {
    const { rest: without, text, lines } = takeOut(newStory, wanted);
    if (lines.length === 1) newStory = putIn(without, 'headline', text, lines, source);
  }
  const { joined: _joined, ...own } = story;
  const kept: Story = {
    ...own,
    ...(headlineAfter ? { headline: '', headlineLine: null } : {}),
    captions: story.captions.filter((c) => !after(c.lines)),
    body: before,
    removed: story.removed.filter((r) => r.line < cut),
    warnings: divided.warningsBefore,
    source: {
      firstLine: story.source.firstLine,
      lastLine: Math.max(story.source.firstLine, ...linesBefore(story, cut)),
    },
    ...(divided.joinedBefore.length > 0 ? { joined: divided.joinedBefore } : {}),
  };
  return splitInTwo(doc, index, kept, newStory);
}

/**
 * Joins a story to the one before it in the document (see mergeWithNext: its headline becomes a
 * paragraph, and cutting at its first line gives it back). The joined story is selected.
 */
export function joinPrevious<D extends Doc>(doc: D, storyId: string): D {
  const index = indexOf(doc, storyId);
  const previous = doc.stories[index - 1];
  if (!previous) return doc;
  return { ...mergeWithNext(doc, previous.id), selectedStoryId: previous.id };
}
