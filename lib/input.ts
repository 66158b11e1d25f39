/**
 * Reads what a marketer typed or mapped into a Zap field the way they meant it, or refuses it
 * with a message naming the field, before anything is sent to HighLevel. Zapier hands every
 * value over as a string (or a list of strings), whatever the field's type.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Bundle } from 'zapier-platform-core';

import { invalidInput, shown } from './errors';

// The phone and date libraries load on first use: together they add about 25 ms to every cold
// start, and most runs read no phone or date.
const phoneNumbers = (): typeof import('libphonenumber-js') => require('libphonenumber-js');
const dateTime = (): typeof import('luxon').DateTime => require('luxon').DateTime;

/** The location's country, stored with the connection, decides how local phone numbers read. */
export const locationCountryOf = (bundle: Bundle): string | undefined =>
  bundle.authData?.locationCountry || undefined;

/** A value the user left empty: nothing is sent for it, so the stored value stays. */
export const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.every(isBlank));

export const readText = (value: unknown): string | undefined => {
  if (isBlank(value)) return undefined;
  return String(value).trim();
};

export const requireText = (value: unknown, label: string, example: string): string => {
  const text = readText(value);
  if (text === undefined) throw invalidInput(label, 'is required but was empty', example);
  return text;
};

/** One @, and a domain of non-empty labels: HighLevel refuses "a@.b.cc" and "a@b..cc". */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;

export const readEmail = (value: unknown, label = 'Email'): string | undefined => {
  const text = readText(value);
  if (text === undefined) return undefined;
  if (!EMAIL.test(text)) {
    throw invalidInput(label, 'is not an email address', 'jane@example.com');
  }
  return text;
};

/**
 * Phones go to HighLevel in E.164 (+15550109999). A number typed without a country code is read
 * as a number of the location's own country, which is what a marketer in that country means.
 */
export const readPhone = (
  value: unknown,
  defaultCountry: string | undefined,
  label = 'Phone',
): string | undefined => {
  const text = readText(value);
  if (text === undefined) return undefined;
  const country = (defaultCountry?.toUpperCase() || undefined) as CountryCode | undefined;
  const parsed = phoneNumbers().parsePhoneNumberFromString(text, country);
  if (!parsed || !parsed.isPossible()) {
    // A local number is read as one of the location's country; say so, since a number from
    // another country needs its country code to be read at all.
    const hint = text.startsWith('+')
      ? ''
      : country
        ? ` (read as a number of ${country}; for another country, start it with + and its code)`
        : '; start it with + and the country code';
    throw invalidInput(
      label,
      `is not a phone number HighLevel can store${hint}`,
      '+1 555 010 9999',
    );
  }
  return parsed.number;
};

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on', 'checked']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off', 'unchecked']);

export const readBoolean = (value: unknown, label: string): boolean | undefined => {
  if (typeof value === 'boolean') return value;
  const text = readText(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  throw invalidInput(label, `should be yes or no${shown(text)}`, 'true, false, yes or no');
};

/**
 * Numbers as people write them: "1,250.50", "$1,250.50", " 42 ". A comma followed by exactly two
 * digits at the end ("12,50") is ambiguous and refused rather than guessed.
 */
export const readNumber = (value: unknown, label: string): number | undefined => {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw invalidInput(label, 'is not a number', '1250.50');
  }
  const text = readText(value);
  if (text === undefined) return undefined;
  const cleaned = text.replace(/^[$€£¥]\s*/, '').replace(/\s/g, '');
  const grouped = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned);
  const plain = /^-?\d+(\.\d+)?$/.test(cleaned) || /^-?\.\d+$/.test(cleaned);
  if (!grouped && !plain) {
    throw invalidInput(label, `is not a number${shown(text)}`, '1250.50 or 1,250.50');
  }
  return Number(cleaned.replace(/,/g, ''));
};

/** The tags of a tags field, each once: a Zapier list, or words separated by commas. */
export const readTags = (value: unknown): string[] => [...new Set(readList(value))];

/** Lists arrive as a Zapier list or as one comma-separated string ("a, b"). */
export const readList = (value: unknown): string[] => {
  const items = Array.isArray(value) ? value : isBlank(value) ? [] : [value];
  return items
    .flatMap((item) => String(item ?? '').split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
};

const YEAR_FIRST = ['yyyy-MM-dd', 'yyyy/MM/dd', 'yyyy.MM.dd'];
const MONTH_FIRST = ['MM/dd/yyyy', 'M/d/yyyy', 'MM-dd-yyyy', 'M-d-yyyy'];
const DAY_FIRST = ['dd/MM/yyyy', 'd/M/yyyy', 'dd-MM-yyyy', 'd-M-yyyy', 'dd.MM.yyyy', 'd.M.yyyy'];

/** Countries that write the month before the day (03/04/2026 is the 4th of March there). */
const MONTH_FIRST_COUNTRIES = new Set([
  'US',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
  'UM',
  'PH',
  'FM',
  'MH',
  'PW',
  'CA',
]);

/**
 * A calendar date (no time), sent as YYYY-MM-DD. 03/04/2026 is read the way the location's
 * country writes dates: the 4th of March in the US, the 3rd of April in most other countries.
 */
export const readDate = (value: unknown, label: string, country?: string): string | undefined => {
  const text = readText(value);
  if (text === undefined) return undefined;
  const monthFirst = !country || MONTH_FIRST_COUNTRIES.has(country.toUpperCase());
  const formats = [...YEAR_FIRST, ...(monthFirst ? MONTH_FIRST : DAY_FIRST)];
  for (const format of formats) {
    const date = dateTime().fromFormat(text, format, { zone: 'UTC' });
    if (date.isValid) return date.toFormat('yyyy-MM-dd');
  }
  const iso = dateTime().fromISO(text, { setZone: true });
  if (iso.isValid) return iso.toFormat('yyyy-MM-dd');
  const local = monthFirst ? '03/15/2026' : '15/03/2026';
  throw invalidInput(label, `is not a date${shown(text)}`, `2026-03-15 or ${local}`);
};

const LOCAL_DATETIME_FORMATS = [
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd h:mm a',
  'MM/dd/yyyy HH:mm',
  'MM/dd/yyyy h:mm a',
  'M/d/yyyy h:mm a',
];

/**
 * A moment in time, sent as ISO-8601 UTC. A value without its own offset is read in the Zap's
 * timezone, so "2026-03-10 09:00" in Los Angeles is 17:00 UTC, never a day off.
 */
export const readDateTime = (
  value: unknown,
  label: string,
  zapTimezone: string | undefined,
): string | undefined => {
  const text = readText(value);
  if (text === undefined) return undefined;
  const zone = zapTimezone || 'UTC';
  const hasOffset = /([zZ]|[+-]\d{2}:?\d{2})$/.test(text);
  let moment = hasOffset
    ? dateTime().fromISO(text, { setZone: true })
    : dateTime().fromISO(text, { zone });
  for (const format of LOCAL_DATETIME_FORMATS) {
    if (moment.isValid) break;
    moment = dateTime().fromFormat(text, format, { zone });
  }
  if (!moment.isValid) {
    const date = readDateOrUndefined(text);
    if (date) moment = dateTime().fromISO(date, { zone });
  }
  if (!moment.isValid) {
    throw invalidInput(
      label,
      `is not a date and time${shown(text)}`,
      "2026-03-10 09:00 (read in the Zap's timezone) or 2026-03-10T17:00:00Z",
    );
  }
  return moment.toUTC().toISO({ suppressMilliseconds: true }) ?? undefined;
};

const readDateOrUndefined = (text: string): string | undefined => {
  try {
    return readDate(text, '');
  } catch {
    return undefined;
  }
};

/** HighLevel ids are opaque tokens; anything with spaces or slashes is a mapping mistake. */
export const readId = (value: unknown, label: string, required = true): string | undefined => {
  const text = readText(value);
  if (text === undefined) {
    if (required)
      throw invalidInput(label, 'is required but was empty', undefined, 'pick one from the list');
    return undefined;
  }
  if (!/^[\w-]{1,64}$/.test(text)) {
    throw invalidInput(
      label,
      'does not look like a HighLevel ID',
      undefined,
      'pick one from the list, or map the ID from an earlier step',
    );
  }
  return text;
};

/** A list of ids (a Zapier list or "a, b"), each checked, duplicates dropped; never empty. */
export const readIdList = (value: unknown, label: string): string[] => {
  const ids = [...new Set(readList(value))];
  if (!ids.length) {
    throw invalidInput(label, 'is required but was empty', undefined, 'pick one from the list');
  }
  return ids.map((id) => readId(id, label) as string);
};
