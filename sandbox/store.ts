// In-memory state of the one sandbox location. Handlers change it only through these methods so
// the date indexes and dateUpdated stay right.
import { SortedIndex } from './sorted-index';

export type CustomFieldType =
  | 'TEXT'
  | 'LARGE_TEXT'
  | 'NUMERICAL'
  | 'PHONE'
  | 'MONETORY'
  | 'CHECKBOX'
  | 'SINGLE_OPTIONS'
  | 'MULTIPLE_OPTIONS'
  | 'DATE'
  | 'TEXTBOX_LIST'
  | 'FILE_UPLOAD'
  | 'RADIO';

export interface CustomFieldDefinition {
  id: string;
  name: string;
  fieldKey: string;
  dataType: CustomFieldType;
  placeholder: string;
  position: number;
  picklistOptions: string[];
}

export interface Contact {
  id: string;
  locationId: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  companyName?: string | null;
  address1?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string;
  country?: string;
  website?: string | null;
  timezone?: string | null;
  gender?: string;
  dateOfBirth?: string | null;
  source?: string | null;
  assignedTo?: string | null;
  dnd: boolean;
  dndSettings?: Record<string, unknown>;
  inboundDndSettings?: Record<string, unknown>;
  type: 'lead' | 'customer';
  tags: string[];
  customFields: Record<string, unknown>;
  businessId?: string | null;
  followers: string[];
  campaigns: string[];
  workflows: string[];
  addedMs: number;
  updatedMs: number;
}

export interface Task {
  id: string;
  contactId: string;
  title: string;
  body?: string;
  dueDate: string;
  completed: boolean;
  assignedTo?: string;
  dateAdded: string;
}

export interface Note {
  id: string;
  contactId: string;
  body: string;
  title?: string;
  color?: string;
  pinned?: boolean;
  userId?: string;
  dateAdded: string;
}

export interface User {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  role: 'admin' | 'user';
}

export interface Named {
  id: string;
  name: string;
}

export interface Appointment {
  id: string;
  calendarId: string;
  contactId: string;
  assignedUserId: string;
  title: string;
  status: 'booked' | 'confirmed' | 'cancelled' | 'showed';
  startMs: number;
  endMs: number;
  dateAdded: string;
}

export interface Business {
  id: string;
  name: string;
  email: string;
  phone: string;
  website: string;
  city: string;
  createdAt: string;
}

export interface LocationInfo {
  id: string;
  companyId: string;
  name: string;
  timezone: string;
  country: string;
  email: string;
  phone: string;
  address: string;
  city: string;
  state: string;
  postalCode: string;
  website: string;
  allowDuplicateContact: boolean;
  active: boolean;
}

// Deterministic PRNG (mulberry32) so ids and seed data repeat for the same seed.
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export class Store {
  location: LocationInfo;
  users: User[] = [];
  customFields: CustomFieldDefinition[] = [];
  tags: Named[] = [];
  campaigns: Named[] = [];
  workflows: Named[] = [];
  calendars: Named[] = [];
  appointments: Appointment[] = [];
  businesses: Business[] = [];
  contacts = new Map<string, Contact>();
  tasks = new Map<string, Task>();
  notes = new Map<string, Note>();
  readonly byAdded = new SortedIndex<Contact>((c) => c.addedMs);
  readonly byUpdated = new SortedIndex<Contact>((c) => c.updatedMs);

  private readonly random: () => number;
  private lastMs = 0;

  constructor(randomSeed: number, location: LocationInfo) {
    this.random = prng(randomSeed);
    this.location = location;
  }

  // HighLevel ids are 20 characters of [A-Za-z0-9]; these come from the seeded PRNG.
  newId(): string {
    let id = '';
    for (let i = 0; i < 20; i++) id += idAlphabet[Math.floor(this.random() * idAlphabet.length)];
    return id;
  }

  // Strictly increasing so two writes in the same millisecond still order by dateUpdated.
  nowMs(): number {
    this.lastMs = Math.max(Date.now(), this.lastMs + 1);
    return this.lastMs;
  }

  addContact(contact: Contact): void {
    this.contacts.set(contact.id, contact);
    this.byAdded.insert(contact);
    this.byUpdated.insert(contact);
  }

  // Seeding many contacts: insert unsorted, then sort each index once.
  addContactsBulk(contacts: Contact[]): void {
    for (const c of contacts) this.contacts.set(c.id, c);
    this.byAdded.rebuild(this.contacts.values());
    this.byUpdated.rebuild(this.contacts.values());
  }

  // Applies a change to a contact and bumps dateUpdated, keeping the index in order.
  touchContact(contact: Contact, change: (c: Contact) => void): void {
    this.byUpdated.remove(contact, contact.updatedMs);
    change(contact);
    contact.updatedMs = this.nowMs();
    this.byUpdated.insert(contact);
  }

  deleteContact(contact: Contact): void {
    this.contacts.delete(contact.id);
    this.byAdded.remove(contact, contact.addedMs);
    this.byUpdated.remove(contact, contact.updatedMs);
    for (const [id, task] of this.tasks) if (task.contactId === contact.id) this.tasks.delete(id);
    for (const [id, note] of this.notes) if (note.contactId === contact.id) this.notes.delete(id);
  }

  // Location tags grow as contacts get new tags, as they do in HighLevel.
  rememberTags(tags: string[]): void {
    for (const name of tags) {
      if (!this.tags.some((t) => t.name === name)) this.tags.push({ id: this.newId(), name });
    }
  }
}
