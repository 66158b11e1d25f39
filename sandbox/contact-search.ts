// POST /contacts/search: filters, full-text query, sort, page/pageLimit and searchAfter paging.
// Sorting by dateAdded or dateUpdated walks a kept index, so 100,000 contacts answer quickly.
import { unprocessable } from './api-error';
import { contactJson } from './contact-json';
import type { Contact, Store } from './store';

interface Filter {
  field?: string;
  operator?: string;
  value?: unknown;
  group?: 'AND' | 'OR';
  filters?: Filter[];
}

export interface SearchBody {
  locationId: string;
  page?: number;
  pageLimit: number;
  searchAfter?: unknown[];
  filters?: Filter[];
  sort?: { field: string; direction: 'asc' | 'desc' }[];
  query?: string;
}

type Predicate = (c: Contact) => boolean;

// Page-based paging stops at 10,000 records in HighLevel; beyond that searchAfter is required.
const pageWindow = 10_000;

const scalarFields: Record<string, (c: Contact) => unknown> = {
  id: (c) => c.id,
  email: (c) => c.email?.toLowerCase(),
  phone: (c) => c.phone,
  firstName: (c) => c.firstName,
  lastName: (c) => c.lastName,
  firstNameLowerCase: (c) => c.firstName?.toLowerCase(),
  lastNameLowerCase: (c) => c.lastName?.toLowerCase(),
  companyName: (c) => c.companyName,
  source: (c) => c.source,
  type: (c) => c.type,
  dnd: (c) => c.dnd,
  assignedTo: (c) => c.assignedTo,
  businessId: (c) => c.businessId,
  country: (c) => c.country,
  dateAdded: (c) => c.addedMs,
  dateUpdated: (c) => c.updatedMs,
};

function fieldReader(field: string): ((c: Contact) => unknown) | undefined {
  if (field === 'tags') return (c) => c.tags;
  if (field.startsWith('customFields.')) {
    const id = field.slice('customFields.'.length);
    return (c) => c.customFields[id];
  }
  return scalarFields[field];
}

function normalise(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function rangePredicate(read: (c: Contact) => unknown, value: unknown, at: string): Predicate {
  const range = value as Record<string, unknown> | null;
  const bounds = ['gte', 'gt', 'lte', 'lt'].filter((k) => range && range[k] !== undefined);
  // Dates are compared as ms-epoch numbers; ISO strings are refused (community-verified shape).
  if (!range || typeof range !== 'object' || !bounds.length) {
    throw unprocessable([`${at}.value must be an object with gte, gt, lte or lt`]);
  }
  if (bounds.some((k) => typeof range[k] !== 'number')) {
    throw unprocessable([`${at}.value range bounds must be numbers (ms since epoch for dates)`]);
  }
  const b = range as Record<string, number>;
  return (c) => {
    const v = read(c);
    if (typeof v !== 'number') return false;
    return (
      (b['gte'] === undefined || v >= b['gte']) &&
      (b['gt'] === undefined || v > b['gt']) &&
      (b['lte'] === undefined || v <= b['lte']) &&
      (b['lt'] === undefined || v < b['lt'])
    );
  };
}

function compile(filter: Filter, at: string): Predicate {
  if (filter.group) {
    const parts = (filter.filters ?? []).map((f, i) => compile(f, `${at}.filters.${i}`));
    return filter.group === 'OR' ? (c) => parts.some((p) => p(c)) : (c) => parts.every((p) => p(c));
  }
  if (!filter.field || !filter.operator) {
    throw unprocessable([`${at} needs field and operator, or group and filters`]);
  }
  const read = fieldReader(filter.field);
  if (!read) throw unprocessable([`${at}.field ${filter.field} is not a searchable field`]);

  const wanted = normalise(filter.value);
  const has = (c: Contact): boolean => {
    const v = read(c);
    if (Array.isArray(v)) {
      const list = v.map(normalise);
      return Array.isArray(wanted)
        ? wanted.every((w) => list.includes(normalise(w)))
        : list.includes(wanted);
    }
    return normalise(v) === wanted;
  };
  const contains = (c: Contact): boolean => {
    const v = read(c);
    const needle = String(wanted);
    return Array.isArray(v)
      ? v.some((x) => String(normalise(x)).includes(needle))
      : v != null && String(normalise(v)).includes(needle);
  };
  const exists = (c: Contact): boolean => {
    const v = read(c);
    return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length);
  };

  switch (filter.operator) {
    case 'eq':
      return has;
    case 'not_eq':
      return (c) => !has(c);
    case 'contains':
      return contains;
    case 'not_contains':
      return (c) => !contains(c);
    case 'exists':
      return exists;
    case 'not_exists':
      return (c) => !exists(c);
    default:
      return rangePredicate(read, filter.value, `${at}`);
  }
}

function queryPredicate(query: string): Predicate {
  const q = query.toLowerCase().trim();
  const digits = q.replace(/\D/g, '');
  return (c) => {
    const text = `${c.firstName ?? ''} ${c.lastName ?? ''} ${c.email ?? ''} ${c.companyName ?? ''}`;
    if (text.toLowerCase().includes(q)) return true;
    return digits.length >= 3 && (c.phone ?? '').includes(digits);
  };
}

function sortValue(c: Contact, field: string): number | string {
  if (field === 'dateAdded') return c.addedMs;
  if (field === 'dateUpdated') return c.updatedMs;
  return String(normalise(scalarFields[field]?.(c) ?? ''));
}

// Contacts in the requested order, lazily, so a page can stop early.
function* ordered(store: Store, field: string, desc: boolean): Generator<Contact> {
  if (field === 'dateAdded' || field === 'dateUpdated') {
    const items = (field === 'dateAdded' ? store.byAdded : store.byUpdated).items;
    if (desc) for (let i = items.length - 1; i >= 0; i--) yield items[i]!;
    else for (const c of items) yield c;
    return;
  }
  const all = [...store.contacts.values()].sort((a, b) => {
    const x = sortValue(a, field);
    const y = sortValue(b, field);
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  if (desc) all.reverse();
  yield* all;
}

function afterCursor(cursor: unknown[], field: string, desc: boolean): Predicate {
  const [value, id] = cursor as [number | string, unknown];
  if (cursor.length !== 2 || typeof id !== 'string') {
    throw unprocessable(['searchAfter must be the sort array of the last contact you received']);
  }
  return (c) => {
    const v = sortValue(c, field);
    const cmp = v < value ? -1 : v > value ? 1 : c.id < id ? -1 : c.id > id ? 1 : 0;
    return desc ? cmp < 0 : cmp > 0;
  };
}

export function searchContacts(store: Store, body: SearchBody): Record<string, unknown> {
  if (body.page !== undefined && body.searchAfter !== undefined) {
    throw unprocessable(['page and searchAfter cannot be used together']);
  }
  const page = body.page ?? 1;
  if (page * body.pageLimit > pageWindow) {
    throw unprocessable([`page and pageLimit reach past ${pageWindow} records; use searchAfter`]);
  }
  const sort = body.sort?.[0] ?? { field: 'dateAdded', direction: 'desc' };
  // Limit: only the first sort key is honoured; later keys are ignored.
  const desc = sort.direction === 'desc';

  const predicates = (body.filters ?? []).map((f, i) => compile(f, `filters.${i}`));
  if (body.query) predicates.push(queryPredicate(body.query));
  const cursorOk = body.searchAfter ? afterCursor(body.searchAfter, sort.field, desc) : () => true;

  const skip = body.searchAfter ? 0 : (page - 1) * body.pageLimit;
  const hits: Contact[] = [];
  let total = 0;
  let seen = 0;
  for (const c of ordered(store, sort.field, desc)) {
    if (!predicates.every((p) => p(c))) continue;
    total++;
    if (!cursorOk(c)) continue;
    if (seen++ >= skip && hits.length < body.pageLimit) hits.push(c);
  }

  const contacts = hits.map((c) => ({ ...contactJson(c), sort: [sortValue(c, sort.field), c.id] }));
  return { contacts, total };
}
