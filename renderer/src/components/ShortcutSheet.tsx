// The keyboard shortcuts, grouped as the palette groups them and written for this platform (Cmd on
// macOS, Ctrl elsewhere): printed from the same command list the desk's keys and the palette use.

import {
  COMMAND_GROUPS,
  COMMANDS,
  scopeNote,
  type CommandSpec,
  type KeyBinding,
} from '../commands';
import { shortcutLabel } from '../editor/keys';
import { Modal } from './Modal';

export interface ShortcutSheetProps {
  onClose: () => void;
  apple?: boolean;
}

/** The commands that have keys, by group, in the registry's order. */
export function shortcutGroups(): { group: string; commands: CommandSpec[] }[] {
  return COMMAND_GROUPS.map((group) => ({
    group,
    commands: (COMMANDS as readonly CommandSpec[]).filter(
      (c) => c.group === group && c.keys.length > 0,
    ),
  })).filter((g) => g.commands.length > 0);
}

export function ShortcutSheet({ onClose, apple }: ShortcutSheetProps) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} className="shortcut-sheet">
      <div className="shortcut-groups">
        {shortcutGroups().map(({ group, commands }) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`}>{group}</h3>
            <dl>
              {commands.map((c) => (
                <div key={c.id} className="shortcut">
                  <dt>{c.title}</dt>
                  <dd>
                    {(c.keys as readonly KeyBinding[]).map((k, i) => {
                      const note = scopeNote(k.scope);
                      return (
                        <span key={i} className="shortcut-keys">
                          {i > 0 && <span className="muted"> or </span>}
                          <kbd>{shortcutLabel(k, apple)}</kbd>
                          {note && <span className="muted"> {note}</span>}
                        </span>
                      );
                    })}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
