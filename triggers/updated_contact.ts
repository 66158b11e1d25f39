import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { searchContacts } from '../lib/contacts';
import { contactOutputFields, contactResults } from '../lib/fields/contact';
import { customFieldOutputsFor } from '../lib/fields/custom';
import { sampleContact } from '../lib/samples';
import type { Contact } from '../lib/schemas';

const POLL_PAGE_SIZE = 100;

/**
 * Zapier fires once per item id, so the id joins the contact's id with the time of its change:
 * each change is a new item, and the same change polled twice is the same item. The contact's
 * own id stays available as `contact_id` for later steps.
 */
const changeIdOf = (contactId: string, dateUpdated: unknown): string =>
  `${contactId}:${dateUpdated}`;

/** A contact never edited since it was added has not been updated; New Contact covers it. */
const wasChanged = (contact: Contact): boolean =>
  Boolean(contact.dateUpdated) && contact.dateUpdated !== contact.dateAdded;

const perform = async (z: ZObject, bundle: Bundle) => {
  const { contacts } = await searchContacts(z, bundle, {
    pageLimit: POLL_PAGE_SIZE,
    sort: { field: 'dateUpdated', direction: 'desc' },
  });
  const changed = contacts.filter(wasChanged);
  return (await contactResults(z, bundle, changed)).map((contact) => ({
    ...contact,
    id: changeIdOf(contact.id, contact.date_updated),
    contact_id: contact.id,
  }));
};

export default defineTrigger({
  key: 'updated_contact',
  noun: 'Contact',

  display: {
    label: 'Updated Contact',
    description:
      'Triggers when a contact in your HighLevel location is changed, once for every change.',
  },

  operation: {
    type: 'polling',
    perform,
    sample: {
      ...sampleContact,
      id: changeIdOf(sampleContact.id, sampleContact.date_updated),
      contact_id: sampleContact.id,
    },
    outputFields: [
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'id', label: 'Change ID (contact ID and time of change)', type: 'string' },
      ...contactOutputFields.filter((field) => field.key !== 'id'),
      customFieldOutputsFor,
    ],
  },
});
