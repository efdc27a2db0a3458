// House style settings: credit format, known agencies, caption full stop, length limits, quotes. The
// same settings drive the caption desk's flags and fixes and every export.

import { useState } from 'react';
import {
  CREDIT_FORMATS,
  houseStyleSchema,
  type CreditFormat,
  type HouseStyle,
} from '../../../shared/house-style';
import { Modal } from './Modal';

/** One agency per line: `AP = Associated Press, AP Photo`. */
export function agenciesToText(agencies: HouseStyle['agencies']): string {
  return agencies
    .map((a) => (a.aliases.length > 0 ? `${a.name} = ${a.aliases.join(', ')}` : a.name))
    .join('\n');
}

export function agenciesFromText(text: string): HouseStyle['agencies'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [name = '', aliases = ''] = line.split('=', 2).map((part) => part.trim());
      return {
        name,
        aliases: aliases
          .split(',')
          .map((a) => a.trim())
          .filter((a) => a !== ''),
      };
    });
}

export interface HouseStyleDialogProps {
  houseStyle: HouseStyle;
  onSave: (houseStyle: HouseStyle) => void;
  onClose: () => void;
}

export function HouseStyleDialog({ houseStyle, onSave, onClose }: HouseStyleDialogProps) {
  const [draft, setDraft] = useState(houseStyle);
  const [agencies, setAgencies] = useState(() => agenciesToText(houseStyle.agencies));
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<HouseStyle>) => setDraft((d) => ({ ...d, ...patch }));

  const save = () => {
    const parsed = houseStyleSchema.safeParse({ ...draft, agencies: agenciesFromText(agencies) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(`${issue?.path.join(' ') || 'House style'}: ${issue?.message ?? 'not valid'}`);
      return;
    }
    onSave(parsed.data);
  };

  return (
    <Modal title="House style" onClose={onClose} className="house-style">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          Credit format
          <select
            value={draft.creditFormat}
            onChange={(e) => set({ creditFormat: e.currentTarget.value as CreditFormat })}
          >
            {Object.entries(CREDIT_FORMATS).map(([value, f]) => (
              <option key={value} value={value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Caption full stop
          <select
            value={draft.captionFullStop}
            onChange={(e) =>
              set({ captionFullStop: e.currentTarget.value as HouseStyle['captionFullStop'] })
            }
          >
            <option value="always">Always end with a full stop</option>
            <option value="never">Never end with a full stop</option>
            <option value="keep">Leave as written</option>
          </select>
        </label>
        <label>
          Longest headline (characters)
          <input
            type="number"
            min={10}
            max={500}
            value={draft.maxHeadlineLength}
            onChange={(e) => set({ maxHeadlineLength: e.currentTarget.valueAsNumber })}
          />
        </label>
        <label>
          Longest body (words)
          <input
            type="number"
            min={50}
            max={50000}
            value={draft.maxBodyWords}
            onChange={(e) => set({ maxBodyWords: e.currentTarget.valueAsNumber })}
          />
        </label>
        <label>
          Longest caption (characters)
          <input
            type="number"
            min={20}
            max={2000}
            value={draft.maxCaptionLength}
            onChange={(e) => set({ maxCaptionLength: e.currentTarget.valueAsNumber })}
          />
        </label>
        <label>
          Quotes on export
          <select
            value={draft.quotes}
            onChange={(e) => set({ quotes: e.currentTarget.value as HouseStyle['quotes'] })}
          >
            <option value="keep">Leave as written</option>
            <option value="curly">Curly “ ” ‘ ’</option>
            <option value="straight">Straight " '</option>
          </select>
        </label>
        <label className="wide">
          Agencies, one per line, canonical spelling first: <code>AP = Associated Press</code>
          <textarea
            rows={8}
            spellCheck={false}
            value={agencies}
            onChange={(e) => setAgencies(e.currentTarget.value)}
          />
        </label>
        {error && (
          <p role="alert" className="notice error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
