// Link targets the body may carry: http(s) and mailto only, so pasted or typed links can never run code.

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** True for an absolute http(s) URL with a host, or a mailto: URL with an address. */
export function isSafeHref(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  if (!ALLOWED.has(parsed.protocol)) return false;
  return parsed.protocol === 'mailto:' ? parsed.pathname !== '' : parsed.hostname !== '';
}

/**
 * What an editor typed into the link field, as a safe href, or null. Editors type `example.com` or
 * `desk@example.com` without a scheme, so those get one.
 */
export function toHref(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text)
    ? text
    : /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)
      ? `mailto:${text}`
      : `https://${text}`;
  return isSafeHref(candidate) ? candidate : null;
}
