// Read-only location data an app needs around contacts: the location itself, custom field and
// tag definitions, users, campaigns, workflows, calendars with their events, and businesses.
import { ApiError, notFound, unprocessable } from './api-error';
import { appointmentJson } from './contact-links';
import type { Handlers } from './handler';
import type { Business, Store, User } from './store';

function locationJson(store: Store) {
  const l = store.location;
  return {
    id: l.id,
    companyId: l.companyId,
    name: l.name,
    email: l.email,
    phone: l.phone,
    address: l.address,
    city: l.city,
    state: l.state,
    country: l.country,
    postalCode: l.postalCode,
    website: l.website,
    timezone: l.timezone,
    business: {
      name: l.name,
      address: l.address,
      city: l.city,
      state: l.state,
      country: l.country,
      postalCode: l.postalCode,
      website: l.website,
      timezone: l.timezone,
    },
    settings: {
      allowDuplicateContact: l.allowDuplicateContact,
      allowDuplicateOpportunity: false,
      allowFacebookNameMerge: false,
      disableContactTimezone: false,
    },
  };
}

function userJson(u: User) {
  return {
    id: u.id,
    name: `${u.firstName} ${u.lastName}`,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    phone: u.phone,
    deleted: false,
  };
}

function businessJson(store: Store, b: Business) {
  const { createdAt, ...rest } = b;
  return { ...rest, locationId: store.location.id, createdAt, updatedAt: createdAt };
}

const byLocation = (store: Store) => ({ locationId: store.location.id });

export const metadataHandlers: Handlers = {
  'get /locations/{locationId}': ({ store }) => ({
    status: 200,
    body: { location: locationJson(store) },
  }),
  'get /locations/{locationId}/customFields': ({ store, query }) => {
    // Limit: the sandbox has contact fields only, so model=opportunity lists none.
    const fields = query['model'] === 'opportunity' ? [] : store.customFields;
    const customFields = fields.map((f) => ({
      ...f,
      model: 'contact',
      picklistImageOptions: [],
      isAllowedCustomOption: false,
      isMultiFileAllowed: f.dataType === 'FILE_UPLOAD',
      maxFileLimit: f.dataType === 'FILE_UPLOAD' ? 2 : 0,
      ...byLocation(store),
    }));
    return { status: 200, body: { customFields } };
  },
  'get /locations/{locationId}/tags': ({ store }) => ({
    status: 200,
    body: { tags: store.tags.map((t) => ({ ...t, ...byLocation(store) })) },
  }),

  'get /users/': ({ store }) => ({ status: 200, body: { users: store.users.map(userJson) } }),
  'get /users/search': ({ store, query }) => {
    if (query['companyId'] !== store.location.companyId) {
      throw new ApiError(403, {
        statusCode: 403,
        message: 'The token does not have access to this company.',
      });
    }
    const q = String(query['query'] ?? '').toLowerCase();
    const users = store.users.filter((u) =>
      `${u.firstName} ${u.lastName} ${u.email}`.toLowerCase().includes(q),
    );
    const skip = Number(query['skip'] ?? 0);
    const limit = Number(query['limit'] ?? 25);
    return {
      status: 200,
      body: { users: users.slice(skip, skip + limit).map(userJson), count: users.length },
    };
  },

  'get /campaigns/': ({ store }) => ({
    status: 200,
    body: {
      campaigns: store.campaigns.map((c) => ({ ...c, status: 'published', ...byLocation(store) })),
    },
  }),
  'get /workflows/': ({ store }) => ({
    status: 200,
    body: {
      workflows: store.workflows.map((w) => ({
        ...w,
        status: 'published',
        version: 1,
        createdAt: '2025-06-01T12:00:00.000Z',
        updatedAt: '2025-06-01T12:00:00.000Z',
        ...byLocation(store),
      })),
    },
  }),

  'get /calendars/': ({ store }) => ({
    status: 200,
    body: {
      calendars: store.calendars.map((c) => ({
        id: c.id,
        name: c.name,
        isActive: true,
        calendarType: 'event',
        slotDuration: 30,
        slotDurationUnit: 'mins',
        ...byLocation(store),
      })),
    },
  }),
  'get /calendars/events': ({ store, query }) => {
    const { calendarId, userId, groupId } = query;
    if (!calendarId && !userId && !groupId) {
      throw unprocessable(['Either calendarId, userId or groupId is required']);
    }
    const start = Number(query['startTime']);
    const end = Number(query['endTime']);
    if (!Number.isFinite(start) || !Number.isFinite(end)) {
      throw unprocessable(['startTime and endTime must be milliseconds since epoch']);
    }
    const events = store.appointments
      .filter((a) => !calendarId || a.calendarId === calendarId)
      .filter((a) => !userId || a.assignedUserId === userId)
      .filter((a) => !groupId)
      .filter((a) => a.endMs > start && a.startMs < end)
      .map((a) => appointmentJson(store, a));
    return { status: 200, body: { events } };
  },

  'get /businesses/': ({ store, query }) => {
    const skip = Number(query['skip'] ?? 0);
    const limit = Number(query['limit'] ?? 100);
    const businesses = store.businesses
      .slice(skip, skip + limit)
      .map((b) => businessJson(store, b));
    return { status: 200, body: { businesses } };
  },
  'get /businesses/{businessId}': ({ store, params }) => {
    const business = store.businesses.find((b) => b.id === params['businessId']);
    if (!business) throw notFound('Business');
    return { status: 200, body: { business: businessJson(store, business) } };
  },
};
