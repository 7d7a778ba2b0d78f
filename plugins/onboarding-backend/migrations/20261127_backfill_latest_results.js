// @ts-check

/**
 * Fills onboarding_latest_results from the latest evaluations stored before it existed:
 * 20261126 created it empty, so "most unmet criteria" stayed empty until each entity
 * changed. Idempotent: rows already there are left alone.
 *
 * The unmet states are written out here rather than imported: a migration must keep
 * doing what it did when it first ran, whatever the code becomes.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const UNMET_STATES = new Set(['fail', 'invalid', 'unknown']);
  const BATCH = 500;
  let after = '';
  for (;;) {
    const latest = await knex('onboarding_latest as l')
      .join('onboarding_evaluations as e', 'e.id', 'l.evaluation_id')
      .where('l.entity_ref', '>', after)
      .orderBy('l.entity_ref')
      .limit(BATCH)
      .select('l.entity_ref', 'e.result');
    if (latest.length === 0) return;
    const rows = latest.flatMap(({ entity_ref, result }) => {
      /** @type {{ results?: Array<{ criterionId: string; step: number; severity: string; state: string }> }} */
      let evaluation;
      try {
        evaluation = JSON.parse(result);
      } catch {
        return []; // an unreadable result is re-evaluated by the next pass
      }
      return (evaluation.results ?? [])
        .filter(r => UNMET_STATES.has(r.state))
        .map(r => ({
          entity_ref,
          criterion_id: r.criterionId,
          step: r.step,
          severity: r.severity,
          state: r.state,
        }));
    });
    for (let i = 0; i < rows.length; i += BATCH) {
      await knex('onboarding_latest_results')
        .insert(rows.slice(i, i + BATCH))
        .onConflict(['entity_ref', 'criterion_id'])
        .ignore();
    }
    after = latest[latest.length - 1].entity_ref;
  }
};

/**
 * Nothing to undo: the rows are what 20261126's table should have held.
 *
 * @param {import('knex').Knex} _knex
 */
exports.down = async function down(_knex) {};
