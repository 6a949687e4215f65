import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAuditEntries1795502200518 implements MigrationInterface {
  name = 'AddAuditEntries1795502200518';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "audit_entry" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "entity_type" varchar(40) NOT NULL, "entity_id" varchar(36) NOT NULL, "action" varchar(40) NOT NULL, "reason" varchar(500), "before" json, "after" json, "actor_id" varchar(36) NOT NULL, "at" datetime(3) NOT NULL, PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`CREATE INDEX "IDX_ab666ac56997a8af0536de4185" ON "audit_entry" ("tenant_id", "entity_type", "entity_id", "at") `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "IDX_ab666ac56997a8af0536de4185"`);
    await runner.query(`DROP TABLE "audit_entry"`);
  }
}
