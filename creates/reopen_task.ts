import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { taskIdField, taskOutput, taskOutputFields } from '../lib/fields/task';
import { readId } from '../lib/input';
import { sampleTask } from '../lib/samples';
import { setTaskCompleted } from '../lib/tasks';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const taskId = readId(bundle.inputData.task_id, 'Task') as string;
  return taskOutput(await setTaskCompleted(z, contactId, taskId, false));
};

export default defineCreate({
  key: 'reopen_task',
  noun: 'Task',

  display: {
    label: 'Reopen Task',
    description: "Marks a contact's done task as not done again.",
  },

  operation: {
    inputFields: [contactIdField, taskIdField],
    perform,
    sample: { ...sampleTask, completed: false },
    outputFields: [...taskOutputFields],
  },
});
