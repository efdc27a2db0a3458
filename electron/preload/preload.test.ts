// The built preload (out/preload/index.cjs, what Electron runs) evaluated in a fresh V8 context, as a
// sandboxed preload is: `require` gives only a fake 'electron' whose contextBridge and ipcRenderer
// record what the preload does with them.

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { apiChannel, apiMethods, EVENT_CHANNEL, READY_CHANNEL } from '../../shared/api';

const REPO = resolve(import.meta.dirname, '../..');
const BUILT = resolve(REPO, 'out/preload/index.cjs');

/** The built preload, refusing one older than its sources: `npm test` builds before the unit tests. */
function builtPreload(): string {
  const built = statSync(BUILT, { throwIfNoEntry: false });
  const sources = ['electron/preload/index.ts', 'shared/api.ts'].map((f) => resolve(REPO, f));
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (!built || built.mtimeMs < newest) {
    throw new Error(`${BUILT} is missing or older than its sources: run npm run build first.`);
  }
  return readFileSync(BUILT, 'utf8');
}

type Listener = (...args: unknown[]) => void;

function loadPreload() {
  const exposed: [string, Record<string, unknown>][] = [];
  const invoked: [string, unknown][] = [];
  const sent: string[] = [];
  const listeners = new Map<string, Listener[]>();
  const required: string[] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push([key, api]),
    },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return { ok: true, value: channel };
      },
      send: (channel: string) => sent.push(channel),
      on: (channel: string, listener: Listener) =>
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: Listener) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((l) => l !== listener),
        ),
    },
  };
  const module = { exports: {} };
  runInNewContext(builtPreload(), {
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require '${name}'`);
    },
    module,
    exports: module.exports,
  });
  return { exposed, invoked, sent, listeners, required };
}

describe('the built preload', () => {
  it('requires only electron and exposes one object, window.copydesk', () => {
    const { exposed, required } = loadPreload();
    expect(required).toEqual(['electron']);
    expect(exposed.map(([key]) => key)).toEqual(['copydesk']);
  });

  it('exposes exactly the contract’s methods and onEvent, functions only, frozen', () => {
    const [[, api] = ['', {}]] = loadPreload().exposed;
    expect(Object.keys(api)).toEqual([...apiMethods, 'onEvent']);
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('calls each method on its own channel with the input as given', async () => {
    const { exposed, invoked, sent } = loadPreload();
    const api = exposed[0]![1] as Record<string, (input: unknown) => Promise<unknown>>;
    for (const method of apiMethods) {
      const input = { probe: method };
      expect(await api[method]!(input)).toEqual({ ok: true, value: apiChannel(method) });
      expect(invoked.at(-1)).toEqual([apiChannel(method), input]);
    }
    expect(new Set(invoked.map(([channel]) => channel)).size).toBe(apiMethods.length);
    expect(sent).toEqual([]);
  });

  it('onEvent subscribes once, then says the page listens; only the event crosses', () => {
    const { exposed, sent, listeners } = loadPreload();
    const onEvent = exposed[0]![1]['onEvent'] as (l: Listener) => () => void;
    const got: unknown[][] = [];
    const stop = onEvent((...args) => got.push(args));
    expect(sent).toEqual([READY_CHANNEL]);
    const [forward] = listeners.get(EVENT_CHANNEL) ?? [];
    forward?.({ sender: 'the IpcRendererEvent' }, { type: 'command', command: 'export' });
    expect(got).toEqual([[{ type: 'command', command: 'export' }]]);
    expect(() => onEvent(() => {})).toThrow('copydesk.onEvent may be called once per page.');
    stop();
    expect(listeners.get(EVENT_CHANNEL)).toEqual([]);
    expect([...listeners.keys()]).toEqual([EVENT_CHANNEL]);
  });
});
