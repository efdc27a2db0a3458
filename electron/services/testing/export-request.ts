// An export request for tests: one txt file per story not spiked, named from the slug, into
// `folder`, with whatever `patch` changes.

import type { ExportRequest } from '../../../shared/api';

export function exportRequest(folder: string, patch: Partial<ExportRequest> = {}): ExportRequest {
  return {
    documentId: 'none',
    storyIds: [],
    format: 'txt',
    scope: 'not-spiked',
    layout: 'per-story',
    zip: false,
    template: '{slug}.{ext}',
    folder,
    lineEndings: 'lf',
    bom: false,
    html: 'document',
    overwrite: false,
    ...patch,
  };
}
