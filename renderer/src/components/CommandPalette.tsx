// The command palette: every desk command by name, filtered as the editor types. The ARIA combobox
// pattern: focus stays in the field, the arrows move the active option, Enter runs it, Escape closes
// and hands the focus back to where it was.

import { useId, useState, type KeyboardEvent } from 'react';
import { COMMANDS, commandMatches, type CommandActions, type CommandSpec } from '../commands';
import { shortcutLabel } from '../editor/keys';
import { Modal } from './Modal';

export interface CommandPaletteProps {
  actions: CommandActions;
  /** Closes the palette; with a command, runs it once the focus is back where it was. */
  onClose: (run?: keyof CommandActions) => void;
}

/** The keys shown beside a command: the first that works outside the list and the body. */
function keysOf(spec: CommandSpec): string {
  const binding = spec.keys.find((k) => k.scope === 'anywhere' || k.scope === 'outside-text');
  return binding ? shortcutLabel(binding) : '';
}

export function CommandPalette({ actions, onClose }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  // Commands that cannot apply (no story open) are shown disabled, so the list is always the same.
  const shown = (COMMANDS as readonly CommandSpec[]).filter(
    (spec) => spec.id !== 'palette' && !spec.sheetOnly && commandMatches(spec, query),
  );
  const at = Math.min(active, shown.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;
  const actionOf = (spec: CommandSpec) => actions[spec.id as keyof CommandActions];
  const run = (spec: CommandSpec | undefined) => {
    if (spec && actionOf(spec)) onClose(spec.id as keyof CommandActions);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = shown.length;
    const to: Record<string, number> = {
      ArrowDown: (at + 1) % Math.max(n, 1),
      ArrowUp: (at - 1 + n) % Math.max(n, 1),
      PageDown: Math.min(n - 1, at + 8),
      PageUp: Math.max(0, at - 8),
    };
    const next = to[e.key];
    if (next !== undefined) {
      e.preventDefault();
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(shown[at]);
    }
  };

  return (
    <Modal title="Commands" onClose={() => onClose()} className="palette">
      <input
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={at >= 0 ? optionId(at) : undefined}
        placeholder="Type a command"
        autoFocus
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {shown.map((spec, i) => {
          const enabled = actionOf(spec) !== null;
          const keys = keysOf(spec);
          return (
            // Options are picked with the mouse too; the keyboard's way is the field's arrows.
            <li
              key={spec.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === at}
              aria-disabled={!enabled || undefined}
              className="palette-option"
              onMouseMove={() => setActive(i)}
              onClick={() => run(spec)}
            >
              <span className="palette-title">{spec.title}</span>
              <span className="palette-group">{spec.group}</span>
              {keys && <kbd>{keys}</kbd>}
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && (
        <p className="muted" role="status">
          No command matches “{query}”.
        </p>
      )}
    </Modal>
  );
}
