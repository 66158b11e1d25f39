import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { contactIdField } from '../lib/fields/contact';
import { taskOutput, taskOutputFields } from '../lib/fields/task';
import { readId, readText } from '../lib/input';
import { sampleTask } from '../lib/samples';
import { findContactTasks, type TaskStatus } from '../lib/tasks';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  const status = (readText(bundle.inputData.status) ?? 'any') as TaskStatus;
  const title = readText(bundle.inputData.title);
  return (await findContactTasks(z, contactId, { title, status })).map(taskOutput);
};

export default defineSearch({
  key: 'find_tasks',
  noun: 'Task',

  display: {
    label: 'Find Task',
    description: "Finds a contact's tasks, optionally by title or by open or done.",
  },

  operation: {
    inputFields: [
      contactIdField,
      {
        key: 'title',
        label: 'Title Contains',
        type: 'string',
        helpText:
          'Optional. Only tasks whose title contains this text (any case), for example ' +
          '"call back".',
      },
      {
        key: 'status',
        label: 'Status',
        type: 'string',
        default: 'any',
        choices: [
          { value: 'any', label: 'Open or done', sample: 'any' },
          { value: 'open', label: 'Open only', sample: 'open' },
          { value: 'completed', label: 'Done only', sample: 'completed' },
        ],
        helpText: 'Which tasks to look at. The soonest due comes first.',
      },
    ],
    perform,
    sample: sampleTask,
    outputFields: [...taskOutputFields],
  },
});
