import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCommissionPeriods1795502067635 implements MigrationInterface {
  name = 'AddCommissionPeriods1795502067635';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE \`commission_period\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`period_start\` date NOT NULL, \`period_end\` date NOT NULL, \`closed_by_id\` varchar(36) NOT NULL, \`closed_at\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_3c3f47c876826042491d2cea60\` (\`tenant_id\`, \`period_start\`, \`period_end\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX \`IDX_3c3f47c876826042491d2cea60\` ON \`commission_period\``);
    await runner.query(`DROP TABLE \`commission_period\``);
  }
}
