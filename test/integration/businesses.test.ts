import { failureOf } from '../support/errors';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 50 }, rateLimit: false });

let people = 0;
const newContact = async (firstName = 'Bea'): Promise<string> => {
  people += 1;
  const contact = await connected.zap.run('creates', 'create_contact', {
    email: `business.person.${people}@example.test`,
    first_name: firstName,
  });
  return contact.id;
};

const business = (name: string) =>
  connected.sandbox.store.businesses.find((b) => b.name === name)!.id;
const businessOf = (contactId: string) =>
  connected.sandbox.store.contacts.get(contactId)!.businessId ?? null;

describe('add_contacts_to_business', () => {
  it('links every contact to the business in one request', async () => {
    const { zap, sandbox } = connected;
    const first = await newContact();
    const second = await newContact();
    const acme = business('Acme Dental Supply');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'add_contacts_to_business', {
        business_id: acme,
        contact_ids: [first, second],
      }),
    );

    expect(requests).toHaveLength(1);
    expect([businessOf(first), businessOf(second)]).toEqual([acme, acme]);
    expect(result).toEqual({ business_id: acme, contact_ids: [first, second], success: true });
  });

  it('says which business was not found and links nobody', async () => {
    const { zap } = connected;
    const contactId = await newContact();

    const failure = await failureOf(
      zap.run('creates', 'add_contacts_to_business', {
        business_id: 'NoSuchBusiness000000',
        contact_ids: [contactId],
      }),
    );

    expect(failure.message).toMatch(/No business was found/);
    expect(businessOf(contactId)).toBeNull();
  });
});

describe('remove_contacts_from_business', () => {
  it('unlinks the contacts from their business in one request', async () => {
    const { zap, sandbox } = connected;
    const leaving = await newContact();
    const staying = await newContact();
    const bright = business('Bright Smiles LLC');
    await zap.run('creates', 'add_contacts_to_business', {
      business_id: bright,
      contact_ids: [leaving, staying],
    });

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'remove_contacts_from_business', { contact_ids: [leaving] }),
    );

    expect(requests).toHaveLength(1);
    expect(businessOf(leaving)).toBeNull();
    expect(businessOf(staying)).toBe(bright);
  });
});

describe('find_business_contacts', () => {
  it("finds the business's contacts matching the text", async () => {
    const { zap, sandbox } = connected;
    const acme = business('Acme Dental Supply');
    const wanted = await newContact('Zelda');
    const other = await newContact('Yusuf');
    await zap.run('creates', 'add_contacts_to_business', {
      business_id: acme,
      contact_ids: [wanted, other],
    });
    await zap.run('searches', 'find_business_contacts', { business_id: acme }); // names cached

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'find_business_contacts', { business_id: acme, query: 'zelda' }),
    );

    expect(requests).toHaveLength(1);
    expect(result.map((contact: { id: string }) => contact.id)).toEqual([wanted]);
  });

  it('lists every contact linked to the business when no text is given', async () => {
    const { zap, sandbox } = connected;
    const bright = business('Bright Smiles LLC');
    const linked = [...sandbox.store.contacts.values()]
      .filter((contact) => contact.businessId === bright)
      .map((contact) => contact.id);

    const found = await zap.run('searches', 'find_business_contacts', { business_id: bright });

    expect(linked.length).toBeGreaterThan(0);
    expect(found.map((contact: { id: string }) => contact.id).sort()).toEqual(linked.sort());
  });
});

describe('business_list', () => {
  it("lists the location's businesses by name in one request", async () => {
    const { zap, sandbox } = connected;

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'business_list'),
    );

    expect(requests).toHaveLength(1);
    expect(result).toEqual(sandbox.store.businesses.map(({ id, name }) => ({ id, name })));
  });

  it('lists nothing on the page after the last one', async () => {
    const { zap } = connected;

    const nextPage = await zap.run('triggers', 'business_list', {}, { page: 1 });

    expect(nextPage).toEqual([]);
  });
});
