/**
 * B11: HighLevel answers auth problems with several codes. Only a rejected token is refreshed;
 * a connection to another sub-account or one missing a permission is explained, not refreshed.
 */
import { ZapierRunner } from '../../scripts/zapier-runner';
import { errorOf } from '../support/app';
import { useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 10 } });

const tokenRequests = () =>
  connected.sandbox.requests.filter((r) => r.path === '/oauth/token').length;

const failureOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return errorOf(error);
  }
  throw new Error('Expected the step to fail, but it succeeded');
};

describe('B11 auth answers other than an expired token', () => {
  afterEach(() => connected.sandbox.clearFaults());

  it('(a) refreshes once on 401 "Invalid JWT" and retries', async () => {
    const { zap, sandbox } = connected;
    const before = { refreshes: zap.refreshes, tokens: tokenRequests() };
    sandbox.inject({
      path: '/contacts/search',
      status: 401,
      body: { statusCode: 401, message: 'Invalid JWT' },
    });

    const items = await zap.run('triggers', 'new_contact');

    expect(items.length).toBeGreaterThan(0);
    expect(zap.refreshes - before.refreshes).toBe(1);
    expect(tokenRequests() - before.tokens).toBe(1);
  });

  it('(b) says the connection belongs to a different sub-account on 403, without refreshing', async () => {
    const { zap, sandbox } = connected;
    const before = { refreshes: zap.refreshes, tokens: tokenRequests() };
    sandbox.inject({ path: '/contacts/search', status: 403, times: 5 });

    const failure = await failureOf(zap.run('triggers', 'new_contact'));

    expect(failure.code).toBe('WrongLocation');
    expect(failure.message).toMatch(/different sub-account/);
    expect(failure.message).toMatch(/Reconnect HighLevel/);
    expect(zap.refreshes).toBe(before.refreshes);
    expect(tokenRequests()).toBe(before.tokens);
  });

  it('(c) names the missing permission on a scope 401, and does not refresh in a loop', async () => {
    const { sandbox } = connected;
    const tokens = await sandbox.issueTokens({ scopes: ['locations.readonly'] });
    const zap = new ZapierRunner({ ...connected.zap.authData, ...tokens });
    const before = tokenRequests();

    const failure = await failureOf(zap.run('triggers', 'new_contact'));

    expect(failure.code).toBe('MissingScope');
    expect(failure.message).toMatch(/contacts\.readonly/);
    expect(failure.message).toMatch(/not allowed to access this scope/);
    expect(zap.refreshes).toBe(0);
    expect(tokenRequests()).toBe(before);
  });

  it('(c) names the write permission when only a contact update is refused', async () => {
    const { sandbox } = connected;
    const tokens = await sandbox.issueTokens({
      scopes: ['contacts.readonly', 'locations.readonly'],
    });
    const zap = new ZapierRunner({ ...connected.zap.authData, ...tokens });
    const [contact] = [...sandbox.store.contacts.values()];

    const failure = await failureOf(
      zap.run('creates', 'update_contact', { contact_id: contact!.id, city: 'Akron' }),
    );

    expect(failure.code).toBe('MissingScope');
    expect(failure.message).toMatch(/contacts\.write/);
    expect(zap.refreshes).toBe(0);
  });
});
