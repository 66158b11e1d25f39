/**
 * Follower requests: users who follow a contact are told about its activity.
 */
import type { ZObject } from 'zapier-platform-core';

import { callHighLevel } from './client';
import { followersChangeSchema } from './schemas';

export const addFollowers = async (z: ZObject, contactId: string, followers: string[]) =>
  callHighLevel(z, {
    method: 'POST',
    route: '/contacts/{contactId}/followers',
    pathParams: { contactId },
    body: { followers },
    schema: followersChangeSchema,
    resource: 'contact',
    idempotent: true,
  });

export const removeFollowers = async (z: ZObject, contactId: string, followers: string[]) =>
  callHighLevel(z, {
    method: 'DELETE',
    route: '/contacts/{contactId}/followers',
    pathParams: { contactId },
    body: { followers },
    schema: followersChangeSchema,
    resource: 'contact',
  });
