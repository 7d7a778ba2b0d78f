// @ts-check

/**
 * Marks the history of entities that left the catalog. Once a full catalog pass no
 * longer finds an entity, its latest rows go (so every caller counts the same
 * entities) and its history stays, marked, until the retention period ends.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('onboarding_evaluations', table => {
    table
      .timestamp('removed_at', { useTz: true })
      .nullable()
      .comment(
        'When a full catalog pass found the entity gone; null while it is in the catalog',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('onboarding_evaluations', table => {
    table.dropColumn('removed_at');
  });
};
