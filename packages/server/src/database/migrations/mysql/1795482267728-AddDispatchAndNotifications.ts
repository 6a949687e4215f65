import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDispatchAndNotifications1795482267728 implements MigrationInterface {
  name = 'AddDispatchAndNotifications1795482267728';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE \`outbox_event\` ADD \`former_owner_id\` varchar(36) NULL`);
    await runner.query(`ALTER TABLE \`outbox_event\` ADD \`dispatched_at\` datetime(3) NULL`);
    await runner.query(`ALTER TABLE \`activity\` ADD \`due_notice_at\` datetime(3) NULL`);
    await runner.query(`ALTER TABLE \`outbox_event\` CHANGE \`actor_id\` \`actor_id\` varchar(36) NULL`);
    await runner.query(`CREATE INDEX \`IDX_fd976a0d28b883979185bb532c\` ON \`outbox_event\` (\`dispatched_at\`, \`occurred_at\`)`);
    await runner.query(`CREATE INDEX \`IDX_11ad56b4ad138dacb2bcbf2a6d\` ON \`activity\` (\`due_notice_at\`)`);
    // Events from before the dispatcher existed have no one waiting for them.
    await runner.query(`UPDATE \`outbox_event\` SET \`dispatched_at\` = \`occurred_at\``);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX \`IDX_11ad56b4ad138dacb2bcbf2a6d\` ON \`activity\``);
    await runner.query(`DROP INDEX \`IDX_fd976a0d28b883979185bb532c\` ON \`outbox_event\``);
    await runner.query(`ALTER TABLE \`outbox_event\` CHANGE \`actor_id\` \`actor_id\` varchar(36) NOT NULL`);
    await runner.query(`ALTER TABLE \`activity\` DROP COLUMN \`due_notice_at\``);
    await runner.query(`ALTER TABLE \`outbox_event\` DROP COLUMN \`dispatched_at\``);
    await runner.query(`ALTER TABLE \`outbox_event\` DROP COLUMN \`former_owner_id\``);
  }
}
