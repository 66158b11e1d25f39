import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactsTaggedRecently } from '../lib/contacts';
import { contactOutputFields, contactResults } from '../lib/fields/contact';
import { customFieldOutputsFor } from '../lib/fields/custom';
import { requireText } from '../lib/input';
import { sampleContact } from '../lib/samples';

/**
 * Cost: one contact search per poll (plus the custom-field list, cached for an hour). The item
 * id joins contact and tag, so each contact fires once for the tag; Zapier remembers it, so a
 * tag removed and added again later does not fire a second time.
 */
const perform = async (z: ZObject, bundle: Bundle) => {
  const tag = requireText(bundle.inputData.tag, 'Tag', 'webinar');
  const contacts = await contactsTaggedRecently(z, bundle, tag);
  return (await contactResults(z, bundle, contacts)).map((contact) => ({
    ...contact,
    id: `${contact.id}:${tag}`,
    contact_id: contact.id,
    tag,
  }));
};

export default defineTrigger({
  key: 'contact_tag_added',
  noun: 'Contact',

  display: {
    label: 'Contact Tag Added',
    description: 'Triggers when a tag you choose is added to a contact.',
  },

  operation: {
    type: 'polling',
    inputFields: [
      {
        key: 'tag',
        label: 'Tag',
        type: 'string',
        required: true,
        dynamic: 'tag_list.name.name',
        helpText:
          'The tag to watch, for example "webinar". The Zap runs once for each contact that ' +
          'gets this tag.',
      },
    ],
    perform,
    sample: {
      ...sampleContact,
      id: `${sampleContact.id}:webinar`,
      contact_id: sampleContact.id,
      tag: 'webinar',
    },
    outputFields: [
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'id', label: 'Event ID (contact ID and tag)', type: 'string' },
      { key: 'tag', label: 'Tag Added', type: 'string' },
      ...contactOutputFields.filter((field) => field.key !== 'id'),
      customFieldOutputsFor,
    ],
  },
});
