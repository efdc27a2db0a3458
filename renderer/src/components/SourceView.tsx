// The document's source, line by line, where the editor corrects the split: each line shows the part
// of its story it went to (headline, caption, body, removed and why), each story's first line how
// sure the split was, and the selected story's lines stand out. On the line with the focus the
// editor can start a story, join its story to the one before, or mark it as headline, caption, body
// or junk: each a document action, undoable. Virtualised, so a 200,000-line dump scrolls smoothly.

import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { OpenedDocument } from '../../../shared/document';
import {
  joinPrevious,
  markLine,
  startStoryAt,
  type LineMark,
  type StartHeadline,
} from '../../../shared/edits';
import { LOW_CONFIDENCE, type Story } from '../../../shared/model';
import { placesOf } from '../../../shared/placement';
import { cleanLine } from '../../../shared/split/text';
import { confidenceText, indexStories, lineInfo, partLines, roleLabel } from '../sourceLines';
import { joinLabel, markLabel, startLabel } from '../state/actionLabels';
import { call } from '../state/api';
import type { OpenDocument } from '../state/useDocument';

const ROW_ESTIMATE = 22;
const PAGE = 20;

export interface SourceViewProps {
  doc: OpenedDocument;
  /** The story the desk shows: its lines stand out, and the view goes to them when it changes. */
  story: Story;
  apply: OpenDocument['apply'];
}

// The source text never changes: the last document's lines are kept while the view comes and goes.
let kept: { id: string; lines: string[] } | null = null;

/** The imported text, fetched when first shown (it can be megabytes), a line each. */
function useSourceLines(documentId: string): string[] | { error: string } | null {
  const [loaded, setLoaded] = useState<{ id: string; lines: string[] | { error: string } } | null>(
    () => (kept?.id === documentId ? kept : null),
  );
  useEffect(() => {
    if (kept?.id === documentId) return;
    let current = true;
    call('loadSource', { id: documentId }).then(
      ({ text }) => {
        kept = { id: documentId, lines: text.split('\n') };
        if (current) setLoaded(kept);
      },
      (err: Error) => current && setLoaded({ id: documentId, lines: { error: err.message } }),
    );
    return () => {
      current = false;
    };
  }, [documentId]);
  if (kept?.id === documentId) return kept.lines;
  return loaded?.id === documentId ? loaded.lines : null;
}

export function SourceView(props: SourceViewProps) {
  const lines = useSourceLines(props.doc.id);
  if (lines === null) return <p role="status">Loading the source…</p>;
  if (!Array.isArray(lines)) return <p role="alert">{lines.error}</p>;
  return <SourceLines {...props} lines={lines} />;
}

/** The keys of the line actions, as the buttons show them (aria-keyshortcuts). */
export const LINE_KEYS = {
  start: 'S',
  join: 'J',
  headline: 'H',
  caption: 'C',
  body: 'B',
  junk: 'X',
} as const;

const MARKS: { mark: LineMark; label: string }[] = [
  { mark: 'headline', label: 'Headline' },
  { mark: 'caption', label: 'Caption' },
  { mark: 'body', label: 'Body' },
  { mark: 'junk', label: 'Junk' },
];

export function SourceLines({ doc, story, apply, lines }: SourceViewProps & { lines: string[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const index = useMemo(() => indexStories(doc.stories), [doc.stories]);
  const [active, setActive] = useState(story.source.firstLine);
  // Another story chosen (in the list, or by an action): the focus goes to its first line, unless
  // it is on one of its lines already (an action keeps the editor where they were).
  const [followed, setFollowed] = useState(story.id);
  if (followed !== story.id) {
    setFollowed(story.id);
    if (active < story.source.firstLine || active > story.source.lastLine)
      setActive(story.source.firstLine);
  }
  const line = Math.min(Math.max(1, active), lines.length);

  // TanStack Virtual hands back fresh functions each render; nothing here is memoised, so the
  // compiler's warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 10,
  });
  useEffect(() => {
    virtualizer.scrollToIndex(line - 1, { align: 'auto' });
  }, [line, virtualizer]);

  const text = (n: number) => lines[n - 1] ?? '';
  const info = lineInfo(index, line, cleanLine(text(line)) === '');
  const owner = info.place ? info.story : null;
  const part = owner ? partLines(owner, line) : [];
  const ownerIndex = owner ? doc.stories.indexOf(owner) : -1;
  const canStart = owner !== null && [...placesOf(owner).keys()].some((l) => l < (part[0] ?? line));
  const canJoin = ownerIndex > 0;
  const current: LineMark | null =
    info.place === null ? null : info.place.role === 'removed' ? 'junk' : info.place.role;

  /** Shift+S: the line is the new story's headline whatever it reads like. */
  const start = (headline: StartHeadline = 'auto') => {
    if (canStart)
      apply((d) => startStoryAt(d, line, lines, headline), {
        undoable: true,
        label: startLabel(line),
      });
  };
  const join = () => {
    if (owner && canJoin)
      apply((d) => joinPrevious(d, owner.id), { undoable: true, label: joinLabel(owner.id) });
  };
  const canMark = (mark: LineMark) =>
    owner !== null && mark !== current && (mark !== 'headline' || part.length === 1);
  const mark = (to: LineMark) => {
    if (canMark(to))
      apply((d) => markLine(d, line, to, lines), { undoable: true, label: markLabel(part, to) });
  };

  const keyActions: Record<string, () => void> = {
    [LINE_KEYS.start]: () => start(),
    [`Shift+${LINE_KEYS.start}`]: () => start('line'),
    [LINE_KEYS.join]: join,
    [LINE_KEYS.headline]: () => mark('headline'),
    [LINE_KEYS.caption]: () => mark('caption'),
    [LINE_KEYS.body]: () => mark('body'),
    [LINE_KEYS.junk]: () => mark('junk'),
    DELETE: () => mark('junk'),
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const go = (n: number) => {
      event.preventDefault();
      setActive(Math.min(Math.max(1, n), lines.length));
    };
    const key = event.key;
    if (key === 'ArrowDown') go(line + 1);
    else if (key === 'ArrowUp') go(line - 1);
    else if (key === 'PageDown') go(line + PAGE);
    else if (key === 'PageUp') go(line - PAGE);
    else if (key === 'Home') go(1);
    else if (key === 'End') go(lines.length);
    else {
      const name = `${event.shiftKey ? 'Shift+' : ''}${key.toUpperCase()}`;
      const act = keyActions[name];
      if (!act) return;
      event.preventDefault();
      act();
    }
  }

  const where = owner
    ? `${roleLabel(owner, info.place)}, story ${index.number.get(owner.id) ?? ''}`
    : 'blank';
  return (
    <div className="source-desk">
      <div className="line-actions" role="group" aria-label={`Line ${line}: ${where}`}>
        <button
          type="button"
          disabled={!canStart}
          aria-keyshortcuts={`${LINE_KEYS.start} Shift+${LINE_KEYS.start}`}
          title="Start a story at this line (S); Shift+S takes the line as its headline"
          onClick={(e) => start(e.shiftKey ? 'line' : 'auto')}
        >
          Start story here
        </button>
        <button
          type="button"
          disabled={!canJoin}
          aria-keyshortcuts={LINE_KEYS.join}
          title="Join this line's story to the one before (J)"
          onClick={join}
        >
          Join to previous
        </button>
        <span className="mark-as" role="group" aria-label="Mark the line as">
          {MARKS.map(({ mark: m, label }) => (
            <button
              key={m}
              type="button"
              aria-pressed={current === m}
              disabled={!canMark(m) && current !== m}
              aria-keyshortcuts={m === 'junk' ? `${LINE_KEYS.junk} Delete` : LINE_KEYS[m]}
              title={
                m === 'headline' && part.length > 1
                  ? `A headline is one line: lines ${part[0]}–${part.at(-1)} are one paragraph`
                  : `Mark the line as ${label.toLowerCase()} (${LINE_KEYS[m]})`
              }
              onClick={() => mark(m)}
            >
              {label}
            </button>
          ))}
        </span>
      </div>
      <div
        ref={scroller}
        className="source-lines"
        role="listbox"
        aria-label="Source lines"
        tabIndex={0}
        aria-activedescendant={`source-line-${line}`}
        onKeyDown={onKeyDown}
      >
        <div className="source-lines-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const n = row.index + 1;
            const lineText = text(n);
            const at = lineInfo(index, n, cleanLine(lineText) === '');
            const s = at.story;
            return (
              <SourceRow
                key={n}
                ref={virtualizer.measureElement}
                index={row.index}
                top={row.start}
                line={n}
                total={lines.length}
                text={lineText}
                role={s ? roleLabel(s, at.place) : ''}
                removed={at.place?.role === 'removed'}
                start={
                  s && at.starts
                    ? {
                        number: index.number.get(s.id) ?? 0,
                        sure: confidenceText(s),
                        low: s.boundary.confidence < LOW_CONFIDENCE,
                      }
                    : null
                }
                inStory={s?.id === story.id}
                stripe={s ? (index.number.get(s.id) ?? 0) % 2 : -1}
                active={n === line}
                onPick={setActive}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface SourceRowProps {
  ref: (element: HTMLElement | null) => void;
  index: number;
  top: number;
  line: number;
  total: number;
  text: string;
  /** The part of its story the line went to, as the desk names it; empty for a blank line. */
  role: string;
  removed: boolean;
  /** Set on a story's first line: its number and how sure the split was of the start. */
  start: { number: number; sure: string; low: boolean } | null;
  /** The line is in the story the desk shows. */
  inStory: boolean;
  /** Alternates from one story to the next (-1 outside any), to show where each ends. */
  stripe: number;
  active: boolean;
  onPick: (line: number) => void;
}

/** One line; memoised, as moving the focus must not redraw every line on screen. */
const SourceRow = memo(function SourceRow({ ref, ...props }: SourceRowProps) {
  const { line, text, role, start } = props;
  const classes = [
    'source-line',
    props.removed ? 'removed' : '',
    props.inStory ? 'in-story' : '',
    props.stripe >= 0 ? `stripe-${props.stripe}` : '',
    props.active ? 'active' : '',
  ];
  const blank = text.trim() === '';
  // The option's name is its words as seen, in this order: the number, the part, the text, then a
  // story's start (shown above the line by the style sheet), so speech input can name what it sees.
  return (
    <div
      ref={ref}
      data-index={props.index}
      id={`source-line-${line}`}
      role="option"
      aria-selected={props.active}
      aria-setsize={props.total}
      aria-posinset={line}
      className={classes.filter(Boolean).join(' ')}
      style={{ transform: `translateY(${props.top}px)` }}
      onClick={() => props.onPick(line)}
    >
      <span className="line-number">
        <span className="visually-hidden">Line </span>
        {line}
      </span>{' '}
      {role && <span className="line-role">{role}</span>}{' '}
      <span className="line-text" dir="auto">
        {blank ? <span className="muted">(blank)</span> : text}
      </span>{' '}
      {start && (
        <span className={start.low ? 'story-start low' : 'story-start'}>
          Story {start.number} starts{start.low ? ' (uncertain)' : ''}, {start.sure}.
        </span>
      )}
    </div>
  );
});
