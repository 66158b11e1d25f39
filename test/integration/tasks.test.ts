import { failureOf } from '../support/errors';
import { requestsDuring, useSandbox } from '../support/sandbox';

// These tests run steps back to back far faster than Zaps do; HighLevel's burst limit is
// covered by the sandbox's own tests.
const connected = useSandbox({ seed: { contacts: 50 }, rateLimit: false });

let people = 0;
/** A new contact of its own for each test, so one test's tasks never show in another's. */
const newContact = async (): Promise<string> => {
  people += 1;
  const contact = await connected.zap.run('creates', 'create_contact', {
    email: `task.person.${people}@example.test`,
    first_name: 'Tara',
  });
  return contact.id;
};

const createTask = (contactId: string, title: string, dueDate = '2026-03-10 09:00') =>
  connected.zap.run('creates', 'create_task', { contact_id: contactId, title, due_date: dueDate });

describe('create_task', () => {
  it('adds an open task to the contact, due at the time given in the Zap timezone', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();

    const { result: task, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'create_task', {
        contact_id: contactId,
        title: 'Call back about the quote',
        due_date: '2026-03-10 09:00',
        description: 'Asked about whitening.',
      }),
    );

    expect(requests).toHaveLength(1);
    expect(sandbox.store.tasks.get(task.id)).toMatchObject({
      contactId,
      title: 'Call back about the quote',
      body: 'Asked about whitening.',
      dueDate: '2026-03-10T13:00:00.000Z',
      completed: false,
    });
    expect(task).toMatchObject({ contact_id: contactId, completed: false });
  });
});

describe('update_task', () => {
  it('changes the title and keeps the due date, in two requests', async () => {
    const { zap, sandbox } = connected;
    const task = await createTask(await newContact(), 'Send recall reminder');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'update_task', {
        contact_id: task.contact_id,
        task_id: task.id,
        title: 'Send recall reminder by SMS',
      }),
    );

    expect(requests).toHaveLength(2);
    expect(sandbox.store.tasks.get(task.id)).toMatchObject({
      title: 'Send recall reminder by SMS',
      dueDate: '2026-03-10T13:00:00.000Z',
    });
    expect(result.title).toBe('Send recall reminder by SMS');
  });

  it('says which task was not found', async () => {
    const { zap } = connected;
    const contactId = await newContact();

    const failure = await failureOf(
      zap.run('creates', 'update_task', {
        contact_id: contactId,
        task_id: 'NoSuchTask0000000000',
        title: 'Anything',
      }),
    );

    expect(failure.message).toMatch(/task/i);
    expect(failure.message).toMatch(/NoSuchTask0000000000/);
  });
});

describe('complete_task and reopen_task', () => {
  it('marks the task done in one request', async () => {
    const { zap, sandbox } = connected;
    const task = await createTask(await newContact(), 'Confirm insurance');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'complete_task', { contact_id: task.contact_id, task_id: task.id }),
    );

    expect(requests).toHaveLength(1);
    expect(sandbox.store.tasks.get(task.id)!.completed).toBe(true);
    expect(result.completed).toBe(true);
  });

  it('marks a done task open again in one request', async () => {
    const { zap, sandbox } = connected;
    const task = await createTask(await newContact(), 'Confirm insurance');
    await zap.run('creates', 'complete_task', { contact_id: task.contact_id, task_id: task.id });

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'reopen_task', { contact_id: task.contact_id, task_id: task.id }),
    );

    expect(requests).toHaveLength(1);
    expect(sandbox.store.tasks.get(task.id)!.completed).toBe(false);
    expect(result.completed).toBe(false);
  });
});

describe('delete_task', () => {
  it("removes the task from the contact and leaves the contact's other tasks", async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const doomed = await createTask(contactId, 'Old reminder');
    const kept = await createTask(contactId, 'New reminder');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'delete_task', { contact_id: contactId, task_id: doomed.id }),
    );

    expect(requests).toHaveLength(1);
    expect(sandbox.store.tasks.has(doomed.id)).toBe(false);
    expect(sandbox.store.tasks.has(kept.id)).toBe(true);
    expect(result).toEqual({ id: doomed.id, contact_id: contactId, deleted: true });
  });
});

describe('get_task', () => {
  it('returns the task with its title, due date and status, in one request', async () => {
    const { zap, sandbox } = connected;
    const task = await createTask(await newContact(), 'Call back about the quote');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'get_task', { contact_id: task.contact_id, task_id: task.id }),
    );

    expect(requests).toHaveLength(1);
    expect(result).toEqual([
      expect.objectContaining({
        id: task.id,
        title: 'Call back about the quote',
        due_date: '2026-03-10T13:00:00.000Z',
        completed: false,
      }),
    ]);
  });
});

describe('find_tasks', () => {
  it('finds open tasks by title, soonest due first, in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const later = await createTask(contactId, 'Call back about whitening', '2026-04-02 10:00');
    const sooner = await createTask(contactId, 'CALL BACK about the quote', '2026-04-01 10:00');
    const done = await createTask(contactId, 'Call back yesterday', '2026-03-01 10:00');
    await createTask(contactId, 'Send recall reminder', '2026-03-01 10:00');
    await zap.run('creates', 'complete_task', { contact_id: contactId, task_id: done.id });

    const { result: found, requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'find_tasks', {
        contact_id: contactId,
        title: 'call back',
        status: 'open',
      }),
    );

    expect(requests).toHaveLength(1);
    expect(found.map((task: { id: string }) => task.id)).toEqual([sooner.id, later.id]);
  });

  it('returns an empty list when no task matches', async () => {
    const { zap } = connected;
    const contactId = await newContact();
    await createTask(contactId, 'Send recall reminder');

    const found = await zap.run('searches', 'find_tasks', {
      contact_id: contactId,
      title: 'x-ray',
    });

    expect(found).toEqual([]);
  });
});

describe('find or create task', () => {
  it('uses the task with that title and creates no second one', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const existing = await createTask(contactId, 'Call back about the quote');

    const { result, created } = await zap.searchOrCreate(
      'find_tasks',
      { contact_id: contactId, title: 'Call back about the quote' },
      { contact_id: contactId, title: 'Call back about the quote', due_date: '2026-03-11 09:00' },
    );

    expect(created).toBe(false);
    expect(result.id).toBe(existing.id);
    const own = [...sandbox.store.tasks.values()].filter((task) => task.contactId === contactId);
    expect(own).toHaveLength(1);
  });

  it('creates the task when the contact has none with that title', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    await createTask(contactId, 'Send recall reminder');

    const { result, created } = await zap.searchOrCreate(
      'find_tasks',
      { contact_id: contactId, title: 'Confirm insurance' },
      { contact_id: contactId, title: 'Confirm insurance', due_date: '2026-03-11 09:00' },
    );

    expect(created).toBe(true);
    expect(sandbox.store.tasks.get(result.id)).toMatchObject({
      contactId,
      title: 'Confirm insurance',
    });
  });
});

describe('task_list', () => {
  it("lists the chosen contact's tasks by title, marking the done ones", async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const open = await createTask(contactId, 'Send recall reminder');
    const done = await createTask(contactId, 'Confirm insurance');
    await zap.run('creates', 'complete_task', { contact_id: contactId, task_id: done.id });

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'task_list', { contact_id: contactId }),
    );

    expect(requests).toHaveLength(1);
    expect(result).toEqual(
      expect.arrayContaining([
        { id: open.id, name: 'Send recall reminder' },
        { id: done.id, name: 'Confirm insurance (done)' },
      ]),
    );
    expect(result).toHaveLength(2);
  });
});

describe('new_task', () => {
  it('fires once for a task added to any contact, and not again on later polls', async () => {
    const { zap } = connected;
    const contactId = await newContact();
    await zap.poll('new_task');

    const task = await createTask(contactId, 'Call back about the quote');
    const afterAdd = await zap.poll('new_task');
    const afterNothing = await zap.poll('new_task');

    expect(afterAdd.map((item) => item.id)).toEqual([task.id]);
    expect(afterAdd[0]).toMatchObject({ contact_id: contactId, title: task.title });
    expect(afterNothing).toEqual([]);
  });

  it('does not fire for a task that was only changed', async () => {
    const { zap } = connected;
    const task = await createTask(await newContact(), 'Send recall reminder');
    await zap.poll('new_task');

    await zap.run('creates', 'update_task', {
      contact_id: task.contact_id,
      task_id: task.id,
      title: 'Send recall reminder by email',
    });
    const afterChange = await zap.poll('new_task');

    expect(afterChange).toEqual([]);
  });

  it('polls a location with fewer than 100 tasks in one request', async () => {
    const { zap, sandbox } = connected;

    const { requests } = await requestsDuring(sandbox, () => zap.run('triggers', 'new_task'));

    expect(sandbox.store.tasks.size).toBeLessThan(100);
    expect(requests).toHaveLength(1);
  });
});

describe('task_completed', () => {
  it('fires once when a task is marked done, and not again on later polls', async () => {
    const { zap } = connected;
    const task = await createTask(await newContact(), 'Confirm insurance');
    await zap.poll('task_completed');

    await zap.run('creates', 'complete_task', { contact_id: task.contact_id, task_id: task.id });
    const afterDone = await zap.poll('task_completed');
    const afterNothing = await zap.poll('task_completed');

    expect(afterDone.map((item) => item.task_id)).toEqual([task.id]);
    expect(afterDone[0]).toMatchObject({ completed: true, title: 'Confirm insurance' });
    expect(afterNothing).toEqual([]);
  });

  it('does not fire for a task that is added or changed but still open', async () => {
    const { zap } = connected;
    await zap.poll('task_completed');

    const task = await createTask(await newContact(), 'Send recall reminder');
    await zap.run('creates', 'update_task', {
      contact_id: task.contact_id,
      task_id: task.id,
      description: 'Use the new template.',
    });
    const afterOpenWork = await zap.poll('task_completed');

    expect(afterOpenWork).toEqual([]);
  });

  it('polls a location with fewer than 100 completed tasks in one request', async () => {
    const { zap, sandbox } = connected;

    const { requests } = await requestsDuring(sandbox, () => zap.run('triggers', 'task_completed'));

    expect(requests).toHaveLength(1);
  });
});
