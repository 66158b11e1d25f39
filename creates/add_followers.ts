import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { followersField } from '../lib/fields/pickers';
import { addFollowers } from '../lib/followers';
import { readId, readIdList } from '../lib/input';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const followers = readIdList(bundle.inputData.followers, 'Followers');
  const result = await addFollowers(z, contactId, followers);
  return {
    contact_id: contactId,
    followers: result.followers ?? [],
    changed: result.followersAdded ?? [],
  };
};

export default defineCreate({
  key: 'add_followers',
  noun: 'Followers',

  display: {
    label: 'Add Followers to Contact',
    description: 'Adds users as followers of a contact, so they hear about its activity.',
  },

  operation: {
    inputFields: [contactIdField, followersField],
    perform,
    sample: {
      contact_id: 'seD4PfOuKoVMLkEZqohJ',
      followers: ['y0BeYjuRIlDwsDcOHOJo'],
      changed: ['y0BeYjuRIlDwsDcOHOJo'],
    },
    outputFields: [
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'followers[]', label: 'Followers Now (User IDs)', type: 'string' },
      { key: 'changed[]', label: 'Followers Added (User IDs)', type: 'string' },
    ],
  },
});
