/**
 * Contact requests, named for what they do. Each is one HighLevel call through the client.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel, locationIdOf } from './client';
import { errorCodeOf } from './errors';
import {
  contactEnvelopeSchema,
  contactListSchema,
  contactSearchSchema,
  duplicateContactSchema,
  succededSchema,
  tagsSchema,
  updatedContactSchema,
  upsertedContactSchema,
  type Contact,
} from './schemas';

/** HighLevel's largest search page. */
export const MAX_PAGE_LIMIT = 500;

export const getContact = async (z: ZObject, contactId: string): Promise<Contact> => {
  const { contact } = await callHighLevel(z, {
    method: 'GET',
    route: '/contacts/{contactId}',
    pathParams: { contactId },
    schema: contactEnvelopeSchema,
    resource: 'contact',
  });
  return contact;
};

export const createContact = async (
  z: ZObject,
  bundle: Bundle,
  body: Record<string, unknown>,
  fieldLabels?: Record<string, string>,
): Promise<Contact> => {
  const { contact } = await callHighLevel(z, {
    method: 'POST',
    route: '/contacts/',
    body: { ...body, locationId: locationIdOf(bundle) },
    fieldLabels,
    schema: contactEnvelopeSchema,
    resource: 'contact',
  });
  return contact;
};

/** The update body must not carry `locationId`: HighLevel rejects it there. */
export const updateContact = async (
  z: ZObject,
  contactId: string,
  body: Record<string, unknown>,
  fieldLabels?: Record<string, string>,
): Promise<Contact> => {
  const { contact } = await callHighLevel(z, {
    method: 'PUT',
    route: '/contacts/{contactId}',
    pathParams: { contactId },
    body,
    fieldLabels,
    schema: updatedContactSchema,
    resource: 'contact',
  });
  return contact;
};

export const upsertContact = async (
  z: ZObject,
  bundle: Bundle,
  body: Record<string, unknown>,
  fieldLabels?: Record<string, string>,
): Promise<{ contact: Contact; created: boolean }> => {
  const result = await callHighLevel(z, {
    method: 'POST',
    route: '/contacts/upsert',
    body: { ...body, locationId: locationIdOf(bundle) },
    fieldLabels,
    schema: upsertedContactSchema,
    resource: 'contact',
    // Upsert matches an existing contact by email or phone, so repeating it does not duplicate.
    idempotent: true,
  });
  return { contact: result.contact, created: result.new === true };
};

export const deleteContact = async (z: ZObject, contactId: string): Promise<void> => {
  await callHighLevel(z, {
    method: 'DELETE',
    route: '/contacts/{contactId}',
    pathParams: { contactId },
    schema: succededSchema,
    resource: 'contact',
  });
};

/**
 * Adds to the contact's tags; the ones it has stay. The answer lists tags, and each one asked
 * for must be among them (HighLevel keeps tags in lower case), or the step says which were not.
 */
export const addTags = async (z: ZObject, contactId: string, tags: string[]): Promise<string[]> => {
  const result = await callHighLevel(z, {
    method: 'POST',
    route: '/contacts/{contactId}/tags',
    pathParams: { contactId },
    body: { tags },
    schema: tagsSchema,
    resource: 'contact',
    idempotent: true,
  });
  const kept = new Set(result.tags.map((tag) => tag.toLowerCase()));
  const dropped = tags.filter((tag) => !kept.has(tag.toLowerCase()));
  if (dropped.length) {
    throw new z.errors.Error(
      `HighLevel answered but did not add the tag${dropped.length > 1 ? 's' : ''} ` +
        `${dropped.map((tag) => `"${tag}"`).join(', ')} to contact ${contactId}. Check the ` +
        'contact in HighLevel, then replay this step.',
      'NotStored',
      409,
    );
  }
  return result.tags;
};

export const removeTags = async (
  z: ZObject,
  contactId: string,
  tags: string[],
): Promise<string[]> => {
  const result = await callHighLevel(z, {
    method: 'DELETE',
    route: '/contacts/{contactId}/tags',
    pathParams: { contactId },
    body: { tags },
    schema: tagsSchema,
    resource: 'contact',
  });
  return result.tags;
};

export type SearchFilter =
  | { field: string; operator: string; value?: unknown }
  | { group: 'AND' | 'OR'; filters: SearchFilter[] };

export interface ContactSearch {
  filters?: SearchFilter[];
  sort?: { field: 'dateAdded' | 'dateUpdated'; direction: 'asc' | 'desc' };
  query?: string;
  pageLimit: number;
  page?: number;
  searchAfter?: unknown[];
}

/**
 * One page of HighLevel's contact search. Every page carries the location and page size, since
 * HighLevel answers 403 or 422 to a page request without them.
 */
export const searchContacts = async (
  z: ZObject,
  bundle: Bundle,
  search: ContactSearch,
): Promise<{ contacts: Contact[]; total?: number }> => {
  const body: Record<string, unknown> = {
    locationId: locationIdOf(bundle),
    pageLimit: Math.min(search.pageLimit, MAX_PAGE_LIMIT),
  };
  if (search.searchAfter) body.searchAfter = search.searchAfter;
  else if (search.page) body.page = search.page;
  if (search.filters?.length) body.filters = search.filters;
  if (search.sort) body.sort = [search.sort];
  if (search.query) body.query = search.query;
  return callHighLevel(z, {
    method: 'POST',
    route: '/contacts/search',
    body,
    schema: contactSearchSchema,
    resource: 'contact search',
    idempotent: true,
  });
};

/**
 * The contact HighLevel itself would treat as the same person, by email or phone: the lookup
 * its duplicate rules use, which also matches phones however they were typed.
 */
export const findDuplicate = async (
  z: ZObject,
  bundle: Bundle,
  by: { email?: string; phone?: string },
): Promise<Contact | null> => {
  try {
    const result = await callHighLevel(z, {
      method: 'GET',
      route: '/contacts/search/duplicate',
      params: { locationId: locationIdOf(bundle), email: by.email, number: by.phone },
      schema: duplicateContactSchema,
      resource: 'contact',
    });
    return result.contact ?? null;
  } catch (error) {
    // A lookup that finds nobody is an answer, however HighLevel words it.
    if (errorCodeOf(error) === 'NotFound') return null;
    throw error;
  }
};

/**
 * Free-text contact lookup (name, email, phone, company). Limit: this is HighLevel's older
 * contact list, marked deprecated in the spec; it is the one endpoint the spec documents with a
 * free-text query, and its order is HighLevel's own, not by relevance.
 */
export const listContactsMatching = async (
  z: ZObject,
  bundle: Bundle,
  query: string,
  limit: number,
): Promise<Contact[]> => {
  const { contacts } = await callHighLevel(z, {
    method: 'GET',
    route: '/contacts/',
    params: { locationId: locationIdOf(bundle), query, limit },
    schema: contactListSchema,
    resource: 'contact search',
  });
  return contacts;
};

/** The contacts carrying a tag, most recently changed first: where a newly tagged one shows. */
export const contactsTaggedRecently = async (
  z: ZObject,
  bundle: Bundle,
  tag: string,
  pageLimit = 100,
): Promise<Contact[]> => {
  const { contacts } = await searchContacts(z, bundle, {
    pageLimit,
    filters: [{ field: 'tags', operator: 'eq', value: tag }],
    sort: { field: 'dateUpdated', direction: 'desc' },
  });
  return contacts;
};
