import appointment from '../fixtures/appointment.json';
import lists from '../fixtures/lists.json';
import { CONTACT, LOCATION, failureOf, highLevel, run, useHighLevel } from './support';

useHighLevel();

describe('new_appointment', () => {
  it('asks for the chosen calendar over a fixed window, newest booking first', async () => {
    const older = { ...appointment, id: 'ev-0', dateAdded: '2026-02-01T10:00:00+00:00' };
    let window: { startTime: number; endTime: number } | undefined;
    const scope = highLevel()
      .get('/calendars/events')
      .query((query) => {
        window = { startTime: Number(query.startTime), endTime: Number(query.endTime) };
        return query.locationId === LOCATION && query.calendarId === 'cal-1';
      })
      .reply(200, { events: [older, appointment] });

    const result = await run('triggers', 'new_appointment', { calendar_id: 'cal-1' });

    scope.done();
    expect(result.map((found: { id: string }) => found.id)).toEqual(['ev-1', 'ev-0']);
    expect(result[0]).toMatchObject({
      contact_id: CONTACT,
      status: 'confirmed',
      calendar_id: 'cal-1',
    });
    const days = ((window?.endTime ?? 0) - (window?.startTime ?? 0)) / 86_400_000;
    expect(days).toBe(187);
  });

  it('refuses to run without a calendar', async () => {
    expect(await failureOf(run('triggers', 'new_appointment', {}))).toMatch(
      /"Calendar" field is required/,
    );
  });
});

describe('find_appointments', () => {
  it("returns the contact's upcoming appointments, soonest first", async () => {
    const past = { ...appointment, id: 'ev-past', startTime: '2020-01-01T10:00:00+00:00' };
    const later = { ...appointment, id: 'ev-later', startTime: '2099-01-01T10:00:00+00:00' };
    const scope = highLevel()
      .get(`/contacts/${CONTACT}/appointments`)
      .reply(200, {
        events: [later, past, { ...appointment, startTime: '2098-01-01T10:00:00+00:00' }],
      });

    const result = await run('searches', 'find_appointments', {
      contact_id: CONTACT,
      upcoming_only: 'true',
    });

    scope.done();
    expect(result.map((found: { id: string }) => found.id)).toEqual(['ev-1', 'ev-later']);
  });

  it('says which contact was not found', async () => {
    highLevel()
      .get('/contacts/c-gone/appointments')
      .reply(404, { statusCode: 404, message: 'Not found' });

    expect(await failureOf(run('searches', 'find_appointments', { contact_id: 'c-gone' }))).toMatch(
      /No contact with ID c-gone/,
    );
  });
});

describe('calendar_list', () => {
  it("lists the location's calendars by name", async () => {
    const scope = highLevel()
      .get('/calendars/')
      .query({ locationId: LOCATION })
      .reply(200, { calendars: lists.calendars });

    expect(await run('triggers', 'calendar_list')).toEqual([
      { id: 'cal-1', name: 'Free Consultation' },
    ]);
    scope.done();
  });
});
