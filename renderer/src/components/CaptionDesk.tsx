// The caption desk: each caption's text, credit and dateline as fields; add, delete, reorder.
// Flags and house-style fixes come from shared/ so the desk and the exporters agree.

import {
  captionFlags,
  captionLength,
  fixCaption,
  type HouseStyle,
} from '../../../shared/house-style';
import type { Caption, Paragraph } from '../../../shared/model';
import { captionFlagText } from '../captionFlags';
import { Count } from './Count';

export interface CaptionDeskProps {
  captions: Caption[];
  /** The story's body, to flag a caption repeated in it. */
  body: Paragraph[];
  houseStyle: HouseStyle;
  /** Typing, or (undoable, with what it did) a caption moved, deleted, fixed or added. */
  onChange: (captions: Caption[], options?: { undoable: true; label: string }) => void;
  /** Puts every caption of the document in house style (one undoable step). */
  onFixAll: () => void;
  /** Opens the house style settings. */
  onEditHouseStyle: () => void;
}

function move<T>(items: T[], from: number, to: number): T[] {
  const next = items.slice();
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function CaptionDesk({
  captions,
  body,
  houseStyle,
  onChange,
  onFixAll,
  onEditHouseStyle,
}: CaptionDeskProps) {
  const edit = (index: number, patch: Partial<Caption>) =>
    onChange(captions.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <section className="caption-desk" aria-labelledby="captions-title">
      <div className="section-head">
        <h2 id="captions-title">Captions</h2>
        <button
          type="button"
          onClick={() =>
            onChange([...captions, { text: '', credit: null, dateline: null, lines: [] }], {
              undoable: true,
              label: `Added caption ${captions.length + 1}`,
            })
          }
        >
          Add caption
        </button>
        <button type="button" onClick={onFixAll}>
          Fix all captions
        </button>
        <button type="button" onClick={onEditHouseStyle}>
          House style…
        </button>
      </div>
      {captions.length === 0 && <p className="muted">No captions.</p>}
      <ol className="caption-list">
        {captions.map((caption, i) => {
          const n = i + 1;
          const flags = captionFlags(caption, body, houseStyle);
          const flagsId = `caption-${n}-flags`;
          const countId = `caption-${n}-count`;
          return (
            <li key={i} className="caption-row" data-flagged={flags.length > 0 || undefined}>
              <div className="caption-head">
                <label className="field-label" htmlFor={`caption-${n}-text`}>
                  Caption {n}
                </label>
                <span className="caption-tools">
                  <button
                    type="button"
                    className="quiet"
                    aria-label={`Move caption ${n} up`}
                    title="Move up"
                    disabled={i === 0}
                    onClick={() =>
                      onChange(move(captions, i, i - 1), {
                        undoable: true,
                        label: `Moved caption ${n} up`,
                      })
                    }
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="quiet"
                    aria-label={`Move caption ${n} down`}
                    title="Move down"
                    disabled={i === captions.length - 1}
                    onClick={() =>
                      onChange(move(captions, i, i + 1), {
                        undoable: true,
                        label: `Moved caption ${n} down`,
                      })
                    }
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="quiet"
                    aria-label={`Delete caption ${n}`}
                    onClick={() =>
                      onChange(
                        captions.filter((_, k) => k !== i),
                        { undoable: true, label: `Deleted caption ${n}` },
                      )
                    }
                  >
                    Delete
                  </button>
                </span>
              </div>
              {/* Grows with the caption: the whole caption is always in view. */}
              <textarea
                id={`caption-${n}-text`}
                aria-label={`Caption ${n}`}
                aria-describedby={flags.length > 0 ? `${countId} ${flagsId}` : countId}
                aria-invalid={flags.length > 0 || undefined}
                value={caption.text}
                rows={1}
                dir="auto"
                spellCheck
                onChange={(e) => edit(i, { text: e.currentTarget.value })}
              />
              <Count
                id={countId}
                count={captionLength(caption)}
                limit={houseStyle.maxCaptionLength}
                unit="characters"
              />
              {/* Labels that stay in view once a field is filled, unlike a placeholder. */}
              <div className="caption-fields">
                <label className="credit">
                  <span className="field-label">Credit</span>
                  <input
                    id={`caption-${n}-credit`}
                    aria-label={`Credit ${n}`}
                    aria-describedby={flags.length > 0 ? flagsId : undefined}
                    placeholder="e.g. EPA"
                    value={caption.credit ?? ''}
                    onChange={(e) =>
                      edit(i, {
                        credit: e.currentTarget.value === '' ? null : e.currentTarget.value,
                      })
                    }
                  />
                </label>
                <label className="dateline">
                  <span className="field-label">Dateline</span>
                  <input
                    aria-label={`Dateline ${n}`}
                    placeholder="e.g. LONDON, 3 March"
                    value={caption.dateline ?? ''}
                    onChange={(e) =>
                      edit(i, {
                        dateline: e.currentTarget.value === '' ? null : e.currentTarget.value,
                      })
                    }
                  />
                </label>
              </div>
              {flags.length > 0 && (
                <div className="caption-flags">
                  <ul id={flagsId} aria-label={`Problems with caption ${n}`}>
                    {flags.map((f) => (
                      <li key={f.code} className={`flag ${f.code}`}>
                        {captionFlagText(f, caption, houseStyle)}
                      </li>
                    ))}
                  </ul>
                  {flags.some((f) => f.fixable) && (
                    <button
                      type="button"
                      className="fix"
                      aria-label={`Fix caption ${n}`}
                      onClick={() =>
                        onChange(
                          captions.map((c, k) => (k === i ? fixCaption(c, houseStyle) : c)),
                          { undoable: true, label: `Fixed caption ${n} to house style` },
                        )
                      }
                    >
                      Fix
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
