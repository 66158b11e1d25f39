/**
 * B22: moments in time are read in the Zap's timezone and sent as UTC, whatever the timezone of
 * the machine running the Zap.
 *
 * Limit: the task operations the case is about (Update Task re-sending the due date it read)
 * are not in this app yet; these tests cover the date reading those operations will use.
 */
import { Settings } from 'luxon';

import { readDateTime } from '../../lib/input';

describe('B22 dates and times from a Zap', () => {
  const machineZone = Settings.defaultZone;
  afterEach(() => {
    Settings.defaultZone = machineZone;
  });

  // The case expects 17:00Z, but daylight saving time began in Los Angeles on 2026-03-08, so
  // 09:00 there on 2026-03-10 is 16:00Z; a week earlier it is 17:00Z. Either way, the same day.
  it.each(['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Adak'])(
    'reads "2026-03-10 09:00" in Los Angeles as 16:00 UTC the same day on a machine in %s',
    (zone) => {
      Settings.defaultZone = zone;

      expect(readDateTime('2026-03-10 09:00', 'Due Date', 'America/Los_Angeles')).toBe(
        '2026-03-10T16:00:00Z',
      );
      expect(readDateTime('2026-03-03 09:00', 'Due Date', 'America/Los_Angeles')).toBe(
        '2026-03-03T17:00:00Z',
      );
    },
  );

  it('keeps the instant of a due date read back from HighLevel', () => {
    Settings.defaultZone = 'Asia/Tokyo';

    expect(readDateTime('2026-03-10T17:00:00.000Z', 'Due Date', 'America/Los_Angeles')).toBe(
      '2026-03-10T17:00:00Z',
    );
  });
});
