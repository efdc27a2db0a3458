// The story's metadata under the headline: byline, publication time (with the date read from it) and
// the story's dateline, each edited through the pure edits in shared/edits.

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { OpenedDocument } from '../../../shared/document';
import { metaValue, setByline, setPublished, setStoryDateline } from '../../../shared/edits';
import type { Story } from '../../../shared/model';
import { readAs } from '../published';
import type { OpenDocument } from '../state/useDocument';

interface MetaFieldProps {
  /** Shown beside the field and its accessible name. */
  label: string;
  /** What the story holds; the field shows it trimmed, as stored. */
  value: string | null;
  onEdit: (text: string) => void;
  /**
   * `typing`: every change reaches the story at once, like the headline. `leaving`: the change
   * reaches it on leaving the field or pressing Enter, for a field whose edit rewrites the copy too.
   */
  commit: 'typing' | 'leaving';
  placeholder: string;
  className: string;
  /** A note after the field, which describes it. */
  note?: ReactNode;
}

function MetaField({ label, value, onEdit, commit, placeholder, className, note }: MetaFieldProps) {
  // What is typed, spaces and all; the story stores it trimmed. A change from elsewhere (undo,
  // another story) replaces it.
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value ?? '');
  }
  const noteId = useId();
  // The draft not yet handed over (commit `leaving`), and the handler to hand it to.
  const pending = useRef<string | null>(null);
  const latest = useRef(onEdit);
  useEffect(() => {
    latest.current = onEdit;
  });

  const hand = (text: string) => {
    pending.current = null;
    setShown(metaValue(text));
    latest.current(text);
  };

  // Closing or hiding the window hands a pending change over before the desk saves (a capturing
  // listener runs before the desk's own on the same target), and so does switching stories.
  useEffect(() => {
    if (commit !== 'leaving') return;
    const flush = () => {
      const text = pending.current;
      pending.current = null;
      if (text !== null) latest.current(text);
    };
    window.addEventListener('pagehide', flush, true);
    document.addEventListener('visibilitychange', flush, true);
    return () => {
      window.removeEventListener('pagehide', flush, true);
      document.removeEventListener('visibilitychange', flush, true);
      flush();
    };
  }, [commit]);

  return (
    <div className={`meta-field ${className}`}>
      <label>
        <span className="meta-label">{label}</span>
        <input
          aria-label={label}
          aria-describedby={note ? noteId : undefined}
          value={draft}
          placeholder={placeholder}
          dir="auto"
          spellCheck
          onChange={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            if (commit === 'typing') hand(text);
            else pending.current = text;
          }}
          onBlur={() => {
            if (pending.current !== null) hand(pending.current);
            setDraft(metaValue(draft) ?? '');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && pending.current !== null) hand(pending.current);
            if (e.key === 'Escape' && pending.current !== null) {
              // Takes back the typing; a second Escape leaves the story.
              e.preventDefault();
              pending.current = null;
              setDraft(value ?? '');
            }
          }}
        />
      </label>
      {note && (
        <span id={noteId} className="meta-note">
          {note}
        </span>
      )}
    </div>
  );
}

export interface StoryMetaProps {
  story: Story;
  apply: OpenDocument['apply'];
}

export function StoryMeta({ story, apply }: StoryMetaProps) {
  const id = story.id;
  const edit = (change: (d: OpenedDocument) => OpenedDocument, key: string) =>
    apply(change, { key: `${key}:${id}` });
  return (
    <div className="meta-fields">
      <div className="meta-grid">
        <MetaField
          label="Byline"
          className="byline"
          placeholder="e.g. Jane Doe, Reuters"
          value={story.byline}
          commit="typing"
          onEdit={(text) => edit((d) => setByline(d, id, text), 'byline')}
        />
        <MetaField
          label="Published"
          className="published"
          placeholder="As printed, e.g. 20 Nov 2024 15:14 GMT"
          value={story.published?.text ?? null}
          commit="typing"
          onEdit={(text) => edit((d) => setPublished(d, id, text), 'published')}
          note={story.published ? readAs(story.published.iso) : undefined}
        />
        <MetaField
          label="Story dateline"
          className="dateline"
          placeholder="e.g. LONDON (AP)"
          value={story.dateline}
          // It rewrites the opening of the copy: once, when the editor is done, and undoable.
          commit="leaving"
          onEdit={(text) =>
            apply((d) => setStoryDateline(d, id, text), {
              undoable: true,
              label:
                text.trim() === ''
                  ? 'Cleared the story dateline'
                  : `Set the story dateline to ${text.trim()}`,
            })
          }
        />
      </div>
    </div>
  );
}
