import type { Appointment } from '../../sandbox/store';
import { requestsDuring, useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 50 }, rateLimit: false });

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const calendar = (name: string) => connected.sandbox.store.calendars.find((c) => c.name === name)!;

/**
 * The app cannot book appointments, so a test books one in the sandbox, as a patient booking
 * on HighLevel's calendar page would.
 */
const book = (calendarName: string, startsInDays: number, contactId?: string): Appointment => {
  const { store } = connected.sandbox;
  const contact = contactId ?? [...store.contacts.keys()][45]!;
  const startMs = Date.now() + startsInDays * DAY_MS;
  const appointment: Appointment = {
    id: store.newId(),
    calendarId: calendar(calendarName).id,
    contactId: contact,
    assignedUserId: connected.sandbox.userId,
    title: `Booked ${startsInDays} days ahead`,
    status: 'booked',
    startMs,
    endMs: startMs + HOUR_MS / 2,
    dateAdded: new Date(store.nowMs()).toISOString(),
  };
  store.appointments.push(appointment);
  return appointment;
};

describe('new_appointment', () => {
  it('fires once for an appointment booked on the chosen calendar, and not again', async () => {
    const { zap } = connected;
    const input = { calendar_id: calendar('Cleanings').id };
    await zap.poll('new_appointment', input);

    const booked = book('Cleanings', 3);
    const afterBooking = await zap.poll('new_appointment', input);
    const afterNothing = await zap.poll('new_appointment', input);

    expect(afterBooking.map((item) => item.id)).toEqual([booked.id]);
    expect(afterBooking[0]).toMatchObject({
      calendar_id: booked.calendarId,
      contact_id: booked.contactId,
      start_time: new Date(booked.startMs).toISOString(),
    });
    expect(afterNothing).toEqual([]);
  });

  it('does not fire for an appointment on another calendar', async () => {
    const { zap } = connected;
    const input = { calendar_id: calendar('Cleanings').id };
    await zap.poll('new_appointment', input);

    book('Consultations', 2);
    const fired = await zap.poll('new_appointment', input);

    expect(fired).toEqual([]);
  });

  it('polls with one request', async () => {
    const { zap, sandbox } = connected;

    const { requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'new_appointment', { calendar_id: calendar('Cleanings').id }),
    );

    expect(requests).toHaveLength(1);
  });
});

describe('find_appointments', () => {
  it("returns the contact's upcoming appointments, soonest first, in one request", async () => {
    const { zap, sandbox } = connected;
    const contactId = [...sandbox.store.contacts.keys()][46]!;
    const later = book('Consultations', 20, contactId);
    const sooner = book('Cleanings', 5, contactId);
    book('Cleanings', -5, contactId);

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('searches', 'find_appointments', { contact_id: contactId, upcoming_only: 'true' }),
    );

    expect(requests).toHaveLength(1);
    expect(result.map((item: { id: string }) => item.id)).toEqual([sooner.id, later.id]);
  });

  // Regression: an empty Upcoming Only included past appointments, though Yes is the default.
  it('skips past appointments when Upcoming Only is left empty', async () => {
    const { zap, sandbox } = connected;
    const contactId = [...sandbox.store.contacts.keys()][48]!;
    book('Cleanings', -5, contactId);
    const next = book('Cleanings', 5, contactId);

    const found = await zap.run('searches', 'find_appointments', { contact_id: contactId });

    expect(found.map((item: { id: string }) => item.id)).toEqual([next.id]);
  });

  it('includes past appointments when Upcoming Only is No', async () => {
    const { zap, sandbox } = connected;
    const contactId = [...sandbox.store.contacts.keys()][47]!;
    const past = book('Cleanings', -5, contactId);
    const next = book('Cleanings', 5, contactId);

    const found = await zap.run('searches', 'find_appointments', {
      contact_id: contactId,
      upcoming_only: 'false',
    });

    expect(found.map((item: { id: string }) => item.id)).toEqual([past.id, next.id]);
  });
});

describe('calendar_list', () => {
  it("lists the location's calendars by name in one request", async () => {
    const { zap, sandbox } = connected;

    const { result, requests } = await requestsDuring(sandbox, () =>
      zap.run('triggers', 'calendar_list'),
    );

    expect(requests).toHaveLength(1);
    expect(result).toEqual(sandbox.store.calendars.map(({ id, name }) => ({ id, name })));
  });
});
