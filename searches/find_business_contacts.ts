import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { listBusinessContacts } from '../lib/businesses';
import { contactOutputFields, contactResults } from '../lib/fields/contact';
import { customFieldOutputsFor } from '../lib/fields/custom';
import { businessIdField } from '../lib/fields/pickers';
import { readId, readText } from '../lib/input';
import { sampleContact } from '../lib/samples';

/** Zapier uses the first contact; the rest are there for Zaps that loop over them. */
const LIMIT = 100;

const perform = async (z: ZObject, bundle: Bundle) => {
  const businessId = readId(bundle.inputData.business_id, 'Business') as string;
  const query = readText(bundle.inputData.query);
  return contactResults(
    z,
    bundle,
    await listBusinessContacts(z, bundle, businessId, { query, limit: LIMIT }),
  );
};

export default defineSearch({
  key: 'find_business_contacts',
  noun: 'Contact',

  display: {
    label: 'Find Contacts of Business',
    description: 'Finds the contacts linked to a business (company), up to 100.',
  },

  operation: {
    inputFields: [
      businessIdField,
      {
        key: 'query',
        label: 'Search Text',
        type: 'string',
        helpText: 'Optional. Only contacts matching this name, email or phone, for example "Jane".',
      },
    ],
    perform,
    sample: sampleContact,
    outputFields: [...contactOutputFields, customFieldOutputsFor],
  },
});
