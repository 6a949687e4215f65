import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDispatchAndNotifications1795484185727 implements MigrationInterface {
  name = 'AddDispatchAndNotifications1795484185727';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE \`outbox_event\` ADD \`deal_id\` varchar(36) NULL`);
    await runner.query(`ALTER TABLE \`outbox_event\` ADD \`former_owner_id\` varchar(36) NULL`);
    await runner.query(`ALTER TABLE \`outbox_event\` ADD \`dispatched_at\` datetime(3) NULL`);
    await runner.query(`ALTER TABLE \`activity\` ADD \`due_notice_at\` datetime(3) NULL`);
    await runner.query(`ALTER TABLE \`outbox_event\` CHANGE \`actor_id\` \`actor_id\` varchar(36) NULL`);
    await runner.query(`CREATE INDEX \`IDX_fd976a0d28b883979185bb532c\` ON \`outbox_event\` (\`dispatched_at\`, \`occurred_at\`)`);
    await runner.query(`CREATE INDEX \`IDX_ba75a6d80fd88251892061848b\` ON \`outbox_event\` (\`tenant_id\`, \`deal_id\`, \`sequence\`)`);
    await runner.query(`CREATE INDEX \`IDX_11ad56b4ad138dacb2bcbf2a6d\` ON \`activity\` (\`due_notice_at\`)`);
    // Events from before the dispatcher existed have no one waiting for them.
    await runner.query(`UPDATE \`outbox_event\` SET \`dispatched_at\` = \`occurred_at\``);
    await runner.query(`UPDATE \`outbox_event\` SET \`deal_id\` = \`subject_id\` WHERE \`type\` LIKE 'Deal%'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX \`IDX_11ad56b4ad138dacb2bcbf2a6d\` ON \`activity\``);
    await runner.query(`DROP INDEX \`IDX_ba75a6d80fd88251892061848b\` ON \`outbox_event\``);
    await runner.query(`DROP INDEX \`IDX_fd976a0d28b883979185bb532c\` ON \`outbox_event\``);
    await runner.query(`ALTER TABLE \`outbox_event\` CHANGE \`actor_id\` \`actor_id\` varchar(36) NOT NULL`);
    await runner.query(`ALTER TABLE \`activity\` DROP COLUMN \`due_notice_at\``);
    await runner.query(`ALTER TABLE \`outbox_event\` DROP COLUMN \`dispatched_at\``);
    await runner.query(`ALTER TABLE \`outbox_event\` DROP COLUMN \`former_owner_id\``);
    await runner.query(`ALTER TABLE \`outbox_event\` DROP COLUMN \`deal_id\``);
  }
}
