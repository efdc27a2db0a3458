// The caption desk: each caption's text, credit and dateline as fields; add, delete, reorder.
// Flags and house-style fixes come from shared/ so the desk and the exporters agree.

import type { Caption } from '../../../shared/model';

export interface CaptionDeskProps {
  captions: Caption[];
  onChange: (captions: Caption[], options?: { undoable?: boolean }) => void;
}

function move<T>(items: T[], from: number, to: number): T[] {
  const next = items.slice();
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function CaptionDesk({ captions, onChange }: CaptionDeskProps) {
  const edit = (index: number, patch: Partial<Caption>) =>
    onChange(captions.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <section className="caption-desk" aria-labelledby="captions-title">
      <h3 id="captions-title">Captions</h3>
      {captions.length === 0 && <p className="muted">No captions.</p>}
      <ol>
        {captions.map((caption, i) => {
          const n = i + 1;
          return (
            <li key={i} className="caption-row">
              <label>
                <span className="visually-hidden">Caption {n}</span>
                <textarea
                  aria-label={`Caption ${n}`}
                  value={caption.text}
                  rows={2}
                  dir="auto"
                  spellCheck
                  onChange={(e) => edit(i, { text: e.currentTarget.value })}
                />
              </label>
              <div className="caption-fields">
                <input
                  aria-label={`Credit ${n}`}
                  placeholder="Credit"
                  value={caption.credit ?? ''}
                  onChange={(e) =>
                    edit(i, { credit: e.currentTarget.value === '' ? null : e.currentTarget.value })
                  }
                />
                <input
                  aria-label={`Dateline ${n}`}
                  placeholder="Dateline"
                  value={caption.dateline ?? ''}
                  onChange={(e) =>
                    edit(i, {
                      dateline: e.currentTarget.value === '' ? null : e.currentTarget.value,
                    })
                  }
                />
                <button
                  type="button"
                  aria-label={`Move caption ${n} up`}
                  disabled={i === 0}
                  onClick={() => onChange(move(captions, i, i - 1), { undoable: true })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move caption ${n} down`}
                  disabled={i === captions.length - 1}
                  onClick={() => onChange(move(captions, i, i + 1), { undoable: true })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Delete caption ${n}`}
                  onClick={() =>
                    onChange(
                      captions.filter((_, k) => k !== i),
                      { undoable: true },
                    )
                  }
                >
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          onChange([...captions, { text: '', credit: null, dateline: null, lines: [] }], {
            undoable: true,
          })
        }
      >
        Add caption
      </button>
    </section>
  );
}
