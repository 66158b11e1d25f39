import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { addTags } from '../lib/contacts';
import { invalidInput } from '../lib/errors';
import { contactIdField } from '../lib/fields/contact';
import { tagsInputField } from '../lib/fields/pickers';
import { readId, readTags } from '../lib/input';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const tags = readTags(bundle.inputData.tags);
  if (!tags.length) throw invalidInput('Tags', 'is required but was empty', 'webinar, spring-sale');
  const current = await addTags(z, contactId, tags);
  return { contact_id: contactId, tags: current, tags_text: current.join(', ') };
};

export default defineCreate({
  key: 'add_tags',
  noun: 'Tags',

  display: {
    label: 'Add Tags to Contact',
    description: 'Adds tags to a contact; the tags it already has stay.',
  },

  operation: {
    inputFields: [
      contactIdField,
      {
        ...tagsInputField,
        helpText:
          'Tags to add, for example: webinar, spring-sale. New tags are created in HighLevel.',
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
