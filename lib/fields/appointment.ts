/**
 * A HighLevel appointment (calendar event) as later Zap steps see it, and the calendar picker.
 */
import type { Appointment } from '../schemas';

export const calendarIdField = {
  key: 'calendar_id',
  label: 'Calendar',
  type: 'string',
  required: true,
  dynamic: 'calendar_list.id.name',
  helpText: 'The calendar to watch for bookings, for example "Free Consultation".',
} as const;

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value);

export const appointmentOutput = (event: Appointment) => ({
  id: event.id,
  title: event.title ?? null,
  calendar_id: event.calendarId ?? null,
  contact_id: event.contactId ?? null,
  status: event.appointmentStatus ?? event.status ?? null,
  assigned_user_id: event.assignedUserId ?? null,
  start_time: text(event.startTime),
  end_time: text(event.endTime),
  notes: event.notes ?? null,
  address: event.address ?? null,
  date_added: text(event.dateAdded),
  date_updated: text(event.dateUpdated),
});

export const appointmentOutputFields = [
  { key: 'id', label: 'Appointment ID', type: 'string' },
  { key: 'title', label: 'Title', type: 'string' },
  { key: 'calendar_id', label: 'Calendar ID', type: 'string' },
  { key: 'contact_id', label: 'Contact ID', type: 'string' },
  { key: 'status', label: 'Status (Booked, Confirmed, Cancelled...)', type: 'string' },
  { key: 'assigned_user_id', label: 'Assigned User ID', type: 'string' },
  { key: 'start_time', label: 'Start Time', type: 'datetime' },
  { key: 'end_time', label: 'End Time', type: 'datetime' },
  { key: 'notes', label: 'Notes', type: 'string' },
  { key: 'address', label: 'Address or Meeting Link', type: 'string' },
  { key: 'date_added', label: 'Date Booked', type: 'datetime' },
  { key: 'date_updated', label: 'Date Updated', type: 'datetime' },
] as const;
