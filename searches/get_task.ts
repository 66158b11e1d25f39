import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { taskIdField, taskOutput, taskOutputFields } from '../lib/fields/task';
import { readId } from '../lib/input';
import { sampleTask } from '../lib/samples';
import { getTask } from '../lib/tasks';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const taskId = readId(bundle.inputData.task_id, 'Task') as string;
  return [taskOutput(await getTask(z, contactId, taskId))];
};

export default defineSearch({
  key: 'get_task',
  noun: 'Task',

  display: {
    label: 'Get Task by ID',
    description: 'Gets the details of one task of a contact, such as its due date and status.',
  },

  operation: {
    inputFields: [contactIdField, taskIdField],
    perform,
    sample: sampleTask,
    outputFields: [...taskOutputFields],
  },
});
