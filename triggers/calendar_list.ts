import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';

import { listCalendars } from '../lib/appointments';

const perform = async (z: ZObject, bundle: Bundle) =>
  (await listCalendars(z, bundle)).map((calendar) => ({
    id: calendar.id,
    name: `${calendar.name ?? calendar.id}${calendar.isActive === false ? ' (inactive)' : ''}`,
  }));

export default defineTrigger({
  key: 'calendar_list',
  noun: 'Calendar',

  display: {
    label: 'List Calendars',
    description: 'Lists the calendars of your HighLevel location, for dropdowns.',
    hidden: true,
  },

  operation: {
    type: 'polling',
    perform,
    sample: { id: 'cal-1', name: 'Free Consultation' },
  },
});
