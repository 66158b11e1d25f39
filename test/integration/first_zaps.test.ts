import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 120 } });

describe('the first Zaps against the sandbox', () => {
  it('connects through OAuth and keeps the location, company and user ids', () => {
    const { zap, sandbox } = connected;

    expect(zap.authData).toMatchObject({
      locationId: sandbox.locationId,
      companyId: sandbox.companyId,
      locationName: 'Sunrise Dental Studio',
      locationCountry: 'US',
    });
  });

  it('polls New Contact with one request, newest first', async () => {
    const { zap, sandbox } = connected;
    await zap.run('triggers', 'new_contact'); // the definitions are cached from here on

    const { result: items, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'new_contact'),
    );

    expect(requests).toHaveLength(1);
    expect(items).toHaveLength(100);
    const added = items.map((item: { date_added: string }) => item.date_added);
    expect([...added].sort().reverse()).toEqual(added);
  });

  it('fires Updated Contact once for each change and never for an unchanged contact', async () => {
    const { zap } = connected;
    const lead = await zap.run('creates', 'create_or_update_contact', {
      email: 'first.change@example.test',
      first_name: 'First',
    });
    await zap.poll('updated_contact');

    await zap.run('creates', 'update_contact', { contact_id: lead.id, city: 'Dayton' });
    const afterFirst = await zap.poll('updated_contact');
    await zap.run('creates', 'update_contact', { contact_id: lead.id, city: 'Toledo' });
    const afterSecond = await zap.poll('updated_contact');
    const afterNothing = await zap.poll('updated_contact');

    expect(afterFirst.map((item) => item.contact_id)).toEqual([lead.id]);
    expect(afterSecond.map((item) => item.contact_id)).toEqual([lead.id]);
    expect(afterSecond[0].id).not.toBe(afterFirst[0].id);
    expect(afterNothing).toEqual([]);
  });

  it('leaves stored values alone when an update leaves fields empty', async () => {
    const { zap, sandbox } = connected;
    const lead = await zap.run('creates', 'create_or_update_contact', {
      email: 'keep.me@example.test',
      phone: '+1 555 010 4242',
      first_name: 'Kim',
      tags: 'vip, newsletter',
    });

    await zap.run('creates', 'update_contact', {
      contact_id: lead.id,
      email: '',
      phone: '',
      first_name: '',
      city: 'Akron',
      tags: 'webinar',
    });

    const stored = sandbox.store.contacts.get(lead.id)!;
    expect(stored).toMatchObject({
      email: 'keep.me@example.test',
      phone: '+15550104242',
      firstName: 'Kim',
      city: 'Akron',
    });
    expect([...stored.tags].sort()).toEqual(['newsletter', 'vip', 'webinar']);
  });

  it('finds the lead by email and by phone, and nobody for an unknown email', async () => {
    const { zap } = connected;
    const lead = await zap.run('creates', 'create_or_update_contact', {
      email: 'find.me@example.test',
      phone: '(555) 010-7777',
    });

    const byEmail = await zap.run('searches', 'find_contact', { email: 'FIND.ME@example.test' });
    const byPhone = await zap.run('searches', 'find_contact', { phone: '+1 555-010-7777' });
    const nobody = await zap.run('searches', 'find_contact', { email: 'nobody.here@example.test' });

    expect(byEmail.map((c: { id: string }) => c.id)).toEqual([lead.id]);
    expect(byPhone.map((c: { id: string }) => c.id)).toEqual([lead.id]);
    expect(nobody).toEqual([]);
  });

  it('refreshes an expired token once and retries the poll', async () => {
    const { zap, sandbox } = connected;
    const refreshesBefore = zap.refreshes;
    const oldRefreshToken = zap.authData.refresh_token;
    sandbox.expireAccessTokens();

    const items = await zap.run('triggers', 'new_contact');

    expect(items.length).toBeGreaterThan(0);
    expect(zap.refreshes).toBe(refreshesBefore + 1);
    expect(zap.authData.refresh_token).not.toBe(oldRefreshToken);
  });
});
