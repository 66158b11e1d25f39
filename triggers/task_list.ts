import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { readId } from '../lib/input';
import { listContactTasks } from '../lib/tasks';

/** Without a contact chosen there is nothing to list yet; an empty dropdown says so. */
const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact', false);
  if (!contactId) return [];
  const tasks = await listContactTasks(z, contactId);
  return tasks.map((task) => ({
    id: task.id,
    name: `${task.title ?? task.id}${task.completed ? ' (done)' : ''}`,
  }));
};

export default defineTrigger({
  key: 'task_list',
  noun: 'Task',

  display: {
    label: 'List Tasks',
    description: "Lists a contact's tasks, for dropdowns.",
    hidden: true,
  },

  operation: {
    type: 'polling',
    perform,
    sample: { id: 't-1', name: 'Call back about the quote' },
  },
});
