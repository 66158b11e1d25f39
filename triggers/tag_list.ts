import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { listTags } from '../lib/location';

/** Tags are identified by name in HighLevel's contact endpoints, so the name is the id here. */
const perform = async (z: ZObject, bundle: Bundle) =>
  (await listTags(z, bundle)).map((name) => ({ id: name, name }));

export default defineTrigger({
  key: 'tag_list',
  noun: 'Tag',

  display: {
    label: 'List Tags',
    description: 'Lists the tags of your HighLevel location, for dropdowns.',
    hidden: true,
  },

  operation: {
    type: 'polling',
    perform,
    sample: { id: 'webinar', name: 'webinar' },
  },
});
