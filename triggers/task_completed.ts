import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { taskOutput, taskOutputFields } from '../lib/fields/task';
import { sampleTask } from '../lib/samples';
import type { Task } from '../lib/schemas';
import { pollLocationTasks, TASK_POLL_MAX_PAGES, TASK_POLL_PAGE_SIZE } from '../lib/tasks';

/**
 * Cost: up to 3 searches of completed tasks per poll (100 each). The item id joins the task id
 * with the time of its last change when HighLevel sends one, so a reopened task completed again
 * fires again. Limit: HighLevel's documented task has no time of change; without one, a task
 * fires for its first completion only.
 */
const completionIdOf = (task: Task): string => `${task.id}:${task.dateUpdated ?? 'completed'}`;

const perform = async (z: ZObject, bundle: Bundle) => {
  const tasks = await pollLocationTasks(z, bundle, { completed: true, newestBy: 'dateUpdated' });
  return tasks.map((task) => ({ ...taskOutput(task), id: completionIdOf(task), task_id: task.id }));
};

const watched = TASK_POLL_PAGE_SIZE * TASK_POLL_MAX_PAGES;

export default defineTrigger({
  key: 'task_completed',
  noun: 'Task',

  display: {
    label: 'Task Completed',
    description:
      `Triggers when a task is marked complete. Checks up to ${watched} completed tasks each ` +
      'time; in a location with more, some completions may be missed.',
  },

  operation: {
    type: 'polling',
    perform,
    sample: {
      ...sampleTask,
      completed: true,
      id: `${sampleTask.id}:2026-03-09T16:20:00.000Z`,
      task_id: sampleTask.id,
    },
    outputFields: [
      { key: 'task_id', label: 'Task ID', type: 'string' },
      { key: 'id', label: 'Completion ID (task ID and time)', type: 'string' },
      ...taskOutputFields.filter((field) => field.key !== 'id'),
    ],
  },
});
