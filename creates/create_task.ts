import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import {
  taskBodyFromInput,
  taskDescriptionField,
  taskDueDateField,
  taskOutput,
  taskOutputFields,
  taskOwnerField,
  taskTitleField,
} from '../lib/fields/task';
import { readId } from '../lib/input';
import { sampleTask } from '../lib/samples';
import { createTask } from '../lib/tasks';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const body = taskBodyFromInput(bundle.inputData, bundle.meta?.timezone ?? undefined, 'create');
  return taskOutput(await createTask(z, contactId, body));
};

export default defineCreate({
  key: 'create_task',
  noun: 'Task',

  display: {
    label: 'Create Task',
    description: 'Creates a to-do on a contact, such as a follow-up call, with a due date.',
  },

  operation: {
    inputFields: [
      contactIdField,
      { ...taskTitleField, required: true },
      { ...taskDueDateField, required: true },
      taskDescriptionField,
      taskOwnerField,
    ],
    perform,
    sample: sampleTask,
    outputFields: [...taskOutputFields],
  },
});
