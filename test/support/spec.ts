/**
 * What HighLevel's own OpenAPI spec (the copy the sandbox validates against) allows, so tests can
 * hold the app to the spec rather than to a list restated by hand.
 */
import contactsSpec from '../../sandbox/openapi/apps/contacts.json';

type ContactDto = 'CreateContactDto' | 'UpdateContactDto' | 'UpsertContactDto';

const schemas = (
  contactsSpec as unknown as {
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  }
).components.schemas;

/** The body properties a contact write accepts; HighLevel answers 422 for any other. */
export const allowedKeysOf = (dto: ContactDto): Set<string> =>
  new Set(Object.keys(schemas[dto]!.properties));

/** nock hands a reply function the body as text or as parsed JSON, depending on its type. */
export const jsonOf = (body: unknown): Record<string, any> =>
  typeof body === 'string' ? (body ? JSON.parse(body) : {}) : ((body ?? {}) as Record<string, any>);

/** A phone as HighLevel stores it: E.164, a plus and 8 to 15 digits. */
export const E164 = /^\+[1-9]\d{7,14}$/;
