import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795476139549 implements MigrationInterface {
  name = 'Initial1795476139549';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE \`login_throttle\` (\`email\` varchar(254) NOT NULL, \`failures\` int NOT NULL, \`window_started_at\` datetime(3) NOT NULL, \`locked_until\` datetime(3) NULL, PRIMARY KEY (\`email\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`refresh_token\` (\`id\` varchar(36) NOT NULL, \`tenant_id\` varchar(36) NOT NULL, \`user_id\` varchar(36) NOT NULL, \`family_id\` varchar(36) NOT NULL, \`token_hash\` varchar(64) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`expires_at\` datetime(3) NOT NULL, \`revoked_at\` datetime(3) NULL, \`replaced_by\` varchar(36) NULL, INDEX \`IDX_eb31f2a7917404a46e17f539f1\` (\`family_id\`), INDEX \`IDX_f1faeb970b9eac80de9266eac4\` (\`tenant_id\`, \`user_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`contact\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`first_name\` varchar(100) NOT NULL, \`last_name\` varchar(100) NULL, \`full_name\` varchar(201) NOT NULL, \`email\` varchar(254) NULL, \`phone\` varchar(40) NULL, \`job_title\` varchar(120) NULL, \`organization_id\` varchar(36) NULL, \`owner_id\` varchar(36) NOT NULL, \`customer_since\` datetime(3) NULL, \`archived_at\` datetime(3) NULL, INDEX \`IDX_4a0574ee3e8630cf8451b0e8ae\` (\`tenant_id\`, \`owner_id\`), INDEX \`IDX_82ecc8711b48ea743d712262ba\` (\`tenant_id\`, \`organization_id\`), INDEX \`IDX_2691c915ab2ea9ddcfad2d6d73\` (\`tenant_id\`, \`email\`), INDEX \`IDX_9c5ec55903f34cbbf8447f9b7b\` (\`tenant_id\`, \`full_name\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`deal_stage_change\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`deal_id\` varchar(36) NOT NULL, \`from_stage_id\` varchar(36) NULL, \`to_stage_id\` varchar(36) NOT NULL, \`changed_at\` datetime(3) NOT NULL, \`changed_by_id\` varchar(36) NOT NULL, INDEX \`IDX_b22e54fe5034496003897f44e1\` (\`tenant_id\`, \`to_stage_id\`, \`changed_at\`), INDEX \`IDX_be634d189fb870b70b5d217172\` (\`tenant_id\`, \`deal_id\`, \`changed_at\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`deal\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`title\` varchar(200) NOT NULL, \`amount_minor\` bigint NOT NULL, \`currency\` varchar(3) NOT NULL, \`pipeline_id\` varchar(36) NOT NULL, \`stage_id\` varchar(36) NOT NULL, \`position\` bigint NOT NULL, \`owner_id\` varchar(36) NOT NULL, \`organization_id\` varchar(36) NULL, \`contact_id\` varchar(36) NULL, \`type\` varchar(24) NOT NULL, \`expected_close_date\` date NULL, \`closed_on\` date NULL, \`lost_reason\` varchar(24) NULL, \`lost_note\` varchar(1000) NULL, \`lead_id\` varchar(36) NULL COMMENT 'The lead this deal was converted from', INDEX \`IDX_1ce1dc25e5495f28971c893eca\` (\`tenant_id\`, \`contact_id\`), INDEX \`IDX_9a7d8e52f6053912aff9b53d59\` (\`tenant_id\`, \`organization_id\`), INDEX \`IDX_41e59a9bd52091b163abdd4175\` (\`tenant_id\`, \`owner_id\`, \`updated_at\`), INDEX \`IDX_ac7137c672baa5d6ad56c36fbf\` (\`tenant_id\`, \`pipeline_id\`, \`stage_id\`, \`currency\`, \`amount_minor\`), INDEX \`IDX_e583ee022e8d7948a1590621fe\` (\`tenant_id\`, \`stage_id\`, \`position\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`deal_line_item\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`deal_id\` varchar(36) NOT NULL, \`product_id\` varchar(36) NULL, \`name\` varchar(200) NOT NULL, \`quantity\` int NOT NULL, \`unit_price_minor\` bigint NOT NULL, \`discount_basis_points\` int NOT NULL DEFAULT '0', \`position\` int NOT NULL, INDEX \`IDX_d6e337dd0e71c73b625a23e4c4\` (\`tenant_id\`, \`deal_id\`, \`position\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`exchange_rate\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`currency\` varchar(3) NOT NULL, \`rate_micros\` bigint NOT NULL, UNIQUE INDEX \`IDX_a883fb8d20d5b98e5e1e7494da\` (\`tenant_id\`, \`currency\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`organization\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(200) NOT NULL, \`domain\` varchar(253) NULL, \`industry\` varchar(120) NULL, \`employee_count\` int NULL, \`phone\` varchar(40) NULL, \`country\` varchar(2) NULL, \`city\` varchar(120) NULL, \`address\` varchar(300) NULL, \`owner_id\` varchar(36) NOT NULL, \`archived_at\` datetime(3) NULL, INDEX \`IDX_52413d2e77f48d2b69f3571936\` (\`tenant_id\`, \`owner_id\`), UNIQUE INDEX \`IDX_16a28d5234928ffb357b485b55\` (\`tenant_id\`, \`domain\`), INDEX \`IDX_73bfda7bda9e6f75f8952a598a\` (\`tenant_id\`, \`name\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`pipeline\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(80) NOT NULL, \`is_default\` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX \`IDX_afcc9b34aa74b423527d6bc57a\` (\`tenant_id\`, \`name\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`stage\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`pipeline_id\` varchar(36) NOT NULL, \`name\` varchar(80) NOT NULL, \`position\` int NOT NULL, \`probability\` int NOT NULL, \`kind\` varchar(24) NOT NULL, INDEX \`IDX_ef9e140b41cac9422a092d91cd\` (\`tenant_id\`, \`pipeline_id\`, \`position\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`product\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(200) NOT NULL, \`sku\` varchar(64) NULL, \`description\` varchar(2000) NULL, \`unit_price_minor\` bigint NOT NULL, \`currency\` varchar(3) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX \`IDX_42ad340fd382b8e2751ea05a26\` (\`tenant_id\`, \`sku\`), INDEX \`IDX_8549b7518b4d32a4295cc88500\` (\`tenant_id\`, \`name\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`user\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`email\` varchar(254) NOT NULL, \`name\` varchar(120) NOT NULL, \`password_hash\` varchar(255) NOT NULL, \`role\` varchar(24) NOT NULL, \`job_title\` varchar(24) NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`last_login_at\` datetime(3) NULL, UNIQUE INDEX \`IDX_b8f79c6cc2a72309532fb80062\` (\`tenant_id\`, \`email\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`invite\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`email\` varchar(254) NOT NULL, \`role\` varchar(24) NOT NULL, \`job_title\` varchar(24) NULL, \`token_hash\` varchar(64) NOT NULL, \`expires_at\` datetime(3) NOT NULL, \`accepted_at\` datetime(3) NULL, \`revoked_at\` datetime(3) NULL, \`invited_by_id\` varchar(36) NOT NULL, INDEX \`IDX_08a62e6bd475336c91e06df182\` (\`tenant_id\`, \`email\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`activity\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`type\` varchar(24) NOT NULL, \`subject\` varchar(200) NOT NULL, \`note\` varchar(5000) NULL, \`due_at\` datetime(3) NULL, \`done_at\` datetime(3) NULL, \`sort_at\` datetime(3) NOT NULL, \`outcome\` varchar(24) NULL, \`duration_minutes\` int NULL, \`owner_id\` varchar(36) NOT NULL, \`deal_id\` varchar(36) NULL, \`contact_id\` varchar(36) NULL, \`lead_id\` varchar(36) NULL, \`organization_id\` varchar(36) NULL, INDEX \`IDX_20faf2751845c1d362be00cfc1\` (\`tenant_id\`, \`organization_id\`), INDEX \`IDX_04d32d2b059014dc24e55d1bdc\` (\`tenant_id\`, \`lead_id\`), INDEX \`IDX_56245d23b13a5e48cb8677c688\` (\`tenant_id\`, \`contact_id\`), INDEX \`IDX_59bab8a192ffc479bce29637a8\` (\`tenant_id\`, \`deal_id\`), INDEX \`IDX_9586e5dc08e702dcc2e81686eb\` (\`tenant_id\`, \`sort_at\`), INDEX \`IDX_8cdf2561592cc5d42da995317c\` (\`tenant_id\`, \`owner_id\`, \`sort_at\`), INDEX \`IDX_495eed5e149a5cee59e59a91fc\` (\`tenant_id\`, \`owner_id\`, \`due_at\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`lead\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`first_name\` varchar(100) NOT NULL, \`last_name\` varchar(100) NULL, \`full_name\` varchar(201) NOT NULL, \`email\` varchar(254) NULL, \`phone\` varchar(40) NULL, \`company_name\` varchar(200) NULL, \`job_title\` varchar(120) NULL, \`company_website\` varchar(300) NULL, \`company_employee_count\` int NULL, \`source\` varchar(24) NOT NULL, \`source_detail\` varchar(200) NULL, \`status\` varchar(24) NOT NULL, \`score\` int NOT NULL DEFAULT '0', \`disqualified_reason\` varchar(1000) NULL, \`owner_id\` varchar(36) NOT NULL, \`converted_at\` datetime(3) NULL, \`converted_contact_id\` varchar(36) NULL, \`converted_organization_id\` varchar(36) NULL, \`converted_deal_id\` varchar(36) NULL, INDEX \`IDX_a21dcfc76e84d9f71b090eddbd\` (\`tenant_id\`, \`email\`), INDEX \`IDX_4d32428bc54938895e34881075\` (\`tenant_id\`, \`updated_at\`), INDEX \`IDX_f3b36c3eb10dd79c13451b0685\` (\`tenant_id\`, \`score\`), INDEX \`IDX_e92235c671beb1eb5c8978f229\` (\`tenant_id\`, \`full_name\`), INDEX \`IDX_8dd356b93361f4e926fc332379\` (\`tenant_id\`, \`status\`), INDEX \`IDX_26ddb516b4289e059ee66a83a7\` (\`tenant_id\`, \`owner_id\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`lead_status_change\` (\`tenant_id\` varchar(36) NOT NULL, \`id\` varchar(36) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`lead_id\` varchar(36) NOT NULL, \`from_status\` varchar(24) NULL, \`to_status\` varchar(24) NOT NULL, \`changed_at\` datetime(3) NOT NULL, \`changed_by_id\` varchar(36) NOT NULL, \`reason\` varchar(1000) NULL, INDEX \`IDX_828dc9eeed264c0eea4f63f6b8\` (\`tenant_id\`, \`to_status\`, \`changed_at\`), INDEX \`IDX_608e0393637fbc67098bb0a87d\` (\`tenant_id\`, \`lead_id\`, \`changed_at\`), PRIMARY KEY (\`tenant_id\`, \`id\`)) ENGINE=InnoDB`);
    await runner.query(`CREATE TABLE \`tenant\` (\`id\` varchar(36) NOT NULL, \`name\` varchar(120) NOT NULL, \`slug\` varchar(63) NOT NULL, \`base_currency\` varchar(3) NOT NULL, \`time_zone\` varchar(64) NOT NULL, \`locale\` varchar(24) NOT NULL, \`reps_see_own_records_only\` tinyint NOT NULL DEFAULT 0, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL, UNIQUE INDEX \`IDX_abfd243f7bd832e806d19c5a91\` (\`slug\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX \`IDX_abfd243f7bd832e806d19c5a91\` ON \`tenant\``);
    await runner.query(`DROP TABLE \`tenant\``);
    await runner.query(`DROP INDEX \`IDX_608e0393637fbc67098bb0a87d\` ON \`lead_status_change\``);
    await runner.query(`DROP INDEX \`IDX_828dc9eeed264c0eea4f63f6b8\` ON \`lead_status_change\``);
    await runner.query(`DROP TABLE \`lead_status_change\``);
    await runner.query(`DROP INDEX \`IDX_26ddb516b4289e059ee66a83a7\` ON \`lead\``);
    await runner.query(`DROP INDEX \`IDX_8dd356b93361f4e926fc332379\` ON \`lead\``);
    await runner.query(`DROP INDEX \`IDX_e92235c671beb1eb5c8978f229\` ON \`lead\``);
    await runner.query(`DROP INDEX \`IDX_f3b36c3eb10dd79c13451b0685\` ON \`lead\``);
    await runner.query(`DROP INDEX \`IDX_4d32428bc54938895e34881075\` ON \`lead\``);
    await runner.query(`DROP INDEX \`IDX_a21dcfc76e84d9f71b090eddbd\` ON \`lead\``);
    await runner.query(`DROP TABLE \`lead\``);
    await runner.query(`DROP INDEX \`IDX_495eed5e149a5cee59e59a91fc\` ON \`activity\``);
    await runner.query(`DROP INDEX \`IDX_8cdf2561592cc5d42da995317c\` ON \`activity\``);
    await runner.query(`DROP INDEX \`IDX_9586e5dc08e702dcc2e81686eb\` ON \`activity\``);
    await runner.query(`DROP INDEX \`IDX_59bab8a192ffc479bce29637a8\` ON \`activity\``);
    await runner.query(`DROP INDEX \`IDX_56245d23b13a5e48cb8677c688\` ON \`activity\``);
    await runner.query(`DROP INDEX \`IDX_04d32d2b059014dc24e55d1bdc\` ON \`activity\``);
    await runner.query(`DROP INDEX \`IDX_20faf2751845c1d362be00cfc1\` ON \`activity\``);
    await runner.query(`DROP TABLE \`activity\``);
    await runner.query(`DROP INDEX \`IDX_08a62e6bd475336c91e06df182\` ON \`invite\``);
    await runner.query(`DROP TABLE \`invite\``);
    await runner.query(`DROP INDEX \`IDX_b8f79c6cc2a72309532fb80062\` ON \`user\``);
    await runner.query(`DROP TABLE \`user\``);
    await runner.query(`DROP INDEX \`IDX_8549b7518b4d32a4295cc88500\` ON \`product\``);
    await runner.query(`DROP INDEX \`IDX_42ad340fd382b8e2751ea05a26\` ON \`product\``);
    await runner.query(`DROP TABLE \`product\``);
    await runner.query(`DROP INDEX \`IDX_ef9e140b41cac9422a092d91cd\` ON \`stage\``);
    await runner.query(`DROP TABLE \`stage\``);
    await runner.query(`DROP INDEX \`IDX_afcc9b34aa74b423527d6bc57a\` ON \`pipeline\``);
    await runner.query(`DROP TABLE \`pipeline\``);
    await runner.query(`DROP INDEX \`IDX_73bfda7bda9e6f75f8952a598a\` ON \`organization\``);
    await runner.query(`DROP INDEX \`IDX_16a28d5234928ffb357b485b55\` ON \`organization\``);
    await runner.query(`DROP INDEX \`IDX_52413d2e77f48d2b69f3571936\` ON \`organization\``);
    await runner.query(`DROP TABLE \`organization\``);
    await runner.query(`DROP INDEX \`IDX_a883fb8d20d5b98e5e1e7494da\` ON \`exchange_rate\``);
    await runner.query(`DROP TABLE \`exchange_rate\``);
    await runner.query(`DROP INDEX \`IDX_d6e337dd0e71c73b625a23e4c4\` ON \`deal_line_item\``);
    await runner.query(`DROP TABLE \`deal_line_item\``);
    await runner.query(`DROP INDEX \`IDX_e583ee022e8d7948a1590621fe\` ON \`deal\``);
    await runner.query(`DROP INDEX \`IDX_ac7137c672baa5d6ad56c36fbf\` ON \`deal\``);
    await runner.query(`DROP INDEX \`IDX_41e59a9bd52091b163abdd4175\` ON \`deal\``);
    await runner.query(`DROP INDEX \`IDX_9a7d8e52f6053912aff9b53d59\` ON \`deal\``);
    await runner.query(`DROP INDEX \`IDX_1ce1dc25e5495f28971c893eca\` ON \`deal\``);
    await runner.query(`DROP TABLE \`deal\``);
    await runner.query(`DROP INDEX \`IDX_be634d189fb870b70b5d217172\` ON \`deal_stage_change\``);
    await runner.query(`DROP INDEX \`IDX_b22e54fe5034496003897f44e1\` ON \`deal_stage_change\``);
    await runner.query(`DROP TABLE \`deal_stage_change\``);
    await runner.query(`DROP INDEX \`IDX_9c5ec55903f34cbbf8447f9b7b\` ON \`contact\``);
    await runner.query(`DROP INDEX \`IDX_2691c915ab2ea9ddcfad2d6d73\` ON \`contact\``);
    await runner.query(`DROP INDEX \`IDX_82ecc8711b48ea743d712262ba\` ON \`contact\``);
    await runner.query(`DROP INDEX \`IDX_4a0574ee3e8630cf8451b0e8ae\` ON \`contact\``);
    await runner.query(`DROP TABLE \`contact\``);
    await runner.query(`DROP INDEX \`IDX_f1faeb970b9eac80de9266eac4\` ON \`refresh_token\``);
    await runner.query(`DROP INDEX \`IDX_eb31f2a7917404a46e17f539f1\` ON \`refresh_token\``);
    await runner.query(`DROP TABLE \`refresh_token\``);
    await runner.query(`DROP TABLE \`login_throttle\``);
  }
}
