import { startSandbox, type Sandbox } from '../../sandbox/index';
import { signIn } from './api-client';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});

afterAll(() => sandbox.close());

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

describe('duplicate contacts', () => {
  it('refuses a second create with the same email, naming the existing contact', async () => {
    const { call } = await signIn(sandbox);
    const body = { locationId: sandbox.locationId, firstName: 'Ana', email: 'ana@example.test' };
    const first = await call('POST', '/contacts/', body);

    const second = await call('POST', '/contacts/', body);

    expect(second.status).toBe(400);
    expect(second.body).toEqual({
      statusCode: 400,
      message: 'This location does not allow duplicated contacts.',
      meta: { contactId: first.body.contact.id, contactName: 'Ana', matchingField: 'email' },
    });
  });

  it('updates the match on upsert, and stores the phone in E.164', async () => {
    const { call } = await signIn(sandbox);
    const created = await call('POST', '/contacts/upsert', {
      locationId: sandbox.locationId,
      firstName: 'Rae',
      phone: '+1 (555) 010-9999',
    });

    const again = await call('POST', '/contacts/upsert', {
      locationId: sandbox.locationId,
      lastName: 'Young',
      phone: '+15550109999',
    });

    expect(created.body.new).toBe(true);
    expect(again.body).toMatchObject({ new: false, contact: { id: created.body.contact.id } });
    expect(again.body.contact).toMatchObject({
      firstName: 'Rae',
      lastName: 'Young',
      phone: '+15550109999',
    });
  });

  it('answers {contact: null} from duplicate search when nothing matches', async () => {
    const { call } = await signIn(sandbox);

    const reply = await call(
      'GET',
      `/contacts/search/duplicate?locationId=${sandbox.locationId}&email=nobody%40example.test`,
    );

    expect(reply.body).toEqual({ contact: null });
  });

  it('seeds the same ids again after a reset', async () => {
    const before = [...sandbox.store.contacts.keys()];

    sandbox.reset();

    expect([...sandbox.store.contacts.keys()]).toEqual(before);
  });
});
