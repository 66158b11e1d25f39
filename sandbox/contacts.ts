// Contact create, read, update, delete, upsert, duplicate lookup and the two list routes.
import { badRequest, notFound, unprocessable } from './api-error';
import { contactJson } from './contact-json';
import { mergeCustomFields, type CustomFieldInput } from './custom-field-values';
import type { Handlers } from './handler';
import type { Contact, Store } from './store';

type Body = Record<string, any>;

const plainFields = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'address1',
  'city',
  'state',
  'postalCode',
  'country',
  'website',
  'timezone',
  'gender',
  'dateOfBirth',
  'source',
  'assignedTo',
  'dnd',
  'dndSettings',
  'inboundDndSettings',
] as const;

// HighLevel stores phones in E.164; a 10-digit number is taken as North American.
export function toE164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return `+${digits}`;
  return digits.length === 10 ? `+1${digits}` : `+${digits}`;
}

export function requireContact(store: Store, id: string): Contact {
  const contact = store.contacts.get(id);
  if (!contact) throw notFound('Contact');
  return contact;
}

function applyBody(store: Store, contact: Contact, body: Body): void {
  if (body['customFields']) {
    mergeCustomFields(store, contact, body['customFields'] as CustomFieldInput[]);
  }
  for (const key of plainFields) {
    if (body[key] !== undefined) (contact as any)[key] = body[key];
  }
  if (typeof body['phone'] === 'string') contact.phone = toE164(body['phone']);
  if (body['name'] && body['firstName'] === undefined && body['lastName'] === undefined) {
    const [first, ...rest] = String(body['name']).trim().split(/\s+/);
    contact.firstName = first ?? null;
    contact.lastName = rest.join(' ') || null;
  }
  // On update and upsert, tags replace the whole list (spec: "will overwrite all current tags").
  if (Array.isArray(body['tags'])) {
    contact.tags = [...new Set(body['tags'] as string[])];
    store.rememberTags(contact.tags);
  }
}

// Email first, then phone: the order HighLevel documents for upsert and duplicate search.
export function findDuplicate(
  store: Store,
  email: string | null | undefined,
  phone: string | null | undefined,
): { contact: Contact; field: 'email' | 'phone' } | undefined {
  const wantEmail = email?.toLowerCase();
  const wantPhone = phone ? toE164(phone) : undefined;
  let byPhone: Contact | undefined;
  for (const c of store.contacts.values()) {
    if (wantEmail && c.email?.toLowerCase() === wantEmail) return { contact: c, field: 'email' };
    if (wantPhone && !byPhone && c.phone === wantPhone) byPhone = c;
  }
  return byPhone && { contact: byPhone, field: 'phone' };
}

function newContact(store: Store, body: Body): Contact {
  const now = store.nowMs();
  const contact: Contact = {
    id: store.newId(),
    locationId: store.location.id,
    dnd: false,
    type: 'lead',
    tags: [],
    customFields: {},
    followers: [],
    campaigns: [],
    workflows: [],
    addedMs: now,
    updatedMs: now,
  };
  applyBody(store, contact, body);
  store.addContact(contact);
  return contact;
}

function contactName(c: Contact): string {
  return `${c.firstName ?? ''} ${c.lastName ?? ''}`.trim();
}

const create: Handlers[string] = ({ store, body }) => {
  if (!store.location.allowDuplicateContact) {
    const dup = findDuplicate(store, body['email'], body['phone']);
    if (dup) {
      throw badRequest('This location does not allow duplicated contacts.', {
        meta: {
          contactId: dup.contact.id,
          contactName: contactName(dup.contact),
          matchingField: dup.field,
        },
      });
    }
  }
  return { status: 201, body: { contact: contactJson(newContact(store, body)) } };
};

const update: Handlers[string] = ({ store, params, body }) => {
  const contact = requireContact(store, params['contactId']!);
  const scratch = structuredClone(contact);
  applyBody(store, scratch, body);
  store.touchContact(contact, (c) => Object.assign(c, scratch, { updatedMs: c.updatedMs }));
  return { status: 200, body: { succeded: true, contact: contactJson(contact) } };
};

const upsert: Handlers[string] = ({ store, body }) => {
  if (!body['email'] && !body['phone']) {
    // Reported by a community client: upsert needs something to match on.
    throw badRequest('Pass at least one of number, email');
  }
  const { createNewIfDuplicateAllowed, ...fields } = body;
  const forceNew = createNewIfDuplicateAllowed && store.location.allowDuplicateContact;
  const match = forceNew ? undefined : findDuplicate(store, fields['email'], fields['phone']);
  const traceId = `trace-${store.newId()}`;

  if (!match) {
    return {
      status: 200,
      body: { new: true, contact: contactJson(newContact(store, fields)), traceId },
    };
  }
  const contact = match.contact;
  // Limit: as in HighLevel, only the first matching field counts; a phone belonging to another
  // contact is simply written onto this one.
  const scratch = structuredClone(contact);
  applyBody(store, scratch, fields);
  store.touchContact(contact, (c) => Object.assign(c, scratch, { updatedMs: c.updatedMs }));
  return { status: 200, body: { new: false, contact: contactJson(contact), traceId } };
};

function pageOf(list: Contact[], skip: number, limit: number) {
  return list.slice(skip, skip + limit).map(contactJson);
}

function textMatch(c: Contact, query: string | undefined): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  return `${contactName(c)} ${c.email ?? ''} ${c.phone ?? ''} ${c.companyName ?? ''}`
    .toLowerCase()
    .includes(q);
}

// Deprecated GET /contacts/: oldest first, paged by (startAfter, startAfterId).
const list: Handlers[string] = ({ store, query }) => {
  const limit = query['limit'] === undefined ? 20 : Number(query['limit']);
  if (limit > 100) throw unprocessable(['limit must not be greater than 100']);
  const after = query['startAfter'] === undefined ? undefined : Number(query['startAfter']);
  const afterId = query['startAfterId'] as string | undefined;

  let from = 0;
  if (after !== undefined && afterId) from = store.byAdded.lowerBound(after, afterId) + 1;
  else if (after !== undefined) from = store.byAdded.lowerBound(after + 1, '');
  const matches = store.byAdded.items.slice(from).filter((c) => textMatch(c, query['query']));
  const contacts = matches.slice(0, limit);
  const last = contacts[contacts.length - 1];
  return {
    status: 200,
    body: {
      contacts: contacts.map(contactJson),
      count: store.contacts.size,
      meta: {
        total: store.contacts.size,
        startAfterId: last?.id ?? null,
        startAfter: last?.addedMs ?? null,
        currentPage: null,
        nextPage: null,
        prevPage: null,
      },
    },
  };
};

export const contactHandlers: Handlers = {
  'post /contacts/': create,
  'get /contacts/': list,
  'post /contacts/upsert': upsert,
  'get /contacts/{contactId}': ({ store, params }) => ({
    status: 200,
    body: { contact: contactJson(requireContact(store, params['contactId']!)) },
  }),
  'put /contacts/{contactId}': update,
  'delete /contacts/{contactId}': ({ store, params }) => {
    store.deleteContact(requireContact(store, params['contactId']!));
    return { status: 200, body: { succeded: true } };
  },
  'get /contacts/search/duplicate': ({ store, query }) => {
    const dup = findDuplicate(store, query['email'], query['number']);
    return { status: 200, body: { contact: dup ? contactJson(dup.contact) : null } };
  },
  'get /contacts/business/{businessId}': ({ store, params, query }) => {
    const matches = [...store.contacts.values()].filter(
      (c) => c.businessId === params['businessId'] && textMatch(c, query['query']),
    );
    const skip = Number(query['skip'] ?? 0);
    const limit = Number(query['limit'] ?? 25);
    return { status: 200, body: { contacts: pageOf(matches, skip, limit), count: matches.length } };
  },
};
