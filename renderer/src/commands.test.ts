import { describe, expect, it } from 'vitest';
import { commandForKey, commandMatches, COMMANDS, type CommandSpec } from './commands';
import { ariaShortcut, matchesShortcut, shortcutLabel } from './editor/keys';

const key = (
  k: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
});
const outside = { inText: false, inBody: false };
const inField = { inText: true, inBody: false };
const inBody = { inText: true, inBody: true };
const spec = (id: string) => (COMMANDS as readonly CommandSpec[]).find((c) => c.id === id)!;

describe('the command list', () => {
  it('names each command once and gives no two commands the same desk keys', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const chords = COMMANDS.flatMap((c) =>
      (c as CommandSpec).keys
        .filter((k) => k.byDesk)
        .map((k) => `${k.mod}${k.ctrl}${k.shift}${k.alt}${k.key.toLowerCase()}`),
    );
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('runs the review keys from a text field and the body, on either platform', () => {
    expect(commandForKey(key('Enter', { ctrl: true }), inBody, false)).toBe('approve-next');
    expect(commandForKey(key('Enter', { meta: true }), inBody, true)).toBe('approve-next');
    expect(commandForKey(key('A', { ctrl: true, shift: true }), inField, false)).toBe('approve');
    expect(commandForKey(key('S', { meta: true, shift: true }), inField, true)).toBe('spike');
    expect(commandForKey(key('R', { ctrl: true, shift: true }), inBody, false)).toBe('reviewed');
    // Ctrl is not the command key on a Mac.
    expect(commandForKey(key('Enter', { ctrl: true }), inBody, true)).toBeNull();
    expect(commandForKey(key('F8'), inBody, false)).toBe('next-problem');
    expect(commandForKey(key('F8', { shift: true }), inBody, false)).toBe('previous-problem');
  });

  it('leaves ? to a text field, and Ctrl/Cmd+K to the body, which makes a link', () => {
    expect(commandForKey(key('?', { shift: true }), outside, false)).toBe('shortcuts');
    expect(commandForKey(key('?', { shift: true }), inField, false)).toBeNull();
    expect(commandForKey(key('k', { ctrl: true }), inField, false)).toBe('palette');
    expect(commandForKey(key('k', { ctrl: true }), inBody, false)).toBeNull();
    expect(commandForKey(key('P', { ctrl: true, shift: true }), inBody, false)).toBe('palette');
  });

  it('leaves the keys others own alone: the list letters, undo, find, paste', () => {
    expect(commandForKey(key('a'), outside, false)).toBeNull();
    expect(commandForKey(key('z', { ctrl: true }), outside, false)).toBeNull();
    expect(commandForKey(key('f', { ctrl: true }), outside, false)).toBeNull();
    expect(commandForKey(key('v', { ctrl: true }), outside, false)).toBeNull();
    expect(commandForKey(key('x'), outside, false)).toBeNull();
  });

  it('finds commands by the start of each word typed, in title, group or other names', () => {
    expect(commandMatches(spec('approve-next'), 'ap ne')).toBe(true);
    expect(commandMatches(spec('approve-next'), 'next ap')).toBe(true);
    expect(commandMatches(spec('approve-next'), 'prove')).toBe(false);
    expect(commandMatches(spec('merge'), 'join')).toBe(true);
    expect(commandMatches(spec('theme-dark'), 'theme dark')).toBe(true);
    expect(commandMatches(spec('theme-dark'), 'theme light')).toBe(false);
    expect(commandMatches(spec('export'), '')).toBe(true);
  });
});

describe('shortcuts', () => {
  it('are written for the platform and for assistive technology', () => {
    const palette = { key: 'p', mod: true, shift: true };
    expect(shortcutLabel(palette, false)).toBe('Ctrl+Shift+P');
    expect(shortcutLabel(palette, true)).toBe('⇧⌘P');
    expect(ariaShortcut(palette, false)).toBe('Control+Shift+P');
    expect(ariaShortcut(palette, true)).toBe('Meta+Shift+P');
    expect(shortcutLabel({ key: 'Enter', mod: true }, true)).toBe('⌘↩');
    expect(shortcutLabel({ key: 'y', ctrl: true }, true)).toBe('⌃Y');
    expect(shortcutLabel({ key: '?' }, false)).toBe('?');
  });

  it('match exactly the modifiers asked for', () => {
    const approve = { key: 'Enter', mod: true };
    expect(matchesShortcut(key('Enter', { ctrl: true }), approve, false)).toBe(true);
    expect(matchesShortcut(key('Enter', { ctrl: true, shift: true }), approve, false)).toBe(false);
    expect(matchesShortcut(key('Enter', { ctrl: true, alt: true }), approve, false)).toBe(false);
    expect(matchesShortcut(key('Enter', { ctrl: true, meta: true }), approve, false)).toBe(false);
    expect(matchesShortcut(key('Enter'), approve, false)).toBe(false);
  });
});
