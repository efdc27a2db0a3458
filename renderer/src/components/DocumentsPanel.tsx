// The library: imported documents, most recent first, and any damaged files set aside.

import type { LibraryListing } from '../../../shared/document';

export interface DocumentsPanelProps {
  listing: LibraryListing;
  openId: string | null;
  onOpen: (id: string) => void;
}

export function DocumentsPanel({ listing, openId, onOpen }: DocumentsPanelProps) {
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
