import { failureOf } from '../support/errors';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 50 }, rateLimit: false });

let people = 0;
const newContact = async (): Promise<string> => {
  people += 1;
  const contact = await connected.zap.run('creates', 'create_contact', {
    email: `automation.person.${people}@example.test`,
    first_name: 'Cam',
  });
  return contact.id;
};

const stored = (contactId: string) => connected.sandbox.store.contacts.get(contactId)!;
const campaign = (name: string) => connected.sandbox.store.campaigns.find((c) => c.name === name)!;
const workflow = (name: string) => connected.sandbox.store.workflows.find((w) => w.name === name)!;

describe('add_to_campaign', () => {
  it('puts the contact in the campaign in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const spring = campaign('Spring Cleaning Reminder');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'add_to_campaign', { contact_id: contactId, campaign_id: spring.id }),
    );

    expect(requests).toHaveLength(1);
    expect(stored(contactId).campaigns).toEqual([spring.id]);
    expect(result).toEqual({ contact_id: contactId, campaign_id: spring.id, added: true });
  });

  it('says which campaign was not found', async () => {
    const { zap } = connected;
    const contactId = await newContact();

    const failure = await failureOf(
      zap.run('creates', 'add_to_campaign', {
        contact_id: contactId,
        campaign_id: 'NoSuchCampaign000000',
      }),
    );

    expect(failure.message).toMatch(/No campaign with ID NoSuchCampaign000000 was found/);
    expect(stored(contactId).campaigns).toEqual([]);
  });
});

describe('remove_from_campaign', () => {
  it('takes the contact out of that campaign only, in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const spring = campaign('Spring Cleaning Reminder');
    const welcome = campaign('New Patient Welcome');
    await zap.run('creates', 'add_to_campaign', { contact_id: contactId, campaign_id: spring.id });
    await zap.run('creates', 'add_to_campaign', { contact_id: contactId, campaign_id: welcome.id });

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'remove_from_campaign', { contact_id: contactId, campaign_id: spring.id }),
    );

    expect(requests).toHaveLength(1);
    expect(stored(contactId).campaigns).toEqual([welcome.id]);
  });
});

describe('remove_from_all_campaigns', () => {
  it('takes the contact out of every campaign in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    for (const { id } of sandbox.store.campaigns) {
      await zap.run('creates', 'add_to_campaign', { contact_id: contactId, campaign_id: id });
    }

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'remove_from_all_campaigns', { contact_id: contactId }),
    );

    expect(requests).toHaveLength(1);
    expect(stored(contactId).campaigns).toEqual([]);
    expect(result).toEqual({ contact_id: contactId, removed: true });
  });
});

describe('add_to_workflow', () => {
  it('enrolls the contact in the workflow in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const reminder = workflow('Appointment Reminder');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'add_to_workflow', { contact_id: contactId, workflow_id: reminder.id }),
    );

    expect(requests).toHaveLength(1);
    expect(stored(contactId).workflows).toEqual([reminder.id]);
    expect(result).toMatchObject({ contact_id: contactId, workflow_id: reminder.id, added: true });
  });

  it('starts the workflow at the time given, read in the Zap timezone', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const review = workflow('Review Request');

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'add_to_workflow', {
        contact_id: contactId,
        workflow_id: review.id,
        start_time: '2026-03-20 16:00',
      }),
    );

    const sent = requests[0]!.body as { eventStartTime: string };
    expect(stored(contactId).workflows).toEqual([review.id]);
    expect(Date.parse(sent.eventStartTime)).toBe(Date.parse('2026-03-20T20:00:00Z'));
    expect(Date.parse(result.start_time)).toBe(Date.parse('2026-03-20T20:00:00Z'));
  });
});

describe('remove_from_workflow', () => {
  it('takes the contact out of that workflow only, in one request', async () => {
    const { zap, sandbox } = connected;
    const contactId = await newContact();
    const reminder = workflow('Appointment Reminder');
    const birthday = workflow('Birthday Greeting');
    for (const { id } of [reminder, birthday]) {
      await zap.run('creates', 'add_to_workflow', { contact_id: contactId, workflow_id: id });
    }

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('creates', 'remove_from_workflow', {
        contact_id: contactId,
        workflow_id: reminder.id,
      }),
    );

    expect(requests).toHaveLength(1);
    expect(stored(contactId).workflows).toEqual([birthday.id]);
    expect(result).toEqual({ contact_id: contactId, workflow_id: reminder.id, removed: true });
  });
});

describe('campaign_list and workflow_list', () => {
  it("lists the location's campaigns with their status in one request", async () => {
    const { zap, sandbox } = connected;

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'campaign_list'),
    );

    expect(requests).toHaveLength(1);
    expect(result).toEqual(
      sandbox.store.campaigns.map(({ id, name }) => ({ id, name: `${name} (published)` })),
    );
  });

  it("lists the location's workflows with their status in one request", async () => {
    const { zap, sandbox } = connected;

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'workflow_list'),
    );

    expect(requests).toHaveLength(1);
    expect(result).toEqual(
      sandbox.store.workflows.map(({ id, name }) => ({ id, name: `${name} (published)` })),
    );
  });
});
