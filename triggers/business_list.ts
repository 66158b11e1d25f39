import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { listBusinesses } from '../lib/businesses';

const perform = async (z: ZObject, bundle: Bundle) =>
  (await listBusinesses(z, bundle, bundle.meta?.page ?? 0)).map((business) => ({
    id: business.id,
    name: business.name ?? business.id,
  }));

export default defineTrigger({
  key: 'business_list',
  noun: 'Business',

  display: {
    label: 'List Businesses',
    description: 'Lists the businesses (companies) of your HighLevel location, for dropdowns.',
    hidden: true,
  },

  operation: {
    type: 'polling',
    perform,
    canPaginate: true,
    sample: { id: 'biz-1', name: 'Example Dental' },
  },
});
