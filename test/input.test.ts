/**
 * How a marketer's typed values are read: dates in the location's own order, countries by the
 * names people write, phones with a hint when they cannot be read as a local number.
 */
import { readDate, readPhone } from '../lib/input';
import { contactBody } from '../lib/fields/contact';
import { errorOf } from './support/errors';

const bundleIn = (locationCountry: string) => ({ authData: { locationCountry } }) as never;

const refusal = (read: () => unknown): string => {
  try {
    read();
  } catch (error) {
    return errorOf(error).message;
  }
  throw new Error('Expected the value to be refused');
};

describe('dates typed with slashes', () => {
  it('are read month first for a US location', () => {
    expect(readDate('04/03/1990', 'Date of Birth', 'US')).toBe('1990-04-03');
  });

  it('are read day first for a UK location', () => {
    expect(readDate('04/03/1990', 'Date of Birth', 'GB')).toBe('1990-03-04');
  });

  it('are refused, with an example in the local order, when they are not dates', () => {
    expect(refusal(() => readDate('31/31/1990', 'Date of Birth', 'GB'))).toMatch(
      /"Date of Birth" field is not a date.*15\/03\/2026/,
    );
  });
});

describe('countries', () => {
  it.each([
    ['USA', 'US'],
    ['uk', 'GB'],
    ['United States', 'US'],
    ['de', 'DE'],
  ])('read "%s" as %s', (typed, code) => {
    expect(contactBody({ country: typed }, bundleIn('US'), 'update')).toEqual({ country: code });
  });
});

describe('phones without a country code', () => {
  it('say they were read as a number of the location country', () => {
    expect(refusal(() => readPhone('020 7946 0958', 'US'))).toMatch(
      /read as a number of US; for another country, start it with \+ and its code/,
    );
  });

  it('are read in the location country', () => {
    expect(readPhone('020 7946 0958', 'GB')).toBe('+442079460958');
  });
});
