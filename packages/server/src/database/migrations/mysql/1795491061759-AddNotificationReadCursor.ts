import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotificationReadCursor1795491061759 implements MigrationInterface {
  name = 'AddNotificationReadCursor1795491061759';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE \`user\` ADD \`notifications_read_up_to\` bigint NOT NULL DEFAULT '0'`);
    await runner.query(`CREATE INDEX \`IDX_0ec2d604cb7ec0d2fed7721a34\` ON \`outbox_event\` (\`tenant_id\`, \`owner_id\`, \`sequence\`)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX \`IDX_0ec2d604cb7ec0d2fed7721a34\` ON \`outbox_event\``);
    await runner.query(`ALTER TABLE \`user\` DROP COLUMN \`notifications_read_up_to\``);
  }
}
