/**
 * Adding or removing tags on many contacts in one request. HighLevel answers 201 even when some
 * contacts were refused, so the per-contact answers are read and failures reported.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel, locationIdOf } from './client';
import { bulkTagsResultSchema, type BulkTagsResult } from './schemas';

export type BulkTagAction = 'add' | 'remove';

export interface BulkTagFailure {
  contact_id: string;
  reason: string;
}

export const bulkUpdateTags = async (
  z: ZObject,
  bundle: Bundle,
  action: BulkTagAction,
  change: { contactIds: string[]; tags: string[]; removeAllTags?: boolean },
): Promise<BulkTagsResult> => {
  const body: Record<string, unknown> = {
    contacts: change.contactIds,
    tags: change.tags,
    locationId: locationIdOf(bundle),
  };
  // HighLevel accepts "remove all tags" only on the remove call.
  if (action === 'remove' && change.removeAllTags) body.removeAllTags = true;
  return callHighLevel(z, {
    method: 'POST',
    route: '/contacts/bulk/tags/update/{type}',
    pathParams: { type: action },
    body,
    schema: bulkTagsResultSchema,
    resource: 'bulk tag update',
    idempotent: true,
  });
};

/** The contacts HighLevel refused, with its reason for each. */
export const bulkTagFailures = (result: BulkTagsResult): BulkTagFailure[] =>
  (result.responses ?? []).flatMap((entry) => {
    if (typeof entry === 'string' || entry.type !== 'error') return [];
    return [
      { contact_id: entry.contactId ?? 'unknown', reason: entry.message ?? 'no reason given' },
    ];
  });
