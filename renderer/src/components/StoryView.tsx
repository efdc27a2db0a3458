// The centre of the desk: the selected story's headline, metadata, captions and body, with the review
// actions and what the split is unsure of.

import { createEmptyHistoryState, type HistoryState } from '@lexical/history';
import { useMemo, useState, type RefObject } from 'react';
import type { OpenedDocument } from '../../../shared/document';
import {
  fixAllCaptions,
  mergeWithNext,
  moveStory,
  splitStory,
  updateStory,
  type ReviewAction,
} from '../../../shared/edits';
import { characters, type HouseStyle } from '../../../shared/house-style';
import type { Paragraph, Story } from '../../../shared/model';
import { LOW_CONFIDENCE } from '../../../shared/model';
import { signalLabel } from '../../../shared/split/signals';
import { commandKeys, type CommandId } from '../commands';
import { BodyEditor } from '../editor/BodyEditor';
import { ariaShortcut, shortcutLabel } from '../editor/keys';
import { fixAllLabel, mergeLabel, moveLabel, splitLabel } from '../state/actionLabels';
import type { ActionLabel, OpenDocument } from '../state/useDocument';
import { storyFields, withFieldTexts } from '../findFields';
import { storyCharacters, storyWords } from '../storyText';
import { warningText } from '../warnings';
import { CaptionDesk } from './CaptionDesk';
import { Count } from './Count';
import { StoryMeta } from './StoryMeta';
import { count } from '../../../shared/wording';

export interface StoryViewProps {
  doc: OpenedDocument;
  story: Story;
  apply: OpenDocument['apply'];
  /** Approve, spike, mark reviewed: the desk asks first when approving a flagged story. */
  onReview: (storyId: string, action: ReviewAction) => void;
  headlineRef: RefObject<HTMLTextAreaElement | null>;
  houseStyle: HouseStyle;
  onEditHouseStyle: () => void;
  /** Approve the story (asking first if flagged), then select the next one. */
  onApproveNext: () => void;
  /** Back to the stories list (Escape in the story). */
  onLeave: () => void;
  /** Where the caret last was in a body; the desk keeps it for Split from the palette. */
  cursorRef: RefObject<BodyCursor | null>;
}

/** Where the caret last was in a body, and in which story's. */
export interface BodyCursor {
  storyId: string;
  paragraph: number;
  offset: number;
}

/**
 * The story's structure edits (for its buttons and the palette); null where one does not apply.
 * Split needs where the caret is in the body (`at`).
 */
export function structureEdits(
  doc: OpenedDocument,
  story: Story,
  cursor: BodyCursor | null,
): Record<
  'merge' | 'split' | 'move-up' | 'move-down',
  { edit: (d: OpenedDocument) => OpenedDocument; label: ActionLabel } | null
> {
  const index = doc.stories.indexOf(story);
  const isLast = index === doc.stories.length - 1;
  // Another story's caret is no place to split this one.
  const at = cursor?.storyId === story.id ? cursor : null;
  return {
    merge: isLast ? null : { edit: (d) => mergeWithNext(d, story.id), label: mergeLabel(story.id) },
    split:
      at && at.paragraph < story.body.length
        ? {
            edit: (d) => splitStory(d, story.id, at.paragraph, at.offset),
            label: splitLabel(story.id),
          }
        : null,
    'move-up':
      index <= 0
        ? null
        : { edit: (d) => moveStory(d, story.id, -1), label: moveLabel(story.id, -1) },
    'move-down': isLast
      ? null
      : { edit: (d) => moveStory(d, story.id, 1), label: moveLabel(story.id, 1) },
  };
}

const keysFor = (id: CommandId) => {
  const binding = commandKeys(id)[0];
  return binding
    ? { 'aria-keyshortcuts': ariaShortcut(binding), hint: shortcutLabel(binding) }
    : { hint: '' };
};

/**
 * Each story's body undo history, kept while its document is open: switching to another story and
 * back leaves the body's undo where it was.
 */
class BodyHistories {
  #docId: string | null = null;
  #byStory = new Map<string, HistoryState>();

  of(docId: string, storyId: string): HistoryState {
    if (docId !== this.#docId) {
      this.#docId = docId;
      this.#byStory = new Map();
    }
    let history = this.#byStory.get(storyId);
    if (!history) {
      history = createEmptyHistoryState();
      this.#byStory.set(storyId, history);
    }
    return history;
  }
}

export function StoryView({
  doc,
  story,
  apply,
  onReview,
  headlineRef,
  houseStyle,
  onEditHouseStyle,
  onApproveNext,
  onLeave,
  cursorRef,
}: StoryViewProps) {
  const [histories] = useState(() => new BodyHistories());
  const { headline, captions } = story;
  const findFields = useMemo(() => storyFields({ headline, captions }), [headline, captions]);
  const bodyHistory = histories.of(doc.id, story.id);
  const status = doc.reviews[story.id] ?? 'new';
  // The caret is not state (it moves with every key): Split reads it when pressed.
  const structure = structureEdits(doc, story, null);
  const run = (which: keyof typeof structure) => {
    const edit = structureEdits(doc, story, cursorRef.current)[which];
    if (edit) apply(edit.edit, { undoable: true, label: edit.label });
  };
  const approveKeys = keysFor('approve');
  const nextKeys = keysFor('approve-next');
  const spikeKeys = keysFor('spike');
  const reviewedKeys = keysFor('reviewed');
  const missed = story.warnings.filter((w) => w.code === 'possible-missed-boundary');

  return (
    <article
      className="story-view"
      aria-label="Story"
      onKeyDown={(e) => {
        if (e.defaultPrevented || e.altKey) return;
        if (e.key === 'Escape' && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
          // Escape leaves the copy for the stories list (a field's own Escape comes first).
          e.preventDefault();
          onLeave();
        }
      }}
    >
      {/* Stays in place while the copy scrolls under it. */}
      <div className="story-bar" role="toolbar" aria-label="Story actions">
        <div className="action-group" role="group" aria-label="Review">
          <button
            type="button"
            className="primary"
            aria-pressed={status === 'approved'}
            aria-keyshortcuts={approveKeys['aria-keyshortcuts']}
            title={`Approve (${approveKeys.hint}; A in the stories list)`}
            onClick={() => onReview(story.id, 'approve')}
          >
            <span className="pressed-mark" aria-hidden="true">
              ✓{' '}
            </span>
            Approve
          </button>
          <button
            type="button"
            className="primary-soft"
            aria-keyshortcuts={nextKeys['aria-keyshortcuts']}
            title={`Approve and go to the next story (${nextKeys.hint})`}
            onClick={onApproveNext}
          >
            Approve and next
          </button>
          <button
            type="button"
            aria-pressed={status === 'spiked'}
            aria-keyshortcuts={spikeKeys['aria-keyshortcuts']}
            title={`Spike (${spikeKeys.hint}; S in the stories list)`}
            onClick={() => onReview(story.id, 'spike')}
          >
            {status === 'spiked' ? 'Unspike' : 'Spike'}
          </button>
          <button
            type="button"
            aria-keyshortcuts={reviewedKeys['aria-keyshortcuts']}
            title={`Mark reviewed (${reviewedKeys.hint}; R in the stories list)`}
            onClick={() => onReview(story.id, 'reviewed')}
            disabled={status === 'reviewed'}
          >
            Mark reviewed
          </button>
        </div>
        <div className="action-group quiet-group" role="group" aria-label="Structure">
          <button
            type="button"
            className="quiet"
            aria-label="Merge with next"
            title="Merge with the next story"
            disabled={!structure.merge}
            onClick={() => run('merge')}
          >
            Merge
          </button>
          <button
            type="button"
            className="quiet"
            aria-label="Split at cursor"
            title="Split the story where the caret is in the body"
            onClick={() => run('split')}
          >
            Split
          </button>
          <button
            type="button"
            className="quiet"
            aria-label="Move up"
            title="Move the story up"
            disabled={!structure['move-up']}
            onClick={() => run('move-up')}
          >
            ↑
          </button>
          <button
            type="button"
            className="quiet"
            aria-label="Move down"
            title="Move the story down"
            disabled={!structure['move-down']}
            onClick={() => run('move-down')}
          >
            ↓
          </button>
        </div>
      </div>

      {/* Only the copy scrolls: the bar above and the status bar below stay put. */}
      <div className="story-scroll">
        <div className="story-page">
          {story.boundary.confidence < LOW_CONFIDENCE && (
            <p className="notice warning" role="note">
              The start of this story is uncertain ({Math.round(story.boundary.confidence * 100)}%:{' '}
              {story.boundary.signals.map(signalLabel).join(', ') || 'no strong signal'}). Check it
              is not part of the story before; use Merge with next on that story if it is.
            </p>
          )}
          {missed.map((warning, i) => (
            <p key={i} className="notice warning" role="note">
              {warningText(warning)}
            </p>
          ))}

          <label className="headline-field">
            <span className="visually-hidden">Headline</span>
            {/* A textarea so a long headline wraps and shows whole; it stays one line of copy. */}
            <textarea
              ref={headlineRef}
              id="story-headline"
              aria-label="Headline"
              aria-describedby="headline-count"
              rows={1}
              value={story.headline}
              dir="auto"
              spellCheck
              placeholder="Headline"
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.preventDefault();
              }}
              onChange={(e) => {
                const headline = e.currentTarget.value.replace(/\s*\n\s*/g, ' ');
                apply((d) => updateStory(d, story.id, { headline }), {
                  key: `headline:${story.id}`,
                });
              }}
            />
          </label>
          <Count
            id="headline-count"
            count={characters(story.headline)}
            limit={houseStyle.maxHeadlineLength}
            unit="characters"
          />

          <StoryMeta key={story.id} story={story} apply={apply} />

          <CaptionDesk
            captions={story.captions}
            body={story.body}
            houseStyle={houseStyle}
            onChange={(captions, options) =>
              apply((d) => updateStory(d, story.id, { captions }), {
                key: `captions:${story.id}`,
                ...options,
              })
            }
            onFixAll={() =>
              apply((d) => fixAllCaptions(d, houseStyle), { undoable: true, label: fixAllLabel })
            }
            onEditHouseStyle={onEditHouseStyle}
          />

          <section className="body" aria-labelledby="body-title">
            <div className="section-head">
              <h2 id="body-title">Body</h2>
              <Count
                id="body-count"
                count={storyWords(story)}
                limit={houseStyle.maxBodyWords}
                unit="words"
                extra={`${storyCharacters(story).toLocaleString()} characters`}
              />
            </div>
            <BodyEditor
              storyId={story.id}
              history={bodyHistory}
              paragraphs={story.body}
              describedBy="body-count"
              find={{
                fields: findFields,
                onReplaceFields: (texts, n) =>
                  apply((d) => updateStory(d, story.id, withFieldTexts(story, texts)), {
                    undoable: true,
                    label: `Replaced ${count(n, 'match', 'matches')} in the headline and captions`,
                  }),
              }}
              onChange={(body: Paragraph[]) =>
                apply((d) => updateStory(d, story.id, { body }), { key: `body:${story.id}` })
              }
              onCursor={(paragraph: number, offset: number) =>
                (cursorRef.current = { storyId: story.id, paragraph, offset })
              }
            />
          </section>
        </div>
      </div>
    </article>
  );
}
