// File > Export…: format, which stories, one file each or one in all (or a zip), file names, line
// endings and the folder. The backend writes the files and refuses to overwrite unless told to;
// the last choices come back next time.

import { useState } from 'react';
import type { AppEvent, ExportChoices, ExportResult } from '../../../shared/api';
import type { OpenedDocument } from '../../../shared/document';
import { planFiles } from '../../../shared/export/files';
import { EXPORT_SCOPES, SCOPE_LABELS, storiesInScope } from '../../../shared/export/scope';
import {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../../../shared/export/types';
import { BackendError, call } from '../state/api';
import { useAppEvent } from '../state/events';
import { Modal } from './Modal';
import { count } from '../../../shared/wording';

export const DEFAULT_EXPORT_CHOICES: ExportChoices = {
  format: 'txt',
  scope: 'not-spiked',
  layout: 'per-story',
  zip: false,
  template: '{date}-{slug}.{ext}',
  folder: '',
  lineEndings: 'lf',
  bom: false,
  html: 'document',
};

export interface ExportDialogProps {
  doc: OpenedDocument;
  /** The story on screen. */
  storyId: string | null;
  /** Stories selected in the list: the dialog opens on them, as the chosen stories. */
  chosenIds?: readonly string[] | undefined;
  initial: ExportChoices | null;
  /** Saves pending edits so the export reads what the editor sees. */
  flush: () => Promise<void>;
  onClose: () => void;
}

type Phase =
  | { kind: 'choosing'; error?: string; exists?: boolean }
  | { kind: 'exporting'; exportId: string; done: number; total: number; cancelling?: boolean }
  | { kind: 'done'; result: ExportResult };

let exports = 0;
/** Unique within the backend's life, so Cancel reaches this export and no other. */
const newExportId = () => `export-${Date.now().toString(36)}-${(exports++).toString(36)}`;

export function ExportDialog({
  doc,
  storyId,
  chosenIds,
  initial,
  flush,
  onClose,
}: ExportDialogProps) {
  const [choices, setChoices] = useState<ExportChoices>(() => ({
    ...(initial ?? DEFAULT_EXPORT_CHOICES),
    ...(chosenIds ? { scope: 'selected' as const } : {}),
  }));
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(chosenIds ?? (storyId ? [storyId] : [])),
  );
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  const set = (patch: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...patch }));

  // NITF holds one story per document: never combined, whatever was chosen last time.
  const oneStoryPerFile = EXPORT_FORMAT_INFO[choices.format].oneStoryPerFile === true;
  const layout = oneStoryPerFile ? 'per-story' : choices.layout;
  // The ids storiesInScope is given: the story on screen for `current`, else the ticked ones.
  const idsFor = (scope: ExportChoices['scope']) =>
    scope === 'current' ? (storyId ? [storyId] : []) : [...chosen];
  const storyIds = idsFor(choices.scope);
  const stories = storiesInScope(doc, choices.scope, storyIds);
  const preview =
    stories.length > 0
      ? planFiles({
          stories: stories.slice(0, 1),
          layout,
          template: choices.template,
          ext: EXPORT_FORMAT_INFO[choices.format].ext,
          documentName: doc.name,
          now: new Date(),
        })[0]?.name
      : undefined;

  useAppEvent((event: AppEvent) => {
    if (event.type === 'export-progress') {
      setPhase((p) =>
        p.kind === 'exporting' ? { ...p, done: event.done, total: event.total } : p,
      );
    }
  });

  const run = async (overwrite: boolean) => {
    const exportId = newExportId();
    setPhase({ kind: 'exporting', exportId, done: 0, total: stories.length });
    try {
      await flush();
      const result = await call('exportStories', {
        ...choices,
        layout,
        documentId: doc.id,
        storyIds,
        overwrite,
        exportId,
      });
      setPhase({ kind: 'done', result });
    } catch (err) {
      const exists = err instanceof BackendError && err.code === 'exists';
      setPhase({ kind: 'choosing', error: (err as Error).message, exists });
    }
  };

  const chooseFolder = async () => {
    try {
      const { path } = await call('chooseFolder', { defaultPath: choices.folder || undefined });
      if (path) set({ folder: path });
      else if (path === null && choices.folder === '') {
        setPhase({ kind: 'choosing', error: 'Type the folder to export to.' });
      }
    } catch (err) {
      setPhase({ kind: 'choosing', error: (err as Error).message });
    }
  };

  if (phase.kind === 'done') {
    const { result } = phase;
    const first = result.files[0];
    return (
      <Modal title="Export" onClose={onClose}>
        <p role="status">
          Exported {count(result.storyCount, 'story', 'stories')} to{' '}
          {count(result.files.length, 'file', 'files')} in <code>{result.folder}</code>.
        </p>
        <ul className="export-files" aria-label="Files written">
          {result.files.slice(0, 8).map((f) => (
            <li key={f}>{f}</li>
          ))}
          {result.files.length > 8 && <li>and {result.files.length - 8} more</li>}
        </ul>
        <div className="dialog-actions">
          {first && (
            <button
              type="button"
              onClick={() =>
                void call('showInFolder', { path: `${result.folder}/${first}` }).catch(() => {})
              }
            >
              Show in folder
            </button>
          )}
          <button type="button" className="primary" onClick={onClose} autoFocus>
            Done
          </button>
        </div>
      </Modal>
    );
  }

  const busy = phase.kind === 'exporting';
  // Stops the export before its files move into place; its answer (code `cancelled`) then says
  // nothing was written, and the dialog is back to its choices.
  const cancelExport = () => {
    if (phase.kind !== 'exporting' || phase.cancelling) return;
    setPhase({ ...phase, cancelling: true });
    call('cancelExport', { exportId: phase.exportId }).catch((err: Error) =>
      setPhase({ kind: 'choosing', error: err.message }),
    );
  };
  return (
    <Modal title="Export" onClose={busy ? cancelExport : onClose} className="export">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
      >
        <label>
          Format
          <select
            value={choices.format}
            onChange={(e) => set({ format: e.currentTarget.value as ExportFormat })}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {EXPORT_FORMAT_INFO[f].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Stories
          <select
            value={choices.scope}
            onChange={(e) => set({ scope: e.currentTarget.value as ExportChoices['scope'] })}
          >
            {EXPORT_SCOPES.map((s) => (
              <option key={s} value={s}>
                {SCOPE_LABELS[s]} ({storiesInScope(doc, s, idsFor(s)).length})
              </option>
            ))}
          </select>
        </label>
        {choices.scope === 'selected' && (
          <fieldset className="wide story-picker">
            <legend>Stories to export</legend>
            {doc.stories.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(s.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setChosen((prev) => {
                      const next = new Set(prev);
                      if (on) next.add(s.id);
                      else next.delete(s.id);
                      return next;
                    });
                  }}
                />
                {s.headline || '(no headline)'}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="wide">
          <legend>Files</legend>
          <label className="check">
            <input
              type="radio"
              name="layout"
              checked={layout === 'per-story'}
              onChange={() => set({ layout: 'per-story' })}
            />
            One file per story
          </label>
          <label className="check">
            <input
              type="radio"
              name="layout"
              checked={choices.layout === 'combined' && !oneStoryPerFile}
              disabled={oneStoryPerFile}
              onChange={() => set({ layout: 'combined' })}
            />
            One file with every story
            {oneStoryPerFile && <span className="muted"> (not in NITF: one story each)</span>}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={choices.zip}
              onChange={(e) => set({ zip: e.currentTarget.checked })}
            />
            In a zip archive
          </label>
        </fieldset>
        <label className="wide">
          File names ({'{date} {slug} {n} {doc} {ext}'})
          <input
            value={choices.template}
            spellCheck={false}
            onChange={(e) => set({ template: e.currentTarget.value })}
          />
          {preview && <span className="muted">For example: {preview}</span>}
        </label>
        <label>
          Line endings
          <select
            value={choices.lineEndings}
            onChange={(e) =>
              set({ lineEndings: e.currentTarget.value as ExportChoices['lineEndings'] })
            }
          >
            <option value="lf">LF (macOS, Linux, the web)</option>
            <option value="crlf">CRLF (Windows)</option>
          </select>
        </label>
        {choices.format === 'txt' && (
          <label className="check">
            <input
              type="checkbox"
              checked={choices.bom}
              onChange={(e) => set({ bom: e.currentTarget.checked })}
            />
            UTF-8 byte order mark
          </label>
        )}
        {choices.format === 'html' && (
          <label>
            HTML
            <select
              value={choices.html}
              onChange={(e) => set({ html: e.currentTarget.value as ExportChoices['html'] })}
            >
              <option value="document">A complete page</option>
              <option value="fragment">A fragment to paste into a CMS</option>
            </select>
          </label>
        )}
        <div className="wide folder-field">
          <label>
            Folder
            <input
              value={choices.folder}
              spellCheck={false}
              placeholder="/Users/me/Desktop/export"
              onChange={(e) => set({ folder: e.currentTarget.value })}
            />
          </label>
          <button type="button" onClick={() => void chooseFolder()}>
            Choose…
          </button>
        </div>
        {phase.kind === 'choosing' && phase.error && (
          <p role="alert" className="notice error">
            {phase.error}
          </p>
        )}
        {busy && (
          <progress
            className="wide"
            aria-label="Export progress"
            max={phase.total}
            value={phase.done}
          />
        )}
        <div className="dialog-actions">
          {busy ? (
            <button type="button" onClick={cancelExport} disabled={phase.cancelling === true}>
              Cancel export
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          )}
          {phase.kind === 'choosing' && phase.exists && (
            <button type="button" onClick={() => void run(true)}>
              Replace them
            </button>
          )}
          <button
            type="submit"
            className="primary"
            disabled={busy || stories.length === 0 || choices.folder.trim() === ''}
          >
            Export {count(stories.length, 'story', 'stories')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
