// Approve, spike, mark reviewed, from the stories list's keys or the story's buttons: each an
// undoable action saying what it did. Approving a story with open flags asks first.

import { useState, type ReactNode } from 'react';
import type { OpenedDocument } from '../../../shared/document';
import { review as reviewEdit, reviewOf, type ReviewAction } from '../../../shared/edits';
import type { HouseStyle } from '../../../shared/house-style';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { openFlags, reviewLabel, storyName } from './actionLabels';
import type { OpenDocument } from './useDocument';

interface Asking {
  storyId: string;
  flags: string[];
  /** What had the focus (the Approve button, the stories list): it gets it back. */
  opener: Element | null;
  /** What follows once it is approved (Approve and next: the next story). */
  then: (() => void) | undefined;
}

export function useReview(
  doc: OpenedDocument | null,
  apply: OpenDocument['apply'],
  houseStyle: HouseStyle,
): {
  review: (storyId: string, action: ReviewAction, then?: () => void) => void;
  dialog: ReactNode;
} {
  const [asking, setAsking] = useState<Asking | null>(null);

  const act = (current: OpenedDocument, storyId: string, action: ReviewAction) =>
    apply((d) => reviewEdit(d, storyId, action), {
      undoable: true,
      label: reviewLabel(
        action,
        reviewOf(current, storyId),
        current.stories.find((s) => s.id === storyId),
      ),
    });

  const review = (storyId: string, action: ReviewAction, then?: () => void) => {
    if (!doc) return;
    const story = doc.stories.find((s) => s.id === storyId);
    // Approving, not taking an approval back.
    const flags =
      action === 'approve' && story && reviewOf(doc, storyId) !== 'approved'
        ? openFlags(story, houseStyle)
        : [];
    if (flags.length > 0) setAsking({ storyId, flags, opener: document.activeElement, then });
    else {
      act(doc, storyId, action);
      then?.();
    }
  };

  const story = asking && doc?.stories.find((s) => s.id === asking.storyId);
  const dialog =
    asking && doc && story ? (
      <ConfirmDialog
        title="Approve with open flags"
        message={`${storyName(story)} still has ${
          asking.flags.length === 1 ? 'an open flag' : `${asking.flags.length} open flags`
        }. Approve it anyway?`}
        details={asking.flags}
        confirm="Approve anyway"
        returnFocus={() =>
          asking.opener instanceof HTMLElement && asking.opener.isConnected ? asking.opener : null
        }
        onClose={() => setAsking(null)}
        onConfirm={() => {
          setAsking(null);
          act(doc, asking.storyId, 'approve');
          asking.then?.();
        }}
      />
    ) : null;

  return { review, dialog };
}
