import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOutboxEvents1795480099343 implements MigrationInterface {
  name = 'AddOutboxEvents1795480099343';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "outbox_event" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "sequence" bigint NOT NULL, "type" varchar(40) NOT NULL, "subject_id" varchar(36) NOT NULL, "pipeline_id" varchar(36), "owner_id" varchar(36) NOT NULL, "actor_id" varchar(36) NOT NULL, "occurred_at" datetime(3) NOT NULL, "payload" text NOT NULL, PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`CREATE INDEX "IDX_662c25757a8878961ab993a95b" ON "outbox_event" ("tenant_id", "pipeline_id", "sequence") `);
    await runner.query(`CREATE UNIQUE INDEX "IDX_0be55818347b79c5a26ac98000" ON "outbox_event" ("tenant_id", "sequence") `);
    await runner.query(`CREATE TABLE "temporary_tenant" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(120) NOT NULL, "slug" varchar(63) NOT NULL, "base_currency" varchar(3) NOT NULL, "time_zone" varchar(64) NOT NULL, "locale" varchar(24) NOT NULL, "reps_see_own_records_only" boolean NOT NULL DEFAULT (0), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "event_sequence" bigint NOT NULL DEFAULT (0), CONSTRAINT "UQ_abfd243f7bd832e806d19c5a919" UNIQUE ("slug"))`);
    await runner.query(`INSERT INTO "temporary_tenant"("id", "name", "slug", "base_currency", "time_zone", "locale", "reps_see_own_records_only", "created_at", "updated_at") SELECT "id", "name", "slug", "base_currency", "time_zone", "locale", "reps_see_own_records_only", "created_at", "updated_at" FROM "tenant"`);
    await runner.query(`DROP TABLE "tenant"`);
    await runner.query(`ALTER TABLE "temporary_tenant" RENAME TO "tenant"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "tenant" RENAME TO "temporary_tenant"`);
    await runner.query(`CREATE TABLE "tenant" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(120) NOT NULL, "slug" varchar(63) NOT NULL, "base_currency" varchar(3) NOT NULL, "time_zone" varchar(64) NOT NULL, "locale" varchar(24) NOT NULL, "reps_see_own_records_only" boolean NOT NULL DEFAULT (0), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, CONSTRAINT "UQ_abfd243f7bd832e806d19c5a919" UNIQUE ("slug"))`);
    await runner.query(`INSERT INTO "tenant"("id", "name", "slug", "base_currency", "time_zone", "locale", "reps_see_own_records_only", "created_at", "updated_at") SELECT "id", "name", "slug", "base_currency", "time_zone", "locale", "reps_see_own_records_only", "created_at", "updated_at" FROM "temporary_tenant"`);
    await runner.query(`DROP TABLE "temporary_tenant"`);
    await runner.query(`DROP INDEX "IDX_0be55818347b79c5a26ac98000"`);
    await runner.query(`DROP INDEX "IDX_662c25757a8878961ab993a95b"`);
    await runner.query(`DROP TABLE "outbox_event"`);
  }
}
