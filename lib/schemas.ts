/**
 * The shapes of HighLevel's answers that the app relies on, checked at the client boundary.
 * Objects are loose: HighLevel adds fields over time and the app passes them on untouched.
 * Field names are HighLevel's own (including its spellings, such as `succeded`).
 */
import { z } from 'zod/v3';

// zod's v3 API, shipped inside the same zod package, loads in a fraction of the time of v4's,
// and every cold start of the app pays for it; these schemas need nothing v4 adds.
const looseObject = <Shape extends z.ZodRawShape>(shape: Shape) => z.object(shape).passthrough();

const text = z.string().nullish();

export const customFieldValueSchema = looseObject({
  id: z.string(),
  value: z.unknown().optional(),
});

export const contactSchema = looseObject({
  id: z.string(),
  locationId: text,
  firstName: text,
  lastName: text,
  name: text,
  contactName: text,
  email: text,
  phone: text,
  companyName: text,
  address1: text,
  city: text,
  state: text,
  postalCode: text,
  country: text,
  website: text,
  timezone: text,
  source: text,
  type: text,
  assignedTo: text,
  dnd: z.boolean().nullish(),
  tags: z.array(z.string()).nullish(),
  dateOfBirth: z.unknown().optional(),
  dateAdded: text,
  dateUpdated: text,
  businessId: text,
  additionalEmails: z.array(z.unknown()).nullish(),
  followers: z.array(z.string()).nullish(),
  customFields: z.array(customFieldValueSchema).nullish(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactEnvelopeSchema = looseObject({ contact: contactSchema });
export const updatedContactSchema = looseObject({
  succeded: z.boolean().optional(),
  contact: contactSchema,
});
export const upsertedContactSchema = looseObject({
  new: z.boolean().optional(),
  contact: contactSchema,
});
export const duplicateContactSchema = looseObject({ contact: contactSchema.nullish() });
export const contactSearchSchema = looseObject({
  contacts: z.array(contactSchema),
  total: z.number().optional(),
});
export const contactListSchema = looseObject({
  contacts: z.array(contactSchema),
  count: z.number().optional(),
});

export const succededSchema = looseObject({ succeded: z.boolean().optional() });
export const tagsSchema = looseObject({ tags: z.array(z.string()) });

export const taskSchema = looseObject({
  id: z.string(),
  title: text,
  body: text,
  assignedTo: text,
  dueDate: text,
  completed: z.boolean().nullish(),
  contactId: text,
  dateAdded: text,
  dateUpdated: text,
});
export type Task = z.infer<typeof taskSchema>;
export const taskEnvelopeSchema = looseObject({ task: taskSchema });
export const taskListSchema = looseObject({ tasks: z.array(taskSchema) });

export const noteSchema = looseObject({
  id: z.string(),
  body: text,
  title: text,
  userId: text,
  contactId: text,
  dateAdded: text,
  color: text,
  pinned: z.boolean().nullish(),
});
export type Note = z.infer<typeof noteSchema>;
export const noteEnvelopeSchema = looseObject({ note: noteSchema });
export const noteListSchema = looseObject({ notes: z.array(noteSchema) });

/** The spec types calendar times as objects with string examples; a number is let through too. */
const moment = z.union([z.string(), z.number()]).nullish();

export const appointmentSchema = looseObject({
  id: z.string(),
  calendarId: text,
  contactId: text,
  title: text,
  status: text,
  appointmentStatus: text,
  assignedUserId: text,
  startTime: moment,
  endTime: moment,
  dateAdded: moment,
  dateUpdated: moment,
  notes: text,
  address: text,
});
export type Appointment = z.infer<typeof appointmentSchema>;
export const appointmentListSchema = looseObject({ events: z.array(appointmentSchema) });

export const customFieldDefinitionSchema = looseObject({
  id: z.string(),
  name: z.string(),
  fieldKey: text,
  dataType: z.string(),
  placeholder: text,
  picklistOptions: z.array(z.string()).nullish(),
  position: z.number().nullish(),
});
export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>;
export const customFieldListSchema = looseObject({
  customFields: z.array(customFieldDefinitionSchema),
});

export const locationTagSchema = looseObject({ id: z.string().optional(), name: z.string() });
export const locationTagListSchema = looseObject({ tags: z.array(locationTagSchema) });

export const userSchema = looseObject({
  id: z.string(),
  name: text,
  firstName: text,
  lastName: text,
  email: text,
});
export type User = z.infer<typeof userSchema>;
export const userListSchema = looseObject({ users: z.array(userSchema) });

export const locationSchema = looseObject({
  id: z.string(),
  name: text,
  timezone: text,
  country: text,
  companyId: text,
});
export const locationEnvelopeSchema = looseObject({ location: locationSchema });

export const tokenSchema = looseObject({
  access_token: z.string(),
  refresh_token: z.string(),
  expires_in: z.number().optional(),
  scope: z.string().optional(),
  userType: z.string().optional(),
  locationId: z.string().optional(),
  companyId: z.string().optional(),
  userId: z.string().optional(),
});
export type TokenResponse = z.infer<typeof tokenSchema>;

/**
 * The location-wide task search answers with tasks whose shape the spec leaves open (`array`);
 * HighLevel's own id may come as `_id`, so both are accepted and `id` is filled from either.
 */
export const locationTaskSchema = looseObject({
  id: z.string().optional(),
  _id: z.string().optional(),
  title: text,
  body: text,
  assignedTo: text,
  dueDate: text,
  completed: z.boolean().nullish(),
  contactId: text,
  dateAdded: text,
  dateUpdated: text,
}).refine((task) => Boolean(task.id ?? task._id), { message: 'a task has no id' });
export const locationTaskListSchema = looseObject({ tasks: z.array(locationTaskSchema) });

export const calendarSchema = looseObject({
  id: z.string(),
  name: text,
  isActive: z.boolean().nullish(),
});
export const calendarListSchema = looseObject({ calendars: z.array(calendarSchema) });

export const campaignSchema = looseObject({ id: z.string(), name: text, status: text });
export const campaignListSchema = looseObject({ campaigns: z.array(campaignSchema) });

export const workflowSchema = looseObject({ id: z.string(), name: text, status: text });
export const workflowListSchema = looseObject({ workflows: z.array(workflowSchema) });

export const businessSchema = looseObject({ id: z.string(), name: text });
export const businessListSchema = looseObject({ businesses: z.array(businessSchema) });

export const businessUpdateSchema = looseObject({
  success: z.boolean().optional(),
  ids: z.array(z.string()).optional(),
});

export const followersChangeSchema = looseObject({
  followers: z.array(z.string()).nullish(),
  followersAdded: z.array(z.string()).nullish(),
  followersRemoved: z.array(z.string()).nullish(),
});

/** The spec types `responses` as strings but shows objects; both are accepted. */
export const bulkTagsResultSchema = looseObject({
  succeded: z.boolean().optional(),
  errorCount: z.number().optional(),
  responses: z
    .array(z.union([z.string(), looseObject({ contactId: text, message: text, type: text })]))
    .optional(),
});
export type BulkTagsResult = z.infer<typeof bulkTagsResultSchema>;
