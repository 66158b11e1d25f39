import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { findDuplicate, listContactsMatching } from '../lib/contacts';
import { invalidInput } from '../lib/errors';
import { contactOutputFields, contactResults, emailField, phoneField } from '../lib/fields/contact';
import { customFieldOutputsFor } from '../lib/fields/custom';
import { locationCountryOf, readEmail, readPhone, readText } from '../lib/input';
import { sampleContact } from '../lib/samples';

/** HighLevel caps free-text queries at 75 characters. */
const MAX_QUERY_LENGTH = 75;
/** Zapier uses the first match; a few more let a Zap loop over close matches if it wants. */
const QUERY_LIMIT = 10;

/**
 * Looks the contact up the way HighLevel's own duplicate rules do: by email first, then phone,
 * then by free text. Limit: email and phone return the one contact HighLevel considers the
 * match, not every contact sharing a phone, in locations that allow duplicates.
 */
const perform = async (z: ZObject, bundle: Bundle) => {
  const email = readEmail(bundle.inputData.email);
  const phone = readPhone(bundle.inputData.phone, locationCountryOf(bundle));
  const query = readText(bundle.inputData.query);
  if (!email && !phone && !query) {
    throw invalidInput(
      'Email',
      'is empty, and so are Phone and Search Text; fill in one of them',
      'jane@example.com, +1 555 010 9999 or Jane Doe',
    );
  }
  if (query && query.length > MAX_QUERY_LENGTH) {
    throw invalidInput('Search Text', `is longer than ${MAX_QUERY_LENGTH} characters`, 'Jane Doe');
  }
  const contact =
    (email ? await findDuplicate(z, bundle, { email }) : null) ??
    (phone ? await findDuplicate(z, bundle, { phone }) : null);
  if (contact) return contactResults(z, bundle, [contact]);
  if (!query) return [];
  return contactResults(z, bundle, await listContactsMatching(z, bundle, query, QUERY_LIMIT));
};

export default defineSearch({
  key: 'find_contact',
  noun: 'Contact',

  display: {
    label: 'Find Contact',
    description: 'Finds a contact by email, phone number, or name and other text.',
  },

  operation: {
    inputFields: [
      { ...emailField, helpText: 'The email to look for, for example jane@example.com.' },
      {
        ...phoneField,
        helpText:
          'The phone to look for, for example +1 555 010 9999. Used when Email is empty or ' +
          'finds nobody.',
      },
      {
        key: 'query',
        label: 'Search Text',
        type: 'string',
        placeholder: 'Jane Doe',
        helpText:
          'Optional. A name, company, email or phone to search for, for example "Jane Doe". ' +
          'Used when Email and Phone are empty or find nobody; the first match is used.',
      },
    ],
    perform,
    sample: sampleContact,
    outputFields: [...contactOutputFields, customFieldOutputsFor],
  },
});
