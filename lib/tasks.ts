/**
 * Task requests: a contact's tasks live under the contact, and one location-wide search lists
 * tasks across every contact (for the task triggers).
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel, locationIdOf } from './client';
import {
  locationTaskListSchema,
  succededSchema,
  taskEnvelopeSchema,
  taskListSchema,
  type Task,
} from './schemas';

export interface TaskBody {
  title?: string;
  body?: string;
  dueDate?: string;
  assignedTo?: string;
  completed?: boolean;
}

/** A task's fields as its steps label them, for refusals that name one. */
const TASK_FIELD_LABELS = {
  title: 'Title',
  body: 'Description',
  dueDate: 'Due Date',
  assignedTo: 'Assigned To',
  completed: 'Completed',
};

export const listContactTasks = async (z: ZObject, contactId: string): Promise<Task[]> => {
  const { tasks } = await callHighLevel(z, {
    method: 'GET',
    route: '/contacts/{contactId}/tasks',
    pathParams: { contactId },
    schema: taskListSchema,
    resource: 'contact',
  });
  return tasks;
};

export const getTask = async (z: ZObject, contactId: string, taskId: string): Promise<Task> => {
  const { task } = await callHighLevel(z, {
    method: 'GET',
    route: '/contacts/{contactId}/tasks/{taskId}',
    pathParams: { contactId, taskId },
    schema: taskEnvelopeSchema,
    resource: 'task',
  });
  return task;
};

export const createTask = async (z: ZObject, contactId: string, body: TaskBody): Promise<Task> => {
  const { task } = await callHighLevel(z, {
    method: 'POST',
    route: '/contacts/{contactId}/tasks',
    pathParams: { contactId },
    body,
    schema: taskEnvelopeSchema,
    resource: 'task',
    fieldLabels: TASK_FIELD_LABELS,
  });
  return task;
};

export const updateTask = async (
  z: ZObject,
  contactId: string,
  taskId: string,
  body: TaskBody,
): Promise<Task> => {
  const { task } = await callHighLevel(z, {
    method: 'PUT',
    route: '/contacts/{contactId}/tasks/{taskId}',
    pathParams: { contactId, taskId },
    body,
    schema: taskEnvelopeSchema,
    resource: 'task',
    fieldLabels: TASK_FIELD_LABELS,
  });
  return task;
};

export const setTaskCompleted = async (
  z: ZObject,
  contactId: string,
  taskId: string,
  completed: boolean,
): Promise<Task> => {
  const { task } = await callHighLevel(z, {
    method: 'PUT',
    route: '/contacts/{contactId}/tasks/{taskId}/completed',
    pathParams: { contactId, taskId },
    body: { completed },
    schema: taskEnvelopeSchema,
    resource: 'task',
  });
  return task;
};

export const deleteTask = async (z: ZObject, contactId: string, taskId: string): Promise<void> => {
  await callHighLevel(z, {
    method: 'DELETE',
    route: '/contacts/{contactId}/tasks/{taskId}',
    pathParams: { contactId, taskId },
    schema: succededSchema,
    resource: 'task',
  });
};

/**
 * One page of the location-wide task search. Limit: the spec offers no sort or date filter, so
 * callers cannot ask for the newest tasks; they get HighLevel's own order.
 */
export const searchLocationTasks = async (
  z: ZObject,
  bundle: Bundle,
  search: { completed?: boolean; limit: number; skip: number },
): Promise<Task[]> => {
  const { tasks } = await callHighLevel(z, {
    method: 'POST',
    route: '/locations/{locationId}/tasks/search',
    pathParams: { locationId: locationIdOf(bundle) },
    body: search,
    schema: locationTaskListSchema,
    resource: 'task search',
    idempotent: true,
  });
  return tasks.map(({ _id, ...task }) => ({ ...task, id: (task.id ?? _id) as string }));
};

/** The task search page a trigger asks for, and how many pages it may read per poll. */
export const TASK_POLL_PAGE_SIZE = 100;
export const TASK_POLL_MAX_PAGES = 3;

/**
 * Up to TASK_POLL_MAX_PAGES pages of the location's tasks, newest first by the date given.
 * The number of requests is bounded whatever the location's size; the price is that a location
 * with more tasks than the pages hold may have a task the poll does not see.
 */
export const pollLocationTasks = async (
  z: ZObject,
  bundle: Bundle,
  search: { completed?: boolean; newestBy: 'dateAdded' | 'dateUpdated' },
): Promise<Task[]> => {
  // Keyed by id: without a sort, a task can move between pages while they are read, and Zapier
  // refuses a poll that lists the same item twice.
  const found = new Map<string, Task>();
  for (let page = 0; page < TASK_POLL_MAX_PAGES; page += 1) {
    const tasks = await searchLocationTasks(z, bundle, {
      completed: search.completed,
      limit: TASK_POLL_PAGE_SIZE,
      skip: page * TASK_POLL_PAGE_SIZE,
    });
    for (const task of tasks) found.set(task.id, task);
    if (tasks.length < TASK_POLL_PAGE_SIZE) break;
  }
  const at = (task: Task) => Date.parse(task[search.newestBy] ?? task.dateAdded ?? '') || 0;
  return [...found.values()].sort((a, b) => at(b) - at(a));
};

/** Stored dates come with milliseconds; HighLevel's own examples send whole seconds and a Z. */
const asSentDate = (stored: string | null | undefined): string | undefined => {
  if (!stored) return undefined;
  const moment = new Date(stored);
  return Number.isNaN(moment.getTime()) ? stored : moment.toISOString().replace(/\.000Z$/, 'Z');
};

/**
 * Changes only what the user filled in. HighLevel's update may reset a title or due date that
 * is left out, so the task is read first and both are sent again unchanged (2 requests).
 */
export const updateTaskKeeping = async (
  z: ZObject,
  contactId: string,
  taskId: string,
  changes: TaskBody,
): Promise<Task> => {
  const stored = await getTask(z, contactId, taskId);
  const body: TaskBody = {
    title: stored.title ?? undefined,
    dueDate: asSentDate(stored.dueDate),
    ...changes,
  };
  const sent = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
  return updateTask(z, contactId, taskId, sent);
};

export type TaskStatus = 'any' | 'open' | 'completed';

/** A contact's tasks that match, soonest due first; HighLevel filters none of this itself. */
export const findContactTasks = async (
  z: ZObject,
  contactId: string,
  filter: { title?: string; status: TaskStatus },
): Promise<Task[]> => {
  const wanted = filter.title?.toLowerCase();
  const due = (task: Task) => Date.parse(task.dueDate ?? '') || Number.MAX_SAFE_INTEGER;
  return (await listContactTasks(z, contactId))
    .filter(
      (task) =>
        filter.status === 'any' || Boolean(task.completed) === (filter.status === 'completed'),
    )
    .filter((task) => !wanted || (task.title ?? '').toLowerCase().includes(wanted))
    .sort((a, b) => due(a) - due(b));
};
