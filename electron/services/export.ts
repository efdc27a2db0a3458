// Export: the stories in scope, written by the pure writers in shared/export, into files named from
// the editor's template. Names are planned first; then the files are made one at a time and
// streamed to disk, all or nothing (export-files.ts, output.ts): an export never overwrites silently
// and never leaves part of itself behind.

import { existsSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { ExportRequest, ExportResult } from '../../shared/api';
import type { CopydeskDocument } from '../../shared/document';
import { planFiles } from '../../shared/export/files';
import { exportStories } from '../../shared/export/index';
import { storiesInScope } from '../../shared/export/scope';
import { EXPORT_FORMAT_INFO, type ExportOptions } from '../../shared/export/types';
import type { HouseStyle } from '../../shared/house-style';
import { slugify } from '../../shared/slug';
import { writeExportFiles } from './export-files';

export class ExportError extends Error {
  constructor(
    readonly code: 'nothing-to-export' | 'bad-folder' | 'one-story-per-file' | 'folder-not-chosen',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export interface ExportContext {
  houseStyle: HouseStyle;
  now?: Date;
  /** Called after each file is made, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it cancels the export before its files are moved into place: nothing is written. */
  signal?: AbortSignal;
}

function checkFolder(folder: string): void {
  if (!isAbsolute(folder)) {
    throw new ExportError('bad-folder', `"${folder}" is not a full folder path.`);
  }
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new ExportError('bad-folder', `"${folder}" is a file, not a folder.`);
  }
}

export async function exportDocument(
  doc: CopydeskDocument,
  request: ExportRequest,
  { houseStyle, now = new Date(), onProgress, signal }: ExportContext,
): Promise<ExportResult> {
  checkFolder(request.folder);
  const stories = storiesInScope(doc, request.scope, request.storyIds);
  if (stories.length === 0) {
    throw new ExportError(
      'nothing-to-export',
      request.scope === 'approved'
        ? 'No story is approved yet: approve the stories to export, or choose another scope.'
        : 'There are no stories to export in this scope.',
    );
  }
  const info = EXPORT_FORMAT_INFO[request.format];
  if (info.oneStoryPerFile && request.layout === 'combined') {
    throw new ExportError(
      'one-story-per-file',
      `${info.label} holds one story per file: choose one file per story (or a zip of them).`,
    );
  }
  const options: ExportOptions = {
    houseStyle,
    lineEndings: request.lineEndings,
    bom: request.bom,
    html: request.html,
    now,
  };
  const planned = planFiles({
    stories,
    layout: request.layout,
    template: request.template,
    ext: info.ext,
    documentName: doc.name,
    now,
  });
  const files = await writeExportFiles(
    request.folder,
    planned.map((file) => ({
      name: file.name,
      make: () => exportStories(request.format, { document: doc, stories: file.stories }, options),
    })),
    {
      overwrite: request.overwrite,
      zip: request.zip
        ? `${slugify(doc.name.replace(/\.[^.]+$/, ''))}-${request.format}.zip`
        : undefined,
      onProgress,
      signal,
    },
  );
  return { folder: request.folder, files, storyCount: stories.length };
}
