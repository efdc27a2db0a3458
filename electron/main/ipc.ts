// The one gathering place for IPC (lint keeps ipcMain out of every other module): every contract
// method registered once, each call's sender checked, and backend events held until the page says
// it listens (the ready handshake), not merely until it has loaded.

import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import {
  apiChannel,
  apiMethods,
  EVENT_CHANNEL,
  READY_CHANNEL,
  type AppEvent,
  type ApiResult,
} from '../../shared/api';
import type { ApiHandlers } from '../services/api-handlers';
import { originOf } from './protocol';

export type GetWindow = () => BrowserWindow | null;

/** Only our window's top frame, showing a page of the app's own origin, may call. */
export function isTrustedSender(
  event: IpcMainEvent | IpcMainInvokeEvent,
  win: BrowserWindow | null,
  origin: string,
): boolean {
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || !frame) return false;
  if (event.sender !== win.webContents) return false;
  const top = win.webContents.mainFrame;
  if (frame.processId !== top.processId || frame.routingId !== top.routingId) return false;
  return originOf(frame.url) === origin;
}

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Caller is not the Copydesk window' },
};

export function registerApi(handlers: ApiHandlers, getWindow: GetWindow, origin: string): void {
  for (const method of apiMethods) {
    ipcMain.handle(apiChannel(method), async (event, rawInput: unknown) =>
      isTrustedSender(event, getWindow(), origin) ? handlers[method](rawInput) : FORBIDDEN,
    );
  }
}

export type EventSender = ReturnType<typeof createEventSender>;

/** Sends events to the window, holding them until its page has said it listens. */
export function createEventSender(getWindow: GetWindow, origin: string) {
  const pending: AppEvent[] = [];
  const listening = new WeakSet<BrowserWindow>();
  const flush = () => {
    const win = getWindow();
    if (!win || win.isDestroyed() || !listening.has(win)) return;
    for (const event of pending.splice(0)) win.webContents.send(EVENT_CHANNEL, event);
  };
  ipcMain.on(READY_CHANNEL, (event) => {
    const win = getWindow();
    if (!win || !isTrustedSender(event, win, origin)) return;
    listening.add(win);
    flush();
  });
  return {
    /** Call once per window: a reload (or any new page) must say again that it listens. */
    attach(win: BrowserWindow) {
      win.webContents.on('did-start-loading', () => listening.delete(win));
    },
    isListening(win: BrowserWindow): boolean {
      return listening.has(win) && !win.isDestroyed();
    },
    send(event: AppEvent) {
      pending.push(event);
      flush();
    },
  };
}
