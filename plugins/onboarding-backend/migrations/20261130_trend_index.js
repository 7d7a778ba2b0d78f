// @ts-check

/**
 * Lets the weekly trend read an entity's evaluations from the index alone: the history
 * rows also hold each result as JSON, and reading them was most of a team summary's
 * cost. The new index starts like the one it replaces, which still serves history reads.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('onboarding_evaluations', table => {
    table.index(
      ['entity_ref', 'evaluated_at', 'id', 'step', 'criteria_version'],
      'onboarding_evaluations_trend_idx',
    );
  });
  await knex.schema.alterTable('onboarding_evaluations', table => {
    table.dropIndex(
      ['entity_ref', 'evaluated_at'],
      'onboarding_evaluations_entity_ref_evaluated_at_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('onboarding_evaluations', table => {
    table.index(
      ['entity_ref', 'evaluated_at'],
      'onboarding_evaluations_entity_ref_evaluated_at_idx',
    );
  });
  await knex.schema.alterTable('onboarding_evaluations', table => {
    table.dropIndex(
      ['entity_ref', 'evaluated_at', 'id', 'step', 'criteria_version'],
      'onboarding_evaluations_trend_idx',
    );
  });
};
