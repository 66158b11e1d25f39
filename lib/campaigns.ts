/**
 * Campaign requests: the location's campaigns, and putting a contact in or out of them.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel, locationIdOf } from './client';
import { campaignListSchema, succededSchema } from './schemas';

export const listCampaigns = async (z: ZObject, bundle: Bundle) => {
  const { campaigns } = await callHighLevel(z, {
    method: 'GET',
    route: '/campaigns/',
    params: { locationId: locationIdOf(bundle) },
    schema: campaignListSchema,
    resource: 'list of campaigns',
  });
  return campaigns;
};

export const addToCampaign = async (z: ZObject, contactId: string, campaignId: string) => {
  await callHighLevel(z, {
    method: 'POST',
    route: '/contacts/{contactId}/campaigns/{campaignId}',
    pathParams: { contactId, campaignId },
    // The spec's body for this call has no fields; HighLevel still expects a JSON object.
    body: {},
    schema: succededSchema,
    resource: 'campaign',
    // Adding a contact that is already in the campaign changes nothing, so a retry is safe.
    idempotent: true,
  });
};

export const removeFromCampaign = async (z: ZObject, contactId: string, campaignId: string) => {
  await callHighLevel(z, {
    method: 'DELETE',
    route: '/contacts/{contactId}/campaigns/{campaignId}',
    pathParams: { contactId, campaignId },
    schema: succededSchema,
    resource: 'campaign',
  });
};

export const removeFromAllCampaigns = async (z: ZObject, contactId: string) => {
  await callHighLevel(z, {
    method: 'DELETE',
    route: '/contacts/{contactId}/campaigns/removeAll',
    pathParams: { contactId },
    schema: succededSchema,
    resource: 'contact',
  });
};
