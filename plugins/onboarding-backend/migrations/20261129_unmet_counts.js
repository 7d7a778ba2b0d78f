// @ts-check

/**
 * How many latest evaluations fail each criterion, per owner and kind, kept up to date
 * with onboarding_latest_results by the store: a team summary reads a few rows instead
 * of counting every unmet criterion of every entity of the team.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('onboarding_unmet_counts', table => {
    table.comment(
      'Latest evaluations failing each criterion (fail, invalid, unknown), per owner and kind',
    );
    table.string('owner_ref', 255).notNullable();
    table.string('kind', 64).notNullable();
    table.string('criterion_id', 64).notNullable();
    table.integer('unmet_count').notNullable();
    table.primary(['owner_ref', 'kind', 'criterion_id']);
  });
  const counts = await knex('onboarding_latest_results as r')
    .join('onboarding_latest as l', 'l.entity_ref', 'r.entity_ref')
    .whereNotNull('l.owner_ref')
    .groupBy('l.owner_ref', 'l.kind', 'r.criterion_id')
    .select('l.owner_ref', 'l.kind', 'r.criterion_id')
    .count({ unmet_count: '*' });
  const rows = counts.map(row => ({
    ...row,
    unmet_count: Number(row.unmet_count),
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await knex('onboarding_unmet_counts').insert(rows.slice(i, i + 500));
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('onboarding_unmet_counts');
};
