import { appTester, performOf, bundleWith, failureOf, useNock } from './support/app';

const highLevel = useNock();
const perform = performOf('creates', 'update_contact');
const run = (input: Record<string, unknown>) => appTester(perform, bundleWith(input));

describe('update_contact', () => {
  // An empty email in the Zap blanked the stored one.
  it('leaves out every field the user left empty, so stored values stay', async () => {
    let sent: Record<string, unknown> = {};
    highLevel()
      .put('/contacts/c-120', (body) => {
        sent = body;
        return true;
      })
      .reply(200, {
        succeded: true,
        contact: { id: 'c-120', email: 'kim@example.test', phone: '+15550100003' },
      });

    await run({
      contact_id: 'c-120',
      email: '',
      phone: '+15550100003',
      first_name: '  ',
      city: null,
    });

    expect(sent).toEqual({ phone: '+15550100003' });
  });

  it('never sends the location, which HighLevel refuses on an update', async () => {
    let sent: Record<string, unknown> = {};
    highLevel()
      .put('/contacts/c-140', (body) => {
        sent = body;
        return true;
      })
      .reply(200, { succeded: true, contact: { id: 'c-140', firstName: 'Lee' } });

    await run({ contact_id: 'c-140', first_name: 'Lee', company_name: 'Acme' });

    expect(sent).toEqual({ firstName: 'Lee' });
  });

  it('adds tags with the tags endpoint instead of replacing them', async () => {
    const tags = highLevel()
      .post('/contacts/c-160/tags', { tags: ['webinar'] })
      .reply(201, { tags: ['vip', 'newsletter', 'webinar'] });
    highLevel()
      .get('/contacts/c-160')
      .reply(200, { contact: { id: 'c-160', tags: ['vip', 'newsletter'] } });

    const result = await run({ contact_id: 'c-160', tags: 'webinar' });

    tags.done();
    expect(result.tags).toEqual(['vip', 'newsletter', 'webinar']);
  });

  it('refuses an update with every field empty, sending nothing', async () => {
    const failure = await failureOf(run({ contact_id: 'c-160', email: '' }));

    expect(failure.message).toMatch(/nothing to update/);
  });

  it('refuses a contact id that is not one', async () => {
    const failure = await failureOf(run({ contact_id: 'jane@example.com', first_name: 'Jane' }));

    expect(failure.message).toMatch(/"Contact" field does not look like a HighLevel ID/);
  });

  it('says plainly when the contact does not exist', async () => {
    highLevel()
      .put('/contacts/c-404')
      .reply(404, { statusCode: 404, message: 'Contact not found' });

    const failure = await failureOf(run({ contact_id: 'c-404', first_name: 'Jane' }));

    expect(failure.message).toMatch(/No contact with ID c-404 was found/);
  });
});

describe('update_contact reads and checks like a careful person', () => {
  const highLevel = useNock();
  const run = (input: Record<string, unknown>) =>
    appTester(performOf('creates', 'update_contact'), bundleWith(input));

  // Zapier's own yes/no type turned a mapped "off" into true, stopping all messages.
  it('reads "off" in Do Not Disturb as no, and refuses a value that is neither', async () => {
    let sent: Record<string, unknown> = {};
    highLevel()
      .put('/contacts/c-120', (body) => {
        sent = body;
        return true;
      })
      .reply(200, { succeded: true, contact: { id: 'c-120', dnd: false } });

    await run({ contact_id: 'c-120', dnd: 'off' });
    const failure = await failureOf(run({ contact_id: 'c-120', dnd: 'N/A' }));

    expect(sent).toEqual({ dnd: false });
    expect(failure.message).toMatch(/"Do Not Disturb" field should be yes or no/);
  });

  it('fails, naming the field, when HighLevel echoes an old value back', async () => {
    highLevel()
      .put('/contacts/c-120')
      .reply(200, {
        succeded: true,
        contact: { id: 'c-120', city: 'Springfield', firstName: 'Eli' },
      });

    const failure = await failureOf(
      run({ contact_id: 'c-120', city: 'Austin', first_name: 'Eli' }),
    );

    expect(failure.message).toMatch(/did not keep: City\./);
  });

  it('fails when HighLevel leaves a field it was sent out of its echo', async () => {
    highLevel()
      .put('/contacts/c-120')
      .reply(200, { succeded: true, contact: { id: 'c-120' } });

    const failure = await failureOf(run({ contact_id: 'c-120', first_name: 'Elijah' }));

    expect(failure.message).toMatch(/did not keep: First Name/);
  });

  it('fails when HighLevel answers without a tag it was asked to add', async () => {
    highLevel().post('/contacts/c-120/tags').reply(201, { tags: [] });
    highLevel()
      .get('/contacts/c-120')
      .optionally()
      .reply(200, { contact: { id: 'c-120' } });

    const failure = await failureOf(run({ contact_id: 'c-120', tags: 'brand-new-tag' }));

    expect(failure.message).toMatch(/did not add the tag "brand-new-tag"/);
  });

  it('refuses an owner given as a name rather than picked, before sending anything', async () => {
    const failure = await failureOf(run({ contact_id: 'c-120', assigned_to: 'Dana Whitfield' }));

    expect(failure.message).toMatch(
      /"Owner \(Assigned User\)" field does not look like a HighLevel ID/,
    );
  });
});
