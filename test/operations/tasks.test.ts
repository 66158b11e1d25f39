import task from '../fixtures/task.json';
import locationTasks from '../fixtures/location-tasks.json';
import { CONTACT, LOCATION, failureOf, highLevel, run, useHighLevel } from './support';

useHighLevel();

const taskPath = `/contacts/${CONTACT}/tasks`;

describe('create_task', () => {
  it('reads the due date in the Zap timezone', async () => {
    const scope = highLevel()
      .post(taskPath, {
        title: 'Call back about the quote',
        dueDate: '2026-03-10T17:00:00Z',
        completed: false,
      })
      .reply(201, { task });

    const result = await run('creates', 'create_task', {
      contact_id: CONTACT,
      title: 'Call back about the quote',
      due_date: '2026-03-10 10:00',
    });

    scope.done();
    expect(result).toMatchObject({
      id: 't-1',
      due_date: '2026-03-10T17:00:00.000Z',
      completed: false,
    });
  });

  it('sends the description and owner only when filled in', async () => {
    const scope = highLevel()
      .post(taskPath, {
        title: 'Call back',
        body: 'Ask about the plan',
        dueDate: '2026-03-10T17:00:00Z',
        assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
        completed: false,
      })
      .reply(201, { task });

    await run('creates', 'create_task', {
      contact_id: CONTACT,
      title: 'Call back',
      description: 'Ask about the plan',
      due_date: '2026-03-10T17:00:00Z',
      assigned_to: 'y0BeYjuRIlDwsDcOHOJo',
    });

    scope.done();
  });

  it('refuses an empty title before calling HighLevel', async () => {
    const message = await failureOf(
      run('creates', 'create_task', { contact_id: CONTACT, title: ' ', due_date: '2026-03-10' }),
    );

    expect(message).toMatch(/"Title" field is required/);
  });

  it('names the Due Date field when it is not a date', async () => {
    const message = await failureOf(
      run('creates', 'create_task', { contact_id: CONTACT, title: 'Call', due_date: 'next-ish' }),
    );

    expect(message).toMatch(/"Due Date" field is not a date and time/);
  });
});

describe('update_task', () => {
  // Shared case B22: changing only the title must not drop the stored due date.
  it('keeps the stored due date when only the title changes', async () => {
    const scope = highLevel()
      .get(`${taskPath}/t-1`)
      .reply(200, { task })
      .put(`${taskPath}/t-1`, { title: 'Call back on Monday', dueDate: '2026-03-10T17:00:00Z' })
      .reply(200, { task: { ...task, title: 'Call back on Monday' } });

    const result = await run('creates', 'update_task', {
      contact_id: CONTACT,
      task_id: 't-1',
      title: 'Call back on Monday',
    });

    scope.done();
    expect(result).toMatchObject({ id: 't-1', title: 'Call back on Monday' });
  });

  it('sends no location on the update', async () => {
    const scope = highLevel()
      .get(`${taskPath}/t-1`)
      .reply(200, { task })
      .put(
        `${taskPath}/t-1`,
        (body) => !('locationId' in body) && body.dueDate === '2026-03-11T17:00:00Z',
      )
      .reply(200, { task });

    await run('creates', 'update_task', {
      contact_id: CONTACT,
      task_id: 't-1',
      due_date: '2026-03-11 10:00',
    });

    scope.done();
  });

  it('refuses a step with nothing to change', async () => {
    const message = await failureOf(
      run('creates', 'update_task', { contact_id: CONTACT, task_id: 't-1' }),
    );

    expect(message).toMatch(/"Title" field and the other task fields are all empty/);
  });

  it('says which task was not found', async () => {
    highLevel().get(`${taskPath}/t-9`).reply(404, { statusCode: 404, message: 'Task not found' });

    const message = await failureOf(
      run('creates', 'update_task', { contact_id: CONTACT, task_id: 't-9', title: 'New' }),
    );

    expect(message).toMatch(/No task with ID t-9 was found/);
  });
});

describe('complete_task', () => {
  it('marks the task done', async () => {
    const scope = highLevel()
      .put(`${taskPath}/t-1/completed`, { completed: true })
      .reply(200, { task: { ...task, completed: true } });

    const result = await run('creates', 'complete_task', { contact_id: CONTACT, task_id: 't-1' });

    scope.done();
    expect(result.completed).toBe(true);
  });

  it('refuses a task id that is not an id', async () => {
    const message = await failureOf(
      run('creates', 'complete_task', { contact_id: CONTACT, task_id: 'call back/now' }),
    );

    expect(message).toMatch(/"Task" field does not look like a HighLevel ID/);
  });
});

describe('reopen_task', () => {
  it('marks the task not done', async () => {
    const scope = highLevel()
      .put(`${taskPath}/t-1/completed`, { completed: false })
      .reply(200, { task });

    const result = await run('creates', 'reopen_task', { contact_id: CONTACT, task_id: 't-1' });

    scope.done();
    expect(result.completed).toBe(false);
  });
});

describe('delete_task', () => {
  it('deletes the task and says so', async () => {
    const scope = highLevel().delete(`${taskPath}/t-1`).reply(200, { succeded: true });

    const result = await run('creates', 'delete_task', { contact_id: CONTACT, task_id: 't-1' });

    scope.done();
    expect(result).toEqual({ id: 't-1', contact_id: CONTACT, deleted: true });
  });

  it('asks to reconnect when the connection lacks the permission', async () => {
    highLevel()
      .delete(`${taskPath}/t-1`)
      .reply(401, { statusCode: 401, message: 'The token is not authorized for this scope.' });

    const message = await failureOf(
      run('creates', 'delete_task', { contact_id: CONTACT, task_id: 't-1' }),
    );

    expect(message).toMatch(/lacks the "contacts.write" permission/);
  });
});

describe('find_tasks', () => {
  const tasks = [
    { ...task, id: 't-3', title: 'Send brochure', dueDate: '2026-03-01T10:00:00.000Z' },
    {
      ...task,
      id: 't-2',
      title: 'Call back again',
      completed: true,
      dueDate: '2026-03-05T10:00:00.000Z',
    },
    task,
  ];

  it('finds open tasks by title, soonest due first', async () => {
    const scope = highLevel().get(taskPath).reply(200, { tasks });

    const result = await run('searches', 'find_tasks', {
      contact_id: CONTACT,
      title: 'CALL',
      status: 'open',
    });

    scope.done();
    expect(result.map((found: { id: string }) => found.id)).toEqual(['t-1']);
  });

  it('returns an empty list when no task matches', async () => {
    highLevel().get(taskPath).reply(200, { tasks: [] });

    const result = await run('searches', 'find_tasks', { contact_id: CONTACT, title: 'invoice' });

    expect(result).toEqual([]);
  });
});

describe('get_task', () => {
  it('returns the task with readable field names', async () => {
    const scope = highLevel().get(`${taskPath}/t-1`).reply(200, { task });

    const result = await run('searches', 'get_task', { contact_id: CONTACT, task_id: 't-1' });

    scope.done();
    expect(result).toEqual([
      expect.objectContaining({
        id: 't-1',
        description: 'Ask about the 2-year plan',
        contact_id: CONTACT,
      }),
    ]);
  });
});

describe('task_list', () => {
  it("lists the chosen contact's tasks by title", async () => {
    const scope = highLevel()
      .get(taskPath)
      .reply(200, { tasks: [task] });

    const result = await run('triggers', 'task_list', { contact_id: CONTACT });

    scope.done();
    expect(result).toEqual([{ id: 't-1', name: 'Call back about the quote' }]);
  });

  it('lists nothing until a contact is chosen', async () => {
    expect(await run('triggers', 'task_list', {})).toEqual([]);
  });
});

describe('new_task', () => {
  const searchPath = `/locations/${LOCATION}/tasks/search`;

  it('reads one page of the location tasks, newest first', async () => {
    const scope = highLevel().post(searchPath, { limit: 100, skip: 0 }).reply(200, locationTasks);

    const result = await run('triggers', 'new_task');

    scope.done();
    expect(result.map((found: { id: string }) => found.id)).toEqual(['t-2', 't-1']);
  });

  const page = (from: number) => ({
    tasks: Array.from({ length: 100 }, (_, n) => ({ _id: `t-${from + n}`, title: 'Follow up' })),
  });

  it('stops after three pages however many tasks the location has', async () => {
    const scope = highLevel()
      .post(searchPath, { limit: 100, skip: 0 })
      .reply(200, page(0))
      .post(searchPath, { limit: 100, skip: 100 })
      .reply(200, page(100))
      .post(searchPath, { limit: 100, skip: 200 })
      .reply(200, page(200));

    const result = await run('triggers', 'new_task');

    scope.done();
    expect(result).toHaveLength(300);
  });

  it('lists a task once even when it shows on two pages', async () => {
    highLevel()
      .post(searchPath, { limit: 100, skip: 0 })
      .reply(200, page(0))
      .post(searchPath, { limit: 100, skip: 100 })
      .reply(200, { tasks: [{ _id: 't-99', title: 'Follow up' }] });

    const result = await run('triggers', 'new_task');

    expect(result).toHaveLength(100);
  });

  it('asks to reconnect when the task permission is missing', async () => {
    highLevel()
      .post(searchPath)
      .reply(401, { statusCode: 401, message: 'The token is not authorized for this scope.' });

    expect(await failureOf(run('triggers', 'new_task'))).toMatch(
      /Reconnect your HighLevel account/,
    );
  });
});

describe('task_completed', () => {
  it('fires once per completion, keyed by task and time of change', async () => {
    const done = { tasks: locationTasks.tasks.filter((found) => found.completed) };
    const scope = highLevel()
      .post(`/locations/${LOCATION}/tasks/search`, { completed: true, limit: 100, skip: 0 })
      .reply(200, done);

    const result = await run('triggers', 'task_completed');

    scope.done();
    expect(result).toEqual([
      expect.objectContaining({
        id: 't-1:2026-03-09T16:20:00.000Z',
        task_id: 't-1',
        completed: true,
      }),
    ]);
  });
});
