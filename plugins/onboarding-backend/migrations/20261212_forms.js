/*
 * Answers to the journey's forms (prequalification, project plan), per entity and form.
 * Every save is a new version, never edited: the history says who answered what, when.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('onboarding_form_answers', table => {
    table.comment('Versions of the answers to the onboarding forms');
    table.string('entity_ref').notNullable().comment('Lower-case entity ref');
    table
      .string('form_id')
      .notNullable()
      .comment('Form id, e.g. prequalification');
    table
      .integer('version')
      .notNullable()
      .comment('1, 2, 3… per entity and form');
    table.string('status').notNullable().comment('draft or submitted');
    table.text('answers').notNullable().comment('JSON: question id to answer');
    table.string('author').notNullable().comment("The saver's user entity ref");
    table.dateTime('saved_at').notNullable();
    table.primary(['entity_ref', 'form_id', 'version']);
    table.index(['status'], 'onboarding_form_answers_status_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('onboarding_form_answers');
};
