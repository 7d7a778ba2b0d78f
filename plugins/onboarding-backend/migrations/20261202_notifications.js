/*
 * The notifications the onboarding backend sent: one row per entity, kind of event and
 * fingerprint of the change. An instance sends a notification only when it inserted the
 * row, so that a change seen by several instances, or again after a restart, is notified once.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('onboarding_notifications', table => {
    table.comment('Notifications sent, to send each change only once');
    table.string('entity_ref').notNullable().comment('Lower-case entity ref');
    table
      .string('event', 32)
      .notNullable()
      .comment('gate-passed, fell-back or exemption-expiring');
    table
      .string('change_key', 64)
      .notNullable()
      .comment(
        'sha256 of what changed (e.g. the previous result and the new step)',
      );
    table.dateTime('sent_at').notNullable().comment('When the row was claimed');
    table.primary(['entity_ref', 'event', 'change_key']);
    table.index(['sent_at'], 'onboarding_notifications_sent_at_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('onboarding_notifications');
};
