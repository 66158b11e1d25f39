// Tasks and notes of a contact, plus the location-wide task search. None of these bump the
// contact's dateUpdated: HighLevel treats them as separate records (NOTES pitfall 12).
import { notFound } from './api-error';
import { requireContact } from './contacts';
import type { Handlers } from './handler';
import type { Note, Store, Task } from './store';

function taskJson(task: Task) {
  const { dateAdded: _added, ...rest } = task;
  return rest;
}

function noteJson(note: Note) {
  return { ...note };
}

function requireTask(store: Store, contactId: string, taskId: string): Task {
  const task = store.tasks.get(taskId);
  if (!task || task.contactId !== contactId) throw notFound('Task');
  return task;
}

function requireNote(store: Store, contactId: string, noteId: string): Note {
  const note = store.notes.get(noteId);
  if (!note || note.contactId !== contactId) throw notFound('Note');
  return note;
}

const editable = <T extends object>(target: T, body: Record<string, unknown>, keys: string[]) => {
  for (const key of keys) if (body[key] !== undefined) (target as any)[key] = body[key];
};

export const taskAndNoteHandlers: Handlers = {
  'get /contacts/{contactId}/tasks': ({ store, params }) => {
    const contact = requireContact(store, params['contactId']!);
    const tasks = [...store.tasks.values()].filter((t) => t.contactId === contact.id);
    return { status: 200, body: { tasks: tasks.map(taskJson) } };
  },
  'post /contacts/{contactId}/tasks': ({ store, params, body }) => {
    const contact = requireContact(store, params['contactId']!);
    const task: Task = {
      id: store.newId(),
      contactId: contact.id,
      title: body['title'],
      body: body['body'],
      dueDate: new Date(body['dueDate']).toISOString(),
      completed: body['completed'],
      assignedTo: body['assignedTo'],
      dateAdded: new Date(store.nowMs()).toISOString(),
    };
    store.tasks.set(task.id, task);
    return { status: 201, body: { task: taskJson(task) } };
  },
  'get /contacts/{contactId}/tasks/{taskId}': ({ store, params }) => ({
    status: 200,
    body: { task: taskJson(requireTask(store, params['contactId']!, params['taskId']!)) },
  }),
  'put /contacts/{contactId}/tasks/{taskId}': ({ store, params, body }) => {
    const task = requireTask(store, params['contactId']!, params['taskId']!);
    editable(task, body, ['title', 'body', 'completed', 'assignedTo']);
    if (body['dueDate'] !== undefined) task.dueDate = new Date(body['dueDate']).toISOString();
    return { status: 200, body: { task: taskJson(task) } };
  },
  'put /contacts/{contactId}/tasks/{taskId}/completed': ({ store, params, body }) => {
    const task = requireTask(store, params['contactId']!, params['taskId']!);
    task.completed = body['completed'];
    return { status: 200, body: { task: taskJson(task) } };
  },
  'delete /contacts/{contactId}/tasks/{taskId}': ({ store, params }) => {
    store.tasks.delete(requireTask(store, params['contactId']!, params['taskId']!).id);
    return { status: 200, body: { succeded: true } };
  },

  'get /contacts/{contactId}/notes': ({ store, params }) => {
    const contact = requireContact(store, params['contactId']!);
    const notes = [...store.notes.values()].filter((n) => n.contactId === contact.id);
    return { status: 200, body: { notes: notes.map(noteJson) } };
  },
  'post /contacts/{contactId}/notes': ({ store, params, body, userId }) => {
    const contact = requireContact(store, params['contactId']!);
    const note: Note = {
      id: store.newId(),
      contactId: contact.id,
      body: body['body'],
      title: body['title'],
      color: body['color'],
      pinned: body['pinned'],
      userId: body['userId'] ?? userId,
      dateAdded: new Date(store.nowMs()).toISOString(),
    };
    store.notes.set(note.id, note);
    return { status: 201, body: { note: noteJson(note) } };
  },
  'get /contacts/{contactId}/notes/{id}': ({ store, params }) => ({
    status: 200,
    body: { note: noteJson(requireNote(store, params['contactId']!, params['id']!)) },
  }),
  'put /contacts/{contactId}/notes/{id}': ({ store, params, body }) => {
    const note = requireNote(store, params['contactId']!, params['id']!);
    editable(note, body, ['body', 'title', 'color', 'pinned', 'userId']);
    return { status: 200, body: { note: noteJson(note) } };
  },
  'delete /contacts/{contactId}/notes/{id}': ({ store, params }) => {
    store.notes.delete(requireNote(store, params['contactId']!, params['id']!).id);
    return { status: 200, body: { succeded: true } };
  },

  // Limit: no sort or date filter, as in the spec; newest tasks first.
  'post /locations/{locationId}/tasks/search': ({ store, body }) => {
    const wanted = (list: unknown, value: string | undefined) =>
      !Array.isArray(list) || (value !== undefined && list.includes(value));
    const q = typeof body['query'] === 'string' ? body['query'].toLowerCase() : undefined;
    const tasks = [...store.tasks.values()]
      .filter((t) => wanted(body['contactId'], t.contactId))
      .filter((t) => wanted(body['assignedTo'], t.assignedTo))
      .filter((t) => body['completed'] === undefined || t.completed === body['completed'])
      .filter((t) => !q || `${t.title} ${t.body ?? ''}`.toLowerCase().includes(q))
      .sort((a, b) => (a.dateAdded < b.dateAdded ? 1 : a.dateAdded > b.dateAdded ? -1 : 0));
    const skip = body['skip'] ?? 0;
    const limit = body['limit'] ?? 25; // the spec's default
    return { status: 200, body: { tasks: tasks.slice(skip, skip + limit).map(taskJson) } };
  },
};
