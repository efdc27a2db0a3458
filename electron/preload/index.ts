// The preload (sandboxed, built as CommonJS): exposes `window.copydesk`, built from the API
// contract over IPC, and nothing else.

import { contextBridge, ipcRenderer } from 'electron';
import { apiChannel, createApiClient, type ApiResult } from '../../shared/api';

const copydesk = createApiClient(
  (method, input) => ipcRenderer.invoke(apiChannel(method), input) as Promise<ApiResult<unknown>>,
);

contextBridge.exposeInMainWorld('copydesk', copydesk);
