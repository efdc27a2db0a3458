// Closing the window, or quitting, waits for the page's last save: the page is told `quitting`,
// saves what autosave has not yet written, and answers readyToQuit. A page that does not answer in
// time (hung, crashed) does not keep the app open.

import { app, type BrowserWindow } from 'electron';
import type { EventSender } from './ipc';

export const QUIT_TIME_LIMIT_MS = 5000;

export function setupQuit(events: EventSender, limitMs = QUIT_TIME_LIMIT_MS) {
  const saved = new WeakSet<BrowserWindow>();
  let quitting = false;
  let answer: (() => void) | null = null;
  app.on('before-quit', () => {
    quitting = true;
  });

  const askToSave = () =>
    new Promise<void>((done) => {
      const timer = setTimeout(finish, limitMs);
      function finish() {
        clearTimeout(timer);
        answer = null;
        done();
      }
      answer = finish;
      events.send({ type: 'quitting' });
    });

  return {
    /** Call once per window. */
    attach(win: BrowserWindow) {
      win.on('close', (event) => {
        // A page that never said it listens has nothing it could save.
        if (saved.has(win) || !events.isListening(win)) return;
        event.preventDefault();
        if (answer) return;
        void askToSave().then(() => {
          saved.add(win);
          if (win.isDestroyed()) return;
          if (quitting) app.quit();
          else win.close();
        });
      });
    },
    /** The page's answer: its last changes are on disk. */
    readyToQuit() {
      answer?.();
    },
  };
}
