// The app's one subscription to backend events. Components listen here (useAppEvent); the backend is
// told the page listens only once the app has mounted its listeners (startEvents, from App), so
// events sent at launch (a damaged settings file, files opened from the OS) reach a listener.

import { useEffect, useRef } from 'react';
import type { AppEvent, AppEventListener } from '../../../shared/api';

const listeners = new Set<AppEventListener>();
let started = false;

/** Subscribes the page, once: from then on the backend sends what it held back. */
export function startEvents(): void {
  if (started) return;
  started = true;
  window.copydesk.onEvent((event) => {
    for (const listener of [...listeners]) listener(event);
  });
}

/** Calls `handler` (its latest version) for each backend event while the component is mounted. */
export function useAppEvent(handler: (event: AppEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener: AppEventListener = (event) => latest.current(event);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
