import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { workflowIdField } from '../lib/fields/pickers';
import { readId } from '../lib/input';
import { removeFromWorkflow } from '../lib/workflows';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const workflowId = readId(bundle.inputData.workflow_id, 'Workflow') as string;
  await removeFromWorkflow(z, contactId, workflowId);
  return { contact_id: contactId, workflow_id: workflowId, removed: true };
};

export default defineCreate({
  key: 'remove_from_workflow',
  noun: 'Workflow',

  display: {
    label: 'Remove Contact from Workflow',
    description: 'Takes a contact out of a workflow, stopping its remaining steps.',
  },

  operation: {
    inputFields: [contactIdField, workflowIdField],
    perform,
    sample: {
      contact_id: 'seD4PfOuKoVMLkEZqohJ',
      workflow_id: '78559bb3-b920-461e-b010-7b2a2816d2a9',
      removed: true,
    },
    outputFields: [
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'workflow_id', label: 'Workflow ID', type: 'string' },
      { key: 'removed', label: 'Removed', type: 'boolean' },
    ],
  },
});
