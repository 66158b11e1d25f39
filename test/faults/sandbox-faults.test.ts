/**
 * One test per fault HighLevel can throw at a run, switched on in the sandbox and met through
 * the app as Zapier runs it. 403, missing scope and 429 are in test/cases/auth.sandbox.test.ts
 * (B11) and test/cases/rate-limit.sandbox.test.ts (B24).
 */
import { createContactFromInput } from '../../lib/contact-writes';
import { errorOf } from '../support/app';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 15 } });

const failureOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return errorOf(error);
  }
  throw new Error('Expected the step to fail, but it succeeded');
};

const tokenRequests = () =>
  connected.sandbox.requests.filter((r) => r.path === '/oauth/token').length;
const createContact = (z: any, bundle: any) => createContactFromInput(z, bundle, bundle.inputData);
const contactsWithEmail = (email: string) =>
  [...connected.sandbox.store.contacts.values()].filter((c) => c.email === email);

/** A working connection again, after a test broke the one in use. */
const reconnect = async () => {
  connected.sandbox.setLocationActive(true);
  Object.assign(connected.zap.authData, await connected.sandbox.issueTokens());
};

afterEach(() => connected.sandbox.clearFaults());

describe('an expired access token', () => {
  it('is refreshed exactly once when it expires on a request, and the run succeeds', async () => {
    const { zap, sandbox } = connected;
    const before = { refreshes: zap.refreshes, tokens: tokenRequests() };
    sandbox.inject({ path: '/contacts/search', expireToken: true });

    const items = await zap.run('triggers', 'new_contact');

    expect(items.length).toBeGreaterThan(0);
    expect(zap.refreshes - before.refreshes).toBe(1);
    expect(tokenRequests() - before.tokens).toBe(1);
  });

  it('is refreshed once when two calls running at the same time both find it expired', async () => {
    const { zap, sandbox } = connected;
    const before = { refreshes: zap.refreshes, tokens: tokenRequests() };
    sandbox.expireAccessTokens();

    const [added, changed] = await Promise.all([
      zap.run('triggers', 'new_contact'),
      zap.run('triggers', 'updated_contact'),
    ]);

    expect(added.length).toBeGreaterThan(0);
    expect(Array.isArray(changed)).toBe(true);
    expect(zap.refreshes - before.refreshes).toBe(1);
    expect(tokenRequests() - before.tokens).toBe(1);
  });
});

describe('a connection HighLevel will not renew', () => {
  afterEach(reconnect);

  it("asks to reconnect, quoting HighLevel's reason, when the refresh token was revoked", async () => {
    const { zap, sandbox } = connected;
    sandbox.revokeRefreshTokens();
    sandbox.expireAccessTokens();

    const failure = await failureOf(zap.run('triggers', 'new_contact'));

    expect(failure.name).toBe('ExpiredAuthError');
    expect(failure.message).toMatch(/Invalid grant: refresh token is invalid/);
    expect(failure.message).toMatch(/Reconnect your HighLevel account/);
  });

  it("asks to reconnect, quoting HighLevel's reason, when the sub-account is inactive", async () => {
    const { zap, sandbox } = connected;
    sandbox.setLocationActive(false);
    sandbox.expireAccessTokens();

    const failure = await failureOf(zap.run('triggers', 'new_contact'));

    expect(failure.name).toBe('ExpiredAuthError');
    expect(failure.message).toMatch(/Location is not active/);
    expect(failure.message).toMatch(/reactivate/);
  });
});

describe('a server fault (5xx)', () => {
  it('on a read is temporary, so Zapier retries it', async () => {
    const { zap, sandbox } = connected;
    sandbox.inject({ path: '/contacts/search', status: 503 });

    const failure = await failureOf(zap.run('triggers', 'new_contact'));

    expect(failure.name).toBe('ThrottledError');
    expect(failure.message).toMatch(/temporary problem \(HTTP 503\)/);
  });

  it('on a create is not retried blindly, and says to check HighLevel before replaying', async () => {
    const { zap, sandbox } = connected;
    sandbox.inject({ path: '/contacts/', method: 'POST', status: 500 });

    const { result, requests } = await requestsDuring(sandbox, () =>
      failureOf(zap.call(createContact, { email: 'only.once@example.test' })),
    );

    expect(result.name).not.toBe('ThrottledError');
    expect(result.code).toBe('ServerErrorUnsafe');
    expect(result.message).toMatch(/may or may not have been saved: check HighLevel/);
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('on Create or Update Contact is retried, and the replay finds the contact instead of duplicating it', async () => {
    const { zap, sandbox } = connected;
    const input = { email: 'replayed@example.test', first_name: 'Rae' };
    sandbox.inject({ path: '/contacts/upsert', status: 502 });

    const failure = await failureOf(zap.run('creates', 'create_or_update_contact', input));
    await zap.run('creates', 'create_or_update_contact', input);
    await zap.run('creates', 'create_or_update_contact', input);

    expect(failure.name).toBe('ThrottledError');
    expect(contactsWithEmail('replayed@example.test')).toHaveLength(1);
  });

  it('on the custom field definitions fails the poll for a retry, rather than firing items without them', async () => {
    const { zap, sandbox } = connected;
    // A field added since the definitions were cached makes the poll fetch them again.
    const added = {
      id: 'cfReferralCode000001',
      name: 'Referral Code',
      fieldKey: 'contact.referral_code',
      dataType: 'TEXT' as const,
      placeholder: '',
      position: 999,
      picklistOptions: [],
    };
    sandbox.store.customFields.push(added);
    const newest = sandbox.store.byAdded.items[sandbox.store.byAdded.items.length - 1]!;
    newest.customFields[added.id] = 'R-1';
    sandbox.inject({ path: /\/customFields$/, status: 503 });

    const failure = await failureOf(zap.run('triggers', 'new_contact'));
    const items = await zap.run('triggers', 'new_contact');

    expect(failure.name).toBe('ThrottledError');
    expect(items.find((item: { id: string }) => item.id === newest.id).custom__referral_code).toBe(
      'R-1',
    );
  });
});

describe('a slow answer', () => {
  it('still succeeds when it arrives within the timeout', async () => {
    const { zap, sandbox } = connected;
    sandbox.inject({ path: '/contacts/search', delayMs: 1500 });

    const items = await zap.run('triggers', 'new_contact');

    expect(items.length).toBeGreaterThan(0);
  });
});

describe('an answer cut off half way', () => {
  it('on a read is a clear, retriable error', async () => {
    const { zap, sandbox } = connected;
    sandbox.inject({ path: '/contacts/search', truncateBody: true });

    const failure = await failureOf(zap.run('triggers', 'new_contact'));

    expect(failure.name).toBe('ThrottledError');
    expect(failure.message).toMatch(/was cut off or was not JSON/);
  });

  it('on a create says the contact may have been saved and to check before replaying', async () => {
    const { zap, sandbox } = connected;
    sandbox.inject({ path: '/contacts/', method: 'POST', truncateBody: true });

    const failure = await failureOf(zap.call(createContact, { email: 'cut.off@example.test' }));

    expect(failure.name).not.toBe('ThrottledError');
    expect(failure.message).toMatch(/not known whether the contact was saved/);
    expect(failure.message).toMatch(/Check HighLevel before replaying/);
  });
});

describe('a request HighLevel refuses', () => {
  it('names the field of a 400 whose message is a string', async () => {
    const { zap, sandbox } = connected;
    sandbox.inject({
      path: '/contacts/upsert',
      status: 400,
      body: { statusCode: 400, message: 'email must be an email' },
    });

    const failure = await failureOf(
      zap.run('creates', 'create_or_update_contact', { phone: '+15550100777' }),
    );

    expect(failure.code).toBe('InvalidRequest');
    expect(failure.message).toMatch(/Email: email must be an email/);
  });

  it('names every field of a 422 whose message is a list', async () => {
    const { zap, sandbox } = connected;
    const [contact] = [...sandbox.store.contacts.values()];
    sandbox.inject({
      path: /^\/contacts\/[^/]+$/,
      method: 'PUT',
      status: 422,
      body: {
        statusCode: 422,
        message: ['phone must be a valid phone number', 'property gender should not exist'],
        error: 'Unprocessable Entity',
      },
    });

    const failure = await failureOf(
      zap.run('creates', 'update_contact', { contact_id: contact!.id, phone: '+15550100778' }),
    );

    expect(failure.code).toBe('InvalidRequest');
    expect(failure.message).toMatch(/Phone: phone must be a valid phone number/);
    expect(failure.message).toMatch(/gender: property gender should not exist/);
  });
});
