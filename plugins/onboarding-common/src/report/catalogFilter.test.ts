import { storedVerdictsOf } from './catalogFilter';

describe('storedVerdictsOf', () => {
  it('lets GO cover step 5, which has no gate left, and NO-GO stand for itself', () => {
    expect(storedVerdictsOf(['GO'])).toEqual(['GO', 'NONE']);
    expect(storedVerdictsOf(['NO-GO'])).toEqual(['NO-GO']);
    expect(storedVerdictsOf(['GO', 'NO-GO'])).toEqual(['GO', 'NONE', 'NO-GO']);
    expect(storedVerdictsOf([])).toEqual([]);
  });
});
