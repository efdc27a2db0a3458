// Above the stories list: a search of every story's copy, the status and problems filters with how
// many stories they let through, the way to the next story with problems, and, once several
// stories are selected, what can be done to them all at once.

import { useEffect, useRef, type ReactNode } from 'react';
import type { DeskCommand, TriageCommands } from '../state/triageCommands';
import type { Triage } from '../state/useTriage';
import { STATUS_FILTERS, type StatusFilter } from '../triage';
import { count } from '../../../shared/wording';

export interface StoryFiltersProps {
  triage: Triage;
  total: number;
  commands: TriageCommands;
  /** From the search field on to the list (Enter, Down), on the first story shown. */
  onToList: () => void;
}

/** Sent on the window to put the focus in the search field (Ctrl/Cmd+Shift+F, a palette). */
export const SEARCH_EVENT = 'copydesk:search-stories';

export function StoryFilters({ triage, total, commands, onToList }: StoryFiltersProps) {
  const { filter, setFilter } = triage;
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const take = () => {
      search.current?.focus();
      search.current?.select();
    };
    // A hidden stories panel shows on the next frame: the field takes the focus then.
    const focus = () => {
      take();
      if (document.activeElement !== search.current) requestAnimationFrame(take);
    };
    window.addEventListener(SEARCH_EVENT, focus);
    return () => window.removeEventListener(SEARCH_EVENT, focus);
  }, []);
  const shown = triage.visible.length;
  return (
    <div className="story-filters">
      <input
        ref={search}
        type="search"
        aria-label="Search stories"
        aria-keyshortcuts={commands['search-stories'].keys}
        placeholder="Search every story"
        spellCheck={false}
        value={filter.query}
        onChange={(e) => setFilter({ query: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'ArrowDown') {
            e.preventDefault();
            triage.pickShown();
            onToList();
          } else if (e.key === 'Escape' && filter.query !== '') {
            // Chromium clears a search field on Escape by itself; this says so for every browser.
            e.preventDefault();
            setFilter({ query: '' });
          }
        }}
      />
      <div className="story-filters-row">
        <select
          aria-label="Status"
          value={filter.status}
          onChange={(e) => setFilter({ status: e.currentTarget.value as StatusFilter })}
        >
          {STATUS_FILTERS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.problems}
            onChange={(e) => setFilter({ problems: e.currentTarget.checked })}
          />
          With problems
        </label>
        <CommandButton command={commands['next-problem']} className="quiet">
          Next problem
        </CommandButton>
      </div>
      <p className="muted match-count" role="status">
        {triage.stale
          ? 'Searching…'
          : triage.filtered
            ? `${shown.toLocaleString('en')} of ${count(total, 'story', 'stories')}`
            : ''}
      </p>
    </div>
  );
}

export interface SelectionBarProps {
  selected: number;
  commands: TriageCommands;
}

/** With more than one story selected: approve, spike, merge and export them, each one step. */
export function SelectionBar({ selected, commands }: SelectionBarProps) {
  if (selected < 2) return null;
  return (
    <div className="selection-bar" role="group" aria-label={`${selected} stories selected`}>
      <span className="muted" aria-hidden="true">
        {selected} selected
      </span>
      <CommandButton command={commands['approve-selected']}>Approve {selected}</CommandButton>
      <CommandButton command={commands['spike-selected']}>Spike {selected}</CommandButton>
      <CommandButton command={commands['merge-selected']}>Merge {selected}</CommandButton>
      <CommandButton command={commands['export-selected']}>Export {selected}…</CommandButton>
    </div>
  );
}

function CommandButton({
  command,
  className,
  children,
}: {
  command: DeskCommand;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      title={command.keys ? `${command.title} (${command.keys})` : command.title}
      // Keys that work only in the list are not this button's.
      aria-keyshortcuts={command.keysIn === 'list' ? undefined : command.keys}
      disabled={!command.enabled}
      onClick={command.run}
    >
      {children}
    </button>
  );
}
