// @ts-check

/**
 * The unmet criteria of each entity's latest evaluation, one row each, so that team
 * summaries count the most frequently failing criteria in SQL instead of parsing
 * every stored evaluation.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('onboarding_latest_results', table => {
    table.comment(
      'Unmet criteria (fail, invalid, unknown) of the latest evaluation of each entity',
    );
    table
      .string('entity_ref', 255)
      .notNullable()
      .references('entity_ref')
      .inTable('onboarding_latest')
      .onDelete('CASCADE');
    table.string('criterion_id', 64).notNullable();
    table.integer('step').notNullable();
    table.string('severity', 16).notNullable();
    table.string('state', 16).notNullable();
    table.primary(['entity_ref', 'criterion_id']);
    table.index(['criterion_id'], 'onboarding_latest_results_criterion_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('onboarding_latest_results');
};
