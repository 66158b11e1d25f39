import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { removeFromCampaign } from '../lib/campaigns';
import { contactIdField } from '../lib/fields/contact';
import { campaignIdField } from '../lib/fields/pickers';
import { readId } from '../lib/input';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const campaignId = readId(bundle.inputData.campaign_id, 'Campaign') as string;
  await removeFromCampaign(z, contactId, campaignId);
  return { contact_id: contactId, campaign_id: campaignId, removed: true };
};

export default defineCreate({
  key: 'remove_from_campaign',
  noun: 'Campaign',

  display: {
    label: 'Remove Contact from Campaign',
    description: 'Takes a contact out of a campaign, so it gets no more of its messages.',
  },

  operation: {
    inputFields: [contactIdField, campaignIdField],
    perform,
    sample: { contact_id: 'seD4PfOuKoVMLkEZqohJ', campaign_id: 'camp-1', removed: true },
    outputFields: [
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'campaign_id', label: 'Campaign ID', type: 'string' },
      { key: 'removed', label: 'Removed', type: 'boolean' },
    ],
  },
});
