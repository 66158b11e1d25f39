import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { searchContacts } from '../lib/contacts';
import type { Contact } from '../lib/schemas';

const PAGE_SIZE = 100;

const labelOf = (contact: Contact): string => {
  const name =
    contact.name ||
    contact.contactName ||
    [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  const reach = contact.email || contact.phone;
  return [name, reach].filter(Boolean).join(' · ') || contact.id;
};

/** Recently changed contacts first, a page at a time as the user scrolls the dropdown. */
const perform = async (z: ZObject, bundle: Bundle) => {
  const { contacts } = await searchContacts(z, bundle, {
    pageLimit: PAGE_SIZE,
    page: (bundle.meta?.page ?? 0) + 1,
    sort: { field: 'dateUpdated', direction: 'desc' },
  });
  return contacts.map((contact) => ({ id: contact.id, name: labelOf(contact) }));
};

export default defineTrigger({
  key: 'contact_list',
  noun: 'Contact',

  display: {
    label: 'List Contacts',
    description: 'Lists contacts of your HighLevel location, for dropdowns.',
    hidden: true,
  },

  operation: {
    type: 'polling',
    perform,
    canPaginate: true,
    sample: { id: 'seD4PfOuKoVMLkEZqohJ', name: 'Jane Doe · jane.doe@example.com' },
  },
});
