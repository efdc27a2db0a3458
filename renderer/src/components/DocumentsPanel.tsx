// The library: imported documents, most recent first, and any damaged files set aside.

import type { LibraryListing } from '../../../shared/document';

export interface DocumentsPanelProps {
  listing: LibraryListing;
  openId: string | null;
  onOpen: (id: string) => void;
  /** For the open document: split it again from its source, or move it to the trash. */
  onResplit: () => void;
  onRemove: () => void;
}

export function DocumentsPanel({
  listing,
  openId,
  onOpen,
  onResplit,
  onRemove,
}: DocumentsPanelProps) {
  const documents = listing.documents.toSorted((a, b) => b.importedAt.localeCompare(a.importedAt));
  return (
    <nav className="documents" aria-label="Documents">
      <ul>
        {documents.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              aria-current={d.id === openId ? 'true' : undefined}
              onClick={() => onOpen(d.id)}
            >
              <span className="doc-name">{d.name}</span>
              <span className="muted">
                {d.storyCount} stories, {d.approvedCount} approved
              </span>
            </button>
            {d.id === openId && (
              <div className="document-actions">
                <button type="button" onClick={onResplit}>
                  Split again…
                </button>
                <button type="button" onClick={onRemove}>
                  Remove…
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {listing.problems.map((p) => (
        <p key={p.file} role="alert" className="notice error">
          {p.message}
        </p>
      ))}
    </nav>
  );
}
