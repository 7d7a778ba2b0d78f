import { validateGateReview } from './validateReview';

const valid = {
  gate: 2,
  decision: 'GO_WITH_RESERVATIONS',
  reservations: [{ text: ' Name a product owner ', dueDate: '2027-01-15' }],
  decidedOn: '2026-12-10',
  reviewers: ['Alice', ' Bob '],
  comment: 'ok',
  minutesUrl: 'https://wiki.example.fr/cr/1',
};

describe('validateGateReview', () => {
  it('accepts a complete review and trims its texts', () => {
    expect(validateGateReview(valid)).toEqual({
      review: {
        ...valid,
        reservations: [{ text: 'Name a product owner', dueDate: '2027-01-15' }],
        reviewers: ['Alice', 'Bob'],
      },
    });
  });

  it.each([
    [{ gate: 5 }, 'gate must be 1, 2, 3 or 4'],
    [{ decision: 'MAYBE' }, 'decision must be one of'],
    [{ decidedOn: '2026-02-31' }, 'decidedOn must be a date'],
    [{ reviewers: [] }, 'reviewers must list'],
    [{ reservations: [] }, 'needs at least one reservation'],
    [{ decision: 'GO' }, 'a GO decision takes no reservations'],
    [
      { reservations: [{ text: 'x', dueDate: 'tomorrow' }] },
      'reservations[0].dueDate must be a date',
    ],
    [
      { minutesUrl: 'http://wiki.example.fr/cr' },
      'minutesUrl must be an https URL',
    ],
    [
      { minutesUrl: 'ftp://wiki.example.fr/cr' },
      'minutesUrl must be an https URL',
    ],
    [{ supersedes: 0 }, 'supersedes must be the id'],
    [{ recordedBy: 'user:default/mallory' }, 'unexpected fields: recordedBy'],
  ])('refuses %j, naming the field', (change, message) => {
    const result = validateGateReview({ ...valid, ...change });
    expect('errors' in result && result.errors.join('; ')).toContain(message);
  });

  it('refuses what is not an object', () => {
    expect(validateGateReview([])).toEqual({
      errors: ['the body must be a JSON object'],
    });
  });
});
