import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import {
  APPOINTMENT_WINDOW_DAYS_AHEAD,
  APPOINTMENT_WINDOW_DAYS_BACK,
  pollCalendarEvents,
} from '../lib/appointments';
import {
  appointmentOutput,
  appointmentOutputFields,
  calendarIdField,
} from '../lib/fields/appointment';
import { readId } from '../lib/input';
import { sampleAppointment } from '../lib/samples';

/**
 * Cost: one request per poll. HighLevel lists events only for a calendar (or user or group) and
 * a time window, so the user picks the calendar and the window is fixed.
 */
const perform = async (z: ZObject, bundle: Bundle) => {
  const calendarId = readId(bundle.inputData.calendar_id, 'Calendar') as string;
  return (await pollCalendarEvents(z, bundle, calendarId)).map(appointmentOutput);
};

export default defineTrigger({
  key: 'new_appointment',
  noun: 'Appointment',

  display: {
    label: 'New Appointment',
    description:
      'Triggers when an appointment is booked on a calendar you choose, for appointments ' +
      `from ${APPOINTMENT_WINDOW_DAYS_BACK} days ago up to ${APPOINTMENT_WINDOW_DAYS_AHEAD} ` +
      'days ahead.',
  },

  operation: {
    type: 'polling',
    inputFields: [
      {
        ...calendarIdField,
        helpText:
          'The calendar to watch, for example "Free Consultation". Appointments starting more ' +
          `than ${APPOINTMENT_WINDOW_DAYS_AHEAD} days ahead are not seen until they come ` +
          'within that window.',
      },
    ],
    perform,
    sample: sampleAppointment,
    outputFields: [...appointmentOutputFields],
  },
});
