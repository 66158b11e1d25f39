// Deterministic demo data: one dental studio with staff, custom fields of every type, and
// placeholder people (example.com / example.test emails, +1 555 01x numbers).
import { prng, Store, type Contact, type CustomFieldDefinition } from './store';

export interface SeedOptions {
  contacts?: number;
  allowDuplicates?: boolean;
  randomSeed?: number;
  /** How many contacts get tasks, notes and appointments; the first 40 unless set. */
  activity?: number;
}

const firstNames = [
  'Ana',
  'Ben',
  'Cara',
  'Dev',
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ivo',
  'Jo',
  'Kim',
  'Lee',
  'Mia',
  'Noor',
  'Omar',
  'Pia',
  'Quinn',
  'Rae',
  'Sam',
  'Tess',
  'Uma',
  'Vic',
  'Wes',
  'Yara',
];
const lastNames = [
  'Archer',
  'Brook',
  'Chen',
  'Diaz',
  'Evans',
  'Fox',
  'Garcia',
  'Hart',
  'Ito',
  'Jones',
  'Khan',
  'Lopez',
  'Moss',
  'Novak',
  'Olsen',
  'Park',
  'Reyes',
  'Silva',
  'Tran',
  'Young',
];
const companies = ['Acme Dental Supply', 'Bright Smiles LLC', 'Example Corp', 'Northwind Labs'];
const tagNames = ['vip', 'newsletter', 'webinar', 'new-patient', 'recall-due', 'spring-sale'];
const sources = ['public api', 'website form', 'walk-in', 'referral'];

const fieldSpecs: [string, CustomFieldDefinition['dataType'], string[]][] = [
  ['Nickname', 'TEXT', []],
  ['Notes', 'LARGE_TEXT', []],
  ['Employees', 'NUMERICAL', []],
  ['Alt Phone', 'PHONE', []],
  ['Budget', 'MONETORY', []],
  ['Opt In', 'CHECKBOX', ['Yes']],
  ['Plan', 'SINGLE_OPTIONS', ['Basic', 'Plus', 'Premium']],
  ['Interests', 'MULTIPLE_OPTIONS', ['Yoga', 'Pilates', 'Spin']],
  ['Start Date', 'DATE', []],
  ['Socials', 'TEXTBOX_LIST', ['Instagram', 'LinkedIn']],
  ['Contract', 'FILE_UPLOAD', []],
  ['Preferred Contact', 'RADIO', ['Email', 'Phone', 'SMS']],
];

const seedEpochMs = Date.UTC(2026, 0, 1);
const dayMs = 86_400_000;

export function createStore(options: SeedOptions | false): Store {
  const randomSeed = (options && options.randomSeed) || 42;
  const store = new Store(randomSeed, {
    id: '',
    companyId: '',
    name: 'Sunrise Dental Studio',
    timezone: 'America/New_York',
    country: 'US',
    email: 'frontdesk@example.com',
    phone: '+15550100001',
    address: '100 Example Ave',
    city: 'Springfield',
    state: 'NY',
    postalCode: '10001',
    website: 'https://sunrise-dental.example.com',
    allowDuplicateContact: Boolean(options && options.allowDuplicates),
    active: true,
  });
  store.location.id = store.newId();
  store.location.companyId = store.newId();
  if (options === false) return store;

  const random = prng(randomSeed + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const l = store.location.id;

  store.users = [
    ['Dana', 'Whitfield', 'admin'],
    ['Marco', 'Reyes', 'user'],
    ['Priya', 'Shah', 'user'],
  ].map(([firstName, lastName, role], i) => ({
    id: store.newId(),
    firstName: firstName!,
    lastName: lastName!,
    email: `${firstName!.toLowerCase()}@example.com`,
    phone: `+155501000${10 + i}`,
    role: role as 'admin' | 'user',
  }));
  store.customFields = fieldSpecs.map(([name, dataType, options], position) => ({
    id: store.newId(),
    name,
    fieldKey: `contact.${name.toLowerCase().replace(/ /g, '_')}`,
    dataType,
    placeholder: name,
    position: position * 50,
    picklistOptions: options,
  }));
  store.rememberTags(tagNames);
  store.campaigns = ['Spring Cleaning Reminder', 'New Patient Welcome', 'Whitening Promo'].map(
    (name) => ({ id: store.newId(), name }),
  );
  store.workflows = ['Appointment Reminder', 'Review Request', 'Birthday Greeting'].map((name) => ({
    id: store.newId(),
    name,
  }));
  store.calendars = ['Cleanings', 'Consultations'].map((name) => ({ id: store.newId(), name }));
  store.businesses = companies.slice(0, 2).map((name) => ({
    id: store.newId(),
    name,
    email: `hello@${name.toLowerCase().replace(/[^a-z]/g, '')}.example.com`,
    phone: '+15550100050',
    website: 'https://example.com',
    city: 'Springfield',
    createdAt: new Date(seedEpochMs - 400 * dayMs).toISOString(),
  }));

  const count = options.contacts ?? 50;
  const contacts: Contact[] = [];
  for (let i = 0; i < count; i++) {
    const firstName = pick(firstNames);
    const lastName = pick(lastNames);
    const addedMs = seedEpochMs - Math.floor(random() * 365 * dayMs);
    const contact: Contact = {
      id: store.newId(),
      locationId: l,
      firstName,
      lastName,
      email: `${firstName}.${lastName}.${i}@example.${i % 2 ? 'test' : 'com'}`.toLowerCase(),
      phone: `+1555${String(100000 + i).padStart(7, '0')}`,
      companyName: i % 3 === 0 ? pick(companies) : null,
      city: 'Springfield',
      state: 'NY',
      postalCode: '10001',
      country: 'US',
      timezone: 'America/New_York',
      source: pick(sources),
      assignedTo: i % 4 === 0 ? pick(store.users).id : null,
      dnd: false,
      type: i % 5 === 0 ? 'customer' : 'lead',
      tags: tagNames.filter(() => random() < 0.25),
      customFields: {},
      businessId: i % 10 === 0 ? pick(store.businesses).id : null,
      followers: [],
      campaigns: [],
      workflows: [],
      addedMs,
      updatedMs: addedMs + Math.floor(random() * (seedEpochMs - addedMs)),
    };
    if (i % 2 === 0) seedCustomValues(store, contact, random);
    contacts.push(contact);
  }
  store.addContactsBulk(contacts);

  // Tasks, notes and appointments for the first contacts only, so 100k seeds stay fast.
  const active = contacts.slice(0, options.activity ?? 40);
  for (const contact of active) seedActivity(store, contact, pick, random);
  return store;
}

function seedCustomValues(store: Store, contact: Contact, random: () => number): void {
  const byName = (name: string) => store.customFields.find((f) => f.name === name)!.id;
  contact.customFields[byName('Budget')] = Math.round(random() * 5000) + 500;
  contact.customFields[byName('Plan')] = ['Basic', 'Plus', 'Premium'][Math.floor(random() * 3)];
  contact.customFields[byName('Interests')] = ['Yoga', 'Pilates', 'Spin'].filter(
    () => random() < 0.5,
  );
  contact.customFields[byName('Nickname')] = `${contact.firstName}y`;
}

function seedActivity(
  store: Store,
  contact: Contact,
  pick: <T>(list: readonly T[]) => T,
  random: () => number,
): void {
  const added = new Date(contact.addedMs).toISOString();
  if (random() < 0.6) {
    const id = store.newId();
    const due = Math.floor(contact.addedMs + random() * 30 * dayMs);
    store.tasks.set(id, {
      id,
      contactId: contact.id,
      title: pick(['Call back about quote', 'Send recall reminder', 'Confirm insurance']),
      body: 'Created by the sandbox seed.',
      dueDate: new Date(due).toISOString(),
      completed: random() < 0.3,
      assignedTo: pick(store.users).id,
      dateAdded: added,
    });
  }
  if (random() < 0.6) {
    const id = store.newId();
    store.notes.set(id, {
      id,
      contactId: contact.id,
      body: pick(['Prefers morning appointments.', 'Asked about whitening.', 'Moved from Ohio.']),
      userId: pick(store.users).id,
      dateAdded: added,
    });
  }
  if (random() < 0.4) {
    // Around today, not the seed's epoch, so calendars hold past and upcoming appointments as a
    // live location's do; the offsets still come from the seeded generator.
    const todayMs = Math.floor(Date.now() / dayMs) * dayMs;
    const startMs = todayMs + (Math.floor(random() * 60) - 10) * dayMs + 15 * 3_600_000;
    store.appointments.push({
      id: store.newId(),
      calendarId: pick(store.calendars).id,
      contactId: contact.id,
      assignedUserId: pick(store.users).id,
      title: `Cleaning with ${contact.firstName}`,
      status: 'confirmed',
      startMs,
      endMs: startMs + 30 * 60_000,
      dateAdded: added,
    });
  }
}
