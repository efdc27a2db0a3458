// The editor's settings (house style, the open document) from the backend: read once, changed
// through updateSettings so the backend validates and keeps them.

import { useCallback, useState } from 'react';
import type { ApiInput, Settings } from '../../../shared/api';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/house-style';
import { call } from './api';

export interface SettingsState {
  settings: Settings;
  /** Reads the saved settings (the app does this once, on start); the defaults if they fail. */
  load: () => Promise<Settings>;
  update: (patch: ApiInput<'updateSettings'>) => Promise<void>;
}

const DEFAULTS: Settings = {
  houseStyle: DEFAULT_HOUSE_STYLE,
  exportChoices: null,
  openDocumentId: null,
  watchedFolder: null,
};

export function useSettings(onError: (message: string) => void): SettingsState {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);

  const load = useCallback(async () => {
    try {
      const saved = await call('getSettings', {});
      setSettings(saved);
      return saved;
    } catch (err) {
      onError(`Settings could not be read (${(err as Error).message}); the defaults are used.`);
      return DEFAULTS;
    }
  }, [onError]);

  const update = useCallback(
    async (patch: ApiInput<'updateSettings'>) => {
      try {
        setSettings(await call('updateSettings', patch));
      } catch (err) {
        onError(`Settings not saved: ${(err as Error).message}`);
      }
    },
    [onError],
  );

  return { settings, load, update };
}
