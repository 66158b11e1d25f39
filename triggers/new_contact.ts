import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { searchContacts } from '../lib/contacts';
import { contactOutputFields, contactResults } from '../lib/fields/contact';
import { customFieldOutputsFor } from '../lib/fields/custom';
import { sampleContact } from '../lib/samples';

/**
 * Newest contacts first, one page. Zapier keeps the ids it has seen, so a contact added in the
 * same second as the last one seen still fires: nothing here filters by time.
 */
export const POLL_PAGE_SIZE = 100;

const perform = async (z: ZObject, bundle: Bundle) => {
  const { contacts } = await searchContacts(z, bundle, {
    pageLimit: POLL_PAGE_SIZE,
    sort: { field: 'dateAdded', direction: 'desc' },
  });
  return contactResults(z, bundle, contacts);
};

export default defineTrigger({
  key: 'new_contact',
  noun: 'Contact',

  display: {
    label: 'New Contact',
    description: 'Triggers when a new contact is added to your HighLevel location.',
  },

  operation: {
    type: 'polling',
    perform,
    sample: sampleContact,
    outputFields: [...contactOutputFields, customFieldOutputsFor],
  },
});
