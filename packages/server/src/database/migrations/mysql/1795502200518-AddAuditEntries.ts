import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAuditEntries1795502200518 implements MigrationInterface {
  name = 'AddAuditEntries1795502200518';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE \`audit_entry\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`entity_type\` varchar(40) NOT NULL, \`entity_id\` varchar(36) NOT NULL, \`action\` varchar(40) NOT NULL, \`reason\` varchar(500) NULL, \`before\` json NULL, \`after\` json NULL, \`actor_id\` varchar(36) NOT NULL, \`at\` datetime(3) NOT NULL, INDEX \`IDX_ab666ac56997a8af0536de4185\` (\`tenant_id\`, \`entity_type\`, \`entity_id\`, \`at\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX \`IDX_ab666ac56997a8af0536de4185\` ON \`audit_entry\``);
    await runner.query(`DROP TABLE \`audit_entry\``);
  }
}
