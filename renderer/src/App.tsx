// Copydesk's window: documents and stories on the left, the story in the centre, what the cleaner
// removed and the source on the right. Files come in by drop, the Open button, the menu or the OS.

import { clipboardFile, pasteIsForField } from './state/paste';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { THEMES, type AppEvent, type ImportFilesResult, type Theme } from '../../shared/api';
import type { DocumentSummary, LibraryListing } from '../../shared/document';
import { restoreRemoved, selectStory } from '../../shared/edits';
import { commandKeys, type CommandActions } from './commands';
import { ActionStatus } from './components/ActionStatus';
import { CommandPalette } from './components/CommandPalette';
import { ConfirmDialog } from './components/ConfirmDialog';
import { DocumentsPanel } from './components/DocumentsPanel';
import { DropOverlay, useFileDrop } from './components/DropOverlay';
import { ExportDialog } from './components/ExportDialog';
import { HouseStyleDialog } from './components/HouseStyleDialog';
import { ImportBar } from './components/ImportBar';
import { ImportSummary } from './components/ImportSummary';
import { PreferencesDialog } from './components/PreferencesDialog';
import { TrashDialog } from './components/TrashDialog';
import { VersionsDialog } from './components/VersionsDialog';
import { RemovedPanel } from './components/RemovedPanel';
import { SourceView } from './components/SourceView';
import { Splitter } from './components/Splitter';
import { ShortcutSheet } from './components/ShortcutSheet';
import { StoryList } from './components/StoryList';
import { SEARCH_EVENT, SelectionBar, StoryFilters } from './components/StoryTriage';
import { structureEdits, StoryView, type BodyCursor } from './components/StoryView';
import { copyStory } from './clipboard';
import { ariaShortcuts } from './editor/keys';
import { FIND_EVENT } from './editor/plugins/FindReplacePlugin';
import { HISTORY_EVENT } from './editor/plugins/MenuHistoryPlugin';
import { restoreLinesLabel } from './state/actionLabels';
import { call } from './state/api';
import { startEvents, useAppEvent } from './state/events';
import { useDocument } from './state/useDocument';
import { useImport } from './state/useImport';
import { useReview } from './state/useReview';
import { useSettings } from './state/useSettings';
import { TRIAGE_COMMAND_IDS, triageCommands, type TriageCommandId } from './state/triageCommands';
import { useTriage } from './state/useTriage';
import { isTextField, useShortcuts } from './state/useShortcuts';
import { count } from '../../shared/wording';

type Side = 'removed' | 'source';

export function App() {
  const [listing, setListing] = useState<LibraryListing>({ documents: [], problems: [] });
  const [openId, setOpenId] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportFilesResult | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [side, setSide] = useState<Side>('removed');
  const [editingStyle, setEditingStyle] = useState(false);
  const [showing, setShowing] = useState<'trash' | 'versions' | 'preferences' | null>(null);
  const [exporting, setExporting] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'resplit' | 'remove' | null>(null);
  const [removing, setRemoving] = useState<DocumentSummary[] | null>(null);
  // The command palette or the shortcut sheet, over the desk.
  const [overlay, setOverlay] = useState<'palette' | 'shortcuts' | null>(null);
  // Where the caret last was in a body, for Split from the story bar or the palette.
  const cursorRef = useRef<BodyCursor>(null);
  const [panels, setPanels] = usePanels();
  const { settings, load: loadSettings, update: updateSettings } = useSettings(setNotice);
  const open = useDocument(openId);
  const { doc, apply, undo: undoDocument, redo: redoDocument } = open;
  const headlineRef = useRef<HTMLTextAreaElement>(null);
  const storyListRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    const next = await call('listDocuments', {});
    setListing(next);
    return next;
  }, []);

  // On start: the library, and the document that was open, as they were.
  const restored = useRef(false);
  useEffect(() => {
    Promise.all([call('listDocuments', {}), loadSettings()]).then(
      ([next, saved]) => {
        setListing(next);
        const wanted = saved.openDocumentId;
        if (wanted !== null && next.documents.some((d) => d.id === wanted)) {
          setOpenId((id) => id ?? wanted);
        }
        restored.current = true;
      },
      (err: Error) => setNotice(err.message),
    );
  }, [loadSettings]);
  // From then on, whichever document is open is the one a restart brings back.
  useEffect(() => {
    if (restored.current && openId !== settings.openDocumentId) {
      void updateSettings({ openDocumentId: openId });
    }
  }, [openId, settings.openDocumentId, updateSettings]);

  const showImport = useCallback(
    async (result: ImportFilesResult) => {
      // Open the first document at once; the library list catches up beside it.
      const first = result.documents[0];
      if (first) setOpenId(first.id);
      setSummary(result);
      await refresh();
    },
    [refresh],
  );

  const showQuietly = useCallback(
    async ({ documents, errors }: ImportFilesResult) => {
      await refresh();
      if (documents.length > 0)
        setFlash(`From the watched folder: ${documents.map((d) => d.name).join(', ')}.`);
      if (errors.length > 0) setNotice(errors.map((e) => `${e.name}: ${e.message}`).join(' '));
    },
    [refresh],
  );

  const {
    progress: importing,
    importFiles,
    cancel: cancelImport,
    started,
    ended,
    progressed,
  } = useImport(showImport, setNotice);
  const dragging = useFileDrop(importFiles);

  // Ctrl/Cmd+V on the desk, outside a text field: the clipboard becomes a new document.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (!event.clipboardData || pasteIsForField(event.target)) return;
      const file = clipboardFile(event.clipboardData);
      if (!file) return;
      event.preventDefault();
      void importFiles([file]);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [importFiles]);

  // A save changes the library's counts (stories after a merge, approved): show them.
  useEffect(() => {
    if (open.saveState === 'saved' && openId !== null) {
      call('listDocuments', {}).then(setListing, (err: Error) => setNotice(err.message));
    }
  }, [open.saveState, openId]);

  // Menu commands, imports from outside and quitting arrive as backend events.
  const { flush } = open;
  useAppEvent((event: AppEvent) => {
    if (event.type === 'import-started') started(event.importId, event.label);
    else if (event.type === 'import-progress') progressed(event.importId, event.done, event.total);
    else if (event.type === 'imported') {
      if (event.importId) ended(event.importId);
      // The watched folder's files arrive while the editor works: listed and named, not opened
      // over the story on screen (with nothing open, they open as a drop does).
      if (event.from === 'watched-folder' && openId !== null) void showQuietly(event.result);
      else void showImport(event.result);
    } else if (event.type === 'warning') setNotice(event.message);
    else if (event.type === 'quitting') {
      // Whatever autosave has not written yet, then the answer main waits for.
      void flush().finally(() => call('readyToQuit', {}).catch(() => {}));
    } else if (event.type === 'command') {
      const { command } = event;
      if (command === 'close-document') setOpenId(null);
      else if (command === 'preferences') setShowing('preferences');
      else if (command === 'export') setExporting(true);
      else if (command === 'undo' || command === 'redo') {
        menuHistory(command, command === 'undo' ? undoDocument : redoDocument);
      } else if (command === 'find' || command === 'replace') {
        window.dispatchEvent(new Event(FIND_EVENT));
      } else if (command === 'command-palette') setOverlay('palette');
      else if (command === 'shortcuts') setOverlay('shortcuts');
    }
  });

  useEffect(() => {
    if (flash === null) return;
    const timer = setTimeout(() => setFlash(null), 4000);
    return () => clearTimeout(timer);
  }, [flash]);

  const story = doc?.stories.find((s) => s.id === doc.selectedStoryId) ?? doc?.stories[0] ?? null;

  const {
    review: reviewStory,
    reviewMany,
    dialog: approveDialog,
  } = useReview(doc, apply, settings.houseStyle);

  const selectId = useCallback(
    (id: string) => apply((d) => selectStory(d, id), { key: 'selection' }),
    [apply],
  );
  const triage = useTriage(doc, story?.id ?? null, selectId, settings.houseStyle);
  const focusSearch = useCallback(() => {
    setPanels((p) => (p.sidebar ? p : { ...p, sidebar: true }));
    window.dispatchEvent(new Event(SEARCH_EVENT));
  }, [setPanels]);
  const commands = triageCommands({
    doc,
    currentId: story?.id ?? null,
    triage,
    apply,
    houseStyle: settings.houseStyle,
    reviewMany,
    exportSelected: () => setExporting(true),
    focusSearch,
    say: setFlash,
  });
  // Approve and next: the story approved (once the editor has said yes to its flags), then the
  // one after it selected, its headline ready to read.
  const approveAndNext = useCallback(() => {
    if (!doc || !story) return;
    // The next story the list shows: with a search or filter on, the next of those.
    const shown = triage.visible.includes(story) ? triage.visible : doc.stories;
    const next = shown[shown.indexOf(story) + 1];
    const approved = (doc.reviews[story.id] ?? 'new') === 'approved';
    const goOn = () => {
      if (next) apply((d) => selectStory(d, next.id), { key: 'selection' });
    };
    if (approved) goOn();
    else reviewStory(story.id, 'approve', goOn);
  }, [doc, story, apply, reviewStory, triage.visible]);

  // Back to the stories list from the copy, showing the panel first if it was hidden.
  const toStoryList = useCallback(() => {
    setPanels((p) => (p.sidebar ? p : { ...p, sidebar: true }));
    requestAnimationFrame(() => storyListRef.current?.focus());
  }, [setPanels]);

  const copyCurrentStory = useCallback(() => {
    if (!story) return;
    copyStory(story, settings.houseStyle).then(
      () => setFlash(`Copied “${story.headline || 'the story'}” as text and HTML.`),
      (err: Error) => setNotice(`Could not copy the story: ${err.message}`),
    );
  }, [story, settings.houseStyle]);

  // What each command of the palette, the shortcut sheet and the desk's keys does now; null where
  // it does not apply (no document open, the first story cannot move up).
  const current = doc && story ? { doc, story } : null;
  const structure = current ? structureEdits(current.doc, current.story, null) : null;
  const structural = (which: keyof NonNullable<typeof structure>) => {
    const edit = structure?.[which];
    return edit ? () => apply(edit.edit, { undoable: true, label: edit.label }) : null;
  };
  // Where the caret is, only known when asked: Split says so when it is not in this story's body.
  const split = () => {
    if (!current) return;
    const edit = structureEdits(current.doc, current.story, cursorRef.current).split;
    if (edit) apply(edit.edit, { undoable: true, label: edit.label });
    else setFlash('Put the cursor in the body where the story should split, then split.');
  };
  const showSide = (which: Side) => {
    setPanels((p) => (p.inspector ? p : { ...p, inspector: true }));
    setSide(which);
  };
  const theme = (to: Theme) =>
    settings.theme === to ? null : () => void updateSettings({ theme: to });
  const actions: CommandActions = {
    approve: current && (() => reviewStory(current.story.id, 'approve')),
    'approve-next': current && approveAndNext,
    spike: current && (() => reviewStory(current.story.id, 'spike')),
    reviewed: current && (() => reviewStory(current.story.id, 'reviewed')),
    'to-list': doc && toStoryList,
    'to-headline': current && (() => headlineRef.current?.focus()),
    merge: structural('merge'),
    split: current && split,
    'move-up': structural('move-up'),
    'move-down': structural('move-down'),
    resplit: doc && (() => setConfirming('resplit')),
    undo: () => menuHistory('undo', undoDocument),
    redo: () => menuHistory('redo', redoDocument),
    find: current && (() => window.dispatchEvent(new Event(FIND_EVENT))),
    'copy-story': current && copyCurrentStory,
    'paste-document': () =>
      void call('pasteAsDocument', {}).then(
        ({ pasted }) => {
          if (!pasted) {
            setNotice(
              'Copydesk cannot read the clipboard from here: press Ctrl+V (Cmd+V on a Mac) on the desk, outside a text field, to paste it as a new document.',
            );
          }
        },
        (err: Error) => setNotice(err.message),
      ),
    'house-style': () => setEditingStyle(true),
    open: () => fileInput.current?.click(),
    export: doc && (() => setExporting(true)),
    'show-removed': current && (() => showSide('removed')),
    'show-source': current && (() => showSide('source')),
    'toggle-sidebar': () => setPanels((p) => ({ ...p, sidebar: !p.sidebar })),
    'toggle-inspector': current && (() => setPanels((p) => ({ ...p, inspector: !p.inspector }))),
    'theme-system': theme('system'),
    'theme-light': theme('light'),
    'theme-dark': theme('dark'),
    palette: () => setOverlay('palette'),
    shortcuts: () => setOverlay('shortcuts'),
    // The list's search, filters and selection: F8 and the rest, as the list's buttons run them.
    ...(Object.fromEntries(
      TRIAGE_COMMAND_IDS.map((id) => [id, commands[id].enabled ? commands[id].run : null]),
    ) as Record<TriageCommandId, (() => void) | null>),
  };
  useShortcuts(actions);
  const latestActions = useRef(actions);
  useEffect(() => {
    latestActions.current = actions;
  });

  useAppEvent((event: AppEvent) => {
    if (event.type === 'command' && event.command === 'copy-story') copyCurrentStory();
  });

  // Undo and redo keys for document actions, on the window: an action often leaves the focus on
  // nothing (Merge with next goes disabled under it), and the keys must still reach the desk.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => historyShortcut(event, undoDocument, redoDocument);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undoDocument, redoDocument]);

  // Last of the app's effects: every listener above is in place, so the backend may send.
  useEffect(startEvents, []);

  return (
    <div
      className="desk"
      data-sidebar={panels.sidebar ? undefined : 'hidden'}
      data-inspector={doc && story && panels.inspector ? undefined : 'hidden'}
      style={
        {
          ...(panels.sidebarWidth ? { '--sidebar-width': `${panels.sidebarWidth}px` } : {}),
          ...(panels.inspectorWidth ? { '--inspector-width': `${panels.inspectorWidth}px` } : {}),
        } as CSSProperties
      }
    >
      <aside
        className="sidebar"
        id="sidebar"
        aria-label="Documents and stories"
        hidden={!panels.sidebar}
      >
        <Splitter
          label="Resize the stories panel"
          controls="sidebar"
          grows="right"
          width={panels.sidebarWidth}
          min={SIDEBAR_MIN}
          max={SIDEBAR_MAX}
          onResize={(sidebarWidth) => setPanels((p) => ({ ...p, sidebarWidth }))}
        />
        <div className="sidebar-actions">
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open files…
          </button>
          <button type="button" disabled={!doc} onClick={() => setExporting(true)}>
            Export…
          </button>
          <input
            ref={fileInput}
            className="visually-hidden"
            type="file"
            multiple
            aria-label="Choose files"
            // Open files… is the keyboard's way in: no second, invisible tab stop.
            tabIndex={-1}
            accept=".txt,.text,.md,.json,text/plain,application/json"
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = '';
              if (files.length > 0) void importFiles(files);
            }}
          />
        </div>
        <DocumentsPanel
          listing={listing}
          openId={openId}
          onOpen={setOpenId}
          onResplit={() => setConfirming('resplit')}
          onRemove={() => setConfirming('remove')}
          onRemoveSeveral={setRemoving}
          onVersions={() => setShowing('versions')}
          onTrash={() => setShowing('trash')}
        />
        {doc && (
          <StoryFilters
            triage={triage}
            total={doc.stories.length}
            commands={commands}
            onToList={() => storyListRef.current?.focus()}
          />
        )}
        {doc && <SelectionBar selected={triage.selection.length} commands={commands} />}
        {doc && (
          <StoryList
            ref={storyListRef}
            doc={doc}
            stories={triage.visible}
            selectedId={story?.id ?? null}
            selection={triage.selection}
            houseStyle={settings.houseStyle}
            onPick={triage.pick}
            onPickAll={triage.pickAll}
            onClearPicked={triage.clearPicked}
            onReview={(id, action) =>
              triage.selection.length > 1
                ? reviewMany(triage.selection, action)
                : reviewStory(id, action)
            }
            onOpen={() => headlineRef.current?.focus()}
          />
        )}
      </aside>

      <main className="centre">
        {importing && (
          <p role="status" className="busy">
            {importing.label} <ImportBar progress={importing} />
            <button type="button" disabled={importing.cancelling} onClick={cancelImport}>
              Cancel import
            </button>
          </p>
        )}
        {busy && (
          <p role="status" className="busy">
            {busy} <progress aria-label="Progress" />
          </p>
        )}
        {notice && (
          <p role="alert" className="notice error">
            {notice}{' '}
            <button type="button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </p>
        )}
        {open.loadError && (
          <p role="alert" className="notice error">
            {open.loadError}
          </p>
        )}
        {doc && story && (
          <StoryView
            doc={doc}
            story={story}
            apply={apply}
            onReview={reviewStory}
            headlineRef={headlineRef}
            houseStyle={settings.houseStyle}
            onEditHouseStyle={() => setEditingStyle(true)}
            onApproveNext={approveAndNext}
            onLeave={toStoryList}
            cursorRef={cursorRef}
          />
        )}
        {doc && !panels.sidebar && <h1 className="visually-hidden">{doc.name}</h1>}
        {!doc && !open.loadError && (
          <div className="empty">
            <h1>Copydesk</h1>
            <p>
              Drop raw copy anywhere on this window, or choose Open files…, to split it into
              stories.
            </p>
          </div>
        )}
      </main>

      {doc && story && panels.inspector && (
        <aside className="inspector" id="inspector" aria-label="Inspector">
          <Splitter
            label="Resize the inspector"
            controls="inspector"
            grows="left"
            width={panels.inspectorWidth}
            min={INSPECTOR_MIN}
            max={INSPECTOR_MAX}
            onResize={(inspectorWidth) => setPanels((p) => ({ ...p, inspectorWidth }))}
          />
          {/* Tabs as the ARIA pattern has them: one tab stop, arrows move between the tabs. */}
          <div role="tablist" aria-label="Inspector views" onKeyDown={(e) => tabKeys(e, setSide)}>
            <button
              type="button"
              role="tab"
              id="tab-removed"
              aria-controls="inspector-panel"
              aria-selected={side === 'removed'}
              tabIndex={side === 'removed' ? 0 : -1}
              onClick={() => setSide('removed')}
            >
              Removed ({story.removed.length})
            </button>
            <button
              type="button"
              role="tab"
              id="tab-source"
              aria-controls="inspector-panel"
              aria-selected={side === 'source'}
              tabIndex={side === 'source' ? 0 : -1}
              onClick={() => setSide('source')}
            >
              Source
            </button>
          </div>
          <div
            role="tabpanel"
            id="inspector-panel"
            className="inspector-panel"
            aria-labelledby={`tab-${side}`}
            // The source can scroll with nothing to focus in it: the panel takes the keys.
            tabIndex={0}
          >
            {side === 'removed' ? (
              <RemovedPanel
                key={story.id}
                story={story}
                onRestore={(lines, as) =>
                  apply(
                    (d) => lines.reduce((e, line) => restoreRemoved(e, story.id, line, as), d),
                    {
                      undoable: true,
                      label: restoreLinesLabel(lines, as),
                    },
                  )
                }
              />
            ) : (
              <SourceView doc={doc} story={story} apply={apply} />
            )}
          </div>
        </aside>
      )}

      {/* The desk's status bar: never over the copy. */}
      <footer className="status-bar">
        <p className="save-state" aria-live="polite">
          {doc ? saveLabel(open.saveState) : ''}
        </p>
        <ActionStatus last={open.lastAction} onUndo={open.undo} onRedo={open.redo} />
        {flash && (
          <p role="status" className="flash">
            {flash}
          </p>
        )}
        <label className="theme-switch">
          <span className="visually-hidden">Theme</span>
          <select
            value={settings.theme}
            title="Theme (also in the View menu)"
            onChange={(e) => void updateSettings({ theme: e.currentTarget.value as Theme })}
          >
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="quiet"
          aria-keyshortcuts={ariaShortcuts(commandKeys('palette'))}
          onClick={() => setOverlay('palette')}
        >
          Commands
        </button>
        <button
          type="button"
          className="quiet"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          aria-keyshortcuts={ariaShortcuts(commandKeys('shortcuts'))}
          onClick={() => setOverlay('shortcuts')}
        >
          <span aria-hidden="true">?</span>
        </button>
        <span className="panel-toggles">
          <button
            type="button"
            className="quiet panel-toggle"
            aria-label="Preferences…"
            title="Preferences…"
            onClick={() => setShowing('preferences')}
          >
            <span aria-hidden="true">⚙</span>
          </button>
          <PanelToggle
            name="stories panel"
            controls="sidebar"
            shown={panels.sidebar}
            glyph="◧"
            onToggle={() => setPanels((p) => ({ ...p, sidebar: !p.sidebar }))}
          />
          {doc && story && (
            <PanelToggle
              name="inspector"
              controls="inspector"
              shown={panels.inspector}
              glyph="◨"
              onToggle={() => setPanels((p) => ({ ...p, inspector: !p.inspector }))}
            />
          )}
        </span>
      </footer>

      {dragging && <DropOverlay />}
      {confirming === 'resplit' && doc && (
        <ConfirmDialog
          title="Split again"
          message={
            doc.updatedAt > doc.importedAt
              ? `Split "${doc.name}" again from the imported text? Every edit, merge, split and review in it is replaced (Undo brings them back while the document is open, and the current version is kept as a backup in the library).`
              : `Split "${doc.name}" again from the imported text?`
          }
          confirm="Split again"
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            // The split runs in the backend's split thread: a big document takes a few seconds.
            setBusy(`Splitting "${doc.name}" again…`);
            // What autosave has not written yet goes first: undo brings back that version.
            open
              .flush()
              .then(() => call('resplitDocument', { id: doc.id }))
              .then(
                (next) => {
                  const n = next.stories.length;
                  open.replace(next, `Split “${doc.name}” again: ${count(n, 'story', 'stories')}`);
                  void refresh();
                },
                (err: Error) => setNotice(err.message),
              )
              .finally(() => setBusy(null));
          }}
        />
      )}
      {approveDialog}
      {confirming === 'remove' && doc && (
        <ConfirmDialog
          title="Remove document"
          message={`Move "${doc.name}" to the library's trash? It is no longer listed, but its file is kept in the trash folder.`}
          confirm="Remove"
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            call('removeDocument', { id: doc.id }).then(
              () => {
                setOpenId(null);
                void refresh();
              },
              (err: Error) => setNotice(err.message),
            );
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title="Remove documents"
          message={`Move ${removing.length === 1 ? 'this document' : `these ${removing.length} documents`} to the library's trash? They are no longer listed, but their files are kept in the trash folder.`}
          details={removing.map((d) => d.name)}
          confirm={`Remove ${removing.length}`}
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            const gone = removing;
            setRemoving(null);
            void (async () => {
              for (const d of gone) {
                try {
                  await call('removeDocument', { id: d.id });
                  setOpenId((id) => (id === d.id ? null : id));
                } catch (err) {
                  setNotice(`Could not remove “${d.name}”: ${(err as Error).message}`);
                }
              }
              await refresh();
            })();
          }}
        />
      )}
      {showing === 'trash' && (
        <TrashDialog onClose={() => setShowing(null)} onChanged={() => void refresh()} />
      )}
      {showing === 'versions' && doc && (
        <VersionsDialog
          documentId={doc.id}
          name={doc.name}
          onClose={() => setShowing(null)}
          onRestore={(version) => {
            setShowing(null);
            setBusy(`Restoring the version of "${doc.name}" from ${version.when}…`);
            // What autosave has not written yet goes first: it becomes a version too.
            open
              .flush()
              .then(() => call('restoreVersion', { id: doc.id, versionId: version.id }))
              .then(
                (next) => {
                  open.replace(next, `Restored “${doc.name}” as it was on ${version.when}`);
                  void refresh();
                },
                (err: Error) => setNotice(err.message),
              )
              .finally(() => setBusy(null));
          }}
        />
      )}
      {showing === 'preferences' && (
        <PreferencesDialog
          settings={settings}
          onClose={() => setShowing(null)}
          onSaved={() => {
            setShowing(null);
            void loadSettings();
          }}
        />
      )}
      {exporting && doc && (
        <ExportDialog
          doc={doc}
          storyId={story?.id ?? null}
          // With several stories selected in the list, those are the stories to export.
          chosenIds={triage.selection.length > 1 ? triage.selection : undefined}
          initial={settings.exportChoices}
          flush={open.flush}
          onClose={() => {
            setExporting(false);
            // The backend remembered the choices: read them back for next time.
            void loadSettings();
          }}
        />
      )}
      {editingStyle && (
        <HouseStyleDialog
          houseStyle={settings.houseStyle}
          onClose={() => setEditingStyle(false)}
          onSave={(houseStyle) => {
            setEditingStyle(false);
            void updateSettings({ houseStyle });
          }}
        />
      )}
      {overlay === 'palette' && (
        <CommandPalette
          actions={actions}
          onClose={(run) => {
            setOverlay(null);
            // Once the palette has gone and the focus is back where it was (a field's undo).
            if (run) setTimeout(() => latestActions.current[run]?.(), 0);
          }}
        />
      )}
      {overlay === 'shortcuts' && <ShortcutSheet onClose={() => setOverlay(null)} />}
      {summary && (
        <ImportSummary
          result={summary}
          onAccept={() => setSummary(null)}
          // Focus would fall back to the page: on to the stories the summary was about.
          returnFocus={() => storyListRef.current}
        />
      )}
    </div>
  );
}

const THEME_LABELS: Record<Theme, string> = {
  system: 'Match system',
  light: 'Light',
  dark: 'Dark',
};

function saveLabel(state: ReturnType<typeof useDocument>['saveState']): string {
  if (state === 'saved') return 'All changes saved';
  if (state === 'saving') return 'Saving…';
  if (state === 'unsaved') return 'Saving soon…';
  return `Not saved: ${state.error}. Copydesk will try again.`;
}

/**
 * Edit > Undo or Redo from the menu: the body editor takes it when focused, a text field undoes
 * natively, anywhere else it takes back (or does again) the last document action.
 */
function menuHistory(command: 'undo' | 'redo', documentHistory: () => void): void {
  const request = new CustomEvent(HISTORY_EVENT, { detail: command, cancelable: true });
  if (!window.dispatchEvent(request)) return;
  const active = document.activeElement as HTMLElement | null;
  if (active && isTextField(active)) {
    document.execCommand(command);
  } else {
    documentHistory();
  }
}

/** Which history key this is: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
function historyKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Undo and redo keys outside text fields take back, or do again, the last document action
 * (merge, split, spike…); in a text field or the body they are the field's own.
 */
function historyShortcut(event: KeyboardEvent, undo: () => void, redo: () => void) {
  const which = historyKey(event);
  if (which === null || event.defaultPrevented) return;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target && isTextField(target)) return;
  // A dialog over the desk keeps its keys.
  if (target?.closest('dialog')) return;
  event.preventDefault();
  if (which === 'undo') undo();
  else redo();
}

const SIDEBAR_MIN = 200;
const SIDEBAR_MAX = 480;
const INSPECTOR_MIN = 200;
const INSPECTOR_MAX = 560;
const PANELS_KEY = 'copydesk.panels';

/**
 * Which side panels are shown, and the widths the editor dragged them to; until then the style
 * sheet's, which follow the window's width.
 */
interface Panels {
  sidebar: boolean;
  inspector: boolean;
  sidebarWidth?: number;
  inspectorWidth?: number;
}

const defaultPanels = (): Panels => ({ sidebar: true, inspector: true });

/** Which side panels are shown, and how wide: kept in this window's storage across restarts. */
function usePanels() {
  const [panels, setPanels] = useState<Panels>(() => {
    try {
      const kept = JSON.parse(localStorage.getItem(PANELS_KEY) ?? 'null') as Partial<Panels> | null;
      return { ...defaultPanels(), ...kept };
    } catch {
      return defaultPanels();
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(PANELS_KEY, JSON.stringify(panels));
    } catch {
      // No storage: the panels are as the editor left them until the window closes.
    }
  }, [panels]);
  return [panels, setPanels] as const;
}

function PanelToggle(props: {
  name: string;
  controls: string;
  shown: boolean;
  glyph: string;
  onToggle: () => void;
}) {
  const label = `${props.shown ? 'Hide' : 'Show'} the ${props.name}`;
  return (
    <button
      type="button"
      className="quiet panel-toggle"
      aria-label={label}
      title={label}
      aria-expanded={props.shown}
      aria-controls={props.controls}
      onClick={props.onToggle}
    >
      <span aria-hidden="true">{props.glyph}</span>
    </button>
  );
}

/** Left and right arrows (Home, End) move between the inspector's tabs, and show the tab. */
function tabKeys(event: ReactKeyboardEvent<HTMLElement>, select: (side: Side) => void) {
  const tabs = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]'));
  const at = tabs.indexOf(event.target as HTMLElement);
  if (at < 0) return;
  const to: Record<string, number> = {
    ArrowRight: (at + 1) % tabs.length,
    ArrowLeft: (at - 1 + tabs.length) % tabs.length,
    Home: 0,
    End: tabs.length - 1,
  };
  const next = to[event.key];
  if (next === undefined) return;
  event.preventDefault();
  const tab = tabs[next];
  if (!tab) return;
  tab.focus();
  select(tab.id === 'tab-source' ? 'source' : 'removed');
}
