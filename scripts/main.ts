/**
 * The main job: start the HighLevel sandbox, connect to it as Zapier would, and run the app's
 * triggers, actions and searches end to end, printing what happened at each step.
 */
import { startSandbox, type Sandbox } from '../sandbox';
import { ZapierRunner } from './zapier-runner';

const REDIRECT_URI = 'https://zapier.com/dashboard/auth/oauth/return/HighLevelContactsCLIAPI/';

let stepNumber = 0;
let requestsBefore = 0;
let sandboxRef: Sandbox | undefined;

/** Each step ends with what it cost in HighLevel requests, as the rate limit counts them. */
const step = (title: string) => {
  closeStep();
  console.log(`\n${++stepNumber}. ${title}`);
};
const closeStep = () => {
  if (!sandboxRef || stepNumber === 0) return;
  const used = sandboxRef.requests.length - requestsBefore;
  console.log(`   (${used} HighLevel request${used === 1 ? '' : 's'})`);
  requestsBefore = sandboxRef.requests.length;
};
const say = (line: string) => console.log(`   ${line}`);

const describe = (contact: Record<string, unknown>) =>
  `${contact.name ?? '(no name)'} <${contact.email ?? 'no email'}> ${contact.phone ?? ''}`.trim();

/** HighLevel's marketplace sends the browser straight back; the redirect is what we need. */
const followAuthorize = async (url: string): Promise<string> => {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) {
    throw new Error(`The authorize page answered ${response.status} without a redirect`);
  }
  return location;
};

const pointAppAt = (sandbox: Sandbox) => {
  process.env.HIGHLEVEL_API_URL = sandbox.url;
  process.env.HIGHLEVEL_MARKETPLACE_URL = sandbox.url;
  process.env.CLIENT_ID = sandbox.clientId;
  process.env.CLIENT_SECRET = sandbox.clientSecret;
};

const main = async () => {
  const sandbox = await startSandbox({ seed: { contacts: 60 } });
  pointAppAt(sandbox);
  sandboxRef = sandbox;
  const zap = new ZapierRunner();
  console.log(`HighLevel sandbox listening on ${sandbox.url} (loopback only)`);

  try {
    step('Connect HighLevel (OAuth: authorize redirect, code exchange, connection test)');
    const label = await zap.connect(REDIRECT_URI, followAuthorize);
    say(`Connected as "${label}" (location ${zap.authData.locationId})`);

    step('Trigger "New Contact": the first poll of a new Zap');
    const newContacts = await zap.poll('new_contact');
    say(
      `${newContacts.length} contacts returned, newest first; Zapier treats them as already seen`,
    );
    say(`Newest: ${describe(newContacts[0] ?? {})}`);
    await zap.poll('updated_contact');

    step('Action "Create or Update Contact" for a lead from a web form');
    const fields = await zap.call(async (z: any, bundle: any) => {
      const { customFieldInputsFor } = await import('../lib/fields/custom');
      return customFieldInputsFor(z, bundle);
    }, {});
    const budget = fields.find((field: { label: string }) => field.label === 'Budget');
    say(`The Zap editor shows ${fields.length} custom fields of this location as inputs`);
    const lead = await zap.run('creates', 'create_or_update_contact', {
      first_name: 'Rae',
      last_name: 'Lindqvist',
      email: 'rae.lindqvist@example.test',
      phone: '(555) 010-9999',
      source: 'Spring webinar form',
      tags: 'webinar, spring-sale',
      ...(budget ? { [budget.key]: '1,250.50' } : {}),
    });
    say(`${lead.created ? 'Created' : 'Updated'} contact ${lead.id}: ${describe(lead)}`);
    say(`Tags: ${lead.tags_text}; Budget: ${lead.custom__budget ?? '(not set)'}`);

    step('Trigger "New Contact" fires for the lead');
    const arrived = await zap.poll('new_contact');
    say(arrived.map((item) => `fired for ${describe(item)}`).join('; ') || 'did not fire');

    step('Trigger "Updated Contact" stays quiet for a brand-new lead');
    const changed = await zap.poll('updated_contact');
    say(
      changed.length
        ? `fired ${changed.length} time(s): ${changed.map((item) => item.id).join(', ')}`
        : 'did not fire: a new contact is not a change (New Contact covers it)',
    );

    step('Action "Update Contact" with empty fields left alone');
    const updated = await zap.run('creates', 'update_contact', {
      contact_id: lead.id,
      city: 'Springfield',
      email: '',
      tags: 'follow-up',
    });
    say(`City now ${updated.city}; email kept as ${updated.email}; tags: ${updated.tags_text}`);
    const again = await zap.poll('updated_contact');
    say(`Updated Contact fired for the change: ${again.map((item) => item.id).join(', ') || 'no'}`);
    const quiet = await zap.poll('updated_contact');
    say(`Polled once more with no change: ${quiet.length} new items`);

    step('Zap: when a contact is updated, give its owner a follow-up task, a note and a tag');
    const owner = (await zap.run('triggers', 'user_list'))[0];
    await zap.run('creates', 'update_contact', { contact_id: lead.id, assigned_to: owner.id });
    const [change] = await zap.poll('updated_contact');
    say(`Updated Contact fired for ${change.contact_id}; owner is ${owner.name}`);
    const task = await zap.run('creates', 'create_task', {
      contact_id: change.contact_id,
      title: 'Call about the spring offer',
      due_date: '2026-12-07 10:00',
      assigned_to: change.assigned_to,
    });
    say(`Task "${task.title}" due ${task.due_date} (10:00 in the Zap's timezone, New York)`);
    const note = await zap.run('creates', 'create_note', {
      contact_id: change.contact_id,
      body: 'Asked about whitening on the webinar form.',
    });
    say(`Note ${note.id} added`);
    const tagged = await zap.run('creates', 'add_tags', {
      contact_id: change.contact_id,
      tags: 'follow-up-scheduled',
    });
    say(`Tags now: ${tagged.tags_text}`);

    step("Show the contact's tasks, notes and appointments");
    const tasks = await zap.run('searches', 'find_tasks', { contact_id: lead.id });
    const notes = await zap.run('searches', 'find_notes', { contact_id: lead.id });
    const appointments = await zap.run('searches', 'find_appointments', { contact_id: lead.id });
    say(`${lead.name ?? lead.id}:`);
    say(`  Tasks: ${tasks.map((t: { title: string }) => t.title).join('; ') || 'none'}`);
    say(`  Notes: ${notes.map((n: { body: string }) => n.body).join('; ') || 'none'}`);
    say(`  Appointments: ${appointments.length || 'none yet'}`);
    const [calendar] = await zap.run('triggers', 'calendar_list');
    const booked = await zap.poll('new_appointment', { calendar_id: calendar.id });
    const found = `New Appointment on "${calendar.name}": ${booked.length} appointments in the window`;
    if (booked[0]) {
      // A new lead has no appointments yet; name the contact of the first seeded one instead.
      const contactId = booked[0].contact_id;
      const [holder] = await zap.run('searches', 'get_contact', { contact_id: contactId });
      const theirs = await zap.run('searches', 'find_appointments', { contact_id: contactId });
      say(`${found}; the first is for ${holder?.name ?? contactId},`);
      say(`who has ${theirs.length} appointment(s) (Find Appointment)`);
    } else say(found);

    step('Search "Find Contact" by email, then by phone');
    const byEmail = await zap.run('searches', 'find_contact', {
      email: 'rae.lindqvist@example.test',
    });
    say(`By email: ${byEmail.map((c: { id: string }) => c.id).join(', ') || 'nobody'}`);
    const byPhone = await zap.run('searches', 'find_contact', { phone: '+1 555 010 9999' });
    say(`By phone: ${byPhone.map((c: { id: string }) => c.id).join(', ') || 'nobody'}`);

    step('Expired access token during a poll');
    sandbox.expireAccessTokens();
    const afterExpiry = await zap.poll('new_contact');
    say(`Refreshed ${zap.refreshes} time(s), poll succeeded (${afterExpiry.length} new items)`);

    closeStep();
    sandboxRef = undefined;
    step('What the sandbox saw');
    say(`${sandbox.requests.length} requests, ${sandbox.violations.length} broke the OpenAPI spec`);
    if (sandbox.violations.length) {
      for (const v of sandbox.violations)
        say(`${v.direction} ${v.method} ${v.route}: ${v.errors.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await sandbox.close();
  }
};

main().catch((error: Error) => {
  console.error(`\nThe main job failed: ${error.message}`);
  process.exitCode = 1;
});
