// Things attached to contacts: tags, followers, campaigns, workflows, appointments, and the bulk
// tag and business routes. Tags, followers and business are contact fields, so changing them
// bumps dateUpdated; campaign and workflow membership does not.
import { notFound } from './api-error';
import { requireContact } from './contacts';
import type { Handlers } from './handler';
import type { Appointment, Contact, Named, Store } from './store';

function requireNamed(list: Named[], id: string, what: string): Named {
  const found = list.find((x) => x.id === id);
  if (!found) throw notFound(what);
  return found;
}

function addTags(store: Store, contact: Contact, tags: string[]): string[] {
  const added = tags.filter((t) => !contact.tags.includes(t));
  if (added.length) store.touchContact(contact, (c) => c.tags.push(...added));
  store.rememberTags(added);
  return added;
}

function removeTags(store: Store, contact: Contact, tags: string[]): string[] {
  const removed = contact.tags.filter((t) => tags.includes(t));
  if (removed.length)
    store.touchContact(contact, (c) => (c.tags = c.tags.filter((t) => !tags.includes(t))));
  return removed;
}

export function appointmentJson(store: Store, a: Appointment) {
  return {
    id: a.id,
    calendarId: a.calendarId,
    locationId: store.location.id,
    contactId: a.contactId,
    groupId: '',
    title: a.title,
    status: a.status,
    appointmentStatus: a.status,
    assignedUserId: a.assignedUserId,
    users: [a.assignedUserId],
    notes: '',
    address: '',
    startTime: new Date(a.startMs).toISOString(),
    endTime: new Date(a.endMs).toISOString(),
    dateAdded: a.dateAdded,
    dateUpdated: a.dateAdded,
    assignedResources: [],
  };
}

export const contactLinkHandlers: Handlers = {
  'post /contacts/{contactId}/tags': ({ store, params, body }) => {
    const contact = requireContact(store, params['contactId']!);
    addTags(store, contact, body['tags']);
    return { status: 201, body: { tags: [...contact.tags] } };
  },
  'delete /contacts/{contactId}/tags': ({ store, params, body }) => {
    const contact = requireContact(store, params['contactId']!);
    removeTags(store, contact, body['tags'] ?? []);
    return { status: 200, body: { tags: [...contact.tags] } };
  },

  'post /contacts/{contactId}/followers': ({ store, params, body }) => {
    const contact = requireContact(store, params['contactId']!);
    const added = (body['followers'] as string[]).filter((f) => !contact.followers.includes(f));
    for (const id of added) {
      if (!store.users.some((u) => u.id === id)) throw notFound('User');
    }
    if (added.length) store.touchContact(contact, (c) => c.followers.push(...added));
    return { status: 201, body: { followers: [...contact.followers], followersAdded: added } };
  },
  'delete /contacts/{contactId}/followers': ({ store, params, body }) => {
    const contact = requireContact(store, params['contactId']!);
    const gone = contact.followers.filter((f) => (body['followers'] as string[]).includes(f));
    if (gone.length) {
      store.touchContact(
        contact,
        (c) => (c.followers = c.followers.filter((f) => !gone.includes(f))),
      );
    }
    return { status: 200, body: { followers: [...contact.followers], followersRemoved: gone } };
  },

  'post /contacts/{contactId}/campaigns/{campaignId}': ({ store, params }) => {
    const contact = requireContact(store, params['contactId']!);
    const campaign = requireNamed(store.campaigns, params['campaignId']!, 'Campaign');
    if (!contact.campaigns.includes(campaign.id)) contact.campaigns.push(campaign.id);
    return { status: 201, body: { succeded: true } };
  },
  'delete /contacts/{contactId}/campaigns/{campaignId}': ({ store, params }) => {
    const contact = requireContact(store, params['contactId']!);
    contact.campaigns = contact.campaigns.filter((id) => id !== params['campaignId']);
    return { status: 200, body: { succeded: true } };
  },
  'delete /contacts/{contactId}/campaigns/removeAll': ({ store, params }) => {
    requireContact(store, params['contactId']!).campaigns = [];
    return { status: 200, body: { succeded: true } };
  },
  'post /contacts/{contactId}/workflow/{workflowId}': ({ store, params }) => {
    const contact = requireContact(store, params['contactId']!);
    const workflow = requireNamed(store.workflows, params['workflowId']!, 'Workflow');
    if (!contact.workflows.includes(workflow.id)) contact.workflows.push(workflow.id);
    return { status: 200, body: { succeded: true } };
  },
  'delete /contacts/{contactId}/workflow/{workflowId}': ({ store, params }) => {
    const contact = requireContact(store, params['contactId']!);
    contact.workflows = contact.workflows.filter((id) => id !== params['workflowId']);
    return { status: 200, body: { succeded: true } };
  },

  'get /contacts/{contactId}/appointments': ({ store, params }) => {
    const contact = requireContact(store, params['contactId']!);
    const events = store.appointments.filter((a) => a.contactId === contact.id);
    return { status: 200, body: { events: events.map((a) => appointmentJson(store, a)) } };
  },

  // Per-contact failures are reported in `responses` while the HTTP status stays 201.
  'post /contacts/bulk/tags/update/{type}': ({ store, params, body }) => {
    const responses = (body['contacts'] as string[]).map((contactId) => {
      const contact = store.contacts.get(contactId);
      if (!contact) return { contactId, message: 'contact not found', type: 'error' };
      const oldTags = [...contact.tags];
      if (params['type'] === 'add') {
        const tagsAdded = addTags(store, contact, body['tags']);
        return {
          contactId,
          message: 'Tags updated',
          type: 'success',
          oldTags,
          tagsAdded,
          tagsRemoved: [],
        };
      }
      const tags = body['removeAllTags'] ? oldTags : (body['tags'] as string[]);
      const tagsRemoved = removeTags(store, contact, tags);
      return {
        contactId,
        message: 'Tags updated',
        type: 'success',
        oldTags,
        tagsAdded: [],
        tagsRemoved,
      };
    });
    const errorCount = responses.filter((r) => r.type === 'error').length;
    return { status: 201, body: { succeded: errorCount === 0, errorCount, responses } };
  },
  'post /contacts/bulk/business': ({ store, body }) => {
    const businessId = body['businessId'] as string | null;
    if (businessId !== null) requireNamed(store.businesses, businessId, 'Business');
    const ids = (body['ids'] as string[]).filter((id) => store.contacts.has(id));
    for (const id of ids)
      store.touchContact(store.contacts.get(id)!, (c) => (c.businessId = businessId));
    return { status: 200, body: { success: true, ids } };
  },
};
