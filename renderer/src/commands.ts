// Every command of the desk, once: its name, its group and its keys. The command palette lists them,
// the shortcut sheet prints them, and the desk's key handler (useShortcuts) runs the ones whose keys
// work anywhere on the desk. Adding a command is one entry here and its action in App.

import { matchesShortcut, type Shortcut } from './editor/keys';

export const COMMAND_GROUPS = ['Review', 'Story', 'Edit', 'Body', 'File', 'View', 'Help'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/**
 * Where a command's keys work: `anywhere` on the desk, text fields included; `outside-text`, where
 * the key would otherwise type itself; `list`: the stories list; `story`: the story's fields;
 * `body`: the body editor.
 */
export type KeyScope = 'anywhere' | 'outside-text' | 'list' | 'story' | 'body';

export interface KeyBinding extends Shortcut {
  scope: KeyScope;
  /**
   * The desk's key handler (useShortcuts) runs the command on these keys. Without it, whoever
   * owns the keys handles them (the list, the body, the find bar, a field's own undo).
   */
  byDesk?: true;
}

export interface CommandSpec {
  id: string;
  title: string;
  group: CommandGroup;
  keys: readonly KeyBinding[];
  /** Other words the palette finds it by. */
  aliases?: string;
  /** Keys of the body editor's own, listed on the shortcut sheet but not run from the palette. */
  sheetOnly?: true;
}

const desk = (
  key: string,
  mods: Omit<Shortcut, 'key'> = {},
  scope: KeyScope = 'anywhere',
): KeyBinding => ({ key, ...mods, scope, byDesk: true });
const mod = { mod: true } as const;
const modShift = { mod: true, shift: true } as const;

export const COMMANDS = [
  // Review: the same keys from the copy as from the list, so an editor never has to leave the text.
  {
    id: 'approve',
    title: 'Approve',
    group: 'Review',
    keys: [desk('a', modShift), { key: 'a', scope: 'list' }],
  },
  {
    id: 'approve-next',
    title: 'Approve and next',
    group: 'Review',
    keys: [desk('Enter', mod)],
  },
  {
    id: 'spike',
    title: 'Spike or unspike',
    group: 'Review',
    keys: [desk('s', modShift), { key: 's', scope: 'list' }],
    aliases: 'kill drop',
  },
  {
    id: 'reviewed',
    title: 'Mark reviewed',
    group: 'Review',
    keys: [desk('r', modShift), { key: 'r', scope: 'list' }],
  },
  {
    id: 'next-problem',
    title: 'Next story with problems',
    group: 'Review',
    keys: [desk('F8')],
    aliases: 'warning flag triage',
  },
  {
    id: 'previous-problem',
    title: 'Previous story with problems',
    group: 'Review',
    keys: [desk('F8', { shift: true })],
    aliases: 'warning flag triage',
  },
  // Triage: the stories list's search, filters and selection (state/triageCommands.ts runs them).
  {
    id: 'search-stories',
    title: 'Search stories',
    group: 'Review',
    keys: [desk('f', modShift)],
    aliases: 'filter find triage',
  },
  {
    id: 'toggle-problems-filter',
    title: 'Show only stories with problems, or all',
    group: 'Review',
    keys: [],
    aliases: 'filter warning flag triage',
  },
  {
    id: 'clear-story-filters',
    title: 'Show every story (clear search and filters)',
    group: 'Review',
    keys: [],
    aliases: 'filter triage',
  },
  {
    id: 'select-all-stories',
    title: 'Select every story shown',
    group: 'Review',
    keys: [{ key: 'a', mod: true, scope: 'list' }],
  },
  {
    id: 'clear-story-selection',
    title: 'Select only the story on screen',
    group: 'Review',
    keys: [{ key: 'Escape', scope: 'list' }],
  },
  { id: 'approve-selected', title: 'Approve the selected stories', group: 'Review', keys: [] },
  { id: 'spike-selected', title: 'Spike the selected stories', group: 'Review', keys: [] },
  {
    id: 'mark-selected-reviewed',
    title: 'Mark the selected stories reviewed',
    group: 'Review',
    keys: [],
  },
  {
    id: 'merge-selected',
    title: 'Merge the selected stories into the first',
    group: 'Story',
    keys: [],
    aliases: 'join',
  },
  {
    id: 'export-selected',
    title: 'Export the selected stories…',
    group: 'File',
    keys: [],
  },
  // Story: structure and moving about.
  {
    id: 'to-list',
    title: 'Back to the stories list',
    group: 'Story',
    keys: [{ key: 'Escape', scope: 'story' }],
  },
  {
    id: 'to-headline',
    title: 'Edit the story (to its headline)',
    group: 'Story',
    keys: [{ key: 'Enter', scope: 'list' }],
  },
  { id: 'merge', title: 'Merge with next story', group: 'Story', keys: [], aliases: 'join' },
  {
    id: 'split',
    title: 'Split the story at the cursor',
    group: 'Story',
    keys: [],
    aliases: 'break',
  },
  { id: 'move-up', title: 'Move story up', group: 'Story', keys: [] },
  { id: 'move-down', title: 'Move story down', group: 'Story', keys: [] },
  {
    id: 'resplit',
    title: 'Split the document again…',
    group: 'Story',
    keys: [],
    aliases: 're-split resplit',
  },
  // Edit.
  {
    id: 'undo',
    title: 'Undo',
    group: 'Edit',
    keys: [{ key: 'z', mod: true, scope: 'anywhere' }],
  },
  {
    id: 'redo',
    title: 'Redo',
    group: 'Edit',
    keys: [
      { key: 'z', mod: true, shift: true, scope: 'anywhere' },
      { key: 'y', ctrl: true, scope: 'anywhere' },
    ],
  },
  {
    id: 'find',
    title: 'Find and replace in the story',
    group: 'Edit',
    keys: [{ key: 'f', mod: true, scope: 'anywhere' }],
    aliases: 'search',
  },
  {
    id: 'copy-story',
    title: 'Copy story',
    group: 'Edit',
    keys: [desk('c', modShift)],
    aliases: 'clipboard',
  },
  {
    id: 'paste-document',
    title: 'Paste as new document',
    group: 'Edit',
    keys: [{ key: 'v', mod: true, scope: 'outside-text' }],
    aliases: 'clipboard import',
  },
  { id: 'house-style', title: 'House style…', group: 'Edit', keys: [], aliases: 'settings' },
  // Body: the editor's own keys.
  {
    id: 'bold',
    title: 'Bold',
    group: 'Body',
    keys: [{ key: 'b', mod: true, scope: 'body' }],
    sheetOnly: true,
  },
  {
    id: 'italic',
    title: 'Italic',
    group: 'Body',
    keys: [{ key: 'i', mod: true, scope: 'body' }],
    sheetOnly: true,
  },
  {
    id: 'link',
    title: 'Link',
    group: 'Body',
    keys: [{ key: 'k', mod: true, scope: 'body' }],
    sheetOnly: true,
  },
  // File.
  {
    id: 'open',
    title: 'Open files…',
    group: 'File',
    keys: [desk('o', mod)],
    aliases: 'import',
  },
  { id: 'export', title: 'Export…', group: 'File', keys: [desk('e', mod)], aliases: 'save write' },
  // View.
  { id: 'show-removed', title: 'Show removed lines', group: 'View', keys: [] },
  { id: 'show-source', title: 'Show source', group: 'View', keys: [] },
  { id: 'toggle-sidebar', title: 'Show or hide the stories panel', group: 'View', keys: [] },
  { id: 'toggle-inspector', title: 'Show or hide the inspector', group: 'View', keys: [] },
  {
    id: 'theme-system',
    title: 'Theme: match system',
    group: 'View',
    keys: [],
    aliases: 'colour color appearance',
  },
  {
    id: 'theme-light',
    title: 'Theme: light',
    group: 'View',
    keys: [],
    aliases: 'colour color appearance',
  },
  {
    id: 'theme-dark',
    title: 'Theme: dark',
    group: 'View',
    keys: [],
    aliases: 'colour color appearance night',
  },
  // Help.
  {
    id: 'palette',
    title: 'Command palette',
    group: 'Help',
    // Ctrl/Cmd+K in the body adds a link: Ctrl/Cmd+Shift+P opens the palette from there.
    keys: [desk('k', mod), desk('p', modShift)],
  },
  {
    id: 'shortcuts',
    title: 'Keyboard shortcuts',
    group: 'Help',
    keys: [desk('?', {}, 'outside-text'), desk('/', mod)],
    aliases: 'help keys',
  },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

type PaletteCommand = Exclude<(typeof COMMANDS)[number], { sheetOnly: true }>;

/** What running a command does now; null when it does not apply (shown disabled). */
export type CommandActions = Record<PaletteCommand['id'], (() => void) | null>;

const SCOPE_NOTES: Record<KeyScope, string | null> = {
  anywhere: null,
  'outside-text': 'outside text fields',
  list: 'in the stories list',
  story: 'in the story',
  body: 'in the body',
};

export function scopeNote(scope: KeyScope): string | null {
  return SCOPE_NOTES[scope];
}

/**
 * Whether the palette shows a command for this query: every word of the query starts a word of
 * its title, group or other names (`ap n` finds Approve and next).
 */
export function commandMatches(spec: CommandSpec, query: string): boolean {
  const words = `${spec.title} ${spec.group} ${spec.aliases ?? ''}`.toLowerCase().split(/[\s:…]+/);
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((q) => q !== '')
    .every((q) => words.some((w) => w.startsWith(q)));
}

/** What a key event at this target asks for: the command whose desk keys it is, or null. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  target: { inText: boolean; inBody: boolean },
  apple?: boolean,
): CommandId | null {
  for (const spec of COMMANDS) {
    for (const binding of spec.keys as readonly KeyBinding[]) {
      if (!binding.byDesk) continue;
      if (binding.scope === 'outside-text' && target.inText) continue;
      if (!matchesShortcut(event, binding, apple)) continue;
      // In the body, Ctrl/Cmd+K is the editor's Link.
      if (spec.id === 'palette' && binding.key === 'k' && target.inBody) continue;
      return spec.id;
    }
  }
  return null;
}

/** The keys the desk runs a command on, anywhere (for a button's aria-keyshortcuts and title). */
export function commandKeys(id: CommandId): KeyBinding[] {
  const spec = (COMMANDS as readonly CommandSpec[]).find((c) => c.id === id);
  return (spec?.keys ?? []).filter((k) => k.byDesk);
}
