// Slugs: the short file-safe name of a story, from its headline.

const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * `Russia, Israel Agree on Syria` -> `russia-israel-agree-on-syria`. Letters of any script are kept
 * (an Arabic headline keeps its words); no path separators, no dots, no reserved device names, at most
 * `max` characters, never empty.
 */
export function slugify(headline: string, max = 80): string {
  const slug = headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  if (slug === '') return 'story';
  return RESERVED.test(slug) ? `${slug}-story` : slug;
}

/** Makes names unique within one run: `a`, `a-2`, `a-3`. */
export function uniqueNames(): (name: string) => string {
  const seen = new Map<string, number>();
  return (name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  };
}
