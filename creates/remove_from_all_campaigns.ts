import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { removeFromAllCampaigns } from '../lib/campaigns';
import { contactIdField } from '../lib/fields/contact';
import { readId } from '../lib/input';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  await removeFromAllCampaigns(z, contactId);
  return { contact_id: contactId, removed: true };
};

export default defineCreate({
  key: 'remove_from_all_campaigns',
  noun: 'Campaign',

  display: {
    label: 'Remove Contact from All Campaigns',
    description: 'Takes a contact out of every campaign it is in, for example after it buys.',
  },

  operation: {
    inputFields: [contactIdField],
    perform,
    sample: { contact_id: 'seD4PfOuKoVMLkEZqohJ', removed: true },
    outputFields: [
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'removed', label: 'Removed', type: 'boolean' },
    ],
  },
});
