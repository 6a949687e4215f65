import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDispatchAndNotifications1795484185727 implements MigrationInterface {
  name = 'AddDispatchAndNotifications1795484185727';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "IDX_0be55818347b79c5a26ac98000"`);
    await runner.query(`DROP INDEX "IDX_662c25757a8878961ab993a95b"`);
    await runner.query(`CREATE TABLE "temporary_outbox_event" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "sequence" bigint NOT NULL, "type" varchar(40) NOT NULL, "subject_id" varchar(36) NOT NULL, "pipeline_id" varchar(36), "owner_id" varchar(36) NOT NULL, "actor_id" varchar(36) NOT NULL, "occurred_at" datetime(3) NOT NULL, "payload" text NOT NULL, "deal_id" varchar(36), "former_owner_id" varchar(36), "dispatched_at" datetime(3), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`INSERT INTO "temporary_outbox_event"("tenant_id", "id", "created_at", "updated_at", "version", "sequence", "type", "subject_id", "pipeline_id", "owner_id", "actor_id", "occurred_at", "payload") SELECT "tenant_id", "id", "created_at", "updated_at", "version", "sequence", "type", "subject_id", "pipeline_id", "owner_id", "actor_id", "occurred_at", "payload" FROM "outbox_event"`);
    await runner.query(`DROP TABLE "outbox_event"`);
    await runner.query(`ALTER TABLE "temporary_outbox_event" RENAME TO "outbox_event"`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_0be55818347b79c5a26ac98000" ON "outbox_event" ("tenant_id", "sequence") `);
    await runner.query(`CREATE INDEX "IDX_662c25757a8878961ab993a95b" ON "outbox_event" ("tenant_id", "pipeline_id", "sequence") `);
    await runner.query(`DROP INDEX "IDX_495eed5e149a5cee59e59a91fc"`);
    await runner.query(`DROP INDEX "IDX_8cdf2561592cc5d42da995317c"`);
    await runner.query(`DROP INDEX "IDX_9586e5dc08e702dcc2e81686eb"`);
    await runner.query(`DROP INDEX "IDX_59bab8a192ffc479bce29637a8"`);
    await runner.query(`DROP INDEX "IDX_56245d23b13a5e48cb8677c688"`);
    await runner.query(`DROP INDEX "IDX_04d32d2b059014dc24e55d1bdc"`);
    await runner.query(`DROP INDEX "IDX_20faf2751845c1d362be00cfc1"`);
    await runner.query(`CREATE TABLE "temporary_activity" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "type" varchar(24) NOT NULL, "subject" varchar(200) NOT NULL, "note" varchar(5000), "due_at" datetime(3), "done_at" datetime(3), "sort_at" datetime(3) NOT NULL, "outcome" varchar(24), "duration_minutes" integer, "owner_id" varchar(36) NOT NULL, "deal_id" varchar(36), "contact_id" varchar(36), "lead_id" varchar(36), "organization_id" varchar(36), "due_notice_at" datetime(3), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`INSERT INTO "temporary_activity"("tenant_id", "id", "created_at", "updated_at", "version", "type", "subject", "note", "due_at", "done_at", "sort_at", "outcome", "duration_minutes", "owner_id", "deal_id", "contact_id", "lead_id", "organization_id") SELECT "tenant_id", "id", "created_at", "updated_at", "version", "type", "subject", "note", "due_at", "done_at", "sort_at", "outcome", "duration_minutes", "owner_id", "deal_id", "contact_id", "lead_id", "organization_id" FROM "activity"`);
    await runner.query(`DROP TABLE "activity"`);
    await runner.query(`ALTER TABLE "temporary_activity" RENAME TO "activity"`);
    await runner.query(`CREATE INDEX "IDX_495eed5e149a5cee59e59a91fc" ON "activity" ("tenant_id", "owner_id", "due_at") `);
    await runner.query(`CREATE INDEX "IDX_8cdf2561592cc5d42da995317c" ON "activity" ("tenant_id", "owner_id", "sort_at") `);
    await runner.query(`CREATE INDEX "IDX_9586e5dc08e702dcc2e81686eb" ON "activity" ("tenant_id", "sort_at") `);
    await runner.query(`CREATE INDEX "IDX_59bab8a192ffc479bce29637a8" ON "activity" ("tenant_id", "deal_id") `);
    await runner.query(`CREATE INDEX "IDX_56245d23b13a5e48cb8677c688" ON "activity" ("tenant_id", "contact_id") `);
    await runner.query(`CREATE INDEX "IDX_04d32d2b059014dc24e55d1bdc" ON "activity" ("tenant_id", "lead_id") `);
    await runner.query(`CREATE INDEX "IDX_20faf2751845c1d362be00cfc1" ON "activity" ("tenant_id", "organization_id") `);
    await runner.query(`DROP INDEX "IDX_0be55818347b79c5a26ac98000"`);
    await runner.query(`DROP INDEX "IDX_662c25757a8878961ab993a95b"`);
    await runner.query(`CREATE TABLE "temporary_outbox_event" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "sequence" bigint NOT NULL, "type" varchar(40) NOT NULL, "subject_id" varchar(36) NOT NULL, "pipeline_id" varchar(36), "owner_id" varchar(36) NOT NULL, "actor_id" varchar(36), "occurred_at" datetime(3) NOT NULL, "payload" text NOT NULL, "deal_id" varchar(36), "former_owner_id" varchar(36), "dispatched_at" datetime(3), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`INSERT INTO "temporary_outbox_event"("tenant_id", "id", "created_at", "updated_at", "version", "sequence", "type", "subject_id", "pipeline_id", "owner_id", "actor_id", "occurred_at", "payload", "deal_id", "former_owner_id", "dispatched_at") SELECT "tenant_id", "id", "created_at", "updated_at", "version", "sequence", "type", "subject_id", "pipeline_id", "owner_id", "actor_id", "occurred_at", "payload", "deal_id", "former_owner_id", "dispatched_at" FROM "outbox_event"`);
    await runner.query(`DROP TABLE "outbox_event"`);
    await runner.query(`ALTER TABLE "temporary_outbox_event" RENAME TO "outbox_event"`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_0be55818347b79c5a26ac98000" ON "outbox_event" ("tenant_id", "sequence") `);
    await runner.query(`CREATE INDEX "IDX_662c25757a8878961ab993a95b" ON "outbox_event" ("tenant_id", "pipeline_id", "sequence") `);
    await runner.query(`CREATE INDEX "IDX_fd976a0d28b883979185bb532c" ON "outbox_event" ("dispatched_at", "occurred_at") `);
    await runner.query(`CREATE INDEX "IDX_ba75a6d80fd88251892061848b" ON "outbox_event" ("tenant_id", "deal_id", "sequence") `);
    await runner.query(`CREATE INDEX "IDX_11ad56b4ad138dacb2bcbf2a6d" ON "activity" ("due_notice_at") `);
    // Events from before the dispatcher existed have no one waiting for them.
    await runner.query(`UPDATE "outbox_event" SET "dispatched_at" = "occurred_at"`);
    await runner.query(`UPDATE "outbox_event" SET "deal_id" = "subject_id" WHERE "type" LIKE 'Deal%'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "IDX_11ad56b4ad138dacb2bcbf2a6d"`);
    await runner.query(`DROP INDEX "IDX_ba75a6d80fd88251892061848b"`);
    await runner.query(`DROP INDEX "IDX_fd976a0d28b883979185bb532c"`);
    await runner.query(`DROP INDEX "IDX_662c25757a8878961ab993a95b"`);
    await runner.query(`DROP INDEX "IDX_0be55818347b79c5a26ac98000"`);
    await runner.query(`ALTER TABLE "outbox_event" RENAME TO "temporary_outbox_event"`);
    await runner.query(`CREATE TABLE "outbox_event" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "sequence" bigint NOT NULL, "type" varchar(40) NOT NULL, "subject_id" varchar(36) NOT NULL, "pipeline_id" varchar(36), "owner_id" varchar(36) NOT NULL, "actor_id" varchar(36) NOT NULL, "occurred_at" datetime(3) NOT NULL, "payload" text NOT NULL, "deal_id" varchar(36), "former_owner_id" varchar(36), "dispatched_at" datetime(3), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`INSERT INTO "outbox_event"("tenant_id", "id", "created_at", "updated_at", "version", "sequence", "type", "subject_id", "pipeline_id", "owner_id", "actor_id", "occurred_at", "payload", "deal_id", "former_owner_id", "dispatched_at") SELECT "tenant_id", "id", "created_at", "updated_at", "version", "sequence", "type", "subject_id", "pipeline_id", "owner_id", "actor_id", "occurred_at", "payload", "deal_id", "former_owner_id", "dispatched_at" FROM "temporary_outbox_event"`);
    await runner.query(`DROP TABLE "temporary_outbox_event"`);
    await runner.query(`CREATE INDEX "IDX_662c25757a8878961ab993a95b" ON "outbox_event" ("tenant_id", "pipeline_id", "sequence") `);
    await runner.query(`CREATE UNIQUE INDEX "IDX_0be55818347b79c5a26ac98000" ON "outbox_event" ("tenant_id", "sequence") `);
    await runner.query(`DROP INDEX "IDX_20faf2751845c1d362be00cfc1"`);
    await runner.query(`DROP INDEX "IDX_04d32d2b059014dc24e55d1bdc"`);
    await runner.query(`DROP INDEX "IDX_56245d23b13a5e48cb8677c688"`);
    await runner.query(`DROP INDEX "IDX_59bab8a192ffc479bce29637a8"`);
    await runner.query(`DROP INDEX "IDX_9586e5dc08e702dcc2e81686eb"`);
    await runner.query(`DROP INDEX "IDX_8cdf2561592cc5d42da995317c"`);
    await runner.query(`DROP INDEX "IDX_495eed5e149a5cee59e59a91fc"`);
    await runner.query(`ALTER TABLE "activity" RENAME TO "temporary_activity"`);
    await runner.query(`CREATE TABLE "activity" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "type" varchar(24) NOT NULL, "subject" varchar(200) NOT NULL, "note" varchar(5000), "due_at" datetime(3), "done_at" datetime(3), "sort_at" datetime(3) NOT NULL, "outcome" varchar(24), "duration_minutes" integer, "owner_id" varchar(36) NOT NULL, "deal_id" varchar(36), "contact_id" varchar(36), "lead_id" varchar(36), "organization_id" varchar(36), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`INSERT INTO "activity"("tenant_id", "id", "created_at", "updated_at", "version", "type", "subject", "note", "due_at", "done_at", "sort_at", "outcome", "duration_minutes", "owner_id", "deal_id", "contact_id", "lead_id", "organization_id") SELECT "tenant_id", "id", "created_at", "updated_at", "version", "type", "subject", "note", "due_at", "done_at", "sort_at", "outcome", "duration_minutes", "owner_id", "deal_id", "contact_id", "lead_id", "organization_id" FROM "temporary_activity"`);
    await runner.query(`DROP TABLE "temporary_activity"`);
    await runner.query(`CREATE INDEX "IDX_20faf2751845c1d362be00cfc1" ON "activity" ("tenant_id", "organization_id") `);
    await runner.query(`CREATE INDEX "IDX_04d32d2b059014dc24e55d1bdc" ON "activity" ("tenant_id", "lead_id") `);
    await runner.query(`CREATE INDEX "IDX_56245d23b13a5e48cb8677c688" ON "activity" ("tenant_id", "contact_id") `);
    await runner.query(`CREATE INDEX "IDX_59bab8a192ffc479bce29637a8" ON "activity" ("tenant_id", "deal_id") `);
    await runner.query(`CREATE INDEX "IDX_9586e5dc08e702dcc2e81686eb" ON "activity" ("tenant_id", "sort_at") `);
    await runner.query(`CREATE INDEX "IDX_8cdf2561592cc5d42da995317c" ON "activity" ("tenant_id", "owner_id", "sort_at") `);
    await runner.query(`CREATE INDEX "IDX_495eed5e149a5cee59e59a91fc" ON "activity" ("tenant_id", "owner_id", "due_at") `);
    await runner.query(`DROP INDEX "IDX_662c25757a8878961ab993a95b"`);
    await runner.query(`DROP INDEX "IDX_0be55818347b79c5a26ac98000"`);
    await runner.query(`ALTER TABLE "outbox_event" RENAME TO "temporary_outbox_event"`);
    await runner.query(`CREATE TABLE "outbox_event" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "sequence" bigint NOT NULL, "type" varchar(40) NOT NULL, "subject_id" varchar(36) NOT NULL, "pipeline_id" varchar(36), "owner_id" varchar(36) NOT NULL, "actor_id" varchar(36) NOT NULL, "occurred_at" datetime(3) NOT NULL, "payload" text NOT NULL, PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`INSERT INTO "outbox_event"("tenant_id", "id", "created_at", "updated_at", "version", "sequence", "type", "subject_id", "pipeline_id", "owner_id", "actor_id", "occurred_at", "payload") SELECT "tenant_id", "id", "created_at", "updated_at", "version", "sequence", "type", "subject_id", "pipeline_id", "owner_id", "actor_id", "occurred_at", "payload" FROM "temporary_outbox_event"`);
    await runner.query(`DROP TABLE "temporary_outbox_event"`);
    await runner.query(`CREATE INDEX "IDX_662c25757a8878961ab993a95b" ON "outbox_event" ("tenant_id", "pipeline_id", "sequence") `);
    await runner.query(`CREATE UNIQUE INDEX "IDX_0be55818347b79c5a26ac98000" ON "outbox_event" ("tenant_id", "sequence") `);
  }
}
