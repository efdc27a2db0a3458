// IPTC ninjs 1.4, for consumers still on the 1.x shape: uri, type, version, firstcreated and
// versioncreated, headline, byline and located (the story's metadata as in ninjs 3), body_text and
// body_html, and pictures as named associations ({"picture1": {...}}) holding the caption in
// description_text, the credit in byline and its agency in copyrightholder. Several stories: a JSON
// array.

import type { CopydeskDocument } from '../document';
import { slugify } from '../slug';
import { storyCopy, type StoryCopy } from './copy';
import { bodyHtml, bodyText, jsonOf, storyMetadata, storyUri } from './ninjs';
import { EXPORT_FORMAT_INFO, type ExportWriter } from './types';

export const NINJS1_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_1.4.json#';

function ninjs1(document: CopydeskDocument, copy: StoryCopy, now: Date) {
  const { by, located, firstCreated } = storyMetadata(document, copy);
  return {
    uri: storyUri(document, copy.id),
    $standard: { name: 'ninjs', version: '1.4', schema: NINJS1_SCHEMA },
    type: 'text',
    representationtype: 'complete',
    version: '1',
    firstcreated: firstCreated,
    versioncreated: now.toISOString(),
    pubstatus: 'usable',
    ...(copy.headline ? { slugline: slugify(copy.headline), headline: copy.headline } : {}),
    ...(by ? { byline: by } : {}),
    ...(located ? { located } : {}),
    body_text: bodyText(copy),
    body_html: bodyHtml(copy),
    ...(copy.captions.length > 0
      ? {
          associations: Object.fromEntries(
            copy.captions.map((caption, i) => [
              `picture${i + 1}`,
              {
                uri: storyUri(document, copy.id, `picture${i + 1}`),
                type: 'picture',
                representationtype: 'incomplete',
                ...(caption.text ? { description_text: caption.text } : {}),
                ...(caption.credit ? { byline: caption.credit } : {}),
                ...(caption.agency ? { copyrightholder: caption.agency } : {}),
              },
            ]),
          ),
        }
      : {}),
  };
}

export const ninjs1Writer: ExportWriter = {
  ...EXPORT_FORMAT_INFO.ninjs1,
  write: ({ document, stories }, options) =>
    jsonOf(
      stories.map((s) => ninjs1(document, storyCopy(s, options.houseStyle), options.now)),
      options,
    ),
};
