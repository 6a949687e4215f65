import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795474328081 implements MigrationInterface {
  name = 'Initial1795474328081';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "login_throttle" ("email" varchar(254) PRIMARY KEY NOT NULL, "failures" integer NOT NULL, "window_started_at" datetime(3) NOT NULL, "locked_until" datetime(3))`);
    await runner.query(`CREATE TABLE "refresh_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "tenant_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, "family_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "created_at" datetime(3) NOT NULL, "expires_at" datetime(3) NOT NULL, "revoked_at" datetime(3), "replaced_by" varchar(36))`);
    await runner.query(`CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id") `);
    await runner.query(`CREATE INDEX "IDX_f1faeb970b9eac80de9266eac4" ON "refresh_token" ("tenant_id", "user_id") `);
    await runner.query(`CREATE TABLE "deal_stage_change" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "deal_id" varchar(36) NOT NULL, "from_stage_id" varchar(36), "to_stage_id" varchar(36) NOT NULL, "changed_at" datetime(3) NOT NULL, "changed_by_id" varchar(36) NOT NULL, PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`CREATE INDEX "IDX_b22e54fe5034496003897f44e1" ON "deal_stage_change" ("tenant_id", "to_stage_id", "changed_at") `);
    await runner.query(`CREATE INDEX "IDX_be634d189fb870b70b5d217172" ON "deal_stage_change" ("tenant_id", "deal_id", "changed_at") `);
    await runner.query(`CREATE TABLE "deal" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "title" varchar(200) NOT NULL, "amount_minor" bigint NOT NULL, "currency" varchar(3) NOT NULL, "pipeline_id" varchar(36) NOT NULL, "stage_id" varchar(36) NOT NULL, "position" varchar(80) NOT NULL, "owner_id" varchar(36) NOT NULL, "organization_id" varchar(36), "contact_id" varchar(36), "type" varchar(24) NOT NULL, "expected_close_date" date, "closed_on" date, "lost_reason" varchar(24), "lost_note" varchar(1000), "lead_id" varchar(36), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`CREATE INDEX "IDX_1ce1dc25e5495f28971c893eca" ON "deal" ("tenant_id", "contact_id") `);
    await runner.query(`CREATE INDEX "IDX_9a7d8e52f6053912aff9b53d59" ON "deal" ("tenant_id", "organization_id") `);
    await runner.query(`CREATE INDEX "IDX_6bfd57eb57ade4c85203a2a1fd" ON "deal" ("tenant_id", "owner_id") `);
    await runner.query(`CREATE INDEX "IDX_6855c907674683d370f63e32ab" ON "deal" ("tenant_id", "pipeline_id", "updated_at") `);
    await runner.query(`CREATE INDEX "IDX_e583ee022e8d7948a1590621fe" ON "deal" ("tenant_id", "stage_id", "position") `);
    await runner.query(`CREATE TABLE "organization" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(200) NOT NULL, "domain" varchar(253), "industry" varchar(120), "employee_count" integer, "phone" varchar(40), "country" varchar(2), "city" varchar(120), "address" varchar(300), "owner_id" varchar(36) NOT NULL, "archived_at" datetime(3), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`CREATE INDEX "IDX_52413d2e77f48d2b69f3571936" ON "organization" ("tenant_id", "owner_id") `);
    await runner.query(`CREATE UNIQUE INDEX "IDX_16a28d5234928ffb357b485b55" ON "organization" ("tenant_id", "domain") `);
    await runner.query(`CREATE INDEX "IDX_73bfda7bda9e6f75f8952a598a" ON "organization" ("tenant_id", "name") `);
    await runner.query(`CREATE TABLE "pipeline" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(80) NOT NULL, "is_default" boolean NOT NULL DEFAULT (0), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_afcc9b34aa74b423527d6bc57a" ON "pipeline" ("tenant_id", "name") `);
    await runner.query(`CREATE TABLE "stage" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "pipeline_id" varchar(36) NOT NULL, "name" varchar(80) NOT NULL, "position" integer NOT NULL, "probability" integer NOT NULL, "kind" varchar(24) NOT NULL, PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`CREATE INDEX "IDX_ef9e140b41cac9422a092d91cd" ON "stage" ("tenant_id", "pipeline_id", "position") `);
    await runner.query(`CREATE TABLE "user" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "email" varchar(254) NOT NULL, "name" varchar(120) NOT NULL, "password_hash" varchar(255) NOT NULL, "role" varchar(24) NOT NULL, "job_title" varchar(24), "active" boolean NOT NULL DEFAULT (1), "last_login_at" datetime(3), PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`CREATE UNIQUE INDEX "IDX_b8f79c6cc2a72309532fb80062" ON "user" ("tenant_id", "email") `);
    await runner.query(`CREATE TABLE "invite" ("tenant_id" varchar(36) NOT NULL, "id" varchar(36) NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL DEFAULT (1), "email" varchar(254) NOT NULL, "role" varchar(24) NOT NULL, "job_title" varchar(24), "token_hash" varchar(64) NOT NULL, "expires_at" datetime(3) NOT NULL, "accepted_at" datetime(3), "revoked_at" datetime(3), "invited_by_id" varchar(36) NOT NULL, PRIMARY KEY ("tenant_id", "id"))`);
    await runner.query(`CREATE INDEX "IDX_08a62e6bd475336c91e06df182" ON "invite" ("tenant_id", "email") `);
    await runner.query(`CREATE TABLE "tenant" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(120) NOT NULL, "slug" varchar(63) NOT NULL, "base_currency" varchar(3) NOT NULL, "time_zone" varchar(64) NOT NULL, "locale" varchar(24) NOT NULL, "reps_see_own_records_only" boolean NOT NULL DEFAULT (0), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, CONSTRAINT "UQ_abfd243f7bd832e806d19c5a919" UNIQUE ("slug"))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "tenant"`);
    await runner.query(`DROP INDEX "IDX_08a62e6bd475336c91e06df182"`);
    await runner.query(`DROP TABLE "invite"`);
    await runner.query(`DROP INDEX "IDX_b8f79c6cc2a72309532fb80062"`);
    await runner.query(`DROP TABLE "user"`);
    await runner.query(`DROP INDEX "IDX_ef9e140b41cac9422a092d91cd"`);
    await runner.query(`DROP TABLE "stage"`);
    await runner.query(`DROP INDEX "IDX_afcc9b34aa74b423527d6bc57a"`);
    await runner.query(`DROP TABLE "pipeline"`);
    await runner.query(`DROP INDEX "IDX_73bfda7bda9e6f75f8952a598a"`);
    await runner.query(`DROP INDEX "IDX_16a28d5234928ffb357b485b55"`);
    await runner.query(`DROP INDEX "IDX_52413d2e77f48d2b69f3571936"`);
    await runner.query(`DROP TABLE "organization"`);
    await runner.query(`DROP INDEX "IDX_e583ee022e8d7948a1590621fe"`);
    await runner.query(`DROP INDEX "IDX_6855c907674683d370f63e32ab"`);
    await runner.query(`DROP INDEX "IDX_6bfd57eb57ade4c85203a2a1fd"`);
    await runner.query(`DROP INDEX "IDX_9a7d8e52f6053912aff9b53d59"`);
    await runner.query(`DROP INDEX "IDX_1ce1dc25e5495f28971c893eca"`);
    await runner.query(`DROP TABLE "deal"`);
    await runner.query(`DROP INDEX "IDX_be634d189fb870b70b5d217172"`);
    await runner.query(`DROP INDEX "IDX_b22e54fe5034496003897f44e1"`);
    await runner.query(`DROP TABLE "deal_stage_change"`);
    await runner.query(`DROP INDEX "IDX_f1faeb970b9eac80de9266eac4"`);
    await runner.query(`DROP INDEX "IDX_eb31f2a7917404a46e17f539f1"`);
    await runner.query(`DROP TABLE "refresh_token"`);
    await runner.query(`DROP TABLE "login_throttle"`);
  }
}
