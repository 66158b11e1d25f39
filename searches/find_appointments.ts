import { defineSearch, type Bundle, type ZObject } from 'zapier-platform-core';

import { findContactAppointments } from '../lib/appointments';
import { appointmentOutput, appointmentOutputFields } from '../lib/fields/appointment';
import { contactIdField } from '../lib/fields/contact';
import { yesNo } from '../lib/fields/yes-no';
import { readBoolean, readId } from '../lib/input';
import { sampleAppointment } from '../lib/samples';

const perform = async (z: ZObject, bundle: Bundle) => {
  const contactId = readId(bundle.inputData.contact_id, 'Contact') as string;
  // Empty means the field's default, Yes, as its help text says.
  const upcomingOnly = readBoolean(bundle.inputData.upcoming_only, 'Upcoming Only') ?? true;
  return (await findContactAppointments(z, contactId, { upcomingOnly })).map(appointmentOutput);
};

export default defineSearch({
  key: 'find_appointments',
  noun: 'Appointment',

  display: {
    label: 'Find Appointment',
    description: "Finds a contact's appointments, the soonest upcoming one first.",
  },

  operation: {
    inputFields: [
      contactIdField,
      {
        key: 'upcoming_only',
        label: 'Upcoming Only',
        ...yesNo,
        default: 'yes',
        helpText: 'Yes (the default) skips appointments that have already started.',
      },
    ],
    perform,
    sample: sampleAppointment,
    outputFields: [...appointmentOutputFields],
  },
});
