import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { setContactsBusiness } from '../lib/businesses';
import { contactIdsField } from '../lib/fields/pickers';
import { readIdList } from '../lib/input';

/** HighLevel unlinks contacts when the business is empty (null), whichever business they had. */
const perform = async (z: ZObject, bundle: Bundle) => {
  const contactIds = readIdList(bundle.inputData.contact_ids, 'Contacts');
  const result = await setContactsBusiness(z, bundle, contactIds, null);
  return { contact_ids: result.ids ?? contactIds, success: result.success ?? true };
};

export default defineCreate({
  key: 'remove_contacts_from_business',
  noun: 'Business',

  display: {
    label: 'Remove Contacts from Business',
    description: 'Unlinks one or more contacts from the business (company) they belong to.',
  },

  operation: {
    inputFields: [contactIdsField],
    perform,
    sample: { contact_ids: ['seD4PfOuKoVMLkEZqohJ'], success: true },
    outputFields: [
      { key: 'contact_ids[]', label: 'Contact IDs', type: 'string' },
      { key: 'success', label: 'Success', type: 'boolean' },
    ],
  },
});
