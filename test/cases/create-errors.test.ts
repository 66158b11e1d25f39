/**
 * B18: a refused create is reported, never replayed. HighLevel has been seen to store a contact
 * while answering 422, so a blind retry would run into its own duplicate.
 */
import { createContactFromInput } from '../../lib/contact-writes';
import { ZapierRunner } from '../../scripts/zapier-runner';
import { appTester, authData, bundleWith, errorOf, useNock } from '../support/app';

const highLevel = useNock();

const createContact = (z: any, bundle: any) => createContactFromInput(z, bundle, bundle.inputData);

const failureOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return errorOf(error);
  }
  throw new Error('Expected the step to fail, but it succeeded');
};

describe('B18 a create HighLevel refuses', () => {
  it.each([
    ['Create Contact', '/contacts/', createContact],
    ['Create or Update Contact', '/contacts/upsert', 'create_or_update_contact'],
  ])(
    'is not posted again after a 422 from %s, and names the field',
    async (_name, path, operation) => {
      const zap = new ZapierRunner(authData);
      highLevel()
        .get('/contacts/search/duplicate')
        .query(true)
        .times(2)
        .optionally()
        .reply(200, { contact: null });
      let posts = 0;
      highLevel()
        .post(path)
        .times(3)
        .optionally()
        .reply(() => {
          posts += 1;
          return [
            422,
            {
              statusCode: 422,
              message: ['phone must be a valid phone number'],
              error: 'Unprocessable Entity',
            },
          ];
        });
      const input = { first_name: 'Rae', email: 'rae@example.test', phone: '+15550109999' };

      const failure = await failureOf(
        typeof operation === 'string'
          ? zap.run('creates', operation, input)
          : zap.call(operation, input),
      );

      expect(posts).toBe(1);
      expect(failure.name).not.toMatch(/ThrottledError|RefreshAuthError/);
      expect(failure.message).toMatch(/Phone: phone must be a valid phone number/);
    },
  );

  it('names the existing contact and suggests the steps that handle it when duplicates are refused', async () => {
    highLevel()
      .post('/contacts/')
      .reply(400, {
        statusCode: 400,
        message: 'This location does not allow duplicated contacts.',
        meta: { contactId: 'c-777', contactName: 'Rae Lindqvist', matchingField: 'email' },
      });

    const failure = await failureOf(
      appTester(createContact, bundleWith({ email: 'rae@example.test' })),
    );

    expect(failure.code).toBe('DuplicateContact');
    expect(failure.message).toMatch(/contact ID c-777/);
    expect(failure.message).toMatch(/same email/);
    expect(failure.message).toMatch(/"Create or Update Contact"/);
    expect(failure.message).toMatch(/"Find Contact"/);
    expect(failure.message).not.toMatch(/Rae|Lindqvist/);
  });
});
