/**
 * What the location offers for dropdowns: its users and tags.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel, locationIdOf } from './client';
import { locationTagListSchema, userListSchema, type User } from './schemas';

export const listUsers = async (z: ZObject, bundle: Bundle): Promise<User[]> => {
  // Limit: GET /users/ is marked deprecated in favour of /users/search, which needs the agency's
  // company id and an agency-level permission a sub-account connection may not have.
  const { users } = await callHighLevel(z, {
    method: 'GET',
    route: '/users/',
    params: { locationId: locationIdOf(bundle) },
    schema: userListSchema,
    resource: 'list of users',
  });
  return users;
};

export const listTags = async (z: ZObject, bundle: Bundle): Promise<string[]> => {
  const { tags } = await callHighLevel(z, {
    method: 'GET',
    route: '/locations/{locationId}/tags',
    pathParams: { locationId: locationIdOf(bundle) },
    schema: locationTagListSchema,
    resource: 'list of tags',
  });
  return [...new Set(tags.map((tag) => tag.name))].sort((a, b) => a.localeCompare(b));
};

export const userName = (user: User): string =>
  user.name || [user.firstName, user.lastName].filter(Boolean).join(' ') || user.id;
