import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: { contacts: 5 } });
});

afterAll(() => sandbox.close());

afterEach(() => expect(sandbox.violations).toEqual([]));

describe('location task search', () => {
  // Regression: the sandbox listed 20 tasks without a limit; the spec's default is 25.
  it('lists 25 tasks when no limit is given, as the spec documents', async () => {
    const { call } = await signIn(sandbox);
    const contactId = [...sandbox.store.contacts.keys()][0]!;
    for (let i = 0; i < 30; i += 1) {
      await call('POST', `/contacts/${contactId}/tasks`, {
        title: `Task ${i}`,
        dueDate: '2026-03-10T13:00:00Z',
        completed: false,
      });
    }

    const reply = await call('POST', `/locations/${sandbox.locationId}/tasks/search`, {});

    expect(reply.status).toBe(200);
    expect(reply.body.tasks).toHaveLength(25);
  });
});
