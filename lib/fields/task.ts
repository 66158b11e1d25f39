/**
 * Task fields as a marketer sees them, and a HighLevel task as later Zap steps see it.
 */
import { invalidInput } from '../errors';
import { readDateTime, readId, readText, requireText } from '../input';
import type { Task } from '../schemas';
import type { TaskBody } from '../tasks';

/** Picks one of the chosen contact's tasks; the dropdown reads the Contact field above it. */
export const taskIdField = {
  key: 'task_id',
  label: 'Task',
  type: 'string',
  required: true,
  dynamic: 'task_list.id.name',
  helpText:
    "Pick one of the contact's tasks (choose the Contact first), or map the Task ID from an " +
    'earlier step such as New Task or Find Task.',
} as const;

export const taskTitleField = {
  key: 'title',
  label: 'Title',
  type: 'string',
  placeholder: 'Call back about the quote',
  helpText: 'What needs doing, in a few words, for example "Call back about the quote".',
} as const;

export const taskDescriptionField = {
  key: 'description',
  label: 'Description',
  type: 'text',
  helpText: 'Optional details for whoever does the task, for example "Ask about the 2-year plan".',
} as const;

export const taskDueDateField = {
  key: 'due_date',
  label: 'Due Date',
  type: 'datetime',
  helpText:
    'When the task is due, for example 2026-03-10 09:00. A time without a timezone is read in ' +
    "the Zap's timezone.",
} as const;

export const taskOwnerField = {
  key: 'assigned_to',
  label: 'Assigned To',
  type: 'string',
  dynamic: 'user_list.id.name',
  helpText: 'Optional. The HighLevel user who should do the task.',
} as const;

export const taskOutput = (task: Task) => ({
  id: task.id,
  title: task.title ?? null,
  description: task.body ?? null,
  due_date: task.dueDate ?? null,
  completed: task.completed ?? false,
  assigned_to: task.assignedTo ?? null,
  contact_id: task.contactId ?? null,
  date_added: task.dateAdded ?? null,
  date_updated: task.dateUpdated ?? null,
});

export const taskOutputFields = [
  { key: 'id', label: 'Task ID', type: 'string' },
  { key: 'title', label: 'Title', type: 'string' },
  { key: 'description', label: 'Description', type: 'string' },
  { key: 'due_date', label: 'Due Date', type: 'datetime' },
  { key: 'completed', label: 'Completed', type: 'boolean' },
  { key: 'assigned_to', label: 'Assigned To User ID', type: 'string' },
  { key: 'contact_id', label: 'Contact ID', type: 'string' },
  { key: 'date_added', label: 'Date Added', type: 'datetime' },
  { key: 'date_updated', label: 'Date Updated', type: 'datetime' },
] as const;

export type TaskInputMode = 'create' | 'update';

/**
 * HighLevel's task body from what the user filled in, read before any request. A due date
 * without its own offset is read in the Zap's timezone.
 */
export const taskBodyFromInput = (
  input: Record<string, unknown>,
  zapTimezone: string | undefined,
  mode: TaskInputMode,
): TaskBody => {
  const body: TaskBody = {
    title:
      mode === 'create'
        ? requireText(input.title, 'Title', 'Call back about the quote')
        : readText(input.title),
    body: readText(input.description),
    dueDate: readDateTime(input.due_date, 'Due Date', zapTimezone),
    assignedTo: readId(input.assigned_to, 'Assigned To', false),
  };
  if (mode === 'create') {
    if (!body.dueDate)
      throw invalidInput('Due Date', 'is required but was empty', '2026-03-10 09:00');
    body.completed = false;
  }
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== undefined),
  ) as TaskBody;
};
