import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotificationReadCursor1795491061759 implements MigrationInterface {
  name = 'AddNotificationReadCursor1795491061759';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "IDX_b8f79c6cc2a72309532fb80062"`);
    await runner.query(`CREATE TABLE "temporary_user" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "email" varchar(254) NOT NULL, "name" varchar(120) NOT NULL, "password_hash" varchar(255) NOT NULL, "role" varchar(24) NOT NULL, "job_title" varchar(24), "active" boolean NOT NULL DEFAULT (1), "last_login_at" datetime(3), "notifications_read_up_to" bigint NOT NULL DEFAULT (0), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`INSERT INTO "temporary_user"("tenant_id", "id", "created_at", "updated_at", "version", "email", "name", "password_hash", "role", "job_title", "active", "last_login_at") SELECT "tenant_id", "id", "created_at", "updated_at", "version", "email", "name", "password_hash", "role", "job_title", "active", "last_login_at" FROM "user"`);
    await runner.query(`DROP TABLE "user"`);
    await runner.query(`ALTER TABLE "temporary_user" RENAME TO "user"`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_b8f79c6cc2a72309532fb80062" ON "user" ("tenant_id", "email") `);
    await runner.query(`CREATE INDEX "IDX_0ec2d604cb7ec0d2fed7721a34" ON "outbox_event" ("tenant_id", "owner_id", "sequence") `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "IDX_0ec2d604cb7ec0d2fed7721a34"`);
    await runner.query(`DROP INDEX "IDX_b8f79c6cc2a72309532fb80062"`);
    await runner.query(`ALTER TABLE "user" RENAME TO "temporary_user"`);
    await runner.query(`CREATE TABLE "user" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "email" varchar(254) NOT NULL, "name" varchar(120) NOT NULL, "password_hash" varchar(255) NOT NULL, "role" varchar(24) NOT NULL, "job_title" varchar(24), "active" boolean NOT NULL DEFAULT (1), "last_login_at" datetime(3), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`INSERT INTO "user"("tenant_id", "id", "created_at", "updated_at", "version", "email", "name", "password_hash", "role", "job_title", "active", "last_login_at") SELECT "tenant_id", "id", "created_at", "updated_at", "version", "email", "name", "password_hash", "role", "job_title", "active", "last_login_at" FROM "temporary_user"`);
    await runner.query(`DROP TABLE "temporary_user"`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_b8f79c6cc2a72309532fb80062" ON "user" ("tenant_id", "email") `);
  }
}
