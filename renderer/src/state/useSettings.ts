// The editor's settings (house style, theme, the open document) from the backend: read once,
// changed through updateSettings so the backend validates and keeps them. The theme is shown here
// too: the page's colours follow it, whether the desk's switch or the View menu changed it.

import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, Settings, Theme } from '../../../shared/api';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/house-style';
import { call } from './api';
import { useAppEvent } from './events';

export interface SettingsState {
  settings: Settings;
  /** Reads the saved settings (the app does this once, on start); the defaults if they fail. */
  load: () => Promise<Settings>;
  update: (patch: ApiInput<'updateSettings'>) => Promise<void>;
}

const DEFAULTS: Settings = {
  houseStyle: DEFAULT_HOUSE_STYLE,
  theme: 'system',
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

  // The View menu changed it (main kept it): the page follows.
  useAppEvent((event) => {
    if (event.type === 'theme') setSettings((s) => ({ ...s, theme: event.theme }));
  });
  useEffect(() => applyTheme(settings.theme), [settings.theme]);

  return { settings, load, update };
}

/** The page's colours: app.css picks light or dark from color-scheme, which this sets. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}
