import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (request: Request) => Promise<Response>>();
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      handlers.set(scheme, handler),
  },
}));
const { appFile, devRendererUrl, originOf, serveRenderer } = await import('./protocol');

describe('app://copydesk/', () => {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(root, '..', 'secret.txt'), 'outside');
  serveRenderer(root);
  const get = (url: string) => handlers.get('app')!(new Request(url));

  it('serves the built renderer with its content types', async () => {
    const page = await get('app://copydesk/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Copydesk</title>');
    const script = await get('app://copydesk/assets/index.js?v=1');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for anything outside the renderer folder, another host, or nothing', async () => {
    for (const url of [
      'app://copydesk/../secret.txt',
      'app://copydesk/..%2Fsecret.txt',
      'app://copydesk/assets/..%2F..%2Fsecret.txt',
      'app://copydesk/%00index.html',
      'app://elsewhere/index.html',
      'app://copydesk/missing.js',
      'app://copydesk/assets',
      'app://copydesk/',
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
    expect(appFile(root, 'app://copydesk/..%2Fsecret.txt')).toBeNull();
  });

  it('has an origin of its own that a frame URL is checked against', () => {
    expect(originOf('app://copydesk/index.html')).toBe('app://copydesk');
    expect(originOf('app://copydesk.evil/index.html')).toBe('app://copydesk.evil');
    expect(originOf('file:///x/index.html')).toBe('file://');
    expect(originOf('not a url')).toBeNull();
  });

  it('takes the dev server only unpackaged, and only on this machine over http', () => {
    const env = (url: string) => ({ ELECTRON_RENDERER_URL: url });
    expect(devRendererUrl(false, env('http://localhost:5173'))).toBe('http://localhost:5173/');
    expect(devRendererUrl(false, env('http://127.0.0.1:5173/'))).toBe('http://127.0.0.1:5173/');
    expect(devRendererUrl(true, env('http://localhost:5173'))).toBeUndefined();
    for (const url of [
      'https://evil.example/',
      'http://192.168.1.2:5173/',
      'file:///tmp/x.html',
      'nonsense',
    ]) {
      expect(devRendererUrl(false, env(url)), url).toBeUndefined();
    }
    expect(devRendererUrl(false, {})).toBeUndefined();
  });
});
