import definitions from './fixtures/custom-field-definitions.json';
import { appTester, performOf, bundleWith, failureOf, useNock } from './support/app';

const highLevel = useNock();
const perform = performOf('creates', 'create_or_update_contact');
const run = (input: Record<string, unknown>) => appTester(perform, bundleWith(input));

const noDuplicate = () =>
  highLevel().get('/contacts/search/duplicate').query(true).reply(200, { contact: null });

const echo = (contact: Record<string, unknown>, created = true) => ({
  new: created,
  contact: { id: 'c-200', dateAdded: '2026-02-01T10:00:00.000Z', ...contact },
  traceId: 't-1',
});

describe('create_or_update_contact', () => {
  // A phone-only lead failed with 422 because an empty email was sent along.
  it('sends no email key at all when only a phone is given', async () => {
    noDuplicate();
    let sent: Record<string, unknown> = {};
    const upsert = highLevel()
      .post('/contacts/upsert', (body) => {
        sent = body;
        return true;
      })
      .reply(200, echo({ firstName: 'Rae', phone: '+15550109999' }));

    const result = await run({ first_name: 'Rae', phone: '+1 (555) 010-9999', email: '' });

    upsert.done();
    expect(sent).toEqual({ firstName: 'Rae', phone: '+15550109999', locationId: 'loc-test-1' });
    expect(result).toMatchObject({ id: 'c-200', created: true });
  });

  it('reads a phone without country code as a number of the location country', async () => {
    noDuplicate();
    let sent: Record<string, unknown> = {};
    highLevel()
      .post('/contacts/upsert', (body) => {
        sent = body;
        return true;
      })
      .reply(200, echo({ phone: '+15550109999' }));

    await run({ phone: '(555) 010-9999' });

    expect(sent.phone).toBe('+15550109999');
  });

  it('refuses a lead with neither email nor phone before sending anything', async () => {
    const failure = await failureOf(run({ first_name: 'Rae' }));

    expect(failure.message).toMatch(/"Email" field is empty, and so is Phone/);
  });

  it('refuses an email that is not one, naming the field', async () => {
    const failure = await failureOf(run({ email: 'ana at example' }));

    expect(failure.message).toMatch(/"Email" field is not an email address/);
    expect(failure.message).toMatch(/jane@example.com/);
  });

  // Tags sent in an upsert replace every tag the contact had.
  it('adds tags through the tags endpoint, keeping the tags the contact has', async () => {
    highLevel()
      .get('/contacts/search/duplicate')
      .query(true)
      .reply(200, {
        contact: { id: 'c-200', email: 'kim@example.test', tags: ['vip', 'newsletter'] },
      });
    let upsertBody: Record<string, unknown> = {};
    highLevel()
      .post('/contacts/upsert', (body) => {
        upsertBody = body;
        return true;
      })
      .reply(200, echo({ email: 'kim@example.test', tags: ['vip', 'newsletter'] }, false));
    const addTags = highLevel()
      .post('/contacts/c-200/tags', { tags: ['webinar', 'spring-sale'] })
      .reply(201, { tags: ['vip', 'newsletter', 'webinar', 'spring-sale'] });

    const result = await run({ email: 'kim@example.test', tags: ['webinar, spring-sale'] });

    addTags.done();
    expect(upsertBody).not.toHaveProperty('tags');
    expect(result.tags).toEqual(['vip', 'newsletter', 'webinar', 'spring-sale']);
  });

  it('creates a new lead with its tags in the same request', async () => {
    noDuplicate();
    let sent: Record<string, unknown> = {};
    const upsert = highLevel()
      .post('/contacts/upsert', (body) => {
        sent = body;
        return true;
      })
      .reply(200, echo({ email: 'new.lead@example.test', tags: ['webinar', 'spring-sale'] }));

    const result = await run({ email: 'new.lead@example.test', tags: 'webinar, spring-sale' });

    upsert.done();
    expect(sent.tags).toEqual(['webinar', 'spring-sale']);
    expect(result).toMatchObject({ created: true, tags: ['webinar', 'spring-sale'] });
  });

  it('converts custom field values to the shape each field type takes', async () => {
    highLevel().get('/locations/loc-test-1/customFields').query(true).reply(200, definitions);
    noDuplicate();
    let sent: Record<string, unknown> = {};
    highLevel()
      .post('/contacts/upsert', (body) => {
        sent = body;
        return true;
      })
      .reply(200, echo({ email: 'ana@example.test' }));

    await run({
      email: 'ana@example.test',
      'custom_field__cf-interests': 'Yoga, pilates',
      'custom_field__cf-budget': '1,250.50',
      'custom_field__cf-optin': 'true',
      'custom_field__cf-start': '03/15/2026',
    });

    expect(sent.customFields).toEqual([
      { id: 'cf-interests', field_value: ['Yoga', 'Pilates'] },
      { id: 'cf-budget', field_value: 1250.5 },
      { id: 'cf-optin', field_value: ['Yes'] },
      { id: 'cf-start', field_value: '2026-03-15' },
    ]);
  });

  it('refuses a choice the field does not have, naming the field and its choices', async () => {
    highLevel().get('/locations/loc-test-1/customFields').query(true).reply(200, definitions);

    const failure = await failureOf(
      run({ email: 'ana@example.test', 'custom_field__cf-plan': 'Gold' }),
    );

    expect(failure.message).toMatch(/"Plan" field has no choice "Gold"/);
    expect(failure.message).toMatch(/Basic, Premium/);
  });

  // Upserting by a contact's additional email replaced its primary email.
  it("keeps a contact's primary email when the email matches one of its other emails", async () => {
    highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: 'loc-test-1', email: 'kim.work@example.test' })
      .reply(200, { contact: { id: 'c-120', email: 'kim@example.test' } });
    let sent: Record<string, unknown> = {};
    const update = highLevel()
      .put('/contacts/c-120', (body) => {
        sent = body;
        return true;
      })
      .reply(200, {
        succeded: true,
        contact: { id: 'c-120', email: 'kim@example.test', firstName: 'Kim' },
      });

    const result = await run({ email: 'kim.work@example.test', first_name: 'Kim' });

    update.done();
    expect(sent).toEqual({ firstName: 'Kim' });
    expect(result).toMatchObject({ id: 'c-120', email: 'kim@example.test', created: false });
  });

  it('reports a value HighLevel did not keep instead of passing it off as saved', async () => {
    noDuplicate();
    noDuplicate();
    highLevel()
      .post('/contacts/upsert')
      .reply(200, echo({ email: 'other@example.test', phone: '+15550100003' }, false));

    const failure = await failureOf(run({ email: 'new@example.test', phone: '+15550100003' }));

    expect(failure.message).toMatch(/did not keep: Email/);
  });

  // A lead whose phone belonged to another contact replaced that contact's primary email.
  it('keeps the primary email of a contact matched by its phone, unless told to replace it', async () => {
    highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: 'loc-test-1', email: 'someone@example.test' })
      .reply(200, { contact: null });
    highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: 'loc-test-1', number: '+15550100048' })
      .reply(200, { contact: { id: 'c-048', email: 'eli@example.test', phone: '+15550100048' } });
    let sent: Record<string, unknown> = {};
    highLevel()
      .put('/contacts/c-048', (body) => {
        sent = body;
        return true;
      })
      .reply(200, {
        succeded: true,
        contact: { id: 'c-048', email: 'eli@example.test', phone: '+15550100048', city: 'Tulsa' },
      });

    const result = await run({
      email: 'someone@example.test',
      phone: '+15550100048',
      city: 'Tulsa',
    });

    expect(sent).toEqual({ phone: '+15550100048', city: 'Tulsa' });
    expect(result).toMatchObject({ id: 'c-048', email: 'eli@example.test', created: false });
  });

  it('refuses a company name it could only half save, before writing anything', async () => {
    highLevel()
      .get('/contacts/search/duplicate')
      .query(true)
      .reply(200, { contact: { id: 'c-120', email: 'kim@example.test' } });

    const failure = await failureOf(
      run({ email: 'kim.work@example.test', company_name: 'Acme Dental', tags: 'vip-new' }),
    );

    expect(failure.message).toMatch(/"Company Name" field cannot be saved on contact c-120/);
    expect(failure.message).toMatch(/Replace Primary Email\? to Yes/);
  });
});
