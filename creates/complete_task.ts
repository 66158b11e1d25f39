import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { taskIdField, taskOutput, taskOutputFields } from '../lib/fields/task';
import { readId } from '../lib/input';
import { sampleTask } from '../lib/samples';
import { setTaskCompleted } from '../lib/tasks';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const taskId = readId(bundle.inputData.task_id, 'Task') as string;
  return taskOutput(await setTaskCompleted(z, contactId, taskId, true));
};

export default defineCreate({
  key: 'complete_task',
  noun: 'Task',

  display: {
    label: 'Complete Task',
    description: "Marks a contact's task as done.",
  },

  operation: {
    inputFields: [contactIdField, taskIdField],
    perform,
    sample: { ...sampleTask, completed: true },
    outputFields: [...taskOutputFields],
  },
});
