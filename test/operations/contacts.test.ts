import contact from '../fixtures/contact.json';
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

describe('create_contact', () => {
  it('creates the contact in the connected location with tags in the same request', async () => {
    customFieldNames();
    const scope = highLevel()
      .post('/contacts/', {
        firstName: 'Jane',
        email: 'jane.doe@example.com',
        phone: '+15550100001',
        tags: ['webinar'],
        locationId: LOCATION,
      })
      .reply(201, { contact });

    const result = await run('creates', 'create_contact', {
      first_name: 'Jane',
      email: 'jane.doe@example.com',
      phone: '(555) 010-0001',
      last_name: '',
      tags: 'webinar',
    });

    scope.done();
    expect(result).toMatchObject({
      id: CONTACT,
      email: 'jane.doe@example.com',
      tags: ['webinar', 'newsletter'],
    });
  });

  it('names the existing contact when the location refuses duplicates', async () => {
    highLevel()
      .post('/contacts/')
      .reply(400, {
        statusCode: 400,
        message: 'This location does not allow duplicated contacts.',
        meta: { contactId: CONTACT, contactName: 'Jane Doe', matchingField: 'email' },
      });

    const message = await failureOf(
      run('creates', 'create_contact', { email: 'jane.doe@example.com' }),
    );

    expect(message).toMatch(
      /same email already exists in HighLevel \(contact ID seD4PfOuKoVMLkEZqohJ\)/,
    );
    expect(message).toMatch(/Create or Update Contact/);
  });

  it('names the Email field when it is not an email', async () => {
    expect(await failureOf(run('creates', 'create_contact', { email: 'jane.doe' }))).toMatch(
      /"Email" field is not an email address/,
    );
  });
});

describe('delete_contact', () => {
  it('deletes the contact and says so', async () => {
    const scope = highLevel().delete(`/contacts/${CONTACT}`).reply(200, { succeded: true });

    expect(await run('creates', 'delete_contact', { contact_id: CONTACT })).toEqual({
      id: CONTACT,
      deleted: true,
    });
    scope.done();
  });

  it('says which contact was not found', async () => {
    highLevel()
      .delete('/contacts/c-gone')
      .reply(404, { statusCode: 404, message: 'Contact not found' });

    expect(await failureOf(run('creates', 'delete_contact', { contact_id: 'c-gone' }))).toMatch(
      /No contact with ID c-gone was found/,
    );
  });
});

describe('add_tags', () => {
  it('adds the tags through the tags endpoint, not by replacing them', async () => {
    const scope = highLevel()
      .post(`/contacts/${CONTACT}/tags`, { tags: ['webinar', 'spring-sale'] })
      .reply(201, { tags: ['newsletter', 'webinar', 'spring-sale'] });

    const result = await run('creates', 'add_tags', {
      contact_id: CONTACT,
      tags: ['webinar', 'spring-sale, webinar'],
    });

    scope.done();
    expect(result).toEqual({
      contact_id: CONTACT,
      tags: ['newsletter', 'webinar', 'spring-sale'],
      tags_text: 'newsletter, webinar, spring-sale',
    });
  });

  it('refuses an empty tag list', async () => {
    expect(
      await failureOf(run('creates', 'add_tags', { contact_id: CONTACT, tags: ' , ' })),
    ).toMatch(/"Tags" field is required/);
  });
});

describe('remove_tags', () => {
  it('removes only the tags named', async () => {
    const scope = highLevel()
      .delete(`/contacts/${CONTACT}/tags`, { tags: ['webinar'] })
      .reply(200, { tags: ['newsletter'] });

    const result = await run('creates', 'remove_tags', { contact_id: CONTACT, tags: 'webinar' });

    scope.done();
    expect(result.tags).toEqual(['newsletter']);
  });
});

describe('get_contact', () => {
  it('returns the contact with its custom fields under their names', async () => {
    customFieldNames();
    const scope = highLevel().get(`/contacts/${CONTACT}`).reply(200, { contact });

    const [result] = await run('searches', 'get_contact', { contact_id: CONTACT });

    scope.done();
    expect(result).toMatchObject({ id: CONTACT, name: 'Jane Doe' });
  });

  it('refuses a contact that is not an id', async () => {
    expect(await failureOf(run('searches', 'get_contact', { contact_id: 'Jane Doe' }))).toMatch(
      /"Contact" field does not look like a HighLevel ID/,
    );
  });
});

describe('find_contact', () => {
  it('searches by free text when no email or phone is given', async () => {
    customFieldNames();
    const scope = highLevel()
      .get('/contacts/')
      .query({ locationId: LOCATION, query: 'Jane Doe', limit: '10' })
      .reply(200, { contacts: [contact], count: 1 });

    const result = await run('searches', 'find_contact', { query: 'Jane Doe' });

    scope.done();
    expect(result).toEqual([expect.objectContaining({ id: CONTACT })]);
  });

  it('uses the free text only after email finds nobody', async () => {
    customFieldNames();
    const scope = highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: LOCATION, email: 'nobody@example.com' })
      .reply(200, { contact: null })
      .get('/contacts/')
      .query({ locationId: LOCATION, query: 'Jane', limit: '10' })
      .reply(200, { contacts: [] });

    expect(
      await run('searches', 'find_contact', { email: 'nobody@example.com', query: 'Jane' }),
    ).toEqual([]);
    scope.done();
  });

  it('refuses a search with nothing to look for', async () => {
    expect(await failureOf(run('searches', 'find_contact', {}))).toMatch(
      /"Email" field is empty, and so are Phone and Search Text/,
    );
  });
});

describe('find_duplicate_contact', () => {
  it('asks HighLevel with email and phone together', async () => {
    customFieldNames();
    const scope = highLevel()
      .get('/contacts/search/duplicate')
      .query({ locationId: LOCATION, email: 'jane.doe@example.com', number: '+15550100001' })
      .reply(200, { contact });

    const result = await run('searches', 'find_duplicate_contact', {
      email: 'jane.doe@example.com',
      phone: '+1 555 010 0001',
    });

    scope.done();
    expect(result).toEqual([expect.objectContaining({ id: CONTACT })]);
  });

  it('returns an empty list when there is no duplicate', async () => {
    highLevel().get('/contacts/search/duplicate').query(true).reply(200, { contact: null });

    expect(await run('searches', 'find_duplicate_contact', { email: 'new@example.com' })).toEqual(
      [],
    );
  });

  it('refuses a check with neither email nor phone', async () => {
    expect(await failureOf(run('searches', 'find_duplicate_contact', {}))).toMatch(
      /"Email" field is empty, and so is Phone/,
    );
  });
});

describe('contact_tag_added', () => {
  it('fires once per contact gaining the tag, from one search', async () => {
    customFieldNames();
    const scope = highLevel()
      .post('/contacts/search', {
        locationId: LOCATION,
        pageLimit: 100,
        filters: [{ field: 'tags', operator: 'eq', value: 'webinar' }],
        sort: [{ field: 'dateUpdated', direction: 'desc' }],
      })
      .reply(200, { contacts: [contact], total: 1 });

    const result = await run('triggers', 'contact_tag_added', { tag: 'webinar' });

    scope.done();
    expect(result).toEqual([
      expect.objectContaining({ id: `${CONTACT}:webinar`, contact_id: CONTACT, tag: 'webinar' }),
    ]);
  });

  it('refuses to run without a tag', async () => {
    expect(await failureOf(run('triggers', 'contact_tag_added', { tag: '' }))).toMatch(
      /"Tag" field is required/,
    );
  });
});
