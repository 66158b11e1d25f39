import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { invalidInput } from '../lib/errors';
import { contactIdField } from '../lib/fields/contact';
import {
  taskBodyFromInput,
  taskDescriptionField,
  taskDueDateField,
  taskIdField,
  taskOutput,
  taskOutputFields,
  taskOwnerField,
  taskTitleField,
} from '../lib/fields/task';
import { readId } from '../lib/input';
import { sampleTask } from '../lib/samples';
import { updateTaskKeeping } from '../lib/tasks';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const taskId = readId(bundle.inputData.task_id, 'Task') as string;
  const changes = taskBodyFromInput(bundle.inputData, bundle.meta?.timezone ?? undefined, 'update');
  if (!Object.keys(changes).length) {
    throw invalidInput('Title', 'and the other task fields are all empty', 'a new Due Date');
  }
  return taskOutput(await updateTaskKeeping(z, contactId, taskId, changes));
};

const keep = 'Leave empty to keep the current value.';

export default defineCreate({
  key: 'update_task',
  noun: 'Task',

  display: {
    label: 'Update Task',
    description: "Changes a task's title, due date, description or assignee; the rest stays.",
  },

  operation: {
    inputFields: [
      contactIdField,
      taskIdField,
      { ...taskTitleField, helpText: `${taskTitleField.helpText} ${keep}` },
      { ...taskDueDateField, helpText: `${taskDueDateField.helpText} ${keep}` },
      { ...taskDescriptionField, helpText: `${taskDescriptionField.helpText} ${keep}` },
      { ...taskOwnerField, helpText: `The HighLevel user who should do the task. ${keep}` },
    ],
    perform,
    sample: sampleTask,
    outputFields: [...taskOutputFields],
  },
});
