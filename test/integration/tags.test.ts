import { failureOf } from '../support/errors';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 50 }, rateLimit: false });

let people = 0;
const newContact = async (tags: string[] = []): Promise<string> => {
  people += 1;
  const contact = await connected.zap.run('creates', 'create_contact', {
    email: `tag.person.${people}@example.test`,
    first_name: 'Theo',
  });
  connected.sandbox.store.contacts.get(contact.id)!.tags.push(...tags);
  return contact.id;
};

const tagsOf = (contactId: string) =>
  [...connected.sandbox.store.contacts.get(contactId)!.tags].sort();

describe('add_tags', () => {
  it('adds the tags and keeps the ones the contact had, in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact(['vip']);

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'add_tags', { contact_id: contactId, tags: 'webinar, spring-sale' }),
    );

    expect(requests).toHaveLength(1);
    expect(tagsOf(contactId)).toEqual(['spring-sale', 'vip', 'webinar']);
    expect([...result.tags].sort()).toEqual(['spring-sale', 'vip', 'webinar']);
  });

  it('says which contact was not found', async () => {
    const { zap } = connected;

    const failure = await failureOf(
      zap.run('creates', 'add_tags', { contact_id: 'NoSuchContact0000000', tags: 'vip' }),
    );

    expect(failure.message).toMatch(/No contact with ID NoSuchContact0000000 was found/);
  });
});

describe('remove_tags', () => {
  it('removes only the tags named, in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact(['vip', 'webinar', 'newsletter']);

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'remove_tags', { contact_id: contactId, tags: 'webinar, not-there' }),
    );

    expect(requests).toHaveLength(1);
    expect(tagsOf(contactId)).toEqual(['newsletter', 'vip']);
    expect(result.tags_text.split(', ').sort()).toEqual(['newsletter', 'vip']);
  });
});

describe('bulk_update_tags', () => {
  it('adds the tags to every contact in one request', async () => {
    const { zap, sandbox } = connected;
    const first = await newContact(['vip']);
    const second = await newContact();

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'bulk_update_tags', {
        action: 'add',
        contact_ids: [first, second],
        tags: 'spring-sale',
      }),
    );

    expect(requests).toHaveLength(1);
    expect(tagsOf(first)).toEqual(['spring-sale', 'vip']);
    expect(tagsOf(second)).toEqual(['spring-sale']);
    expect(result).toMatchObject({ updated_count: 2, failed_count: 0 });
  });

  it('removes the tags from every contact and leaves their other tags', async () => {
    const { zap } = connected;
    const first = await newContact(['vip', 'spring-sale']);
    const second = await newContact(['spring-sale', 'newsletter']);

    await zap.run('creates', 'bulk_update_tags', {
      action: 'remove',
      contact_ids: `${first},${second}`,
      tags: 'spring-sale',
    });

    expect(tagsOf(first)).toEqual(['vip']);
    expect(tagsOf(second)).toEqual(['newsletter']);
  });

  it('removes every tag when Remove All Tags is Yes', async () => {
    const { zap } = connected;
    const contactId = await newContact(['vip', 'newsletter']);

    await zap.run('creates', 'bulk_update_tags', {
      action: 'remove',
      contact_ids: [contactId],
      remove_all_tags: 'true',
    });

    expect(tagsOf(contactId)).toEqual([]);
  });

  it('names the contacts HighLevel refused, after changing the others', async () => {
    const { zap } = connected;
    const real = await newContact();

    const failure = await failureOf(
      zap.run('creates', 'bulk_update_tags', {
        action: 'add',
        contact_ids: [real, 'Gone0000000000000000'],
        tags: 'spring-sale',
      }),
    );

    expect(failure.message).toMatch(/changed the tags of 1 of 2 contacts/);
    expect(failure.message).toMatch(/Gone0000000000000000 \(contact not found\)/);
    expect(tagsOf(real)).toEqual(['spring-sale']);
  });
});

describe('contact_tag_added', () => {
  it('fires once for a contact that gets the tag, and not again', async () => {
    const { zap } = connected;
    const contactId = await newContact();
    await zap.poll('contact_tag_added', { tag: 'webinar' });

    await zap.run('creates', 'add_tags', { contact_id: contactId, tags: 'webinar' });
    const afterTagging = await zap.poll('contact_tag_added', { tag: 'webinar' });
    const afterNothing = await zap.poll('contact_tag_added', { tag: 'webinar' });

    expect(afterTagging.map((item) => item.contact_id)).toEqual([contactId]);
    expect(afterTagging[0]).toMatchObject({ tag: 'webinar', email: expect.any(String) });
    expect(afterNothing).toEqual([]);
  });

  it('does not fire again when a tagged contact changes in other ways', async () => {
    const { zap } = connected;
    const contactId = await newContact(['webinar']);
    await zap.poll('contact_tag_added', { tag: 'webinar' });

    await zap.run('creates', 'update_contact', { contact_id: contactId, city: 'Dayton' });
    await zap.run('creates', 'add_tags', { contact_id: contactId, tags: 'vip' });
    const afterChanges = await zap.poll('contact_tag_added', { tag: 'webinar' });

    expect(afterChanges).toEqual([]);
  });

  it('does not fire for a contact that gets a different tag', async () => {
    const { zap } = connected;
    const contactId = await newContact();
    await zap.poll('contact_tag_added', { tag: 'webinar' });

    await zap.run('creates', 'add_tags', { contact_id: contactId, tags: 'newsletter' });
    const fired = await zap.poll('contact_tag_added', { tag: 'webinar' });

    expect(fired).toEqual([]);
  });

  it('polls with one request once the custom field names are cached', async () => {
    const { zap, sandbox } = connected;
    await zap.run('triggers', 'contact_tag_added', { tag: 'vip' });

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'contact_tag_added', { tag: 'vip' }),
    );

    expect(requests).toHaveLength(1);
  });
});

describe('tag_list', () => {
  it("lists the location's tags by name, including ones added by a Zap", async () => {
    const { zap, sandbox } = connected;
    await zap.run('creates', 'add_tags', { contact_id: await newContact(), tags: 'fall-promo' });

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'tag_list'),
    );

    expect(requests).toHaveLength(1);
    const names = sandbox.store.tags.map((tag) => tag.name).sort((a, b) => a.localeCompare(b));
    expect(result).toEqual(names.map((name) => ({ id: name, name })));
    expect(names).toContain('fall-promo');
  });
});
