import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { findDuplicate } from '../lib/contacts';
import { invalidInput } from '../lib/errors';
import { contactOutputFields, contactResults, emailField, phoneField } from '../lib/fields/contact';
import { customFieldOutputsFor } from '../lib/fields/custom';
import { locationCountryOf, readEmail, readPhone } from '../lib/input';
import { sampleContact } from '../lib/samples';

/** One request with both values, so HighLevel applies its own duplicate-matching order. */
const perform = async (z: ZObject, bundle: Bundle) => {
  const email = readEmail(bundle.inputData.email);
  const phone = readPhone(bundle.inputData.phone, locationCountryOf(bundle));
  if (!email && !phone) {
    throw invalidInput(
      'Email',
      'is empty, and so is Phone; fill in one of them',
      'jane@example.com or +1 555 010 9999',
    );
  }
  const contact = await findDuplicate(z, bundle, { email, phone });
  return contact ? contactResults(z, bundle, [contact]) : [];
};

export default defineSearch({
  key: 'find_duplicate_contact',
  noun: 'Contact',

  display: {
    label: 'Find Duplicate Contact',
    description:
      'Finds the contact HighLevel would treat as the same person, by its duplicate rules.',
  },

  operation: {
    inputFields: [
      { ...emailField, helpText: 'The email to check, for example jane@example.com.' },
      {
        ...phoneField,
        helpText:
          'The phone to check, for example +1 555 010 9999. With Email too, HighLevel decides ' +
          "which wins by your location's duplicate settings.",
      },
    ],
    perform,
    sample: sampleContact,
    outputFields: [...contactOutputFields, customFieldOutputsFor],
  },
});
