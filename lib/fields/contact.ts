/**
 * The contact's standard fields as a marketer sees them in a Zap, how each is read into
 * HighLevel's body, and how a HighLevel contact is shown to later steps. Custom fields live in
 * lib/fields/custom.ts.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { defineInputFields } from 'zapier-platform-core';

import { invalidInput, shown } from '../errors';
import {
  locationCountryOf,
  readBoolean,
  readDate,
  readEmail,
  readId,
  readPhone,
  readTags,
  readText,
} from '../input';
import type { Contact } from '../schemas';
import { labelledCustomFields, loadDefinitions, type Definitions } from './custom';
import { labelForApiField } from './labels';
import { yesNo } from './yes-no';

type Choice = { value: string; label: string; sample: string };

let countries: Choice[] | undefined;
let timezones: Choice[] | undefined;

// Both lists are built on first use, not at load: the phone library and the region names add
// about 35 ms to every cold start, and only a run that shows or reads these fields needs them.

/** Two-letter country codes, as HighLevel stores them, labelled with the country's name. */
const countryChoices = (): Choice[] => {
  if (countries) return countries;
  const { getCountries } = require('libphonenumber-js') as typeof import('libphonenumber-js');
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  countries = getCountries()
    .map((code) => ({ value: code, label: regionNames.of(code) ?? code, sample: code }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return countries;
};

const timezoneChoices = (): Choice[] =>
  (timezones ??= Intl.supportedValuesOf('timeZone').map((zone) => ({
    value: zone,
    label: zone.replace(/_/g, ' '),
    sample: zone,
  })));

export const emailField = {
  key: 'email',
  label: 'Email',
  type: 'string',
  helpText:
    "The contact's email address, for example jane@example.com. Leave empty to keep the one " +
    'HighLevel has.',
  placeholder: 'jane@example.com',
} as const;

export const phoneField = {
  key: 'phone',
  label: 'Phone',
  type: 'string',
  helpText:
    'The phone number, for example +1 555 010 9999. A number without a country code is read ' +
    "as a number of your HighLevel location's country.",
  placeholder: '+1 555 010 9999',
} as const;

const personFields = defineInputFields([
  { key: 'first_name', label: 'First Name', type: 'string', placeholder: 'Jane' },
  { key: 'last_name', label: 'Last Name', type: 'string', placeholder: 'Doe' },
]);

const companyField = {
  key: 'company_name',
  label: 'Company Name',
  type: 'string',
  placeholder: 'Acme Dental',
} as const;

/**
 * Country and Timezone are given by functions, which Zapier calls only to show the fields: their
 * 663 choices were four fifths of the app definition, and zapier-platform-core copies the whole
 * definition on every run, so each poll and action paid for them.
 */
const countryFieldFor = () => [
  {
    key: 'country',
    label: 'Country',
    type: 'string' as const,
    choices: countryChoices(),
    helpText: 'Pick a country, or map a two-letter country code such as US or GB.',
  },
];

const timezoneFieldFor = () => [
  {
    key: 'timezone',
    label: 'Timezone',
    type: 'string' as const,
    choices: timezoneChoices(),
    helpText: "The contact's own timezone, for example America/New_York.",
  },
];

const addressAndMoreFields = defineInputFields([
  { key: 'address', label: 'Street Address', type: 'string', placeholder: '12 Main St' },
  { key: 'city', label: 'City', type: 'string', placeholder: 'Springfield' },
  { key: 'state', label: 'State or Region', type: 'string', placeholder: 'IL' },
  { key: 'postal_code', label: 'Postal Code', type: 'string', placeholder: '62701' },
  countryFieldFor,
  { key: 'website', label: 'Website', type: 'string', placeholder: 'https://example.com' },
  timezoneFieldFor,
  {
    key: 'date_of_birth',
    label: 'Date of Birth',
    type: 'string',
    helpText: 'For example 1990-09-25 or 09/25/1990.',
    placeholder: '1990-09-25',
  },
  {
    key: 'source',
    label: 'Source',
    type: 'string',
    helpText: 'Where the contact came from, for example "Facebook lead ad" or "Webinar".',
  },
  {
    key: 'assigned_to',
    label: 'Owner (Assigned User)',
    type: 'string',
    dynamic: 'user_list.id.name',
    helpText: 'The HighLevel user who owns this contact.',
  },
  {
    key: 'dnd',
    label: 'Do Not Disturb',
    ...yesNo,
    helpText: 'Yes stops all calls and messages to this contact. Leave empty to keep as is.',
  },
]);

export const tagsField = {
  key: 'tags',
  label: 'Tags to Add',
  type: 'string',
  list: true,
  dynamic: 'tag_list.name.name',
  helpText:
    'Tags to add to the contact. Pick existing tags or type new ones; separate several with ' +
    'commas, for example: webinar, spring-sale. Tags the contact already has are kept.',
} as const;

/** Fields of Create Contact and Create or Update Contact. */
export const contactWriteFields = defineInputFields([
  ...personFields,
  companyField,
  ...addressAndMoreFields,
  tagsField,
]);

/**
 * Fields of Update Contact. Limit: HighLevel's update endpoint takes no company name, so it is
 * not offered here; Create or Update Contact can set it.
 */
export const contactUpdateFields = defineInputFields([
  ...personFields,
  ...addressAndMoreFields,
  tagsField,
]);

type WriteMode = 'create' | 'update' | 'upsert';

/** Names people write that are neither a code nor the English name the dropdown shows. */
const COUNTRY_ALIASES: Record<string, string> = {
  USA: 'US',
  'U.S.': 'US',
  'U.S.A.': 'US',
  'UNITED STATES OF AMERICA': 'US',
  UK: 'GB',
  'U.K.': 'GB',
  'GREAT BRITAIN': 'GB',
  ENGLAND: 'GB',
  SCOTLAND: 'GB',
  WALES: 'GB',
};

const readCountry = (value: unknown): string | undefined => {
  const text = readText(value)?.toUpperCase();
  if (text === undefined) return undefined;
  const alias = COUNTRY_ALIASES[text];
  if (alias) return alias;
  const byName = countryChoices().find((choice) => choice.label.toUpperCase() === text);
  if (byName) return byName.value;
  if (!countryChoices().some((choice) => choice.value === text)) {
    throw invalidInput(
      'Country',
      `is not a country HighLevel knows${shown(text)}`,
      'US, GB or Canada',
    );
  }
  return text;
};

const readTimezone = (value: unknown): string | undefined => {
  const text = readText(value);
  if (text === undefined) return undefined;
  if (!timezoneChoices().some((choice) => choice.value === text)) {
    throw invalidInput('Timezone', `is not a timezone${shown(text)}`, 'America/New_York');
  }
  return text;
};

const readWebsite = (value: unknown): string | undefined => {
  const text = readText(value);
  if (text === undefined) return undefined;
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL | undefined;
  try {
    url = new URL(withScheme);
  } catch {
    url = undefined;
  }
  // An email mapped into Website parses as https://user@host; it is a mapping mistake.
  if (!url || url.username || url.password || !url.hostname.includes('.')) {
    throw invalidInput('Website', `is not a web address${shown(text)}`, 'https://example.com');
  }
  return withScheme;
};

/**
 * HighLevel's body for a contact write, holding only what the user filled in: an empty field is
 * left out, so the stored value stays. Tags are never put in an update or upsert body, where
 * HighLevel would replace the contact's tags with them; see `tagsToAdd`.
 */
export const contactBody = (
  input: Record<string, unknown>,
  bundle: Bundle,
  mode: WriteMode,
): Record<string, unknown> => {
  const body: Record<string, unknown> = {
    firstName: readText(input.first_name),
    lastName: readText(input.last_name),
    email: readEmail(input.email),
    phone: readPhone(input.phone, locationCountryOf(bundle)),
    address1: readText(input.address),
    city: readText(input.city),
    state: readText(input.state),
    postalCode: readText(input.postal_code),
    country: readCountry(input.country),
    website: readWebsite(input.website),
    timezone: readTimezone(input.timezone),
    dateOfBirth: readDate(input.date_of_birth, 'Date of Birth', locationCountryOf(bundle)),
    source: readText(input.source),
    assignedTo: readId(input.assigned_to, 'Owner (Assigned User)', false),
    dnd: readBoolean(input.dnd, 'Do Not Disturb'),
  };
  if (mode !== 'update') body.companyName = readText(input.company_name);
  if (mode === 'create') {
    const tags = tagsToAdd(input);
    if (tags.length) body.tags = tags;
  }
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
};

export const tagsToAdd = (input: Record<string, unknown>): string[] => readTags(input.tags);

/** A contact as later Zap steps see it: plain names, dates as HighLevel sent them. */
export const contactOutput = (contact: Contact) => ({
  id: contact.id,
  name:
    contact.name ??
    contact.contactName ??
    ([contact.firstName, contact.lastName].filter(Boolean).join(' ') || null),
  first_name: contact.firstName ?? null,
  last_name: contact.lastName ?? null,
  email: contact.email ?? null,
  phone: contact.phone ?? null,
  company_name: contact.companyName ?? null,
  address: contact.address1 ?? null,
  city: contact.city ?? null,
  state: contact.state ?? null,
  postal_code: contact.postalCode ?? null,
  country: contact.country ?? null,
  website: contact.website ?? null,
  timezone: contact.timezone ?? null,
  date_of_birth: contact.dateOfBirth ?? null,
  source: contact.source ?? null,
  type: contact.type ?? null,
  assigned_to: contact.assignedTo ?? null,
  dnd: contact.dnd ?? null,
  tags: contact.tags ?? [],
  tags_text: (contact.tags ?? []).join(', '),
  date_added: contact.dateAdded ?? null,
  date_updated: contact.dateUpdated ?? null,
  location_id: contact.locationId ?? null,
  business_id: contact.businessId ?? null,
  custom_fields: contact.customFields ?? [],
});

export const contactOutputFields = [
  { key: 'id', label: 'Contact ID', type: 'string' },
  { key: 'name', label: 'Full Name', type: 'string' },
  { key: 'first_name', label: 'First Name', type: 'string' },
  { key: 'last_name', label: 'Last Name', type: 'string' },
  { key: 'email', label: 'Email', type: 'string' },
  { key: 'phone', label: 'Phone', type: 'string' },
  { key: 'company_name', label: 'Company Name', type: 'string' },
  { key: 'address', label: 'Street Address', type: 'string' },
  { key: 'city', label: 'City', type: 'string' },
  { key: 'state', label: 'State or Region', type: 'string' },
  { key: 'postal_code', label: 'Postal Code', type: 'string' },
  { key: 'country', label: 'Country', type: 'string' },
  { key: 'website', label: 'Website', type: 'string' },
  { key: 'timezone', label: 'Timezone', type: 'string' },
  { key: 'date_of_birth', label: 'Date of Birth', type: 'string' },
  { key: 'source', label: 'Source', type: 'string' },
  { key: 'type', label: 'Type (Lead or Customer)', type: 'string' },
  { key: 'assigned_to', label: 'Owner (Assigned User) ID', type: 'string' },
  { key: 'dnd', label: 'Do Not Disturb', type: 'boolean' },
  { key: 'tags[]', label: 'Tags', type: 'string' },
  { key: 'tags_text', label: 'Tags (Comma Separated)', type: 'string' },
  { key: 'date_added', label: 'Date Added', type: 'datetime' },
  { key: 'date_updated', label: 'Date Updated', type: 'datetime' },
  { key: 'location_id', label: 'Location ID', type: 'string' },
  { key: 'business_id', label: 'Business ID', type: 'string' },
] as const;

export type ContactResult = ReturnType<typeof contactOutput> & Record<string, unknown>;

export const contactResult = (contact: Contact, definitions: Definitions): ContactResult => ({
  ...labelledCustomFields(contact, definitions),
  ...contactOutput(contact),
});

export const customFieldIdsIn = (contacts: Contact[]): string[] =>
  contacts.flatMap((contact) => (contact.customFields ?? []).map((field) => field.id));

/** Contacts as later steps see them, custom fields under their names (one cached lookup). */
export const contactResults = async (
  z: ZObject,
  bundle: Bundle,
  contacts: Contact[],
): Promise<ContactResult[]> => {
  const definitions = await loadDefinitions(z, bundle, customFieldIdsIn(contacts));
  return contacts.map((contact) => contactResult(contact, definitions));
};

const digits = (value: unknown): string => String(value ?? '').replace(/\D/g, '');
const plain = (value: unknown): string =>
  String(value ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
const withoutScheme = (value: unknown): string =>
  plain(value)
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
const DAY_MS = 86_400_000;

/** Whether HighLevel's echo of one field holds what was sent, allowing for its formatting. */
const echoHolds = (field: string, sent: unknown, echoed: unknown): boolean => {
  if (echoed === undefined || echoed === null || echoed === '') return false;
  switch (field) {
    case 'phone':
      return digits(echoed).endsWith(digits(sent).slice(-10));
    case 'website':
      return withoutScheme(echoed) === withoutScheme(sent);
    case 'dateOfBirth':
      // Stored as a date or as midnight in some timezone: a day either way is the same date.
      return Math.abs(Date.parse(String(echoed)) - Date.parse(String(sent))) <= DAY_MS;
    case 'dnd':
      return echoed === sent;
    default:
      return plain(echoed) === plain(sent);
  }
};

/**
 * The fields HighLevel's echo shows it did not keep. HighLevel answers 200 even when it drops or
 * ignores a value (an email matched to another contact, a field it does not take), so the echo
 * of every field sent is compared with what was sent; a field missing from it was not kept.
 */
export const fieldsNotStored = (
  sent: Record<string, unknown>,
  contact: Contact,
  definitions?: Definitions,
): string[] => {
  const stored = contact as Record<string, unknown>;
  const missing: string[] = [];
  for (const [field, value] of Object.entries(sent)) {
    if (field === 'customFields' || field === 'tags' || field === 'locationId') continue;
    if (!echoHolds(field, value, stored[field])) missing.push(labelForApiField(field));
  }
  // Custom values come back as { id, value }; an echo without the list says nothing about them.
  if (Array.isArray(sent.customFields) && Array.isArray(contact.customFields)) {
    const echoed = new Set(contact.customFields.map((field) => field.id));
    for (const { id } of sent.customFields as Array<{ id: string }>) {
      if (!echoed.has(id)) missing.push(definitions?.byId.get(id)?.name ?? `custom field ${id}`);
    }
  }
  return missing;
};

/** Picks the contact a step works on, by name, email or phone, or takes a mapped id. */
export const contactIdField = {
  key: 'contact_id',
  label: 'Contact',
  type: 'string',
  required: true,
  dynamic: 'contact_list.id.name',
  search: 'find_contact.id',
  helpText:
    'Pick the contact, or map the Contact ID from an earlier step, such as a HighLevel trigger ' +
    'or Find Contact.',
} as const;
