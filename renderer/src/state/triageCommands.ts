// What the triage commands do now (title, whether they apply, the function): the list's buttons run
// them, and App gives them to the command list (commands.ts), whose keys and palette they share.

import type { OpenedDocument } from '../../../shared/document';
import { mergeStories, selectStory, type ReviewAction } from '../../../shared/edits';
import type { HouseStyle } from '../../../shared/house-style';
import { COMMANDS } from '../commands';
import { ariaShortcuts } from '../editor/keys';
import { storyWithProblems } from '../triage';
import { mergeLabel } from './actionLabels';
import type { OpenDocument } from './useDocument';
import type { Triage } from './useTriage';

export const TRIAGE_COMMAND_IDS = [
  'search-stories',
  'next-problem',
  'previous-problem',
  'toggle-problems-filter',
  'clear-story-filters',
  'select-all-stories',
  'clear-story-selection',
  'approve-selected',
  'spike-selected',
  'mark-selected-reviewed',
  'merge-selected',
  'export-selected',
] as const;
export type TriageCommandId = (typeof TRIAGE_COMMAND_IDS)[number];

export interface DeskCommand {
  id: TriageCommandId;
  /** As a menu or palette would show it. */
  title: string;
  /** In aria-keyshortcuts form (`F8`, `Control+Shift+F`), from the command list. */
  keys?: string;
  /** Where the keys work, when not anywhere in the window: in the stories list. */
  keysIn?: 'list';
  /** Whether it would do anything now. */
  enabled: boolean;
  run: () => void;
}

export type TriageCommands = Record<TriageCommandId, DeskCommand>;

/** A command's keys (the list's own included) as aria-keyshortcuts, from the one command list. */
const keysOf = (id: TriageCommandId): string | undefined => {
  const keys = COMMANDS.find((c) => c.id === id)?.keys ?? [];
  return ariaShortcuts(keys) || undefined;
};

export interface TriageDesk {
  doc: OpenedDocument | null;
  /** The story on screen. */
  currentId: string | null;
  triage: Triage;
  apply: OpenDocument['apply'];
  houseStyle: HouseStyle;
  reviewMany: (storyIds: readonly string[], action: ReviewAction) => void;
  /** Opens the Export… dialog, which takes the selected stories when there are several. */
  exportSelected: () => void;
  /** Puts the focus in the list's search field. */
  focusSearch: () => void;
  /** Says something in the status bar (nothing to go to). */
  say: (message: string) => void;
}

/** The commands as they stand now: made again each render, as what they apply to changes. */
export function triageCommands(desk: TriageDesk): TriageCommands {
  const { doc, currentId, triage, apply, houseStyle, reviewMany, exportSelected } = desk;
  const { focusSearch, say } = desk;
  const { selection, visible, filter, filtered } = triage;
  const n = selection.length;
  const some = (count: number) => (count === 1 ? 'story' : `${count} stories`);
  const toProblem = (direction: 1 | -1) => () => {
    const story = storyWithProblems(visible, currentId, direction, houseStyle);
    if (story) apply((d) => selectStory(d, story.id), { key: 'selection' });
    else say(filtered ? 'No story shown has problems.' : 'No story has problems.');
  };
  const list: DeskCommand[] = [
    {
      id: 'search-stories',
      title: 'Search stories',
      keys: keysOf('search-stories'),
      enabled: doc !== null,
      run: focusSearch,
    },
    {
      id: 'next-problem',
      title: 'Next story with problems',
      keys: keysOf('next-problem'),
      enabled: visible.length > 0,
      run: toProblem(1),
    },
    {
      id: 'previous-problem',
      title: 'Previous story with problems',
      keys: keysOf('previous-problem'),
      enabled: visible.length > 0,
      run: toProblem(-1),
    },
    {
      id: 'toggle-problems-filter',
      title: filter.problems
        ? 'Show stories with or without problems'
        : 'Show only stories with problems',
      enabled: doc !== null,
      run: () => triage.setFilter({ problems: !filter.problems }),
    },
    {
      id: 'clear-story-filters',
      title: 'Show every story (clear search and filters)',
      enabled: filtered || filter.query !== '',
      run: () => triage.setFilter({ query: '', status: 'all', problems: false }),
    },
    {
      id: 'select-all-stories',
      title: 'Select every story shown',
      keys: keysOf('select-all-stories'),
      keysIn: 'list',
      enabled: visible.length > 1,
      run: triage.pickAll,
    },
    {
      id: 'clear-story-selection',
      title: 'Select only the story on screen',
      keys: keysOf('clear-story-selection'),
      keysIn: 'list',
      enabled: n > 1,
      run: () => void triage.clearPicked(),
    },
    {
      id: 'approve-selected',
      title: n > 1 ? `Approve ${n} selected stories` : 'Approve the selected story',
      keys: 'A',
      keysIn: 'list',
      enabled: n > 0,
      run: () => reviewMany(selection, 'approve'),
    },
    {
      id: 'spike-selected',
      title: n > 1 ? `Spike ${n} selected stories` : 'Spike the selected story',
      keys: 'S',
      keysIn: 'list',
      enabled: n > 0,
      run: () => reviewMany(selection, 'spike'),
    },
    {
      id: 'mark-selected-reviewed',
      title: n > 1 ? `Mark ${n} selected stories reviewed` : 'Mark the selected story reviewed',
      keys: 'R',
      keysIn: 'list',
      enabled: n > 0,
      run: () => reviewMany(selection, 'reviewed'),
    },
    {
      id: 'merge-selected',
      title: `Merge the ${some(n)} selected into the first`,
      enabled: n > 1,
      run: () => {
        const [first] = selection;
        if (n < 2 || first === undefined) return;
        apply((d) => mergeStories(d, selection), { undoable: true, label: mergeLabel(first) });
      },
    },
    {
      id: 'export-selected',
      title: n > 1 ? `Export the ${n} selected stories…` : 'Export…',
      enabled: doc !== null,
      run: exportSelected,
    },
  ];
  return Object.fromEntries(list.map((c) => [c.id, c])) as TriageCommands;
}
