import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { listUsers, userName } from '../lib/location';

const perform = async (z: ZObject, bundle: Bundle) =>
  (await listUsers(z, bundle))
    .map((user) => ({ id: user.id, name: userName(user) }))
    .sort((a, b) => a.name.localeCompare(b.name));

/** Feeds the "Owner (Assigned User)", "Assigned To", "Written By" and "Followers" dropdowns. */
export default defineTrigger({
  key: 'user_list',
  noun: 'User',

  display: {
    label: 'List Users',
    description: 'Lists the users of your HighLevel location, for dropdowns.',
    hidden: true,
  },

  operation: {
    type: 'polling',
    perform,
    sample: { id: 'y0BeYjuRIlDwsDcOHOJo', name: 'Sam Owner' },
  },
});
