import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { taskOutput, taskOutputFields } from '../lib/fields/task';
import { sampleTask } from '../lib/samples';
import { pollLocationTasks, TASK_POLL_MAX_PAGES, TASK_POLL_PAGE_SIZE } from '../lib/tasks';

/**
 * Cost: up to 3 task searches per poll (100 tasks each), fewer when the location has fewer
 * tasks. HighLevel's task search has no sort, so the newest are picked from what it returns.
 */
const perform = async (z: ZObject, bundle: Bundle) =>
  (await pollLocationTasks(z, bundle, { newestBy: 'dateAdded' })).map(taskOutput);

const watched = TASK_POLL_PAGE_SIZE * TASK_POLL_MAX_PAGES;

export default defineTrigger({
  key: 'new_task',
  noun: 'Task',

  display: {
    label: 'New Task',
    description:
      `Triggers when a task is added to any contact. Checks up to ${watched} of the ` +
      "location's tasks each time; in a location with more tasks, some may be missed.",
  },

  operation: {
    type: 'polling',
    perform,
    sample: sampleTask,
    outputFields: [...taskOutputFields],
  },
});
