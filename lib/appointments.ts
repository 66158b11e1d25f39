/**
 * Appointment requests: a contact's appointments, and a calendar's events over a time window.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel, locationIdOf } from './client';
import { appointmentListSchema, calendarListSchema, type Appointment } from './schemas';

export const listContactAppointments = async (
  z: ZObject,
  contactId: string,
): Promise<Appointment[]> => {
  const { events } = await callHighLevel(z, {
    method: 'GET',
    route: '/contacts/{contactId}/appointments',
    pathParams: { contactId },
    schema: appointmentListSchema,
    resource: 'contact',
  });
  return events;
};

/** HighLevel wants the window as epoch milliseconds and one of calendar, user or group. */
export const listCalendarEvents = async (
  z: ZObject,
  bundle: Bundle,
  search: { calendarId: string; from: Date; to: Date },
): Promise<Appointment[]> => {
  const { events } = await callHighLevel(z, {
    method: 'GET',
    route: '/calendars/events',
    params: {
      locationId: locationIdOf(bundle),
      calendarId: search.calendarId,
      startTime: search.from.getTime(),
      endTime: search.to.getTime(),
    },
    schema: appointmentListSchema,
    resource: 'calendar',
  });
  return events;
};

export const listCalendars = async (z: ZObject, bundle: Bundle) => {
  const { calendars } = await callHighLevel(z, {
    method: 'GET',
    route: '/calendars/',
    params: { locationId: locationIdOf(bundle) },
    schema: calendarListSchema,
    resource: 'list of calendars',
  });
  return calendars;
};

/** The window New Appointment watches: appointments starting from a week ago to 6 months on. */
export const APPOINTMENT_WINDOW_DAYS_BACK = 7;
export const APPOINTMENT_WINDOW_DAYS_AHEAD = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/** One request per poll: the calendar's events in the window, most recently booked first. */
export const pollCalendarEvents = async (
  z: ZObject,
  bundle: Bundle,
  calendarId: string,
  now = new Date(),
): Promise<Appointment[]> => {
  const events = await listCalendarEvents(z, bundle, {
    calendarId,
    from: new Date(now.getTime() - APPOINTMENT_WINDOW_DAYS_BACK * DAY_MS),
    to: new Date(now.getTime() + APPOINTMENT_WINDOW_DAYS_AHEAD * DAY_MS),
  });
  const at = (event: Appointment) => Date.parse(String(event.dateAdded ?? '')) || 0;
  return [...events].sort((a, b) => at(b) - at(a));
};

/** A contact's appointments, soonest first; past ones dropped when only upcoming are wanted. */
export const findContactAppointments = async (
  z: ZObject,
  contactId: string,
  filter: { upcomingOnly: boolean },
  now = new Date(),
): Promise<Appointment[]> => {
  const start = (event: Appointment) => Date.parse(String(event.startTime ?? '')) || 0;
  return (await listContactAppointments(z, contactId))
    .filter((event) => !filter.upcomingOnly || start(event) >= now.getTime())
    .sort((a, b) => start(a) - start(b));
};
