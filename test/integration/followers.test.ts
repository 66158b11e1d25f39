import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 50 }, rateLimit: false });

let people = 0;
const newContact = async (): Promise<string> => {
  people += 1;
  const contact = await connected.zap.run('creates', 'create_contact', {
    email: `follower.person.${people}@example.test`,
    first_name: 'Fern',
  });
  return contact.id;
};

const user = (firstName: string) =>
  connected.sandbox.store.users.find((u) => u.firstName === firstName)!.id;
const followersOf = (contactId: string) =>
  [...connected.sandbox.store.contacts.get(contactId)!.followers].sort();

describe('add_followers', () => {
  it('makes the chosen users follow the contact, in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'add_followers', {
        contact_id: contactId,
        followers: [user('Dana'), user('Marco')],
      }),
    );

    expect(requests).toHaveLength(1);
    expect(followersOf(contactId)).toEqual([user('Dana'), user('Marco')].sort());
    expect([...result.changed].sort()).toEqual([user('Dana'), user('Marco')].sort());
  });

  it('reports only the users who were not following already', async () => {
    const { zap } = connected;
    const contactId = await newContact();
    await zap.run('creates', 'add_followers', { contact_id: contactId, followers: [user('Dana')] });

    const result = await zap.run('creates', 'add_followers', {
      contact_id: contactId,
      followers: `${user('Dana')},${user('Priya')}`,
    });

    expect(result.changed).toEqual([user('Priya')]);
    expect(followersOf(contactId)).toEqual([user('Dana'), user('Priya')].sort());
  });
});

describe('remove_followers', () => {
  it('stops the chosen users following and keeps the others, in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    await zap.run('creates', 'add_followers', {
      contact_id: contactId,
      followers: [user('Dana'), user('Marco')],
    });

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'remove_followers', { contact_id: contactId, followers: [user('Dana')] }),
    );

    expect(requests).toHaveLength(1);
    expect(followersOf(contactId)).toEqual([user('Marco')]);
    expect(result).toEqual({
      contact_id: contactId,
      followers: [user('Marco')],
      changed: [user('Dana')],
    });
  });
});

describe('user_list', () => {
  it("lists the location's users by full name, in one request", async () => {
    const { zap, sandbox } = connected;

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'user_list'),
    );

    expect(requests).toHaveLength(1);
    expect(result).toEqual([
      { id: user('Dana'), name: 'Dana Whitfield' },
      { id: user('Marco'), name: 'Marco Reyes' },
      { id: user('Priya'), name: 'Priya Shah' },
    ]);
  });
});
