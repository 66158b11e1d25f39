import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { listCampaigns } from '../lib/campaigns';

const perform = async (z: ZObject, bundle: Bundle) =>
  (await listCampaigns(z, bundle)).map((campaign) => ({
    id: campaign.id,
    name: `${campaign.name ?? campaign.id}${campaign.status ? ` (${campaign.status})` : ''}`,
  }));

export default defineTrigger({
  key: 'campaign_list',
  noun: 'Campaign',

  display: {
    label: 'List Campaigns',
    description: 'Lists the campaigns of your HighLevel location, for dropdowns.',
    hidden: true,
  },

  operation: {
    type: 'polling',
    perform,
    sample: { id: 'camp-1', name: 'Spring Newsletter (published)' },
  },
});
