// Every line the cleaner removed from this story, grouped by why: each line goes back into the copy
// with one compact button (as a caption when it was a caption printed again, else to the body), and
// lines ticked together go back in one step, either way.

import { useState } from 'react';
import { REMOVAL_REASONS, type RemovalReason, type Story } from '../../../shared/model';
import { count } from '../../../shared/wording';

export interface RemovedPanelProps {
  story: Story;
  /** Puts these lines back, in one undoable step. */
  onRestore: (lines: number[], as: 'body' | 'caption') => void;
}

/** Where a line of this kind most likely belongs when it goes back. */
export function restoreTarget(reason: RemovalReason): 'body' | 'caption' {
  return reason === 'duplicate-caption' ? 'caption' : 'body';
}

export function RemovedPanel({ story, onRestore }: RemovedPanelProps) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  if (story.removed.length === 0)
    return <p className="muted">Nothing was removed from this story.</p>;

  // Groups in the order their first line comes in the source.
  const groups = new Map<RemovalReason, Story['removed']>();
  for (const r of story.removed) groups.set(r.reason, [...(groups.get(r.reason) ?? []), r]);
  // Only lines still removed count (a restored line leaves the list).
  const chosen = story.removed.filter((r) => ticked.has(r.line)).map((r) => r.line);
  const tick = (lines: number[], on: boolean) =>
    setTicked((t) => {
      const next = new Set(t);
      for (const line of lines) {
        if (on) next.add(line);
        else next.delete(line);
      }
      return next;
    });
  const restore = (lines: number[], as: 'body' | 'caption') => {
    tick(lines, false);
    onRestore(lines, as);
  };

  return (
    <section className="removed" aria-label="Removed lines">
      <div className="removed-bulk" role="group" aria-label="Ticked lines">
        <span className="muted">
          {chosen.length === 0
            ? 'Tick lines to restore several.'
            : `${count(chosen.length, 'line', 'lines')} ticked`}
        </span>
        {chosen.length > 0 && (
          <>
            <button type="button" onClick={() => restore(chosen, 'body')}>
              Restore to the body
            </button>
            <button type="button" onClick={() => restore(chosen, 'caption')}>
              Restore as captions
            </button>
          </>
        )}
      </div>
      {[...groups].map(([reason, lines]) => {
        const name = REMOVAL_REASONS[reason];
        const all = lines.every((r) => ticked.has(r.line));
        return (
          <div key={reason} className="removed-group">
            <div className="removed-group-head">
              <h3>
                {name} <span className="muted">{lines.length}</span>
              </h3>
              {lines.length > 1 && (
                <button
                  type="button"
                  className="quiet"
                  aria-label={`${all ? 'Untick' : 'Tick'} all: ${name}`}
                  onClick={() =>
                    tick(
                      lines.map((r) => r.line),
                      !all,
                    )
                  }
                >
                  {all ? 'Untick all' : 'Tick all'}
                </button>
              )}
            </div>
            <ul className="removed-list" aria-label={name}>
              {lines.map((r) => {
                const as = restoreTarget(r.reason);
                return (
                  <li key={r.line}>
                    <input
                      type="checkbox"
                      aria-label={`Tick line ${r.line}`}
                      checked={ticked.has(r.line)}
                      onChange={(e) => tick([r.line], e.currentTarget.checked)}
                    />
                    <span className="removed-text" dir="auto">
                      {r.text}
                    </span>
                    <span className="line-number">{r.line}</span>
                    <button
                      type="button"
                      className="quiet"
                      onClick={() => restore([r.line], as)}
                      aria-label={
                        as === 'body'
                          ? `Restore line ${r.line} to the body`
                          : `Restore line ${r.line} as a caption`
                      }
                      title={as === 'body' ? 'Put it back in the body' : 'Put it back as a caption'}
                    >
                      {as === 'body' ? 'To the body' : 'As a caption'}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
