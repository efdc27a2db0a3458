// Preferences: the watched folder (a hot folder) for now. Off by default; when on, every file
// dropped into the folder is imported as a drop on the window is, then moved to the folder's
// processed/ (or error/, with the reason beside it). The backend checks the folder before keeping it.

import { useState } from 'react';
import type { Settings } from '../../../shared/api';
import { call } from '../state/api';
import { Modal } from './Modal';

export interface PreferencesDialogProps {
  settings: Settings;
  onClose: () => void;
  /** The backend kept the preferences. */
  onSaved: () => void;
}

export function PreferencesDialog({ settings, onClose, onSaved }: PreferencesDialogProps) {
  const [watching, setWatching] = useState(settings.watchedFolder !== null);
  const [folder, setFolder] = useState(settings.watchedFolder ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const choose = async () => {
    try {
      const { path } = await call('chooseFolder', {
        purpose: 'watch',
        ...(folder ? { defaultPath: folder } : {}),
      });
      if (path) {
        setFolder(path);
        setWatching(true);
      } else if (folder === '') setError('Type the folder to watch.');
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const save = async () => {
    const watchedFolder = watching ? folder.trim() : null;
    if (watchedFolder === '') {
      setError('Choose or type the folder to watch, or turn watching off.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await call('updateSettings', { watchedFolder });
      onSaved();
    } catch (err) {
      setError((err as Error).message);
      setSaving(false);
    }
  };

  return (
    <Modal title="Preferences" onClose={onClose} className="preferences">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="wide">
          <legend>Watched folder</legend>
          <p className="muted" id="watch-help">
            Copy dropped into this folder is imported as if dropped on the desk, then moved to its
            processed folder, or to its error folder with the reason beside it.
          </p>
          <label className="check">
            <input
              type="checkbox"
              checked={watching}
              aria-describedby="watch-help"
              onChange={(e) => setWatching(e.currentTarget.checked)}
            />
            Import files dropped into a folder
          </label>
          <div className="folder-field">
            <label>
              Watched folder
              <input
                value={folder}
                spellCheck={false}
                disabled={!watching}
                placeholder="/Users/me/Wires/incoming"
                onChange={(e) => setFolder(e.currentTarget.value)}
              />
            </label>
            <button type="button" disabled={!watching} onClick={() => void choose()}>
              Choose…
            </button>
          </div>
        </fieldset>
        {error && (
          <p role="alert" className="notice error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
