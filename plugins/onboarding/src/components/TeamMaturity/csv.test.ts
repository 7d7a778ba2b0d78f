import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and one line per entity, quoting what must be quoted', () => {
    const csv = toCsv([
      {
        entityRef: 'component:default/portail-usager',
        kind: 'component',
        ownerRef: 'group:default/equipe-usagers',
        step: 3,
        verdict: 'NO-GO',
        blockingCount: 1,
        evaluatedAt: '2026-11-25T10:00:00.000Z',
      },
      {
        entityRef: 'component:default/odd,"name"',
        kind: 'component',
        step: 5,
        verdict: 'NONE',
        blockingCount: 0,
        evaluatedAt: '2026-11-24T10:00:00.000Z',
      },
      {
        entityRef: '=HYPERLINK("http://x")',
        kind: 'component',
        step: 1,
        verdict: 'NO-GO',
        blockingCount: 5,
        evaluatedAt: '2026-11-24T10:00:00.000Z',
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'entity_ref,kind,owner_ref,step,next_gate,blocking_criteria,evaluated_at',
      'component:default/portail-usager,component,group:default/equipe-usagers,3,NO-GO,1,2026-11-25T10:00:00.000Z',
      '"component:default/odd,""name""",component,,5,NONE,0,2026-11-24T10:00:00.000Z',
      // A formula is kept as text so a spreadsheet does not run it.
      `"'=HYPERLINK(""http://x"")",component,,1,NO-GO,5,2026-11-24T10:00:00.000Z`,
      '',
    ]);
  });
});
