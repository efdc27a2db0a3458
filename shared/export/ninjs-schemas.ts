// Test data: JSON Schemas for the part of IPTC ninjs 3.0 and 1.4 that Copydesk writes, written here
// from the official schemas (www.iptc.org/std/ninjs/, CC BY 4.0) with the same names, types,
// required fields and closed objects, so a misspelt or invented field fails the tests. The official
// files are not copied into the repository.

const text = { type: 'string' };
const uri = { type: 'string', format: 'uri' };
const dateTime = { type: 'string', format: 'date-time' };
const NEWS_TYPES = ['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component'];

const roleValue = (extra: Record<string, unknown> = {}) => ({
  type: 'object',
  additionalProperties: false,
  required: ['value'],
  properties: { role: text, contentType: text, value: text, ...extra },
});

export const NINJS_3_SUBSET = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    ninjsType: {
      type: 'object',
      required: ['uri'],
      properties: {
        uri,
        type: { enum: [...NEWS_TYPES, 'event', 'planning'] },
        representationType: { enum: ['full', 'partial'] },
        version: text,
        firstCreated: dateTime,
        versionCreated: dateTime,
        pubStatus: { enum: ['usable', 'withheld', 'canceled'] },
        language: text,
        slugline: text,
        by: text,
        located: text,
        copyrightHolder: text,
        standard: {
          type: 'object',
          additionalProperties: false,
          properties: { name: text, version: text, schema: uri },
        },
        headlines: { type: 'array', items: roleValue() },
        descriptions: { type: 'array', items: roleValue() },
        bodies: {
          type: 'array',
          items: roleValue({ charCount: { type: 'integer' }, wordCount: { type: 'integer' } }),
        },
        associations: {
          type: 'array',
          items: {
            type: 'object',
            $ref: '#/$defs/ninjsType',
            properties: { name: text, rel: text },
            required: ['name', 'uri'],
            unevaluatedProperties: false,
          },
        },
      },
    },
  },
  $ref: '#/$defs/ninjsType',
  unevaluatedProperties: false,
};

export const NINJS_1_SUBSET = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['uri'],
  patternProperties: {
    '^description_[a-zA-Z0-9_]+': text,
    '^body_[a-zA-Z0-9_]+': text,
    '^headline_[a-zA-Z0-9_]+': text,
  },
  properties: {
    uri,
    type: { enum: NEWS_TYPES },
    representationtype: { enum: ['complete', 'incomplete'] },
    version: text,
    firstcreated: dateTime,
    versioncreated: dateTime,
    pubstatus: { enum: ['usable', 'withheld', 'canceled'] },
    language: text,
    byline: text,
    located: text,
    headline: text,
    slugline: text,
    copyrightholder: text,
    $standard: {
      type: 'object',
      additionalProperties: false,
      properties: { name: text, version: text, schema: uri },
    },
    associations: {
      type: 'object',
      additionalProperties: false,
      patternProperties: { '^[a-zA-Z0-9_]+': { $ref: '#' } },
    },
  },
};
