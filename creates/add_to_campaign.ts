import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { addToCampaign } from '../lib/campaigns';
import { contactIdField } from '../lib/fields/contact';
import { campaignIdField } from '../lib/fields/pickers';
import { readId } from '../lib/input';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const campaignId = readId(bundle.inputData.campaign_id, 'Campaign') as string;
  await addToCampaign(z, contactId, campaignId);
  return { contact_id: contactId, campaign_id: campaignId, added: true };
};

export default defineCreate({
  key: 'add_to_campaign',
  noun: 'Campaign',

  display: {
    label: 'Add Contact to Campaign',
    description: 'Adds a contact to a campaign, so it gets the campaign messages.',
  },

  operation: {
    inputFields: [contactIdField, campaignIdField],
    perform,
    sample: { contact_id: 'seD4PfOuKoVMLkEZqohJ', campaign_id: 'camp-1', added: true },
    outputFields: [
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'campaign_id', label: 'Campaign ID', type: 'string' },
      { key: 'added', label: 'Added', type: 'boolean' },
    ],
  },
});
