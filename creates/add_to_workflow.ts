import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { workflowIdField } from '../lib/fields/pickers';
import { readDateTime, readId } from '../lib/input';
import { addToWorkflow } from '../lib/workflows';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const workflowId = readId(bundle.inputData.workflow_id, 'Workflow') as string;
  const zone = bundle.meta?.timezone ?? undefined;
  const startTime = readDateTime(bundle.inputData.start_time, 'Start Time', zone);
  await addToWorkflow(z, contactId, workflowId, startTime);
  return {
    contact_id: contactId,
    workflow_id: workflowId,
    start_time: startTime ?? null,
    added: true,
  };
};

export default defineCreate({
  key: 'add_to_workflow',
  noun: 'Workflow',

  display: {
    label: 'Add Contact to Workflow',
    description: 'Enrolls a contact in a workflow, now or from a start time you choose.',
  },

  operation: {
    inputFields: [
      contactIdField,
      workflowIdField,
      {
        key: 'start_time',
        label: 'Start Time',
        type: 'datetime',
        helpText:
          'Optional. When the workflow should start for the contact, for example the ' +
          "appointment time 2026-03-20 16:00 (read in the Zap's timezone). Leave empty to " +
          'start right away.',
      },
    ],
    perform,
    sample: {
      contact_id: 'seD4PfOuKoVMLkEZqohJ',
      workflow_id: '78559bb3-b920-461e-b010-7b2a2816d2a9',
      start_time: null,
      added: true,
    },
    outputFields: [
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'workflow_id', label: 'Workflow ID', type: 'string' },
      { key: 'start_time', label: 'Start Time', type: 'datetime' },
      { key: 'added', label: 'Added', type: 'boolean' },
    ],
  },
});
