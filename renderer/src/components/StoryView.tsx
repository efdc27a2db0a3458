// The centre of the desk: the selected story's headline, metadata, captions and body, with the review
// actions and what the split is unsure of.

import { createEmptyHistoryState, type HistoryState } from '@lexical/history';
import { useRef, useState, type RefObject } from 'react';
import type { OpenedDocument } from '../../../shared/document';
import {
  fixAllCaptions,
  mergeWithNext,
  moveStory,
  splitStory,
  updateStory,
  type ReviewAction,
} from '../../../shared/edits';
import type { HouseStyle } from '../../../shared/house-style';
import type { Paragraph, Story } from '../../../shared/model';
import { LOW_CONFIDENCE } from '../../../shared/model';
import { signalLabel } from '../../../shared/split/signals';
import { BodyEditor } from '../editor/BodyEditor';
import { fixAllLabel, mergeLabel, moveLabel, splitLabel } from '../state/actionLabels';
import type { ActionLabel, OpenDocument } from '../state/useDocument';
import { storyWords } from '../storyText';
import { warningText } from '../warnings';
import { CaptionDesk } from './CaptionDesk';
import { StoryMeta } from './StoryMeta';

export interface StoryViewProps {
  doc: OpenedDocument;
  story: Story;
  apply: OpenDocument['apply'];
  /** Approve, spike, mark reviewed: the desk asks first when approving a flagged story. */
  onReview: (storyId: string, action: ReviewAction) => void;
  headlineRef: RefObject<HTMLTextAreaElement | null>;
  houseStyle: HouseStyle;
  onEditHouseStyle: () => void;
}

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
}: StoryViewProps) {
  // Where the caret last was in a body, and in which story's: another story's caret is no place
  // to split this one.
  const cursor = useRef<{ storyId: string; paragraph: number; offset: number } | null>(null);
  const [histories] = useState(() => new BodyHistories());
  const bodyHistory = histories.of(doc.id, story.id);
  const status = doc.reviews[story.id] ?? 'new';
  const index = doc.stories.indexOf(story);
  const isLast = index === doc.stories.length - 1;
  const act = (edit: (d: OpenedDocument) => OpenedDocument, label: ActionLabel) =>
    apply(edit, { undoable: true, label });
  const missed = story.warnings.filter((w) => w.code === 'possible-missed-boundary');

  return (
    <article className="story-view" aria-label="Story">
      <div className="toolbar" role="toolbar" aria-label="Story actions">
        <button
          type="button"
          aria-pressed={status === 'approved'}
          aria-keyshortcuts="A"
          title="Approve (A in the stories list)"
          onClick={() => onReview(story.id, 'approve')}
        >
          Approve
        </button>
        <button
          type="button"
          aria-pressed={status === 'spiked'}
          aria-keyshortcuts="S"
          title="Spike (S in the stories list)"
          onClick={() => onReview(story.id, 'spike')}
        >
          {status === 'spiked' ? 'Unspike' : 'Spike'}
        </button>
        <button
          type="button"
          aria-keyshortcuts="R"
          title="Mark reviewed (R in the stories list)"
          onClick={() => onReview(story.id, 'reviewed')}
          disabled={status === 'reviewed'}
        >
          Mark reviewed
        </button>
        <span className="separator" />
        <button
          type="button"
          disabled={isLast}
          onClick={() => act((d) => mergeWithNext(d, story.id), mergeLabel(story.id))}
        >
          Merge with next
        </button>
        <button
          type="button"
          onClick={() => {
            const at = cursor.current;
            if (at?.storyId === story.id && at.paragraph < story.body.length) {
              act((d) => splitStory(d, story.id, at.paragraph, at.offset), splitLabel(story.id));
            }
          }}
        >
          Split at cursor
        </button>
        <button
          type="button"
          disabled={index === 0}
          onClick={() => act((d) => moveStory(d, story.id, -1), moveLabel(story.id, -1))}
        >
          Move up
        </button>
        <button
          type="button"
          disabled={isLast}
          onClick={() => act((d) => moveStory(d, story.id, 1), moveLabel(story.id, 1))}
        >
          Move down
        </button>
      </div>

      {story.boundary.confidence < LOW_CONFIDENCE && (
        <p className="notice warning" role="note">
          The start of this story is uncertain ({Math.round(story.boundary.confidence * 100)}%:{' '}
          {story.boundary.signals.map(signalLabel).join(', ') || 'no strong signal'}). Check it is
          not part of the story before; use Merge with next on that story if it is.
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
          aria-label="Headline"
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
            apply((d) => updateStory(d, story.id, { headline }), { key: `headline:${story.id}` });
          }}
        />
      </label>

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
        onFixAll={() => act((d) => fixAllCaptions(d, houseStyle), fixAllLabel)}
        onEditHouseStyle={onEditHouseStyle}
      />

      <section className="body" aria-labelledby="body-title">
        <h3 id="body-title">
          Body <span className="muted">{storyWords(story)} words</span>
        </h3>
        <BodyEditor
          storyId={story.id}
          history={bodyHistory}
          paragraphs={story.body}
          onChange={(body: Paragraph[]) =>
            apply((d) => updateStory(d, story.id, { body }), { key: `body:${story.id}` })
          }
          onCursor={(paragraph: number, offset: number) =>
            (cursor.current = { storyId: story.id, paragraph, offset })
          }
        />
      </section>
    </article>
  );
}
