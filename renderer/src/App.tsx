// Copydesk's window: documents and stories on the left, the story in the centre, what the cleaner
// removed and the source on the right. Files come in by drop, the Open button, the menu or the OS.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppEvent, ImportFilesResult } from '../../shared/api';
import type { LibraryListing } from '../../shared/document';
import { restoreRemoved, selectStory } from '../../shared/edits';
import { DocumentsPanel } from './components/DocumentsPanel';
import { DropOverlay, useFileDrop } from './components/DropOverlay';
import { ImportSummary } from './components/ImportSummary';
import { RemovedPanel } from './components/RemovedPanel';
import { SourceView } from './components/SourceView';
import { StoryList } from './components/StoryList';
import { StoryView } from './components/StoryView';
import { call, readFiles } from './state/api';
import { useDocument } from './state/useDocument';

type Side = 'removed' | 'source';

export function App() {
  const [listing, setListing] = useState<LibraryListing>({ documents: [], problems: [] });
  const [openId, setOpenId] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportFilesResult | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [side, setSide] = useState<Side>('removed');
  const open = useDocument(openId);
  const { doc, apply } = open;
  const headlineRef = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    const next = await call('listDocuments', {});
    setListing(next);
    return next;
  }, []);

  // On start: the library, and the document last worked on, as they were.
  useEffect(() => {
    call('listDocuments', {}).then(
      (next) => {
        setListing(next);
        const last = next.documents.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
        if (last) setOpenId((id) => id ?? last.id);
      },
      (err: Error) => setNotice(err.message),
    );
  }, []);

  const showImport = useCallback(
    async (result: ImportFilesResult) => {
      await refresh();
      const first = result.documents[0];
      if (first) setOpenId(first.id);
      setSummary(result);
    },
    [refresh],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      setBusy(`Importing ${files.length === 1 ? files[0]?.name : `${files.length} files`}…`);
      try {
        performance.mark('copydesk:import-start');
        const result = await call('importFiles', { files: await readFiles(files) });
        // Marks for `npm run bench`: from the split's answer to the first story on screen.
        performance.mark('copydesk:import-done');
        await showImport(result);
      } catch (err) {
        setNotice((err as Error).message);
      } finally {
        setBusy(null);
      }
    },
    [showImport],
  );
  const dragging = useFileDrop(importFiles);

  // Menu commands and files opened from outside arrive as backend events.
  useEffect(
    () =>
      window.copydesk.onEvent((event: AppEvent) => {
        if (event.type === 'imported') void showImport(event.result);
        else if (event.type === 'warning') setNotice(event.message);
        else if (event.type === 'command' && event.command === 'close-document') setOpenId(null);
      }),
    [showImport],
  );

  const story = doc?.stories.find((s) => s.id === doc.selectedStoryId) ?? doc?.stories[0] ?? null;

  return (
    <div className="desk" onKeyDown={(e) => undoShortcut(e, open)}>
      <aside className="sidebar">
        <div className="sidebar-actions">
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open files…
          </button>
          <input
            ref={fileInput}
            className="visually-hidden"
            type="file"
            multiple
            aria-label="Choose files"
            accept=".txt,.text,.md,text/plain"
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = '';
              if (files.length > 0) void importFiles(files);
            }}
          />
        </div>
        <DocumentsPanel listing={listing} openId={openId} onOpen={setOpenId} />
        {doc && (
          <StoryList
            doc={doc}
            selectedId={story?.id ?? null}
            onSelect={(id) => apply((d) => selectStory(d, id))}
            onOpen={() => headlineRef.current?.focus()}
          />
        )}
      </aside>

      <main className="centre">
        {busy && <p role="status">{busy}</p>}
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
          <StoryView doc={doc} story={story} apply={apply} headlineRef={headlineRef} />
        )}
        {!doc && !open.loadError && (
          <div className="empty">
            <h1>Copydesk</h1>
            <p>
              Drop raw copy anywhere on this window, or choose Open files…, to split it into
              stories.
            </p>
          </div>
        )}
        <p className="save-state" aria-live="polite">
          {saveLabel(open.saveState)}
        </p>
      </main>

      {doc && story && (
        <aside className="inspector" aria-label="Inspector">
          <div role="tablist" aria-label="Inspector views">
            <button
              type="button"
              role="tab"
              aria-selected={side === 'removed'}
              onClick={() => setSide('removed')}
            >
              Removed ({story.removed.length})
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={side === 'source'}
              onClick={() => setSide('source')}
            >
              Source
            </button>
          </div>
          <div role="tabpanel">
            {side === 'removed' ? (
              <RemovedPanel
                story={story}
                onRestore={(line, as) =>
                  apply((d) => restoreRemoved(d, story.id, line, as), { undoable: true })
                }
              />
            ) : (
              <SourceView story={story} documentId={doc.id} />
            )}
          </div>
        </aside>
      )}

      {dragging && <DropOverlay />}
      {summary && <ImportSummary result={summary} doc={doc} onAccept={() => setSummary(null)} />}
    </div>
  );
}

function saveLabel(state: ReturnType<typeof useDocument>['saveState']): string {
  if (state === 'saved') return 'All changes saved';
  if (state === 'saving') return 'Saving…';
  if (state === 'unsaved') return 'Saving soon…';
  return `Not saved: ${state.error}. Copydesk will try again.`;
}

/** Ctrl/Cmd+Z outside text fields undoes the last document action (merge, split, spike…). */
function undoShortcut(event: React.KeyboardEvent, open: ReturnType<typeof useDocument>) {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName);
  if (
    !typing &&
    (event.ctrlKey || event.metaKey) &&
    event.key.toLowerCase() === 'z' &&
    !event.shiftKey
  ) {
    event.preventDefault();
    open.undo();
  }
}
