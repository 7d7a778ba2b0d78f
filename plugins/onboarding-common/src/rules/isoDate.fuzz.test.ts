// fc.assert is the assertion of these tests: it throws on the first failing input.
/* eslint-disable jest/expect-expect */
import fc from 'fast-check';
import { parseIsoDate as referenceParseIsoDate } from '../__testUtils__/reference/evaluateRule';
import { isoDateMs, parseIsoDate } from './isoDate';

/**
 * ISO dates are checked by arithmetic rather than by formatting a Date back; the
 * reference is the formatting check it replaced.
 */
describe('parseIsoDate against the formatting reference (property-based)', () => {
  const digits = (length: number) =>
    fc
      .array(fc.integer({ min: 0, max: 9 }), {
        minLength: length,
        maxLength: length,
      })
      .map(d => d.join(''));
  // Every year (0000–9999, the first centuries included), months and days out of range too.
  const dateLike = fc
    .tuple(
      fc.oneof(digits(4), fc.integer({ min: 1895, max: 2105 }).map(String)),
      fc.integer({ min: 0, max: 19 }),
      fc.integer({ min: 0, max: 39 }),
      fc.constantFrom('', ' ', '\t', '\n'),
      fc.constantFrom('', ' ', 'T', 'x'),
    )
    .map(
      ([year, month, day, space, tail]) =>
        `${space}${year}-${String(month).padStart(2, '0')}-${String(
          day,
        ).padStart(2, '0')}${tail}`,
    );

  it('reads the same day as the reference, or refuses the same text', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), text => {
        const expected = referenceParseIsoDate(text)?.getTime();
        if (
          isoDateMs(text) !== expected ||
          parseIsoDate(text)?.getTime() !== expected
        )
          throw new Error(`${JSON.stringify(text)}: expected ${expected}`);
      }),
      { numRuns: 10_000 },
    );
  });
});
