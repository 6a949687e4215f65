import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPartnersPluginsLedger1795499843912 implements MigrationInterface {
  name = 'AddPartnersPluginsLedger1795499843912';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE \`api_key\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(120) NOT NULL, \`prefix\` varchar(16) NOT NULL, \`secret_hash\` varchar(64) NOT NULL, \`role\` varchar(24) NOT NULL, \`created_by_id\` varchar(36) NOT NULL, \`last_used_at\` datetime(3) NULL, \`revoked_at\` datetime(3) NULL, UNIQUE INDEX \`IDX_c4f6ccad30c0862eb54af9fb0a\` (\`prefix\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`partner_group\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(120) NOT NULL, \`description\` varchar(500) NULL, \`hold_days\` int NOT NULL DEFAULT '30', \`default_installation_id\` varchar(36) NULL, UNIQUE INDEX \`IDX_557fb1b55c2c7ba6c3f67489ef\` (\`tenant_id\`, \`name\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`partner\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(120) NOT NULL, \`type\` varchar(24) NOT NULL, \`status\` varchar(24) NOT NULL, \`tier\` varchar(40) NULL, \`group_id\` varchar(36) NULL, \`installation_id\` varchar(36) NULL, \`email\` varchar(254) NULL, \`domain\` varchar(253) NULL, \`referral_code\` varchar(32) NOT NULL, \`manager_id\` varchar(36) NULL, UNIQUE INDEX \`IDX_17b8a98632001b049a39c10359\` (\`tenant_id\`, \`referral_code\`), INDEX \`IDX_07167bbd452c55ffb822537cf5\` (\`tenant_id\`, \`group_id\`), UNIQUE INDEX \`IDX_03eb2401094f0e4f213a818ce5\` (\`tenant_id\`, \`name\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`deal_registration\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`partner_id\` varchar(36) NOT NULL, \`title\` varchar(200) NOT NULL, \`organization_name\` varchar(200) NOT NULL, \`organization_domain\` varchar(253) NULL, \`contact_name\` varchar(120) NULL, \`contact_email\` varchar(254) NULL, \`amount_minor\` bigint NOT NULL, \`currency\` varchar(3) NOT NULL, \`expected_close_date\` date NULL, \`notes\` varchar(2000) NULL, \`status\` varchar(24) NOT NULL, \`conflicts\` text NOT NULL, \`expires_at\` datetime(3) NOT NULL, \`submitted_by_id\` varchar(36) NOT NULL, \`decided_by_id\` varchar(36) NULL, \`decided_at\` datetime(3) NULL, \`rejection_reason\` varchar(500) NULL, \`deal_id\` varchar(36) NULL, INDEX \`IDX_608f043b59322813ec8936c8ee\` (\`tenant_id\`, \`organization_domain\`), INDEX \`IDX_b8ec1f2bc4594cf267e556943c\` (\`tenant_id\`, \`partner_id\`, \`created_at\`), INDEX \`IDX_4aaa0f25de963e9fc030a3a814\` (\`tenant_id\`, \`status\`, \`created_at\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`referral\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`code\` varchar(32) NOT NULL, \`referrer_contact_id\` varchar(36) NULL, \`partner_id\` varchar(36) NULL, \`lead_id\` varchar(36) NOT NULL, \`status\` varchar(24) NOT NULL, \`referred_contact_id\` varchar(36) NULL, \`converted_at\` datetime(3) NULL, INDEX \`IDX_67392c511bb338b67df10c3a44\` (\`tenant_id\`, \`partner_id\`, \`created_at\`), INDEX \`IDX_61db3d8243c997289129462fb4\` (\`tenant_id\`, \`referrer_contact_id\`, \`status\`), UNIQUE INDEX \`IDX_ba756a169fcb04257ad849ae04\` (\`tenant_id\`, \`lead_id\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`payment\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`deal_id\` varchar(36) NOT NULL, \`kind\` varchar(24) NOT NULL, \`external_id\` varchar(100) NOT NULL, \`invoice_number\` int NULL, \`refund_of_id\` varchar(36) NULL, \`amount_minor\` bigint NOT NULL, \`currency\` varchar(3) NOT NULL, \`occurred_at\` datetime(3) NOT NULL, \`source\` varchar(24) NOT NULL, \`recorded_by_id\` varchar(36) NOT NULL, UNIQUE INDEX \`IDX_e1626dcfa393e981a6bda0da3f\` (\`tenant_id\`, \`external_id\`), INDEX \`IDX_e62d055b30bd38be26e635fa18\` (\`tenant_id\`, \`deal_id\`, \`occurred_at\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`plugin\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`key\` varchar(64) NOT NULL, \`name\` varchar(120) NOT NULL, \`description\` varchar(500) NULL, \`kind\` varchar(24) NOT NULL, \`built_in\` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX \`IDX_a3db9d307a7ab85417bdbcc9f4\` (\`tenant_id\`, \`key\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`plugin_version\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`plugin_id\` varchar(36) NOT NULL, \`semver\` varchar(40) NOT NULL, \`bundle\` json NOT NULL, \`code_hash\` varchar(64) NOT NULL, \`manifest\` json NOT NULL, \`published_by_id\` varchar(36) NOT NULL, \`published_at\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_83d852d558a7d869b24c2f3f24\` (\`tenant_id\`, \`plugin_id\`, \`semver\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`plugin_installation\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`plugin_id\` varchar(36) NOT NULL, \`version_id\` varchar(36) NOT NULL, \`name\` varchar(120) NOT NULL, \`settings\` json NOT NULL, \`enabled\` tinyint NOT NULL DEFAULT 1, \`scope\` varchar(24) NOT NULL, INDEX \`IDX_7dad66f3034bce1254647c8a6c\` (\`tenant_id\`, \`plugin_id\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`plugin_run\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`event_id\` varchar(36) NOT NULL, \`installation_id\` varchar(36) NOT NULL, \`version_id\` varchar(36) NOT NULL, \`hook\` varchar(40) NOT NULL, \`status\` varchar(24) NOT NULL, \`attempts\` int NOT NULL DEFAULT '0', \`next_attempt_at\` datetime(3) NULL, \`failure_reason\` varchar(40) NULL, \`failure_message\` varchar(1000) NULL, \`logs\` varchar(1100) NOT NULL DEFAULT '', \`duration_micros\` int NULL, \`input\` json NULL, \`input_hash\` varchar(64) NULL, \`output_hash\` varchar(64) NULL, \`settings_hash\` varchar(64) NULL, INDEX \`IDX_7d2f543f6255f44e88064bc6b3\` (\`status\`, \`next_attempt_at\`), INDEX \`IDX_5797ed2f10cf3cc6650a08044a\` (\`tenant_id\`, \`installation_id\`, \`created_at\`), UNIQUE INDEX \`IDX_c9dd638e60d3aeb3d126a24187\` (\`tenant_id\`, \`event_id\`, \`installation_id\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`ledger_entry\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`kind\` varchar(24) NOT NULL, \`status\` varchar(24) NOT NULL, \`partner_id\` varchar(36) NULL, \`payee_user_id\` varchar(36) NULL, \`payee_contact_id\` varchar(36) NULL, \`amount_minor\` bigint NOT NULL, \`currency\` varchar(3) NOT NULL, \`basis_minor\` bigint NOT NULL, \`rate_basis_points\` int NULL, \`reward_type\` varchar(16) NULL, \`reward_value\` int NULL, \`reward_item\` varchar(120) NULL, \`reason_code\` varchar(64) NOT NULL, \`explanation\` varchar(500) NOT NULL, \`reverses_entry_id\` varchar(36) NULL, \`invoice_number\` int NULL, \`deal_id\` varchar(36) NULL, \`hook\` varchar(40) NOT NULL, \`event_id\` varchar(36) NULL, \`run_id\` varchar(36) NULL, \`operation_index\` int NULL, \`installation_id\` varchar(36) NULL, \`plugin_version_id\` varchar(36) NULL, \`plugin_ref\` varchar(110) NULL, \`code_hash\` varchar(64) NULL, \`settings_hash\` varchar(64) NULL, \`input_hash\` varchar(64) NULL, \`output_hash\` varchar(64) NULL, \`hold_until\` datetime(3) NULL, \`fraud_flags\` text NOT NULL, \`approved_by_id\` varchar(36) NULL, \`approved_at\` datetime(3) NULL, \`payout_id\` varchar(36) NULL, \`voided_at\` datetime(3) NULL, \`void_reason\` varchar(500) NULL, \`created_by_id\` varchar(36) NULL, INDEX \`IDX_1fec0462f05054f79f282fe394\` (\`tenant_id\`, \`reverses_entry_id\`), INDEX \`IDX_a37ba90022b4d1c9f9a30dcbc0\` (\`tenant_id\`, \`payout_id\`), INDEX \`IDX_1c207f8412dc59298c6bffc312\` (\`tenant_id\`, \`status\`, \`hold_until\`), INDEX \`IDX_47819eaad116878bd5945b5732\` (\`tenant_id\`, \`deal_id\`, \`created_at\`), INDEX \`IDX_6533ca738af57309c64b41cc93\` (\`tenant_id\`, \`payee_user_id\`, \`status\`, \`created_at\`), INDEX \`IDX_51676fc3dc83e0fa544324ba3c\` (\`tenant_id\`, \`partner_id\`, \`status\`, \`created_at\`), UNIQUE INDEX \`IDX_69522e3c40195fae44ea6e9549\` (\`tenant_id\`, \`run_id\`, \`operation_index\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`payout\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`partner_id\` varchar(36) NULL, \`payee_user_id\` varchar(36) NULL, \`period_start\` date NOT NULL, \`period_end\` date NOT NULL, \`total_minor\` bigint NOT NULL, \`currency\` varchar(3) NOT NULL, \`entry_count\` int NOT NULL, \`status\` varchar(24) NOT NULL, \`reference\` varchar(120) NULL, \`paid_at\` datetime(3) NULL, \`issued_by_id\` varchar(36) NOT NULL, INDEX \`IDX_c11602f9c16c00220691cd342f\` (\`tenant_id\`, \`payee_user_id\`, \`period_end\`), INDEX \`IDX_bb747f233a29ba0e5331e381bb\` (\`tenant_id\`, \`partner_id\`, \`period_end\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`ALTER TABLE \`contact\` ADD \`referral_code\` varchar(32) NULL`);
    await runner.query(`ALTER TABLE \`deal\` ADD \`partner_id\` varchar(36) NULL`);
    await runner.query(`ALTER TABLE \`deal\` ADD \`attribution_source\` varchar(24) NULL`);
    await runner.query(`ALTER TABLE \`deal\` ADD \`attributed_by_id\` varchar(36) NULL`);
    await runner.query(`ALTER TABLE \`deal\` ADD \`attributed_at\` datetime(3) NULL`);
    await runner.query(`ALTER TABLE \`user\` ADD \`partner_id\` varchar(36) NULL`);
    await runner.query(`ALTER TABLE \`invite\` ADD \`partner_id\` varchar(36) NULL`);
    await runner.query(`ALTER TABLE \`lead\` ADD \`partner_id\` varchar(36) NULL`);
    await runner.query(`ALTER TABLE \`lead\` ADD \`attribution_source\` varchar(24) NULL`);
    await runner.query(`ALTER TABLE \`lead\` ADD \`attributed_by_id\` varchar(36) NULL`);
    await runner.query(`ALTER TABLE \`lead\` ADD \`attributed_at\` datetime(3) NULL`);
    await runner.query(`ALTER TABLE \`tenant\` ADD \`registration_expiry_days\` int NOT NULL DEFAULT '60'`);
    await runner.query(`CREATE UNIQUE INDEX \`IDX_e1b8366868951fa94348ea35a3\` ON \`contact\` (\`tenant_id\`, \`referral_code\`)`);
    await runner.query(`CREATE INDEX \`IDX_96e9ee5e5c47a8433c2dbd5c9c\` ON \`deal\` (\`tenant_id\`, \`partner_id\`, \`updated_at\`)`);
    await runner.query(`CREATE INDEX \`IDX_57a78dca480cb0d3a1cf9ca727\` ON \`lead\` (\`tenant_id\`, \`partner_id\`, \`updated_at\`)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX \`IDX_57a78dca480cb0d3a1cf9ca727\` ON \`lead\``);
    await runner.query(`DROP INDEX \`IDX_96e9ee5e5c47a8433c2dbd5c9c\` ON \`deal\``);
    await runner.query(`DROP INDEX \`IDX_e1b8366868951fa94348ea35a3\` ON \`contact\``);
    await runner.query(`ALTER TABLE \`tenant\` DROP COLUMN \`registration_expiry_days\``);
    await runner.query(`ALTER TABLE \`lead\` DROP COLUMN \`attributed_at\``);
    await runner.query(`ALTER TABLE \`lead\` DROP COLUMN \`attributed_by_id\``);
    await runner.query(`ALTER TABLE \`lead\` DROP COLUMN \`attribution_source\``);
    await runner.query(`ALTER TABLE \`lead\` DROP COLUMN \`partner_id\``);
    await runner.query(`ALTER TABLE \`invite\` DROP COLUMN \`partner_id\``);
    await runner.query(`ALTER TABLE \`user\` DROP COLUMN \`partner_id\``);
    await runner.query(`ALTER TABLE \`deal\` DROP COLUMN \`attributed_at\``);
    await runner.query(`ALTER TABLE \`deal\` DROP COLUMN \`attributed_by_id\``);
    await runner.query(`ALTER TABLE \`deal\` DROP COLUMN \`attribution_source\``);
    await runner.query(`ALTER TABLE \`deal\` DROP COLUMN \`partner_id\``);
    await runner.query(`ALTER TABLE \`contact\` DROP COLUMN \`referral_code\``);
    await runner.query(`DROP INDEX \`IDX_bb747f233a29ba0e5331e381bb\` ON \`payout\``);
    await runner.query(`DROP INDEX \`IDX_c11602f9c16c00220691cd342f\` ON \`payout\``);
    await runner.query(`DROP TABLE \`payout\``);
    await runner.query(`DROP INDEX \`IDX_69522e3c40195fae44ea6e9549\` ON \`ledger_entry\``);
    await runner.query(`DROP INDEX \`IDX_51676fc3dc83e0fa544324ba3c\` ON \`ledger_entry\``);
    await runner.query(`DROP INDEX \`IDX_6533ca738af57309c64b41cc93\` ON \`ledger_entry\``);
    await runner.query(`DROP INDEX \`IDX_47819eaad116878bd5945b5732\` ON \`ledger_entry\``);
    await runner.query(`DROP INDEX \`IDX_1c207f8412dc59298c6bffc312\` ON \`ledger_entry\``);
    await runner.query(`DROP INDEX \`IDX_a37ba90022b4d1c9f9a30dcbc0\` ON \`ledger_entry\``);
    await runner.query(`DROP INDEX \`IDX_1fec0462f05054f79f282fe394\` ON \`ledger_entry\``);
    await runner.query(`DROP TABLE \`ledger_entry\``);
    await runner.query(`DROP INDEX \`IDX_c9dd638e60d3aeb3d126a24187\` ON \`plugin_run\``);
    await runner.query(`DROP INDEX \`IDX_5797ed2f10cf3cc6650a08044a\` ON \`plugin_run\``);
    await runner.query(`DROP INDEX \`IDX_7d2f543f6255f44e88064bc6b3\` ON \`plugin_run\``);
    await runner.query(`DROP TABLE \`plugin_run\``);
    await runner.query(`DROP INDEX \`IDX_7dad66f3034bce1254647c8a6c\` ON \`plugin_installation\``);
    await runner.query(`DROP TABLE \`plugin_installation\``);
    await runner.query(`DROP INDEX \`IDX_83d852d558a7d869b24c2f3f24\` ON \`plugin_version\``);
    await runner.query(`DROP TABLE \`plugin_version\``);
    await runner.query(`DROP INDEX \`IDX_a3db9d307a7ab85417bdbcc9f4\` ON \`plugin\``);
    await runner.query(`DROP TABLE \`plugin\``);
    await runner.query(`DROP INDEX \`IDX_e62d055b30bd38be26e635fa18\` ON \`payment\``);
    await runner.query(`DROP INDEX \`IDX_e1626dcfa393e981a6bda0da3f\` ON \`payment\``);
    await runner.query(`DROP TABLE \`payment\``);
    await runner.query(`DROP INDEX \`IDX_ba756a169fcb04257ad849ae04\` ON \`referral\``);
    await runner.query(`DROP INDEX \`IDX_61db3d8243c997289129462fb4\` ON \`referral\``);
    await runner.query(`DROP INDEX \`IDX_67392c511bb338b67df10c3a44\` ON \`referral\``);
    await runner.query(`DROP TABLE \`referral\``);
    await runner.query(`DROP INDEX \`IDX_4aaa0f25de963e9fc030a3a814\` ON \`deal_registration\``);
    await runner.query(`DROP INDEX \`IDX_b8ec1f2bc4594cf267e556943c\` ON \`deal_registration\``);
    await runner.query(`DROP INDEX \`IDX_608f043b59322813ec8936c8ee\` ON \`deal_registration\``);
    await runner.query(`DROP TABLE \`deal_registration\``);
    await runner.query(`DROP INDEX \`IDX_03eb2401094f0e4f213a818ce5\` ON \`partner\``);
    await runner.query(`DROP INDEX \`IDX_07167bbd452c55ffb822537cf5\` ON \`partner\``);
    await runner.query(`DROP INDEX \`IDX_17b8a98632001b049a39c10359\` ON \`partner\``);
    await runner.query(`DROP TABLE \`partner\``);
    await runner.query(`DROP INDEX \`IDX_557fb1b55c2c7ba6c3f67489ef\` ON \`partner_group\``);
    await runner.query(`DROP TABLE \`partner_group\``);
    await runner.query(`DROP INDEX \`IDX_c4f6ccad30c0862eb54af9fb0a\` ON \`api_key\``);
    await runner.query(`DROP TABLE \`api_key\``);
  }
}
