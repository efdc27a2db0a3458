// The preload (sandboxed, built as CommonJS): exposes `window.copydesk`, built from the API
// contract over IPC, and nothing else.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  apiChannel,
  createApiClient,
  EVENT_CHANNEL,
  type AppEvent,
  type ApiResult,
} from '../../shared/api';

const copydesk = createApiClient(
  (method, input) => ipcRenderer.invoke(apiChannel(method), input) as Promise<ApiResult<unknown>>,
  (listener) => {
    // Only the event itself crosses: never the IpcRendererEvent, which exposes the sender.
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
);

contextBridge.exposeInMainWorld('copydesk', copydesk);
