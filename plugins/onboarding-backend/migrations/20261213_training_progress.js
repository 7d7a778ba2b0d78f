/*
 * Self-training paths people chose to share with their teams (issue 14 §3). A path
 * lives in the person's user settings; a row exists here only while they share it, and
 * is deleted when they stop.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('onboarding_training_progress', table => {
    table.comment(
      'Self-training paths shared by their owners with their teams',
    );
    table
      .string('user_ref', 255)
      .primary()
      .comment(
        'Lower-case user ref of the person who shared, from their token',
      );
    table.string('perimeter', 32).notNullable();
    table
      .text('consulted')
      .notNullable()
      .comment('JSON list of the resource ids consulted');
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('onboarding_training_progress');
};
