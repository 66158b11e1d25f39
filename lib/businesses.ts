/**
 * Business requests: the location's businesses (companies), the contacts linked to one, and
 * linking or unlinking contacts in bulk.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel, locationIdOf } from './client';
import {
  businessListSchema,
  businessUpdateSchema,
  contactListSchema,
  type Contact,
} from './schemas';

/** The largest page the business list is asked for; a dropdown pages on from there. */
export const BUSINESS_PAGE_SIZE = 100;

export const listBusinesses = async (z: ZObject, bundle: Bundle, page = 0) => {
  const { businesses } = await callHighLevel(z, {
    method: 'GET',
    route: '/businesses/',
    params: {
      locationId: locationIdOf(bundle),
      limit: BUSINESS_PAGE_SIZE,
      skip: page * BUSINESS_PAGE_SIZE,
    },
    schema: businessListSchema,
    resource: 'list of businesses',
  });
  return businesses;
};

export const listBusinessContacts = async (
  z: ZObject,
  bundle: Bundle,
  businessId: string,
  search: { query?: string; limit: number },
): Promise<Contact[]> => {
  const { contacts } = await callHighLevel(z, {
    method: 'GET',
    route: '/contacts/business/{businessId}',
    pathParams: { businessId },
    params: { locationId: locationIdOf(bundle), limit: search.limit, query: search.query },
    schema: contactListSchema,
    resource: 'business',
  });
  return contacts;
};

/** A business id links the contacts to it; `null` unlinks them from whatever business. */
export const setContactsBusiness = async (
  z: ZObject,
  bundle: Bundle,
  contactIds: string[],
  businessId: string | null,
) =>
  callHighLevel(z, {
    method: 'POST',
    route: '/contacts/bulk/business',
    body: { locationId: locationIdOf(bundle), ids: contactIds, businessId },
    schema: businessUpdateSchema,
    resource: 'business',
    // Linking the same contacts to the same business again leaves them as they are.
    idempotent: true,
  });
