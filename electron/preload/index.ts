// The preload (sandboxed, built as CommonJS): exposes `window.copydesk`, built from the API
// contract over IPC, and nothing else. The one module that may use ipcRenderer (lint keeps it here).

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  apiChannel,
  createApiClient,
  EVENT_CHANNEL,
  READY_CHANNEL,
  type AppEvent,
  type ApiResult,
} from '../../shared/api';

let subscribed = false;

const copydesk = createApiClient(
  (method, input) => ipcRenderer.invoke(apiChannel(method), input) as Promise<ApiResult<unknown>>,
  (listener) => {
    // One subscription for the page (renderer/src/state/events.ts fans events out): the ready
    // handshake below means "the page listens", which only the one subscriber can say.
    if (subscribed) throw new Error('copydesk.onEvent may be called once per page.');
    subscribed = true;
    // Only the event itself crosses: never the IpcRendererEvent, which exposes the sender.
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    // Main holds its events until now: nothing sent before the page listened is lost.
    ipcRenderer.send(READY_CHANNEL);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
);

contextBridge.exposeInMainWorld('copydesk', copydesk);
