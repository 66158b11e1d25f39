/**
 * Contact writes that keep what the contact already has: only filled-in fields are sent, tags
 * and custom fields are added to rather than replaced, and HighLevel's echo is checked so a
 * value it silently dropped is reported instead of passed off as saved.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import {
  addTags,
  createContact,
  findDuplicate,
  getContact,
  updateContact,
  upsertContact,
} from './contacts';
import { InvalidInputError, invalidInput } from './errors';
import { readBoolean } from './input';
import {
  contactBody,
  contactResult,
  customFieldIdsIn,
  fieldsNotStored,
  tagsToAdd,
} from './fields/contact';
import {
  customFieldsBody,
  hasCustomInput,
  loadDefinitions,
  type Definitions,
} from './fields/custom';
import type { Contact } from './schemas';

type Input = Record<string, unknown>;

const emptyDefinitions: Definitions = { list: [], byId: new Map() };

const definitionsFor = async (z: ZObject, bundle: Bundle, input: Input) =>
  hasCustomInput(input) ? loadDefinitions(z, bundle) : emptyDefinitions;

/** The whole body, read and checked before any request is sent. */
const prepare = async (
  z: ZObject,
  bundle: Bundle,
  input: Input,
  mode: 'create' | 'update' | 'upsert',
) => {
  const body = contactBody(input, bundle, mode);
  const definitions = await definitionsFor(z, bundle, input);
  const customFields = customFieldsBody(input, definitions, bundle);
  if (customFields.length) body.customFields = customFields;
  // HighLevel names a refused custom value by its place in the list: say which field it is.
  const labels = Object.fromEntries(
    customFields.map(({ id }, i) => [`customFields.${i}`, definitions.byId.get(id)?.name ?? id]),
  );
  return { body, definitions, labels, tags: mode === 'create' ? [] : tagsToAdd(input) };
};

const notStoredError = (z: ZObject, contact: Contact, fields: string[]) =>
  new z.errors.Error(
    `HighLevel saved contact ${contact.id} but did not keep: ${fields.join(', ')}. Check the ` +
      'contact in HighLevel before replaying this step: another contact may already use that ' +
      'email or phone, or a setting of the location may refuse the value.',
    'NotStored',
    409,
  );

const finish = async (
  z: ZObject,
  bundle: Bundle,
  contact: Contact,
  sent: Record<string, unknown>,
  tags: string[],
  definitions: Definitions,
) => {
  const withTags = tags.length ? { ...contact, tags: await addTags(z, contact.id, tags) } : contact;
  const dropped = fieldsNotStored(sent, contact, definitions);
  if (dropped.length) throw notStoredError(z, contact, dropped);
  // The contact is saved: a throttle while labelling it must not make Zapier replay the write.
  const named =
    definitions === emptyDefinitions && customFieldIdsIn([contact]).length
      ? await loadDefinitions(z, bundle, customFieldIdsIn([contact])).catch(() => emptyDefinitions)
      : definitions;
  return contactResult(withTags, named);
};

export const createContactFromInput = async (z: ZObject, bundle: Bundle, input: Input) => {
  const { body, definitions, labels } = await prepare(z, bundle, input, 'create');
  const contact = await createContact(z, bundle, body, labels);
  return finish(z, bundle, contact, body, [], definitions);
};

export const updateContactFromInput = async (
  z: ZObject,
  bundle: Bundle,
  contactId: string,
  input: Input,
) => {
  const { body, definitions, labels, tags } = await prepare(z, bundle, input, 'update');
  if (!Object.keys(body).length && !tags.length) {
    throw new InvalidInputError(
      'Every field of this step is empty, so there is nothing to update. Fill in at least one, ' +
        'such as Phone or Tags to Add.',
    );
  }
  const contact = Object.keys(body).length
    ? await updateContact(z, contactId, body, labels)
    : await getContact(z, contactId);
  return finish(z, bundle, contact, body, tags, definitions);
};

/**
 * Create or update, in two or three requests, keeping what the contact has:
 * - The contact HighLevel would match is looked up first. With none, the upsert creates it and
 *   carries the tags itself, so a new lead is one write (and no "updated" change of its own).
 * - HighLevel's upsert matches an email that is only one of a contact's additional emails and
 *   then makes it the primary one, losing the old primary. When the contact found for the email
 *   has a different primary email, the app updates that contact and leaves its email alone,
 *   unless the user asked for the primary email to be replaced.
 * - Otherwise the upsert updates the contact, and tags are added with the tags endpoint, since
 *   tags in an upsert body would replace the contact's tags.
 */
export const upsertContactFromInput = async (z: ZObject, bundle: Bundle, input: Input) => {
  const { body, definitions, labels, tags } = await prepare(z, bundle, input, 'upsert');
  if (!body.email && !body.phone) {
    throw invalidInput(
      'Email',
      'is empty, and so is Phone; HighLevel needs one of them to find the contact',
      'jane@example.com',
    );
  }
  const replacePrimary =
    readBoolean(input.replace_primary_email, 'Replace Primary Email?') === true;
  const email = body.email === undefined ? undefined : String(body.email);
  const phone = body.phone === undefined ? undefined : String(body.phone);
  // By email, then by phone: HighLevel's upsert matches on either, and a contact matched by its
  // phone would otherwise have its primary email replaced too.
  const existing =
    (email ? await findDuplicate(z, bundle, { email }) : null) ??
    (phone ? await findDuplicate(z, bundle, { phone }) : null);

  if (!existing) {
    // Limit: a contact created by someone else between the lookup and this upsert would have
    // its tags replaced by these; the window is one request long.
    const withTags = tags.length ? { ...body, tags } : body;
    const { contact, created } = await upsertContact(z, bundle, withTags, labels);
    return {
      ...(await finish(z, bundle, contact, body, created ? [] : tags, definitions)),
      created,
    };
  }

  const primary = existing.email?.toLowerCase();
  if (email && !replacePrimary && primary && primary !== email.toLowerCase()) {
    const { email: _kept, companyName, ...rest } = body;
    if (companyName) {
      // Keeping the primary email means saving through HighLevel's update, which takes no
      // company name; refusing now saves nothing by halves.
      throw invalidInput(
        'Company Name',
        `cannot be saved on contact ${existing.id} while keeping its different primary email`,
        undefined,
        'leave Company Name empty, or set Replace Primary Email? to Yes',
      );
    }
    const contact = Object.keys(rest).length
      ? await updateContact(z, existing.id, rest, labels)
      : existing;
    return { ...(await finish(z, bundle, contact, rest, tags, definitions)), created: false };
  }

  const { contact, created } = await upsertContact(z, bundle, body, labels);
  return { ...(await finish(z, bundle, contact, body, tags, definitions)), created };
};
