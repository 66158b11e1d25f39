/**
 * B02 and B21: what a contact write sends. An empty field is left out rather than sent blank,
 * the location goes where HighLevel wants it and nowhere else, and input HighLevel's endpoint
 * does not take is never passed on.
 */
import { appTester, bundleWith, failureOf, performOf, useNock } from '../support/app';
import { allowedKeysOf, jsonOf } from '../support/spec';
import { createContactFromInput } from '../../lib/contact-writes';

const highLevel = useNock();
const upsert = (input: Record<string, unknown>) =>
  appTester(performOf('creates', 'create_or_update_contact'), bundleWith(input));
const update = (input: Record<string, unknown>) =>
  appTester(performOf('creates', 'update_contact'), bundleWith(input));
const create = (input: Record<string, unknown>) =>
  appTester((z: any, bundle: any) => createContactFromInput(z, bundle, input), bundleWith(input));

/** HighLevel's whitelisting validator: a property outside the DTO is a 422 naming it. */
const unknownProperties = (body: Record<string, unknown>, allowed: Set<string>) =>
  Object.keys(body)
    .filter((key) => !allowed.has(key))
    .map((key) => `property ${key} should not exist`);

const contactAnswer =
  (status: number, envelope: (contact: object) => object) =>
  (sent: Array<Record<string, unknown>>, dto: Parameters<typeof allowedKeysOf>[0]) =>
  (_uri: string, raw: unknown) => {
    const body = jsonOf(raw);
    sent.push(body);
    const problems = unknownProperties(body, allowedKeysOf(dto));
    if (body.email === '' || body.email === null) problems.push('email must be an email');
    if (problems.length) return [422, { statusCode: 422, message: problems }];
    return [status, envelope({ id: 'c-140', ...body })];
  };
const upsertAnswer = contactAnswer(200, (contact) => ({ new: true, contact, traceId: 't-1' }));
const updateAnswer = contactAnswer(200, (contact) => ({ succeded: true, contact }));
const createAnswer = contactAnswer(201, (contact) => ({ contact }));

describe('B02 a lead with a phone and no email', () => {
  // Create-or-update with only a phone failed with 422: an empty email was sent along.
  it('is created or updated with no email key at all, the phone in E.164 and the location', async () => {
    const sent: Array<Record<string, unknown>> = [];
    highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: 'loc-test-1', number: '+15550109999' })
      .reply(200, { contact: null });
    highLevel().post('/contacts/upsert').reply(upsertAnswer(sent, 'UpsertContactDto'));

    const result = await upsert({ first_name: 'Rae', phone: '+1 (555) 010-9999', email: '' });

    expect(sent).toEqual([{ firstName: 'Rae', phone: '+15550109999', locationId: 'loc-test-1' }]);
    expect(result).toMatchObject({ id: 'c-140', created: true });
  });

  it('is updated with no email key when Update Contact leaves the email empty', async () => {
    const sent: Array<Record<string, unknown>> = [];
    highLevel().put('/contacts/c-140').reply(updateAnswer(sent, 'UpdateContactDto'));

    await update({
      contact_id: 'c-140',
      first_name: 'Rae',
      phone: '+1 (555) 010-9999',
      email: null,
    });

    expect(sent).toEqual([{ firstName: 'Rae', phone: '+15550109999' }]);
  });
});

describe('B21 the location and unsupported input in contact writes', () => {
  it('leaves the location out of an update, where HighLevel refuses it', async () => {
    const sent: Array<Record<string, unknown>> = [];
    highLevel().put('/contacts/c-140').reply(updateAnswer(sent, 'UpdateContactDto'));

    await update({ contact_id: 'c-140', first_name: 'Lee', locationId: 'loc-other' });

    expect(sent).toEqual([{ firstName: 'Lee' }]);
  });

  it('puts the location of the connection in a create', async () => {
    const sent: Array<Record<string, unknown>> = [];
    highLevel().post('/contacts/').reply(createAnswer(sent, 'CreateContactDto'));

    await create({ first_name: 'Lee', email: 'lee@example.test', locationId: 'loc-other' });

    expect(sent).toEqual([
      { firstName: 'Lee', email: 'lee@example.test', locationId: 'loc-test-1' },
    ]);
  });

  it('never passes on input the endpoint does not take, whatever the Zap maps', async () => {
    const sent: Array<Record<string, unknown>> = [];
    highLevel().put('/contacts/c-140').reply(updateAnswer(sent, 'UpdateContactDto'));
    highLevel().post('/contacts/upsert').reply(upsertAnswer(sent, 'UpsertContactDto'));
    highLevel().get('/contacts/search/duplicate').query(true).reply(200, { contact: null });
    const stray = {
      company_name: 'Acme',
      additionalEmails: ['kim.work@example.test'],
      additional_emails: 'kim.work@example.test',
      gender: 'female',
      locationId: 'loc-other',
      tags_replace: 'vip',
      customFields: [{ key: 'default_key', field_value: 'x' }],
    };

    await update({ contact_id: 'c-140', city: 'Akron', ...stray });
    await upsert({ email: 'kim@example.test', city: 'Akron', ...stray });

    expect(sent[0]).toEqual({ city: 'Akron' });
    expect(sent[1]).toEqual({
      email: 'kim@example.test',
      city: 'Akron',
      companyName: 'Acme',
      locationId: 'loc-test-1',
    });
  });

  it('refuses an update that has nothing left to send once unsupported input is dropped', async () => {
    const failure = await failureOf(update({ contact_id: 'c-140', company_name: 'Acme' }));

    expect(failure.code).toBe('InvalidInput');
    expect(failure.message).toMatch(/nothing to update/);
  });
});
