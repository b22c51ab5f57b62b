// The parts of the SARIF 2.1.0 schema (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) that
// settle's output uses, transcribed by hand: required properties, value types and enums, and
// `additionalProperties: false` as in the official schema, so a misspelt or invented property
// fails. GitHub code scanning rejects files that do not validate against that schema.

const message = {
  type: 'object',
  additionalProperties: false,
  properties: { text: { type: 'string' }, markdown: { type: 'string' }, id: { type: 'string' } },
  anyOf: [{ required: ['text'] }, { required: ['id'] }],
};

const multiformatMessage = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: { text: { type: 'string' }, markdown: { type: 'string' } },
};

const propertyBag = {
  type: 'object',
  properties: { tags: { type: 'array', uniqueItems: true, items: { type: 'string' } } },
};

const reportingDescriptor = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    shortDescription: multiformatMessage,
    fullDescription: multiformatMessage,
    help: multiformatMessage,
    helpUri: { type: 'string', format: 'uri' },
    defaultConfiguration: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        level: { enum: ['none', 'note', 'warning', 'error'] },
        rank: { type: 'number', minimum: -1, maximum: 100 },
        properties: propertyBag,
      },
    },
    properties: propertyBag,
  },
};

const artifactLocation = {
  type: 'object',
  additionalProperties: false,
  properties: {
    uri: { type: 'string', format: 'uri-reference' },
    uriBaseId: { type: 'string' },
    index: { type: 'integer', minimum: -1 },
  },
};

const region = {
  type: 'object',
  additionalProperties: false,
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    charOffset: { type: 'integer', minimum: -1 },
    charLength: { type: 'integer', minimum: 0 },
  },
};

const result = {
  type: 'object',
  additionalProperties: false,
  required: ['message'],
  properties: {
    ruleId: { type: 'string' },
    ruleIndex: { type: 'integer', minimum: -1 },
    kind: { enum: ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'] },
    level: { enum: ['none', 'note', 'warning', 'error'] },
    message,
    locations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: { type: 'integer', minimum: -1 },
          physicalLocation: {
            type: 'object',
            additionalProperties: false,
            anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }],
            properties: { address: { type: 'object' }, artifactLocation, region, contextRegion: region },
          },
          message,
        },
      },
    },
    partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
    fingerprints: { type: 'object', additionalProperties: { type: 'string' } },
    baselineState: { enum: ['new', 'unchanged', 'updated', 'absent'] },
    properties: propertyBag,
  },
};

/** A JSON schema (draft-07) for the SARIF 2.1.0 subset settle writes. */
export const sarifSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { enum: ['2.1.0'] },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            additionalProperties: false,
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                additionalProperties: false,
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  fullName: { type: 'string' },
                  version: { type: 'string' },
                  semanticVersion: { type: 'string' },
                  informationUri: { type: 'string', format: 'uri' },
                  rules: { type: 'array', uniqueItems: true, items: reportingDescriptor },
                },
              },
            },
          },
          originalUriBaseIds: { type: 'object', additionalProperties: artifactLocation },
          results: { type: 'array', items: result },
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
        },
      },
    },
  },
};
