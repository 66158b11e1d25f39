// How a stored contact looks on the wire. Empty values are left out rather than sent as null,
// since the response schemas type them as plain strings.
import type { Contact } from './store';

export function contactJson(contact: Contact): Record<string, unknown> {
  const first = contact.firstName ?? '';
  const last = contact.lastName ?? '';
  const fullName = `${first} ${last}`.trim();
  const json: Record<string, unknown> = {
    id: contact.id,
    locationId: contact.locationId,
    contactName: fullName || undefined,
    firstName: contact.firstName,
    lastName: contact.lastName,
    firstNameLowerCase: first ? first.toLowerCase() : undefined,
    lastNameLowerCase: last ? last.toLowerCase() : undefined,
    fullNameLowerCase: fullName ? fullName.toLowerCase() : undefined,
    email: contact.email,
    emailLowerCase: contact.email ? contact.email.toLowerCase() : undefined,
    phone: contact.phone,
    companyName: contact.companyName,
    address1: contact.address1,
    city: contact.city,
    state: contact.state,
    postalCode: contact.postalCode,
    country: contact.country,
    website: contact.website,
    timezone: contact.timezone,
    dateOfBirth: contact.dateOfBirth,
    source: contact.source,
    assignedTo: contact.assignedTo,
    dnd: contact.dnd,
    dndSettings: contact.dndSettings,
    type: contact.type,
    tags: [...contact.tags],
    businessId: contact.businessId,
    followers: [...contact.followers],
    customFields: Object.entries(contact.customFields).map(([id, value]) => ({ id, value })),
    dateAdded: new Date(contact.addedMs).toISOString(),
    dateUpdated: new Date(contact.updatedMs).toISOString(),
  };
  for (const key of Object.keys(json)) {
    if (json[key] === undefined || json[key] === null) delete json[key];
  }
  return json;
}
