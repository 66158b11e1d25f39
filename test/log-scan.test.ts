/**
 * The log scan: the main operations run through the runner against the sandbox, with every
 * console line captured, and then no secret or personal data of the run may appear in the logs,
 * in an error message or in an operation's sample.
 *
 * Limit: the scan reads what the app and the runner write to the console. Zapier's own HTTP
 * logs (zapier-platform-core's logger, censored by the platform) are not part of it.
 */
import App from '../index';
import { createContactFromInput } from '../lib/contact-writes';
import { capturedLogs } from '../scripts/zapier-runner';
import placeholderContact from './fixtures/contact.json';
import { errorOf } from './support/app';
import { useSandbox } from './support/sandbox';

const connected = useSandbox({ seed: { contacts: 25 } });

const lead = {
  first_name: 'Zephyrine',
  last_name: 'Quillfeather',
  email: 'zephyrine.quillfeather@example.test',
  phone: '(555) 010-4321',
};

/** What may never be shown: collected while the run goes, since tokens rotate. */
const secrets = new Set<string>();
const errorMessages: string[] = [];

const remember = () => {
  const { authData } = connected.zap;
  for (const key of ['access_token', 'refresh_token'] as const) {
    if (authData[key]) {
      secrets.add(authData[key]!);
      secrets.add(`Bearer ${authData[key]}`);
    }
  }
};

const failing = async (what: string, work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    errorMessages.push(errorOf(error).message);
    return;
  }
  throw new Error(`Expected ${what} to fail, but it succeeded`);
};

const personalDataOf = (contact: {
  email?: string | null;
  phone?: string | null;
  firstName?: string | null;
  lastName?: string | null;
}) =>
  [
    contact.email,
    contact.phone,
    contact.phone?.replace(/^\+1/, ''),
    contact.firstName && contact.lastName ? `${contact.firstName} ${contact.lastName}` : undefined,
  ].filter((value): value is string => Boolean(value));

describe('the log scan', () => {
  beforeAll(async () => {
    const { zap, sandbox } = connected;
    const budget = `custom_field__${sandbox.store.customFields.find((f) => f.name === 'Budget')!.id}`;
    const plan = `custom_field__${sandbox.store.customFields.find((f) => f.name === 'Plan')!.id}`;
    remember();

    await zap.poll('new_contact');
    await zap.poll('updated_contact');
    await zap.run('triggers', 'contact_list', {}, { page: 0 });
    await zap.run('triggers', 'tag_list');
    await zap.run('triggers', 'user_list');
    const created = await zap.run('creates', 'create_or_update_contact', {
      ...lead,
      [budget]: '1,250.50',
      tags: 'webinar',
    });
    await zap.run('creates', 'update_contact', {
      contact_id: created.id,
      city: 'Akron',
      email: '',
    });
    await zap.run('searches', 'find_contact', { email: lead.email });
    await zap.run('searches', 'find_contact', { phone: lead.phone });
    await zap.poll('updated_contact');

    sandbox.expireAccessTokens();
    await zap.run('triggers', 'new_contact');
    remember();

    // Error paths: input mapped into the wrong fields, refusals, faults and a broken connection.
    await failing(
      'a phone in Budget',
      zap.run('creates', 'create_or_update_contact', { ...lead, [budget]: lead.phone }),
    );
    await failing(
      'an email in Plan',
      zap.run('creates', 'create_or_update_contact', { ...lead, [plan]: lead.email }),
    );
    await failing(
      'an email in Date of Birth',
      zap.run('creates', 'create_or_update_contact', { ...lead, date_of_birth: lead.email }),
    );
    await failing(
      'a phone in Country',
      zap.run('creates', 'create_or_update_contact', { ...lead, country: lead.phone }),
    );
    await failing(
      'an email in Website',
      zap.run('creates', 'create_or_update_contact', { ...lead, website: lead.email }),
    );
    await failing(
      'an email in Do Not Disturb',
      zap.run('creates', 'create_or_update_contact', { ...lead, dnd: lead.email }),
    );
    await failing(
      'an email as the contact id',
      zap.run('creates', 'update_contact', { contact_id: lead.email, city: 'Akron' }),
    );
    await failing(
      'a duplicate create',
      zap.call((z: any, bundle: any) => createContactFromInput(z, bundle, bundle.inputData), lead),
    );
    sandbox.inject({
      path: '/contacts/upsert',
      status: 422,
      body: { statusCode: 422, message: ['phone must be a valid phone number'] },
    });
    await failing('a refused upsert', zap.run('creates', 'create_or_update_contact', lead));
    sandbox.inject({ path: '/contacts/search', truncateBody: true });
    await failing('a cut-off answer', zap.run('triggers', 'new_contact'));
    sandbox.inject({ path: '/contacts/upsert', status: 500 });
    await failing(
      'a server fault on a write',
      zap.run('creates', 'create_or_update_contact', lead),
    );
    sandbox.revokeRefreshTokens();
    sandbox.expireAccessTokens();
    await failing(
      'a revoked connection',
      zap.run('searches', 'find_contact', { email: lead.email }),
    );
    remember();
  });

  const forbidden = () => {
    const { sandbox } = connected;
    const people = [...sandbox.store.contacts.values()].flatMap(personalDataOf);
    return [
      ...secrets,
      sandbox.clientSecret,
      lead.email,
      '+15550104321',
      '5550104321',
      '010-4321',
      lead.first_name,
      lead.last_name,
      ...people,
    ];
  };

  const leaksIn = (text: string) => forbidden().filter((value) => text.includes(value));

  it('ran the operations it scans, and captured their logs', () => {
    expect(capturedLogs.length).toBeGreaterThan(15);
    expect(errorMessages).toHaveLength(12);
    expect(connected.zap.refreshes).toBeGreaterThanOrEqual(1);
  });

  it('finds no token, secret or personal data in the logs', () => {
    expect(leaksIn(capturedLogs.join('\n'))).toEqual([]);
  });

  it('finds no token, secret or personal data in error messages', () => {
    expect(
      errorMessages.flatMap((message) => leaksIn(message).map((leak) => `${leak} in: ${message}`)),
    ).toEqual([]);
  });

  it('finds no token, secret or personal data in operation samples', () => {
    const operations = [
      ...Object.values(App.triggers),
      ...Object.values(App.creates),
      ...Object.values(App.searches),
    ];
    const samples = JSON.stringify(operations.map((operation) => operation.operation.sample));
    // The samples show the placeholder person of the fixtures, whose phone the sandbox's seed
    // happens to reuse; that is a placeholder, not data of this run.
    const placeholders = JSON.stringify(placeholderContact);

    expect(leaksIn(samples).filter((value) => !placeholders.includes(value))).toEqual([]);
  });
});
