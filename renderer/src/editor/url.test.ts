import { describe, expect, it } from 'vitest';
import { isSafeHref, toHref } from './url';

describe('isSafeHref', () => {
  it.each(['https://example.com/a?b=c', 'http://example.com', 'mailto:desk@example.com'])(
    'accepts %s',
    (url) => expect(isSafeHref(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'about:blank',
    'ftp://example.com',
    'tel:+441234',
    '/relative/path',
    'example.com',
    'https://',
    'mailto:',
    '',
  ])('refuses %s', (url) => expect(isSafeHref(url)).toBe(false));
});

describe('toHref', () => {
  it('adds https to a bare host and mailto to a bare address', () => {
    expect(toHref(' example.com/story ')).toBe('https://example.com/story');
    expect(toHref('desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('keeps a safe URL as typed and refuses anything else', () => {
    expect(toHref('http://example.com')).toBe('http://example.com');
    expect(toHref('javascript:alert(1)')).toBeNull();
    expect(toHref('   ')).toBeNull();
  });
});
