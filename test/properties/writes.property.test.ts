/**
 * Property tests of the contact writes as Zapier runs them: for generated Zap inputs, each step
 * either sends HighLevel a body in its spec's shape, or refuses the input with an InvalidInput
 * error naming the field, without sending any contact request.
 */
import fc from 'fast-check';
import nock from 'nock';

import definitions from '../fixtures/custom-field-definitions.json';
import { API, appTester, bundleWith, errorOf, performOf, useNock } from '../support/app';
import { jsonOf } from '../support/spec';
import { contactInput } from './generators';
import { bodyProblems, expectRefusal } from './oracle';

useNock();
const runs = { numRuns: 200 };

interface Seen {
  method: string;
  path: string;
  body: Record<string, any>;
}

/**
 * A HighLevel that echoes what it is sent, recording every request. With `existing`, the
 * duplicate lookup finds a contact with the email or phone looked up, so an upsert updates it.
 */
const echoingHighLevel = (existing: boolean): Seen[] => {
  const seen: Seen[] = [];
  const record = (method: string) =>
    function (this: { req: { path: string } }, _uri: string, raw: unknown) {
      const body = jsonOf(raw);
      seen.push({ method, path: this.req.path.split('?')[0]!, body });
      return body;
    };
  const asContact = (body: Record<string, any>) => {
    const { customFields, locationId: _location, ...fields } = body;
    const values = (customFields ?? []).map((entry: any) => ({
      id: entry.id,
      value: entry.field_value,
    }));
    return { id: 'c-1', ...fields, customFields: values };
  };
  nock.cleanAll();
  const api = nock(API).persist();
  api
    .get('/locations/loc-test-1/customFields')
    .query(true)
    .reply(function (uri, raw) {
      record('GET').call(this, uri, raw);
      return [200, definitions];
    });
  api
    .get('/contacts/search/duplicate')
    .query(true)
    .reply(function (uri, raw) {
      record('GET').call(this, uri, raw);
      const asked = new URL(uri, API).searchParams;
      const match = { id: 'c-1', email: asked.get('email'), phone: asked.get('number') };
      return [200, { contact: existing ? match : null }];
    });
  api.get('/contacts/c-1').reply(function (uri, raw) {
    record('GET').call(this, uri, raw);
    return [200, { contact: { id: 'c-1' } }];
  });
  api.post('/contacts/upsert').reply(function (uri, raw) {
    return [200, { new: true, contact: asContact(record('POST').call(this, uri, raw)) }];
  });
  api.put('/contacts/c-1').reply(function (uri, raw) {
    return [200, { succeded: true, contact: asContact(record('PUT').call(this, uri, raw)) }];
  });
  api.post('/contacts/c-1/tags').reply(function (uri, raw) {
    return [201, { tags: record('POST').call(this, uri, raw).tags }];
  });
  return seen;
};

const contactRequests = (seen: Seen[]) => seen.filter((r) => !r.path.endsWith('/customFields'));
const isTagList = (tags: unknown) =>
  Array.isArray(tags) &&
  tags.length > 0 &&
  tags.every((t) => typeof t === 'string' && t !== '' && t === t.trim() && !t.includes(','));

/** How many generated inputs were sent and how many refused, so neither path goes untested. */
const outcomes = { sent: 0, refused: 0 };

const runAndCheck = async (
  key: 'create_or_update_contact' | 'update_contact',
  input: Record<string, unknown>,
  mode: 'upsert' | 'update',
) => {
  // Every other run updates an existing contact, whose tags an upsert body would replace.
  const existing = (outcomes.sent + outcomes.refused) % 2 === 1;
  const seen = echoingHighLevel(existing);
  let failure: unknown;
  try {
    await appTester(performOf('creates', key), bundleWith(input));
  } catch (error) {
    failure = error;
  }
  if (failure) {
    const { code } = errorOf(failure);
    expect(code).toBe('InvalidInput');
    expectRefusal(failure);
    expect(contactRequests(seen)).toEqual([]);
    outcomes.refused += 1;
    return;
  }
  outcomes.sent += 1;
  const write = seen.find((r) => r.method !== 'GET' && !r.path.endsWith('/tags'));
  // A new contact has no tags to lose, so its upsert may carry them; an existing one may not.
  const checkedAs = mode === 'upsert' && !existing ? 'create' : mode;
  if (write) expect(bodyProblems(write.body, checkedAs)).toEqual([]);
  for (const tags of seen.filter((r) => r.path.endsWith('/tags'))) {
    expect(Object.keys(tags.body)).toEqual(['tags']);
    expect(isTagList(tags.body.tags)).toBe(true);
  }
};

describe('contact writes through the app', () => {
  beforeEach(() => {
    outcomes.sent = 0;
    outcomes.refused = 0;
  });
  afterEach(() => {
    expect(outcomes.sent).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  });

  it('Create or Update Contact sends a spec-shaped upsert, or refuses naming a field and sends no contact request', async () => {
    await fc.assert(
      fc.asyncProperty(contactInput, (input) =>
        runAndCheck('create_or_update_contact', input, 'upsert'),
      ),
      runs,
    );
  });

  it('Update Contact sends a spec-shaped update, or refuses naming a field and sends no contact request', async () => {
    await fc.assert(
      fc.asyncProperty(contactInput, (input) =>
        runAndCheck('update_contact', { ...input, contact_id: 'c-1' }, 'update'),
      ),
      runs,
    );
  });
});
