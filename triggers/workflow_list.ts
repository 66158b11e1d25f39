import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { listWorkflows } from '../lib/workflows';

const perform = async (z: ZObject, bundle: Bundle) =>
  (await listWorkflows(z, bundle)).map((workflow) => ({
    id: workflow.id,
    name: `${workflow.name ?? workflow.id}${workflow.status ? ` (${workflow.status})` : ''}`,
  }));

export default defineTrigger({
  key: 'workflow_list',
  noun: 'Workflow',

  display: {
    label: 'List Workflows',
    description: 'Lists the workflows of your HighLevel location, for dropdowns.',
    hidden: true,
  },

  operation: {
    type: 'polling',
    perform,
    sample: { id: '78559bb3-b920-461e-b010-7b2a2816d2a9', name: 'New Lead Nurture (published)' },
  },
});
