/*
 * The facts each fact source gathered about each entity: the latest gathering only (a
 * fact source answers what holds now), with when it succeeded and, while the source
 * fails, since when and why.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('onboarding_facts', table => {
    table.comment('Latest facts gathered per entity and fact source');
    table.string('entity_ref').notNullable().comment('Lower-case entity ref');
    table.string('source').notNullable().comment('Fact source id');
    table.text('facts').notNullable().comment('JSON: fact name to value');
    table
      .text('unavailable')
      .notNullable()
      .comment('JSON: fact name to why the source could not provide it');
    table
      .text('missing')
      .notNullable()
      .comment('JSON: fact name to why the tool says it does not exist');
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment('sha256 of facts, unavailable and missing');
    table
      .dateTime('gathered_at')
      .nullable()
      .comment('Last successful gathering; null if it never succeeded');
    table.text('error').nullable().comment('Why the last gathering failed');
    table
      .dateTime('failing_since')
      .nullable()
      .comment('First failure of the current run of failures');
    table.primary(['entity_ref', 'source']);
    table.index(['source'], 'onboarding_facts_source_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('onboarding_facts');
};
