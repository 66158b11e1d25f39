/**
 * B17 and B26 against the sandbox: an update never blanks what the contact holds, and tags are
 * added and removed through the tags endpoints, never by replacing the contact's list.
 */
import { removeTags } from '../../lib/contacts';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 10 } });

const contactAt = (index: number) => [...connected.sandbox.store.contacts.values()][index]!;

describe('B17 an update with an empty email', () => {
  // Blank Zap fields were sent along and replaced what HighLevel held.
  it('sends no email key and keeps the stored email', async () => {
    const { zap, sandbox } = connected;
    const contact = contactAt(0);
    contact.email = 'kim@example.test';

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'update_contact', {
        contact_id: contact.id,
        email: '',
        phone: '+15550100003',
      }),
    );

    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.body).toEqual({ phone: '+15550100003' });
    expect(sandbox.store.contacts.get(contact.id)).toMatchObject({
      email: 'kim@example.test',
      phone: '+15550100003',
    });
  });
});

describe('B26 tags of a contact', () => {
  // Tags sent in an update replaced the list, so existing tags vanished when a Zap added one.
  it('are added through POST /contacts/{id}/tags, keeping the ones it had', async () => {
    const { zap, sandbox } = connected;
    const contact = contactAt(1);
    contact.tags = ['vip', 'newsletter'];

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'update_contact', { contact_id: contact.id, tags: 'webinar' }),
    );

    const writes = requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => [r.method, r.route, r.body])).toEqual([
      ['POST', '/contacts/{contactId}/tags', { tags: ['webinar'] }],
    ]);
    expect([...sandbox.store.contacts.get(contact.id)!.tags].sort()).toEqual([
      'newsletter',
      'vip',
      'webinar',
    ]);
  });

  it('are split from a comma separated string and never put in the update body', async () => {
    const { zap, sandbox } = connected;
    const contact = contactAt(2);
    contact.tags = ['vip'];

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'update_contact', { contact_id: contact.id, city: 'Akron', tags: 'a, b' }),
    );

    const put = requests.find((r) => r.method === 'PUT')!;
    const post = requests.find((r) => r.method === 'POST')!;
    expect(put.body).toEqual({ city: 'Akron' });
    expect(post.body).toEqual({ tags: ['a', 'b'] });
    expect([...sandbox.store.contacts.get(contact.id)!.tags].sort()).toEqual(['a', 'b', 'vip']);
  });

  it('are removed through DELETE /contacts/{id}/tags, leaving the others', async () => {
    const { zap, sandbox } = connected;
    const contact = contactAt(3);
    contact.tags = ['vip', 'newsletter', 'webinar'];

    const { requests } = await requestsDuring(sandbox, () =>
      zap.call((z: any) => removeTags(z, contact.id, ['webinar']), {}),
    );

    expect(requests.map((r) => [r.method, r.route, r.body])).toEqual([
      ['DELETE', '/contacts/{contactId}/tags', { tags: ['webinar'] }],
    ]);
    expect([...sandbox.store.contacts.get(contact.id)!.tags].sort()).toEqual(['newsletter', 'vip']);
  });
});
