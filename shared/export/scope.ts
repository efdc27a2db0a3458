// Which stories an export takes: the one on screen, the ones the editor ticked, every approved
// story, or every story not spiked. Always in document order.

import type { DocumentEdits } from '../document';
import type { Story } from '../model';

export const EXPORT_SCOPES = ['current', 'selected', 'approved', 'not-spiked'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export const SCOPE_LABELS: Record<ExportScope, string> = {
  current: 'This story',
  selected: 'Chosen stories',
  approved: 'All approved stories',
  'not-spiked': 'All stories not spiked',
};

export function storiesInScope(
  doc: Pick<DocumentEdits, 'stories' | 'reviews'>,
  scope: ExportScope,
  storyIds: readonly string[],
): Story[] {
  const review = (s: Story) => doc.reviews[s.id] ?? 'new';
  if (scope === 'approved') return doc.stories.filter((s) => review(s) === 'approved');
  if (scope === 'not-spiked') return doc.stories.filter((s) => review(s) !== 'spiked');
  const wanted = new Set(storyIds);
  return doc.stories.filter((s) => wanted.has(s.id));
}
