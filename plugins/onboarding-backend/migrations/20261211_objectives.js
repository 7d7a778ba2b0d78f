/*
 * Objectives the platform team sets for teams in the portal (those declared in
 * app-config.yaml are not stored): a group and its sub-groups, a target step or set of
 * criteria, a due date, and who set it and when.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('onboarding_objectives', table => {
    table.comment('Objectives set for teams in the portal');
    table.string('id', 64).primary();
    table.string('title', 200).notNullable();
    table
      .string('group_ref', 255)
      .notNullable()
      .comment('Lower-case group ref; its sub-groups are covered too');
    table
      .text('target')
      .notNullable()
      .comment('JSON: { "step": n } or { "criteria": [ids] }');
    table.string('due_date', 10).notNullable().comment('YYYY-MM-DD');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['group_ref'], 'onboarding_objectives_group_ref_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('onboarding_objectives');
};
