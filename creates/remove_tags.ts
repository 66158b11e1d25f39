import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { removeTags } from '../lib/contacts';
import { invalidInput } from '../lib/errors';
import { contactIdField } from '../lib/fields/contact';
import { tagsInputField } from '../lib/fields/pickers';
import { readId, readTags } from '../lib/input';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const tags = readTags(bundle.inputData.tags);
  if (!tags.length) throw invalidInput('Tags', 'is required but was empty', 'webinar, spring-sale');
  const current = await removeTags(z, contactId, tags);
  return { contact_id: contactId, tags: current, tags_text: current.join(', ') };
};

export default defineCreate({
  key: 'remove_tags',
  noun: 'Tags',

  display: {
    label: 'Remove Tags from Contact',
    description: 'Removes tags from a contact; its other tags stay.',
  },

  operation: {
    inputFields: [
      contactIdField,
      {
        ...tagsInputField,
        helpText:
          'Tags to take off the contact, for example: webinar. Tags it does not have are ignored.',
      },
    ],
    perform,
    sample: {
      contact_id: 'seD4PfOuKoVMLkEZqohJ',
      tags: ['webinar', 'spring-sale'],
      tags_text: 'webinar, spring-sale',
    },
    outputFields: [
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'tags[]', label: 'Tags Now on Contact', type: 'string' },
      { key: 'tags_text', label: 'Tags Now on Contact (Comma Separated)', type: 'string' },
    ],
  },
});
