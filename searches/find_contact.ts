import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { findDuplicate } from '../lib/contacts';
import { invalidInput } from '../lib/errors';
import { contactOutputFields, contactResult, customFieldIdsIn, emailField, phoneField } from '../lib/fields/contact';
import { customFieldOutputsFor, loadDefinitions } from '../lib/fields/custom';
import { locationCountryOf, readEmail, readPhone } from '../lib/input';
import { sampleContact } from '../lib/samples';

/**
 * Looks the contact up the way HighLevel's own duplicate rules do: by email first, then phone.
 * Limit: it returns the one contact HighLevel considers the match, not every contact sharing a
 * phone, in locations that allow duplicates.
 */
const perform = async (z: ZObject, bundle: Bundle) => {
  const email = readEmail(bundle.inputData.email);
  const phone = readPhone(bundle.inputData.phone, locationCountryOf(bundle));
  if (!email && !phone) {
    throw invalidInput('Email', 'and Phone are both empty', 'jane@example.com or +1 555 010 9999');
  }
  const contact =
    (email ? await findDuplicate(z, bundle, { email }) : null) ??
    (phone ? await findDuplicate(z, bundle, { phone }) : null);
  if (!contact) return [];
  const definitions = await loadDefinitions(z, bundle, customFieldIdsIn([contact]));
  return [contactResult(contact, definitions)];
};

export default defineSearch({
  key: 'find_contact',
  noun: 'Contact',

  display: {
    label: 'Find Contact',
    description: 'Finds a contact by email or phone number.',
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
    ],
    perform,
    sample: sampleContact,
    outputFields: [...contactOutputFields, customFieldOutputsFor],
  },
});
