// Every place where the sandbox departs from the vendored HighLevel OpenAPI files, with the reason.
// The files under sandbox/openapi/ stay verbatim; these patches are applied in memory when the
// specs are loaded (see spec-loader.ts). Evidence is quoted from the specs themselves or from
// public reports collected in the project's API notes.

type Json = Record<string, any>;
export type RawSpecs = Record<string, Json>;

const anyValue = { description: 'string, number, string[] or object depending on the field type' };

// The search body and answer, reconstructed from HighLevel's own Search Contacts page (white-label
// mirror) and public client code: the spec ships SearchBodyV2DTO as `{properties: {}}` and no
// 200 schema. locationId and pageLimit are required (issue highlevel-api-docs#31: 422 without
// them); pageSize/limit are refused with 422 "property pageSize should not exist".
const searchFilter = {
  type: 'object',
  additionalProperties: false,
  properties: {
    field: { type: 'string' },
    operator: {
      type: 'string',
      enum: ['eq', 'not_eq', 'contains', 'not_contains', 'exists', 'not_exists', 'range'],
    },
    value: {},
    group: { type: 'string', enum: ['AND', 'OR'] },
    filters: { type: 'array', items: { type: 'object' } },
  },
};

export const searchSortFields = [
  'dateAdded',
  'dateUpdated',
  'firstNameLowerCase',
  'lastNameLowerCase',
  'email',
] as const;

const searchBody = {
  type: 'object',
  additionalProperties: false,
  required: ['locationId', 'pageLimit'],
  properties: {
    locationId: { type: 'string' },
    page: { type: 'integer', minimum: 1 },
    pageLimit: { type: 'integer', minimum: 1, maximum: 500 },
    searchAfter: { type: 'array', items: {} },
    filters: { type: 'array', items: searchFilter },
    sort: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field', 'direction'],
        properties: {
          field: { type: 'string', enum: [...searchSortFields] },
          direction: { type: 'string', enum: ['asc', 'desc'] },
        },
      },
    },
    query: { type: 'string', maxLength: 75 },
  },
};

// Each search hit is a full contact plus the `sort` cursor (Elasticsearch search_after style)
// that is passed back as `searchAfter`.
const searchAnswer = {
  type: 'object',
  required: ['contacts', 'total'],
  properties: {
    contacts: {
      type: 'array',
      items: {
        allOf: [{ $ref: '#/components/schemas/GetContectByIdSchema' }],
        required: ['id', 'locationId', 'dateAdded', 'dateUpdated', 'sort'],
        properties: { sort: { type: 'array', items: {} } },
      },
    },
    total: { type: 'number' },
  },
};

// Spec says "Pass either `id` or `key`" but marks `id` required, and types NUMERICAL/MONETORY
// values as `object` while its own examples are 100 and 100.5. One permissive item shape here;
// the per-type check against the field definition is done in custom-field-values.ts.
const customFieldInput = {
  type: 'object',
  additionalProperties: false,
  required: ['field_value'],
  anyOf: [{ required: ['id'] }, { required: ['key'] }],
  properties: { id: { type: 'string' }, key: { type: 'string' }, field_value: anyValue },
};

// class-validator's @IsEmail: `email: ""` is refused with "email must be an email" (case B02),
// while null (IsOptional) passes. The spec has a bare string.
const emailField = { type: 'string', nullable: true, pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' };

function patchContacts(spec: Json): void {
  const s = spec.components.schemas;

  // Reads return number, array and object values too (the write shapes above say so).
  s.CustomFieldSchema.properties.value = anyValue;

  for (const dto of ['CreateContactDto', 'UpdateContactDto', 'UpsertContactDto']) {
    s[dto].properties.customFields = { type: 'array', items: customFieldInput };
    s[dto].properties.email = emailField;
    // Typed `object` but documented as "Supported formats: YYYY/MM/DD, MM/DD/YYYY, ...".
    s[dto].properties.dateOfBirth = { type: 'string', nullable: true };
  }

  s.SearchBodyV2DTO = searchBody;

  // Its example lists objects ({contactId, message, type, oldTags, ...}); the type says string.
  s.UpdateTagsResponseDTO.properties.responses.items = { type: 'object' };

  const paths = spec.paths;
  paths['/contacts/search'].post.responses['200'] = json(searchAnswer);

  // Spec gives no 200 schema; public clients read `{contact}`, which is null when nothing matches.
  paths['/contacts/search/duplicate'].get.responses['200'] = json({
    type: 'object',
    required: ['contact'],
    properties: {
      contact: { anyOf: [{ $ref: '#/components/schemas/GetContectByIdSchema' }, { enum: [null] }] },
    },
  });

  // Observed duplicate-contact refusal carries `meta` (see NOTES §6).
  paths['/contacts/'].post.responses['400'] = json({
    type: 'object',
    properties: {
      statusCode: { type: 'number' },
      message: { type: 'string' },
      meta: {
        type: 'object',
        properties: {
          contactId: { type: 'string' },
          contactName: { type: 'string' },
          matchingField: { type: 'string' },
        },
      },
    },
  });

  // `{type}` is in the path but never declared; the description says add or remove.
  const bulkTags = paths['/contacts/bulk/tags/update/{type}'].post;
  bulkTags.parameters.push({
    name: 'type',
    in: 'path',
    required: true,
    schema: { type: 'string', enum: ['add', 'remove'] },
  });
  // Both bulk routes list no security; they write contacts, so they need contacts.write.
  bulkTags.security = [{ bearer: ['contacts.write'] }];
  paths['/contacts/bulk/business'].post.security = [{ bearer: ['contacts.write'] }];
}

function patchLocations(spec: Json): void {
  // Declared as an array of arrays; the endpoint lists task objects.
  spec.components.schemas.LocationTaskListSuccessfulResponseDto.properties.tasks.items = {
    type: 'object',
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      body: { type: 'string' },
      assignedTo: { type: 'string' },
      dueDate: { type: 'string' },
      completed: { type: 'boolean' },
      contactId: { type: 'string' },
    },
  };
}

function patchCalendars(spec: Json): void {
  const event = spec.components.schemas.CalendarEventDTO.properties;
  // Typed `object`, but the examples use strings like "2023-09-25T16:00:00+05:30".
  for (const key of ['startTime', 'endTime', 'dateAdded', 'dateUpdated']) {
    event[key] = { type: 'string' };
  }

  // The calendars spec enumerates only Version 2021-04-15 while every other app uses 2021-07-28;
  // HighLevel's SDK sends one Version for all calls, so both are accepted here.
  for (const route of ['/calendars/', '/calendars/events']) {
    for (const param of spec.paths[route].get.parameters) {
      if (param.name === 'Version') param.schema.enum = ['2021-04-15', '2021-07-28'];
    }
  }
}

function json(schema: Json): Json {
  return {
    description: 'Supplemented by the sandbox',
    content: { 'application/json': { schema } },
  };
}

export function applySpecSupplements(specs: RawSpecs): void {
  patchContacts(specs['contacts']!);
  patchLocations(specs['locations']!);
  patchCalendars(specs['calendars']!);
}
