// @ts-check

/**
 * Evaluation history, one row per change of an entity's result, and the latest
 * evaluation of each entity, kept apart so that listings never scan the history.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('onboarding_evaluations', table => {
    table.comment(
      'Evaluations of catalog entities, one row each time the result changes',
    );
    table.increments('id').primary();
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lowercase ref of the evaluated entity');
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table
      .integer('step')
      .notNullable()
      .comment('Step the evidence supports, 1 to 5');
    table
      .integer('declared_step')
      .nullable()
      .comment('Step the entity declares, if any');
    table
      .string('verdict', 8)
      .notNullable()
      .comment('Verdict of the next gate: GO, NO-GO, or NONE at step 5');
    table
      .integer('blocking_count')
      .notNullable()
      .comment('Blocking criteria keeping the next gate closed');
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment('SHA-256 of the result and criteria version, to detect change');
    table.string('criteria_version', 64).notNullable();
    table.text('result').notNullable().comment('The EntityEvaluation, as JSON');

    // Serves lookups by entity_ref alone too, so no separate index on it.
    table.index(
      ['entity_ref', 'evaluated_at'],
      'onboarding_evaluations_entity_ref_evaluated_at_idx',
    );
  });

  await knex.schema.createTable('onboarding_latest', table => {
    table.comment('The latest evaluation of each entity, for fast reads');
    table.string('entity_ref', 255).primary();
    table
      .integer('evaluation_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('onboarding_evaluations')
      .onDelete('CASCADE');
    table.string('owner_ref', 255).nullable();
    table.string('kind', 64).notNullable();
    table.integer('step').notNullable();
    table.string('verdict', 8).notNullable();
    table.integer('blocking_count').notNullable();
    table.string('fingerprint', 64).notNullable();
    table
      .timestamp('evaluated_at', { useTz: true })
      .notNullable()
      .comment('When the current result was first seen');
    table
      .timestamp('checked_at', { useTz: true })
      .notNullable()
      .comment('When the entity was last evaluated, changed or not');

    table.index(['owner_ref'], 'onboarding_latest_owner_ref_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // The latest table references the history, so it goes first.
  await knex.schema.dropTable('onboarding_latest');
  await knex.schema.dropTable('onboarding_evaluations');
};
