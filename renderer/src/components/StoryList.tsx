// The stories of the open document as a listbox: status, caption and word counts, a warning badge.
// Virtualised, so 5,000 stories scroll smoothly; keyboard: arrows move, Home/End jump, Enter edits.
// Several can be selected, as in a mail client: Shift with a click or an arrow selects a range,
// Ctrl/Cmd with a click adds or takes out one, Ctrl/Cmd with an arrow moves without selecting,
// Space adds or takes out the story on screen, Ctrl/Cmd+A selects all, Escape only the one on screen.

import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import type { OpenedDocument, ReviewState } from '../../../shared/document';
import type { ReviewAction } from '../../../shared/edits';
import type { HouseStyle } from '../../../shared/house-style';
import type { Story } from '../../../shared/model';
import { LOW_CONFIDENCE } from '../../../shared/model';
import type { PickHow } from '../state/useTriage';
import { storyWords } from '../storyText';
import { flaggedCaptions } from '../triage';
import { warningText } from '../warnings';
import { count } from '../../../shared/wording';

/** A row's height before it is measured: a headline and one line of counts. */
const ROW_HEIGHT = 56;

export interface StoryListProps {
  doc: OpenedDocument;
  /** The stories shown, in order: the document's, or those the filters let through. */
  stories: readonly Story[];
  /** The story on screen. */
  selectedId: string | null;
  /** The selected stories (the story on screen alone, unless the editor picked more). */
  selection: readonly string[];
  /** Captions out of house style are counted on each row. */
  houseStyle: HouseStyle;
  /** A click or key picks a story: alone, in or out of the selection, a range, or only moved to. */
  onPick: (id: string, how: PickHow) => void;
  /** Ctrl/Cmd+A. */
  onPickAll: () => void;
  /** Escape: the story on screen alone again; false when that is all there was. */
  onClearPicked: () => boolean;
  /** Enter on a story: move to its headline to edit. */
  onOpen: (id: string) => void;
  /** A, S, R on a story: approve (or take back), spike (or unspike), mark reviewed. */
  onReview: (id: string, action: ReviewAction) => void;
  /** The listbox, for whoever needs to move focus to it. */
  ref?: Ref<HTMLDivElement | null>;
}

/** Single keys for review in the list, as a mail client has them for messages. */
export const REVIEW_KEYS: Record<string, ReviewAction> = {
  a: 'approve',
  s: 'spike',
  r: 'reviewed',
};

/** Which pick a click or an arrow key makes with these modifiers held. */
export function pickHow(event: Pick<MouseEvent, 'shiftKey' | 'ctrlKey' | 'metaKey'>): PickHow {
  if (event.shiftKey) return 'range';
  return event.ctrlKey || event.metaKey ? 'toggle' : 'only';
}

const STATUS_LABEL: Record<ReviewState, string> = {
  new: 'New',
  reviewed: 'Reviewed',
  approved: 'Approved',
  spiked: 'Spiked',
};

const toFix = (n: number) => `${count(n, 'caption', 'captions')} to fix`;

export function describeStory(story: Story, review: ReviewState, flagged = 0): string {
  const captions = story.captions.length;
  const warnings = story.warnings.length;
  return [
    story.headline || '(no headline)',
    STATUS_LABEL[review],
    `${count(captions, 'caption', 'captions')}`,
    `${storyWords(story)} words`,
    ...(warnings > 0 ? [`${count(warnings, 'warning', 'warnings')}`] : []),
    ...(flagged > 0 ? [toFix(flagged)] : []),
  ].join(', ');
}

export function StoryList({
  doc,
  stories,
  selectedId,
  selection,
  houseStyle,
  onPick,
  onPickAll,
  onClearPicked,
  onOpen,
  onReview,
  ref,
}: StoryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useImperativeHandle<HTMLDivElement | null, HTMLDivElement | null>(
    ref,
    () => scroller.current,
    [],
  );
  // The rows' handlers stay the same functions while the props' change each render, so a row
  // renders again only when its own story, state or place does.
  const handlers = useRef({ onPick, onOpen });
  useEffect(() => {
    handlers.current = { onPick, onOpen };
  });
  const pick = useCallback((id: string, how: PickHow) => handlers.current.onPick(id, how), []);
  const open = useCallback((id: string) => handlers.current.onOpen(id), []);
  const selected = useMemo(() => new Set(selection), [selection]);
  const selectedIndex = stories.findIndex((s) => s.id === selectedId);
  // TanStack Virtual hands back fresh functions each render; nothing here is memoised, so the
  // compiler's warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: stories.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows are measured: in a narrow panel a row's counts wrap onto a second line.
    getItemKey: (index) => stories[index]?.id ?? index,
    overscan: 8,
  });

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  // For `npm run bench`: the first frame that shows this document's stories.
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      performance.mark('copydesk:stories-shown', { detail: doc.id }),
    );
    return () => cancelAnimationFrame(frame);
  }, [doc.id]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const mod = event.ctrlKey || event.metaKey;
    const move = (index: number) => {
      event.preventDefault();
      const story = stories[Math.max(0, Math.min(stories.length - 1, index))];
      if (!story) return;
      // Shift extends the selection to it; Ctrl/Cmd only moves there, keeping the selection.
      onPick(story.id, event.shiftKey ? 'range' : mod ? 'move' : 'only');
    };
    // Off the list (filtered out), the arrows start at its top.
    const at = selectedIndex;
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at < 0 ? 0 : at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(stories.length - 1);
    else if (event.key === 'PageDown') move(at + 10);
    else if (event.key === 'PageUp') move(at < 0 ? 0 : at - 10);
    else if (event.key === 'a' && mod && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      onPickAll();
    } else if (event.key === 'Escape' && !mod && !event.shiftKey) {
      if (onClearPicked()) event.preventDefault();
    } else if (event.key === ' ' && selectedId && at >= 0 && !event.altKey) {
      event.preventDefault();
      onPick(selectedId, 'toggle');
    } else if (event.key === 'Enter' && selectedId && at >= 0) {
      event.preventDefault();
      onOpen(selectedId);
    } else if (selectedId && at >= 0 && !mod && !event.altKey) {
      // Only on a story the list shows: never on one a filter has hidden.
      const action = REVIEW_KEYS[event.key.toLowerCase()];
      if (action) {
        event.preventDefault();
        onReview(selectedId, action);
      }
    }
  }

  return (
    <div
      ref={scroller}
      className="story-list"
      role="listbox"
      aria-label="Stories"
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? `story-option-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="story-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const story = stories[row.index] as Story;
          return (
            <StoryRow
              key={story.id}
              story={story}
              review={doc.reviews[story.id] ?? 'new'}
              selected={selected.has(story.id)}
              current={story.id === selectedId}
              index={row.index}
              setSize={stories.length}
              top={row.start}
              houseStyle={houseStyle}
              measure={virtualizer.measureElement}
              onPick={pick}
              onOpen={open}
            />
          );
        })}
      </div>
    </div>
  );
}

interface StoryRowProps {
  story: Story;
  review: ReviewState;
  selected: boolean;
  /** The story on screen: the list's active option. */
  current: boolean;
  /** 0-based place in the list. */
  index: number;
  setSize: number;
  /** Offset from the top of the list, in pixels. */
  top: number;
  houseStyle: HouseStyle;
  measure: (row: Element | null) => void;
  onPick: (id: string, how: PickHow) => void;
  onOpen: (id: string) => void;
}

/** One option of the list; memoised, as typing in one story must not redraw the others. */
const StoryRow = memo(function StoryRow({
  story,
  review,
  selected,
  current,
  index,
  setSize,
  top,
  houseStyle,
  measure,
  onPick,
  onOpen,
}: StoryRowProps) {
  const lowConfidence = story.boundary.confidence < LOW_CONFIDENCE;
  const flagged = flaggedCaptions(story, houseStyle);
  return (
    <div
      ref={measure}
      data-index={index}
      id={`story-option-${story.id}`}
      role="option"
      aria-selected={selected}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      aria-label={describeStory(story, review, flagged)}
      className={`story-row status-${review}${selected ? ' selected' : ''}${current ? ' current' : ''}`}
      style={{ transform: `translateY(${top}px)`, minHeight: ROW_HEIGHT }}
      // Shift+click selects a range, not the text between.
      onMouseDown={(e) => {
        if (e.shiftKey) e.preventDefault();
      }}
      onClick={(e) => onPick(story.id, pickHow(e))}
      onDoubleClick={() => onOpen(story.id)}
    >
      {/* What is seen is worded as the option's name (spaces included), so speech
          input can name a story by what it shows. */}
      <span className="story-headline">{story.headline || '(no headline)'}</span>{' '}
      <span className="story-meta">
        <span className={`status-badge ${review}`}>{STATUS_LABEL[review]}</span>{' '}
        <span>{count(story.captions.length, 'caption', 'captions')}</span>{' '}
        <span>{storyWords(story)} words</span>{' '}
        {story.warnings.length > 0 && (
          <span
            className={lowConfidence ? 'warning-badge strong' : 'warning-badge'}
            title={story.warnings.map(warningText).join('\n')}
          >
            ⚠ {story.warnings.length}
          </span>
        )}{' '}
        {flagged > 0 && <span className="flag-badge">{toFix(flagged)}</span>}
      </span>
    </div>
  );
});
