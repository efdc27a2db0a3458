// Approve, spike, mark reviewed, from the stories list's keys or the story's buttons, on one story
// or on the stories selected in the list: each an undoable action saying what it did. Approving
// stories with open flags asks first.

import { useState, type ReactNode } from 'react';
import type { OpenedDocument } from '../../../shared/document';
import {
  review as reviewEdit,
  reviewOf,
  reviewStories,
  type ReviewAction,
} from '../../../shared/edits';
import type { HouseStyle } from '../../../shared/house-style';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { openFlags, reviewLabel, reviewStoriesLabel, storyName } from './actionLabels';
import type { OpenDocument } from './useDocument';

interface Asking {
  storyIds: string[];
  /** Worded for the dialog: the open flags of one story, or which of several have flags. */
  message: string;
  details: string[];
  /** What had the focus (the Approve button, the stories list): it gets it back. */
  opener: Element | null;
  /** What follows once they are approved (Approve and next: the next story). */
  then: (() => void) | undefined;
}

export function useReview(
  doc: OpenedDocument | null,
  apply: OpenDocument['apply'],
  houseStyle: HouseStyle,
): {
  review: (storyId: string, action: ReviewAction, then?: () => void) => void;
  /** The same on several stories at once, as one undoable step. */
  reviewMany: (storyIds: readonly string[], action: ReviewAction) => void;
  dialog: ReactNode;
} {
  const [asking, setAsking] = useState<Asking | null>(null);

  const act = (current: OpenedDocument, storyIds: readonly string[], action: ReviewAction) => {
    const [only] = storyIds;
    if (storyIds.length === 1 && only !== undefined) {
      apply((d) => reviewEdit(d, only, action), {
        undoable: true,
        label: reviewLabel(
          action,
          reviewOf(current, only),
          current.stories.find((s) => s.id === only),
        ),
      });
    } else {
      apply((d) => reviewStories(d, storyIds, action), {
        undoable: true,
        label: reviewStoriesLabel(action, storyIds),
      });
    }
  };

  /** Stories being approved (not taken back) with what is still open on each. */
  const flagged = (current: OpenedDocument, storyIds: readonly string[]) => {
    const stories = current.stories.filter((s) => storyIds.includes(s.id));
    if (stories.every((s) => reviewOf(current, s.id) === 'approved')) return [];
    return stories
      .filter((s) => reviewOf(current, s.id) !== 'approved')
      .map((story) => ({ story, flags: openFlags(story, houseStyle) }))
      .filter(({ flags }) => flags.length > 0);
  };

  const reviewMany = (storyIds: readonly string[], action: ReviewAction, then?: () => void) => {
    if (!doc || storyIds.length === 0) return;
    const open = action === 'approve' ? flagged(doc, storyIds) : [];
    const [one] = open;
    if (!one) {
      act(doc, storyIds, action);
      then?.();
      return;
    }
    const opener = document.activeElement;
    const ids = [...storyIds];
    if (storyIds.length === 1) {
      const n = one.flags.length;
      setAsking({
        storyIds: ids,
        message: `${storyName(one.story)} still has ${n === 1 ? 'an open flag' : `${n} open flags`}. Approve it anyway?`,
        details: one.flags,
        opener,
        then,
      });
    } else {
      const n = open.length;
      setAsking({
        storyIds: ids,
        message: `${n === 1 ? '1 of the stories still has' : `${n} of the stories still have`} open flags. Approve all ${storyIds.length} anyway?`,
        details: open.map(
          ({ story, flags }) =>
            `${storyName(story)}: ${flags.length === 1 ? '1 open flag' : `${flags.length} open flags`}`,
        ),
        opener,
        then,
      });
    }
  };

  const review = (storyId: string, action: ReviewAction, then?: () => void) =>
    reviewMany([storyId], action, then);

  const dialog =
    asking && doc ? (
      <ConfirmDialog
        title="Approve with open flags"
        message={asking.message}
        details={asking.details}
        confirm="Approve anyway"
        returnFocus={() =>
          asking.opener instanceof HTMLElement && asking.opener.isConnected ? asking.opener : null
        }
        onClose={() => setAsking(null)}
        onConfirm={() => {
          setAsking(null);
          // Stories merged away meanwhile are no longer there to approve.
          const ids = asking.storyIds.filter((id) => doc.stories.some((s) => s.id === id));
          if (ids.length > 0) act(doc, ids, 'approve');
          asking.then?.();
        }}
      />
    ) : null;

  return { review, reviewMany, dialog };
}
