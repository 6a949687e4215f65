import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOutboxEvents1795480099343 implements MigrationInterface {
  name = 'AddOutboxEvents1795480099343';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE \`outbox_event\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`sequence\` bigint NOT NULL, \`type\` varchar(40) NOT NULL, \`subject_id\` varchar(36) NOT NULL, \`pipeline_id\` varchar(36) NULL, \`owner_id\` varchar(36) NOT NULL, \`actor_id\` varchar(36) NOT NULL, \`occurred_at\` datetime(3) NOT NULL, \`payload\` text NOT NULL, INDEX \`IDX_662c25757a8878961ab993a95b\` (\`tenant_id\`, \`pipeline_id\`, \`sequence\`), UNIQUE INDEX \`IDX_0be55818347b79c5a26ac98000\` (\`tenant_id\`, \`sequence\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`ALTER TABLE \`tenant\` ADD \`event_sequence\` bigint NOT NULL DEFAULT '0'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE \`tenant\` DROP COLUMN \`event_sequence\``);
    await runner.query(`DROP INDEX \`IDX_0be55818347b79c5a26ac98000\` ON \`outbox_event\``);
    await runner.query(`DROP INDEX \`IDX_662c25757a8878961ab993a95b\` ON \`outbox_event\``);
    await runner.query(`DROP TABLE \`outbox_event\``);
  }
}
