// The library: imported documents, most recent first, and any damaged files set aside. A search
// narrows the list by name; documents ticked together can be moved to the trash at once. The open
// document is named once, as the window's heading, in a row that stays in sight while the list
// scrolls and whatever the search; its actions (split again, previous versions, remove) are there.

import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary, LibraryListing } from '../../../shared/document';
import { count } from '../../../shared/wording';

export interface DocumentsPanelProps {
  listing: LibraryListing;
  openId: string | null;
  onOpen: (id: string) => void;
  /** For the open document: split it again from its source, or move it to the trash. */
  onResplit: () => void;
  onRemove: () => void;
  /** The open document's previous versions, and the library's trash. */
  onVersions: () => void;
  onTrash: () => void;
  /** Moves the ticked documents to the trash (the desk asks first). */
  onRemoveSeveral: (documents: DocumentSummary[]) => void;
}

export function DocumentsPanel({
  listing,
  openId,
  onOpen,
  onResplit,
  onRemove,
  onRemoveSeveral,
  onVersions,
  onTrash,
}: DocumentsPanelProps) {
  const [query, setQuery] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const list = useRef<HTMLUListElement>(null);
  const all = listing.documents.toSorted((a, b) => b.importedAt.localeCompare(a.importedAt));
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = all.filter((d) => words.every((w) => d.name.toLowerCase().includes(w)));
  // The open document is listed whatever the search: it is the one the desk is showing.
  const documents = all.filter((d) => d.id === openId || found.includes(d));
  // Only documents still in the library count (a removed one leaves the list).
  const chosen = all.filter((d) => ticked.has(d.id));

  // The open document stays in sight in the list's own scroll.
  useEffect(() => {
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [openId]);

  return (
    <nav className="documents" aria-label="Documents">
      {/* Once a search is typed it stays, even if removals leave one document. */}
      {(all.length > 1 || query !== '') && (
        <div className="documents-tools">
          <input
            type="search"
            aria-label="Search documents"
            placeholder="Search documents"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          {chosen.length > 0 && (
            <button type="button" onClick={() => onRemoveSeveral(chosen)}>
              Remove {chosen.length}…
            </button>
          )}
        </div>
      )}
      {found.length === 0 && all.length > 0 && query.trim() !== '' && (
        <p className="muted documents-none">No document’s name has “{query.trim()}”.</p>
      )}
      <ul ref={list}>
        {documents.map((d) => (
          <li key={d.id} className={d.id === openId ? 'open' : undefined}>
            <div className="document-row">
              {all.length > 1 && (
                <input
                  type="checkbox"
                  aria-label={`Tick ${d.name}`}
                  checked={ticked.has(d.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setTicked((t) => {
                      const next = new Set(t);
                      if (on) next.add(d.id);
                      else next.delete(d.id);
                      return next;
                    });
                  }}
                />
              )}
              {d.id === openId ? (
                <div className="document-open" aria-current="true">
                  <h1 className="doc-name" title={d.name}>
                    {d.name}
                  </h1>
                  <span className="muted">
                    {count(d.storyCount, 'story', 'stories')}, {d.approvedCount} approved
                  </span>
                </div>
              ) : (
                <button type="button" onClick={() => onOpen(d.id)}>
                  <span className="doc-name">{d.name}</span>
                  <span className="muted">
                    {count(d.storyCount, 'story', 'stories')}, {d.approvedCount} approved
                  </span>
                </button>
              )}
            </div>
            {d.id === openId && (
              <div className="document-actions">
                <button type="button" onClick={onResplit}>
                  Split again…
                </button>
                <button type="button" onClick={onVersions}>
                  Versions…
                </button>
                <button type="button" onClick={onRemove}>
                  Remove…
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div className="documents-foot">
        <button type="button" className="quiet" onClick={onTrash}>
          Trash…
        </button>
      </div>
      {listing.problems.map((p) => (
        <p key={p.file} role="alert" className="notice error">
          {p.message}
        </p>
      ))}
    </nav>
  );
}
