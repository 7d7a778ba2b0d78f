/*
 * Gate reviews: a committee's go/no-go decisions on an entity's gates. Append-only: a
 * correction or a lifted reservation is a new row that names the row it supersedes, so
 * the table is the audit trail (who recorded what, and when).
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('onboarding_gate_reviews', table => {
    table.comment('Gate review decisions, append-only');
    table.bigIncrements('id').primary();
    table.string('entity_ref').notNullable().comment('Lower-case entity ref');
    table.integer('gate').notNullable().comment('Gate of step 1 to 4');
    table
      .string('decision', 32)
      .notNullable()
      .comment('GO, GO_WITH_RESERVATIONS or NO_GO');
    table
      .text('reservations')
      .notNullable()
      .comment('JSON: [{text, dueDate, liftedAt?}]');
    table.string('decided_on', 10).notNullable().comment('YYYY-MM-DD');
    table.text('reviewers').notNullable().comment('JSON: list of names');
    table.text('comment').nullable();
    table.text('minutes_url').nullable().comment('https URL of the minutes');
    table
      .bigInteger('supersedes')
      .nullable()
      .comment('Id of the review this one corrects or updates');
    table
      .string('recorded_by')
      .notNullable()
      .comment("The caller's identity (user entity ref or service subject)");
    table.dateTime('recorded_at').notNullable();
    table.index(['entity_ref', 'id'], 'onboarding_gate_reviews_entity_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('onboarding_gate_reviews');
};
