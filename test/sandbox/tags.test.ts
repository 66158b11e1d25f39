import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});

afterAll(() => sandbox.close());

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

async function contactWithTags(tags: string[]) {
  const { call } = await signIn(sandbox);
  const created = await call('POST', '/contacts/', {
    locationId: sandbox.locationId,
    firstName: 'Kim',
    email: 'kim@example.test',
    tags,
  });
  return { call, id: created.body.contact.id as string };
}

describe('contact tags', () => {
  it('adds a tag without dropping the existing ones', async () => {
    const { call, id } = await contactWithTags(['vip', 'newsletter']);

    const reply = await call('POST', `/contacts/${id}/tags`, { tags: ['webinar'] });

    expect(reply.status).toBe(201);
    expect(reply.body.tags).toEqual(['vip', 'newsletter', 'webinar']);
  });

  it('removes only the named tags with DELETE and a JSON body', async () => {
    const { call, id } = await contactWithTags(['vip', 'newsletter']);

    const reply = await call('DELETE', `/contacts/${id}/tags`, { tags: ['vip'] });

    expect(reply.body.tags).toEqual(['newsletter']);
  });

  it('replaces all tags when tags are sent in an update', async () => {
    const { call, id } = await contactWithTags(['vip', 'newsletter']);

    const reply = await call('PUT', `/contacts/${id}`, { tags: ['webinar'] });

    expect(reply.body.contact.tags).toEqual(['webinar']);
  });

  it('bumps dateUpdated for a tag change but not for a new note or task', async () => {
    const { call, id } = await contactWithTags(['vip']);
    const stamp = async () => (await call('GET', `/contacts/${id}`)).body.contact.dateUpdated;
    const created = await stamp();

    await call('POST', `/contacts/${id}/notes`, { body: 'Prefers mornings.' });
    await call('POST', `/contacts/${id}/tasks`, {
      title: 'Call back',
      dueDate: '2026-03-10T17:00:00Z',
      completed: false,
    });
    const afterNoteAndTask = await stamp();
    await call('POST', `/contacts/${id}/tags`, { tags: ['webinar'] });
    const afterTag = await stamp();

    expect(afterNoteAndTask).toBe(created);
    expect(Date.parse(afterTag)).toBeGreaterThan(Date.parse(created));
  });
});
