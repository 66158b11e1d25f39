import bulkResult from '../fixtures/bulk-tags-result.json';
import contact from '../fixtures/contact.json';
import lists from '../fixtures/lists.json';
import {
  CONTACT,
  LOCATION,
  customFieldNames,
  failureOf,
  highLevel,
  run,
  useHighLevel,
} from './support';

useHighLevel();

const WORKFLOW = lists.workflows[0]?.id as string;

describe('add_to_campaign', () => {
  it('adds the contact to the chosen campaign', async () => {
    const scope = highLevel()
      .post(`/contacts/${CONTACT}/campaigns/camp-1`, {})
      .reply(201, { succeded: true });

    const result = await run('creates', 'add_to_campaign', {
      contact_id: CONTACT,
      campaign_id: 'camp-1',
    });

    scope.done();
    expect(result).toEqual({ contact_id: CONTACT, campaign_id: 'camp-1', added: true });
  });

  it('refuses to run without a campaign', async () => {
    expect(await failureOf(run('creates', 'add_to_campaign', { contact_id: CONTACT }))).toMatch(
      /"Campaign" field is required/,
    );
  });
});

describe('remove_from_campaign', () => {
  it('takes the contact out of the campaign', async () => {
    const scope = highLevel()
      .delete(`/contacts/${CONTACT}/campaigns/camp-1`)
      .reply(200, { succeded: true });

    expect(
      await run('creates', 'remove_from_campaign', { contact_id: CONTACT, campaign_id: 'camp-1' }),
    ).toEqual({
      contact_id: CONTACT,
      campaign_id: 'camp-1',
      removed: true,
    });
    scope.done();
  });
});

describe('remove_from_all_campaigns', () => {
  it('takes the contact out of every campaign', async () => {
    const scope = highLevel()
      .delete(`/contacts/${CONTACT}/campaigns/removeAll`)
      .reply(200, { succeded: true });

    expect(await run('creates', 'remove_from_all_campaigns', { contact_id: CONTACT })).toEqual({
      contact_id: CONTACT,
      removed: true,
    });
    scope.done();
  });

  it('passes on why HighLevel refused', async () => {
    highLevel()
      .delete(`/contacts/${CONTACT}/campaigns/removeAll`)
      .reply(422, {
        statusCode: 422,
        message: ['contactId must be a valid id'],
        error: 'Unprocessable Entity',
      });

    expect(
      await failureOf(run('creates', 'remove_from_all_campaigns', { contact_id: CONTACT })),
    ).toMatch(/HighLevel rejected the contact: .*contactId must be a valid id/);
  });
});

describe('add_to_workflow', () => {
  it('starts the workflow right away when no start time is given', async () => {
    const scope = highLevel()
      .post(`/contacts/${CONTACT}/workflow/${WORKFLOW}`, {})
      .reply(200, { succeded: true });

    const result = await run('creates', 'add_to_workflow', {
      contact_id: CONTACT,
      workflow_id: WORKFLOW,
    });

    scope.done();
    expect(result).toMatchObject({ added: true, start_time: null });
  });

  it('reads the start time in the Zap timezone', async () => {
    const scope = highLevel()
      .post(`/contacts/${CONTACT}/workflow/${WORKFLOW}`, { eventStartTime: '2026-03-20T23:00:00Z' })
      .reply(200, { succeded: true });

    await run('creates', 'add_to_workflow', {
      contact_id: CONTACT,
      workflow_id: WORKFLOW,
      start_time: '2026-03-20 16:00',
    });

    scope.done();
  });

  it('names the Start Time field when it is not a time', async () => {
    const message = await failureOf(
      run('creates', 'add_to_workflow', {
        contact_id: CONTACT,
        workflow_id: WORKFLOW,
        start_time: 'soon',
      }),
    );

    expect(message).toMatch(/"Start Time" field is not a date and time/);
  });
});

describe('remove_from_workflow', () => {
  it('takes the contact out of the workflow', async () => {
    const scope = highLevel()
      .delete(`/contacts/${CONTACT}/workflow/${WORKFLOW}`)
      .reply(200, { succeded: true });

    const result = await run('creates', 'remove_from_workflow', {
      contact_id: CONTACT,
      workflow_id: WORKFLOW,
    });

    scope.done();
    expect(result.removed).toBe(true);
  });
});

describe('add_followers', () => {
  it('adds the chosen users as followers', async () => {
    const scope = highLevel()
      .post(`/contacts/${CONTACT}/followers`, { followers: ['u-1', 'u-2'] })
      .reply(201, { followers: ['u-0', 'u-1', 'u-2'], followersAdded: ['u-1', 'u-2'] });

    const result = await run('creates', 'add_followers', {
      contact_id: CONTACT,
      followers: ['u-1', 'u-2', 'u-1'],
    });

    scope.done();
    expect(result).toEqual({
      contact_id: CONTACT,
      followers: ['u-0', 'u-1', 'u-2'],
      changed: ['u-1', 'u-2'],
    });
  });

  it('refuses an empty list of followers', async () => {
    expect(
      await failureOf(run('creates', 'add_followers', { contact_id: CONTACT, followers: [] })),
    ).toMatch(/"Followers" field is required/);
  });
});

describe('remove_followers', () => {
  it('removes the chosen users as followers', async () => {
    const scope = highLevel()
      .delete(`/contacts/${CONTACT}/followers`, { followers: ['u-1'] })
      .reply(200, { followers: ['u-0'], followersRemoved: ['u-1'] });

    const result = await run('creates', 'remove_followers', {
      contact_id: CONTACT,
      followers: 'u-1',
    });

    scope.done();
    expect(result.changed).toEqual(['u-1']);
  });
});

describe('add_contacts_to_business', () => {
  it('links the contacts to the business in one request', async () => {
    const scope = highLevel()
      .post('/contacts/bulk/business', {
        locationId: LOCATION,
        ids: [CONTACT, 'c-2'],
        businessId: 'biz-1',
      })
      .reply(200, { success: true, ids: [CONTACT, 'c-2'] });

    const result = await run('creates', 'add_contacts_to_business', {
      business_id: 'biz-1',
      contact_ids: `${CONTACT}, c-2`,
    });

    scope.done();
    expect(result).toEqual({ business_id: 'biz-1', contact_ids: [CONTACT, 'c-2'], success: true });
  });
});

describe('remove_contacts_from_business', () => {
  it('unlinks the contacts by sending no business', async () => {
    const scope = highLevel()
      .post('/contacts/bulk/business', { locationId: LOCATION, ids: [CONTACT], businessId: null })
      .reply(200, { success: true, ids: [CONTACT] });

    const result = await run('creates', 'remove_contacts_from_business', {
      contact_ids: [CONTACT],
    });

    scope.done();
    expect(result.success).toBe(true);
  });

  it('refuses an empty list of contacts', async () => {
    expect(
      await failureOf(run('creates', 'remove_contacts_from_business', { contact_ids: '' })),
    ).toMatch(/"Contacts" field is required/);
  });
});

describe('find_business_contacts', () => {
  it("lists the business's contacts", async () => {
    customFieldNames();
    const scope = highLevel()
      .get('/contacts/business/biz-1')
      .query({ locationId: LOCATION, limit: '100', query: 'Jane' })
      .reply(200, { contacts: [contact], count: 1 });

    const result = await run('searches', 'find_business_contacts', {
      business_id: 'biz-1',
      query: 'Jane',
    });

    scope.done();
    expect(result).toEqual([expect.objectContaining({ id: CONTACT })]);
  });
});

describe('bulk_update_tags', () => {
  it('adds tags to many contacts in one request', async () => {
    const scope = highLevel()
      .post('/contacts/bulk/tags/update/add', {
        contacts: [CONTACT, 'c-2'],
        tags: ['spring-sale'],
        locationId: LOCATION,
      })
      .reply(201, { succeded: true, errorCount: 0, responses: [] });

    const result = await run('creates', 'bulk_update_tags', {
      action: 'add',
      contact_ids: [CONTACT, 'c-2'],
      tags: 'spring-sale',
      remove_all_tags: 'true',
    });

    scope.done();
    expect(result).toMatchObject({ action: 'add', updated_count: 2, failed_count: 0 });
  });

  it('can remove every tag from the contacts', async () => {
    const scope = highLevel()
      .post('/contacts/bulk/tags/update/remove', {
        contacts: [CONTACT],
        tags: [],
        locationId: LOCATION,
        removeAllTags: true,
      })
      .reply(201, { succeded: true, errorCount: 0, responses: [] });

    await run('creates', 'bulk_update_tags', {
      action: 'remove',
      contact_ids: CONTACT,
      remove_all_tags: 'yes',
    });

    scope.done();
  });

  it('reports the contacts HighLevel refused instead of passing them off as done', async () => {
    highLevel().post('/contacts/bulk/tags/update/add').reply(201, bulkResult);

    const message = await failureOf(
      run('creates', 'bulk_update_tags', {
        action: 'add',
        contact_ids: [CONTACT, 'abcdef'],
        tags: 'spring-sale',
      }),
    );

    expect(message).toMatch(/changed the tags of 1 of 2 contacts/);
    expect(message).toMatch(/abcdef \(contact id is not a valid firebase id\)/);
  });

  it('refuses an action other than add or remove', async () => {
    const message = await failureOf(
      run('creates', 'bulk_update_tags', { action: 'replace', contact_ids: CONTACT, tags: 'x' }),
    );

    expect(message).toMatch(/"Add or Remove" field should be "add" or "remove"/);
  });
});

describe('dropdowns', () => {
  it('lists campaigns with their status', async () => {
    highLevel()
      .get('/campaigns/')
      .query({ locationId: LOCATION })
      .reply(200, { campaigns: lists.campaigns });

    expect(await run('triggers', 'campaign_list')).toEqual([
      { id: 'camp-1', name: 'Spring Newsletter (published)' },
    ]);
  });

  it('lists workflows with their status', async () => {
    highLevel()
      .get('/workflows/')
      .query({ locationId: LOCATION })
      .reply(200, { workflows: lists.workflows });

    expect(await run('triggers', 'workflow_list')).toEqual([
      { id: WORKFLOW, name: 'New Lead Nurture (published)' },
    ]);
  });

  it('lists businesses a page at a time', async () => {
    const scope = highLevel()
      .get('/businesses/')
      .query({ locationId: LOCATION, limit: '100', skip: '100' })
      .reply(200, { businesses: lists.businesses });

    const result = await run('triggers', 'business_list', {}, { page: 1 });

    scope.done();
    expect(result).toEqual([{ id: 'biz-1', name: 'Example Dental' }]);
  });
});
