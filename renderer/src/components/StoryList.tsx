// The stories of the open document as a listbox: status, caption and word counts, a warning badge.
// Virtualised, so 5,000 stories scroll smoothly; keyboard: arrows move, Home/End jump, Enter edits.

import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { OpenedDocument, ReviewState } from '../../../shared/document';
import type { ReviewAction } from '../../../shared/edits';
import { captionFlags, type HouseStyle } from '../../../shared/house-style';
import type { Story } from '../../../shared/model';
import { LOW_CONFIDENCE } from '../../../shared/model';
import { storyWords } from '../storyText';
import { warningText } from '../warnings';

const ROW_HEIGHT = 56;

export interface StoryListProps {
  doc: OpenedDocument;
  selectedId: string | null;
  /** Captions out of house style are counted on each row. */
  houseStyle: HouseStyle;
  onSelect: (id: string) => void;
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

const STATUS_LABEL: Record<ReviewState, string> = {
  new: 'New',
  reviewed: 'Reviewed',
  approved: 'Approved',
  spiked: 'Spiked',
};

// Per story object (stories are never changed in place) and the house style it was counted for.
const flaggedCounts = new WeakMap<Story, { style: HouseStyle; flagged: number }>();

/** Captions of the story the caption desk would flag. */
export function flaggedCaptions(story: Story, style: HouseStyle): number {
  const known = flaggedCounts.get(story);
  if (known?.style === style) return known.flagged;
  const flagged = story.captions.filter(
    (c) => captionFlags(c, story.body, style).length > 0,
  ).length;
  flaggedCounts.set(story, { style, flagged });
  return flagged;
}

const toFix = (n: number) => `${n} ${n === 1 ? 'caption' : 'captions'} to fix`;

export function describeStory(story: Story, review: ReviewState, flagged = 0): string {
  const captions = story.captions.length;
  const warnings = story.warnings.length;
  return [
    story.headline || '(no headline)',
    STATUS_LABEL[review],
    `${captions} ${captions === 1 ? 'caption' : 'captions'}`,
    `${storyWords(story)} words`,
    ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`] : []),
    ...(flagged > 0 ? [toFix(flagged)] : []),
  ].join(', ');
}

export function StoryList({
  doc,
  selectedId,
  houseStyle,
  onSelect,
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
  const handlers = useRef({ onSelect, onOpen });
  useEffect(() => {
    handlers.current = { onSelect, onOpen };
  });
  const select = useCallback((id: string) => handlers.current.onSelect(id), []);
  const open = useCallback((id: string) => handlers.current.onOpen(id), []);
  const stories = doc.stories;
  const selectedIndex = stories.findIndex((s) => s.id === selectedId);
  // TanStack Virtual hands back fresh functions each render; nothing here is memoised, so the
  // compiler's warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: stories.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
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
    const move = (index: number) => {
      const story = stories[Math.max(0, Math.min(stories.length - 1, index))];
      if (story) onSelect(story.id);
      event.preventDefault();
    };
    if (event.key === 'ArrowDown') move(selectedIndex + 1);
    else if (event.key === 'ArrowUp') move(selectedIndex - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(stories.length - 1);
    else if (event.key === 'PageDown') move(selectedIndex + 10);
    else if (event.key === 'PageUp') move(selectedIndex - 10);
    else if (event.key === 'Enter' && selectedId) {
      event.preventDefault();
      onOpen(selectedId);
    } else if (selectedId && !event.ctrlKey && !event.metaKey && !event.altKey) {
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
      tabIndex={0}
      aria-activedescendant={selectedId ? `story-option-${selectedId}` : undefined}
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
              selected={story.id === selectedId}
              position={row.index + 1}
              setSize={stories.length}
              top={row.start}
              houseStyle={houseStyle}
              onSelect={select}
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
  /** 1-based place in the list. */
  position: number;
  setSize: number;
  /** Offset from the top of the list, in pixels. */
  top: number;
  houseStyle: HouseStyle;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

/** One option of the list; memoised, as typing in one story must not redraw the others. */
const StoryRow = memo(function StoryRow({
  story,
  review,
  selected,
  position,
  setSize,
  top,
  houseStyle,
  onSelect,
  onOpen,
}: StoryRowProps) {
  const lowConfidence = story.boundary.confidence < LOW_CONFIDENCE;
  const flagged = flaggedCaptions(story, houseStyle);
  return (
    <div
      id={`story-option-${story.id}`}
      role="option"
      aria-selected={selected}
      aria-setsize={setSize}
      aria-posinset={position}
      aria-label={describeStory(story, review, flagged)}
      className={`story-row status-${review}${selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => onSelect(story.id)}
      onDoubleClick={() => onOpen(story.id)}
    >
      {/* What is seen is worded as the option's name (spaces included), so speech
          input can name a story by what it shows. */}
      <span className="story-headline">{story.headline || '(no headline)'}</span>{' '}
      <span className="story-meta">
        <span className={`status-badge ${review}`}>{STATUS_LABEL[review]}</span>{' '}
        <span>
          {story.captions.length} {story.captions.length === 1 ? 'caption' : 'captions'}
        </span>{' '}
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

/** Whether a story needs a look: warnings from the split, or captions out of house style. */
export function hasProblems(story: Story, style: HouseStyle): boolean {
  return story.warnings.length > 0 || flaggedCaptions(story, style) > 0;
}
