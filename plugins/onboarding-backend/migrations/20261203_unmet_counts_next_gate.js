// @ts-check

/**
 * Of each per-owner unmet count, how many hold entities at their next gate (blocking
 * criteria of the step the entity stands at, steps 1 to 4): what a team summary shows
 * first, read from a few rows instead of joining every unmet row to its entity.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('onboarding_unmet_counts', table => {
    table.integer('next_gate_count').notNullable().defaultTo(0);
  });
  /** @type {Array<{ owner_ref: string; kind: string; criterion_id: string; n: number | string }>} */
  const counts = await knex('onboarding_latest_results as r')
    .join('onboarding_latest as l', function onEntityAndStep() {
      this.on('l.entity_ref', '=', 'r.entity_ref').andOn(
        'l.step',
        '=',
        'r.step',
      );
    })
    .whereNotNull('l.owner_ref')
    .where('r.severity', 'blocking')
    .where('l.step', '<', 5)
    .groupBy('l.owner_ref', 'l.kind', 'r.criterion_id')
    .select('l.owner_ref', 'l.kind', 'r.criterion_id')
    .count({ n: '*' });
  for (const row of counts) {
    await knex('onboarding_unmet_counts')
      .where({
        owner_ref: row.owner_ref,
        kind: row.kind,
        criterion_id: row.criterion_id,
      })
      .update({ next_gate_count: Number(row.n) });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('onboarding_unmet_counts', table => {
    table.dropColumn('next_gate_count');
  });
};
