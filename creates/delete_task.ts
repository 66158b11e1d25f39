import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { taskIdField } from '../lib/fields/task';
import { readId } from '../lib/input';
import { deleteTask } from '../lib/tasks';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const taskId = readId(bundle.inputData.task_id, 'Task') as string;
  await deleteTask(z, contactId, taskId);
  return { id: taskId, contact_id: contactId, deleted: true };
};

export default defineCreate({
  key: 'delete_task',
  noun: 'Task',

  display: {
    label: 'Delete Task',
    description: 'Deletes a task from a contact. This cannot be undone.',
  },

  operation: {
    inputFields: [contactIdField, taskIdField],
    perform,
    sample: { id: 't-1', contact_id: 'seD4PfOuKoVMLkEZqohJ', deleted: true },
    outputFields: [
      { key: 'id', label: 'Deleted Task ID', type: 'string' },
      { key: 'contact_id', label: 'Contact ID', type: 'string' },
      { key: 'deleted', label: 'Deleted', type: 'boolean' },
    ],
  },
});
