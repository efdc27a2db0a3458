// IPTC ninjs 3.0 (News in JSON): one object per story, fields as the standard names them: uri, type
// "text", version, firstCreated (the publication time when it is a date-time with an offset, as the
// schema's format wants; else when the copy was imported), versionCreated, `by` (the byline),
// `located` (the dateline's place, or the dateline), headlines [{role: main}], bodies (the body as
// HTML and as plain text, role main), a `picture` association per caption with the caption as a
// description of role `caption`, the credit in `by` (ninjs has no credit line; `by` is "a statement
// about the creator") and the agency it names, if the house knows it, as `copyrightHolder`. A file
// holding several stories is a JSON array of such objects.

import type { CopydeskDocument } from '../document';
import { slugify } from '../slug';
import { encodeText, offsetDateTime, storyCopy, type StoryCopy } from './copy';
import { datelinePlace } from './dateline';
import { paragraphHtml } from './html';
import { EXPORT_FORMAT_INFO, type ExportOptions, type ExportWriter } from './types';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#';

/** A URN for the story (or one of its pictures): Copydesk's own namespace, parts percent-encoded. */
export function storyUri(document: CopydeskDocument, storyId: string, ...more: string[]): string {
  return ['urn', 'copydesk', ...[document.id, storyId, ...more].map(encodeURIComponent)].join(':');
}

export function bodyHtml(copy: StoryCopy): string {
  return copy.body.map(paragraphHtml).join('');
}

export function bodyText(copy: StoryCopy): string {
  return copy.body.map((p) => p.text).join('\n\n');
}

/** The story's byline, place and first-created time, as both ninjs versions carry them. */
export function storyMetadata(document: CopydeskDocument, copy: StoryCopy) {
  return {
    by: copy.byline,
    located: copy.dateline && (datelinePlace(copy.dateline) ?? copy.dateline),
    firstCreated: offsetDateTime(copy.published?.iso ?? null) ?? document.importedAt,
  };
}

/** Written as JSON: one object for a file of one story, an array for several. */
export function jsonOf(items: unknown[], options: ExportOptions): Uint8Array {
  const value = items.length === 1 ? items[0] : items;
  return encodeText(`${JSON.stringify(value, null, 2)}\n`, options);
}

function ninjs3(document: CopydeskDocument, copy: StoryCopy, now: Date) {
  const { by, located, firstCreated } = storyMetadata(document, copy);
  return {
    uri: storyUri(document, copy.id),
    standard: { name: 'ninjs', version: '3.0', schema: NINJS_SCHEMA },
    type: 'text',
    representationType: 'full',
    version: '1',
    firstCreated,
    versionCreated: now.toISOString(),
    pubStatus: 'usable',
    ...(copy.headline ? { slugline: slugify(copy.headline) } : {}),
    ...(by ? { by } : {}),
    ...(located ? { located } : {}),
    headlines: copy.headline ? [{ role: 'main', value: copy.headline }] : [],
    bodies: [
      { role: 'main', contentType: 'text/html', value: bodyHtml(copy) },
      { role: 'main', contentType: 'text/plain', value: bodyText(copy) },
    ],
    ...(copy.captions.length > 0
      ? {
          associations: copy.captions.map((caption, i) => ({
            name: `picture${i + 1}`,
            uri: storyUri(document, copy.id, `picture${i + 1}`),
            type: 'picture',
            representationType: 'partial',
            ...(caption.text ? { descriptions: [{ role: 'caption', value: caption.text }] } : {}),
            ...(caption.credit ? { by: caption.credit } : {}),
            ...(caption.agency ? { copyrightHolder: caption.agency } : {}),
          })),
        }
      : {}),
  };
}

export const ninjsWriter: ExportWriter = {
  ...EXPORT_FORMAT_INFO.ninjs,
  write: ({ document, stories }, options) =>
    jsonOf(
      stories.map((s) => ninjs3(document, storyCopy(s, options.houseStyle), options.now)),
      options,
    ),
};
