// The one gathering place for IPC: every contract method registered with its sender checked, and
// backend events queued until the window's page has loaded.

import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  apiChannel,
  apiMethods,
  EVENT_CHANNEL,
  type AppEvent,
  type ApiResult,
} from '../../shared/api';
import type { ApiHandlers } from '../services/api-handlers';

/** Only our window's top frame may call the API. */
function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || !frame) return false;
  if (event.sender !== win.webContents) return false;
  const top = win.webContents.mainFrame;
  return frame.processId === top.processId && frame.routingId === top.routingId;
}

export function registerApi(handlers: ApiHandlers, getWindow: () => BrowserWindow | null): void {
  for (const method of apiMethods) {
    ipcMain.handle(
      apiChannel(method),
      async (event, rawInput: unknown): Promise<ApiResult<unknown>> => {
        if (!isTrustedSender(event, getWindow())) {
          return {
            ok: false,
            error: { code: 'forbidden', message: 'Caller is not the Copydesk window' },
          };
        }
        return handlers[method](rawInput);
      },
    );
  }
}

/** Sends events to the window, holding them until its page is ready to listen. */
export function createEventSender(getWindow: () => BrowserWindow | null) {
  const pending: AppEvent[] = [];
  const ready = new WeakSet<BrowserWindow>();
  const flush = () => {
    const win = getWindow();
    if (!win || win.isDestroyed() || !ready.has(win)) return;
    for (const event of pending.splice(0)) win.webContents.send(EVENT_CHANNEL, event);
  };
  return {
    /** Call once per window: events flow after each load of its page. */
    attach(win: BrowserWindow) {
      win.webContents.on('did-finish-load', () => {
        ready.add(win);
        flush();
      });
      win.webContents.on('did-start-loading', () => ready.delete(win));
    },
    send(event: AppEvent) {
      pending.push(event);
      flush();
    },
  };
}
