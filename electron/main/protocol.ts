// The renderer is served from app://copydesk/, a scheme registered as privileged (standard and secure,
// like https: its own origin, CSP 'self', fetch), never from file://, where a page's origin is every
// file on the disk. The IPC sender check compares the calling frame's URL with this origin.

import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Before the app is ready (Electron requires it then): the scheme's privileges. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** `scheme://host` of a URL, the part a frame's origin is made of; null when it is not a URL. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Node's URL gives other schemes than http(s) an opaque origin: build it from the parts.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** The file under `root` an app:// URL names; null for another host or anything outside `root`. */
export function appFile(root: string, url: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || path.includes('\0')) {
    return null;
  }
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  // An encoded `..%2F` survives URL parsing and is only resolved here: the prefix check catches it.
  return file.startsWith(base + sep) ? file : null;
}

/** Once ready: answers app:// requests with the built renderer's files, and 404 for anything else. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFile(root, request.url);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(body), {
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' },
    });
  });
}

/**
 * The development server's URL (electron-vite dev sets ELECTRON_RENDERER_URL), only when the app is
 * not packaged and only on this machine: a packaged app, or one told to load anything else, loads
 * its own files.
 */
export function devRendererUrl(
  packaged: boolean,
  env: Record<string, string | undefined>,
): string | undefined {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (packaged || !raw) return undefined;
  try {
    const url = new URL(raw);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && local ? url.href : undefined;
  } catch {
    return undefined;
  }
}
