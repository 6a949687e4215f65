/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInviteInput = {
  name: string;
  password: string;
  /** The token from the invite link. */
  token: string;
};

export type ActivityFilter = {
  contactId?: string | number | null | undefined;
  dealId?: string | number | null | undefined;
  done?: boolean | null | undefined;
  /** Due at or after this instant. */
  dueAfter?: string | null | undefined;
  /** Due before this instant. */
  dueBefore?: string | null | undefined;
  leadId?: string | number | null | undefined;
  organizationId?: string | number | null | undefined;
  /** true: open and due before now; false: everything else. */
  overdue?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Any of these; empty or null: all. */
  type?: Array<ActivityType> | null | undefined;
};

export type ActivityOutcome =
  | 'BOUNCED'
  | 'BUSY'
  | 'CONNECTED'
  | 'LEFT_VOICEMAIL'
  | 'MEETING_HELD'
  | 'NO_ANSWER'
  | 'NO_SHOW'
  | 'REPLIED'
  | 'RESCHEDULED'
  | 'WRONG_NUMBER';

export type ActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE'
  | 'TASK';

export type AddBuiltInPluginInput = {
  /** var-margin, affiliate-commission or referral-reward. */
  key: string;
};

export type AdjustLedgerInput = {
  /** Positive pays more, negative takes back; never zero. */
  amountMinor: number;
  currency: string;
  /** The deal it concerns, if any. */
  dealId?: string | number | null | undefined;
  /** Why, in a sentence the payee will read on their statement. */
  explanation: string;
  /** The partner paid (or charged); give this or payeeUserId. */
  partnerId?: string | number | null | undefined;
  /** The user paid (or charged). */
  payeeUserId?: string | number | null | undefined;
};

export type ApproveDealRegistrationInput = {
  id: string | number;
  /** The deal's owner. Default: you. */
  ownerId?: string | number | null | undefined;
  /** Default: the default pipeline; the deal starts in its first stage. */
  pipelineId?: string | number | null | undefined;
};

export type ApproveDueLedgerEntriesInput = {
  /** Only this partner's; everyone's if left out. */
  partnerId?: string | number | null | undefined;
};

export type ApproveLedgerEntriesInput = {
  /** Pending entries past their hold, or held entries a person has checked. */
  ids: Array<string | number>;
};

export type AttributionSource =
  | 'MANUAL'
  | 'REFERRAL_CODE'
  | 'REGISTRATION';

export type ChangeLeadStatusInput = {
  id: string | number;
  /** Required when disqualifying; kept in the history. */
  reason?: string | null | undefined;
  /** Not CONVERTED: that happens by converting the lead. */
  status: LeadStatus;
  /** The version you saw; a newer one on the server is a CONFLICT. */
  version: number;
};

export type CommissionPeriodInput = {
  /** Last day of the period (YYYY-MM-DD). */
  periodEnd: string;
  /** First day of the period (YYYY-MM-DD). */
  periodStart: string;
};

export type CompleteActivityInput = {
  /** Default: now. */
  doneAt?: string | null | undefined;
  id: string | number;
  /** Replaces the note; left out keeps it. */
  note?: string | null | undefined;
  outcome?: ActivityOutcome | null | undefined;
};

export type ContactFilter = {
  /** true: only archived; false (default): only active. */
  archived?: boolean | null | undefined;
  /** true: only customers (have bought); false: only prospects. */
  isCustomer?: boolean | null | undefined;
  organizationId?: string | number | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Matches first name, last name or email. */
  search?: string | null | undefined;
};

export type ContactOrderBy = {
  direction?: SortDirection;
  field: ContactOrderField;
};

export type ContactOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type ConvertLeadInput = {
  amountMinor?: number | null | undefined;
  /** false converts into contact and organization only. */
  createDeal?: boolean;
  currency?: string | null | undefined;
  /** Default: "<company> — new deal". */
  dealTitle?: string | null | undefined;
  dealType?: DealType | null | undefined;
  /** YYYY-MM-DD */
  expectedCloseDate?: string | null | undefined;
  id: string | number;
  /** Default: the lead's owner. */
  ownerId?: string | number | null | undefined;
  /** Default: the default pipeline. */
  pipelineId?: string | number | null | undefined;
  /** The version you saw; a newer one on the server means CONFLICT. */
  version?: number | null | undefined;
};

export type CreateActivityInput = {
  contactId?: string | number | null | undefined;
  dealId?: string | number | null | undefined;
  /** To log a call, email or meeting that already happened. A NOTE is done when written unless this says when; a TASK starts open. */
  doneAt?: string | null | undefined;
  dueAt?: string | null | undefined;
  /** 0–1440. */
  durationMinutes?: number | null | undefined;
  leadId?: string | number | null | undefined;
  note?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  /** Only with doneAt. */
  outcome?: ActivityOutcome | null | undefined;
  /** Default: you. */
  ownerId?: string | number | null | undefined;
  subject: string;
  type: ActivityType;
};

export type CreateContactInput = {
  /** Stored in lower case. */
  email?: string | null | undefined;
  firstName: string;
  jobTitle?: string | null | undefined;
  lastName?: string | null | undefined;
  /** The organization they work at. */
  organizationId?: string | number | null | undefined;
  /** Default: you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
};

export type CreateDealInput = {
  /** Default 0; follows the line items when given. */
  amountMinor?: number | null | undefined;
  contactId?: string | number | null | undefined;
  /** ISO 4217; default the workspace currency. */
  currency?: string | null | undefined;
  /** YYYY-MM-DD */
  expectedCloseDate?: string | null | undefined;
  /** Default: the contact's organization. */
  organizationId?: string | number | null | undefined;
  /** Default: you. */
  ownerId?: string | number | null | undefined;
  /** Default: the default pipeline. */
  pipelineId?: string | number | null | undefined;
  /** An open stage; default the first one. */
  stageId?: string | number | null | undefined;
  title: string;
  /** Default NEW. */
  type?: DealType | null | undefined;
};

export type CreateLeadInput = {
  companyEmployeeCount?: number | null | undefined;
  companyName?: string | null | undefined;
  /** acme.com or https://www.acme.com/ */
  companyWebsite?: string | null | undefined;
  email?: string | null | undefined;
  firstName: string;
  jobTitle?: string | null | undefined;
  lastName?: string | null | undefined;
  /** Default: you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  /** A customer's or partner's referral code: the lead becomes a REFERRAL (customer) or CHANNEL (partner, credited to them) lead. */
  referralCode?: string | null | undefined;
  /** 0–100. */
  score?: number | null | undefined;
  source: LeadSource;
  sourceDetail?: string | null | undefined;
  /** Default LEAD; a new lead may start at MQL, SAL or SQL. */
  status?: LeadStatus | null | undefined;
};

export type CreateOrganizationInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. PL. */
  country?: string | null | undefined;
  /** acme.com or https://www.acme.com/ — stored as acme.com. */
  domain?: string | null | undefined;
  employeeCount?: number | null | undefined;
  industry?: string | null | undefined;
  name: string;
  /** Default: you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
};

export type CreatePartnerGroupInput = {
  /** The plugin installation that pays the group's partners by default. */
  defaultInstallationId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Days a commission is held before approval, 0–3650; default 30. */
  holdDays?: number | null | undefined;
  name: string;
};

export type CreatePartnerInput = {
  /** acme.com or https://www.acme.com/ — stored as acme.com. */
  domain?: string | null | undefined;
  /** Stored in lower case. */
  email?: string | null | undefined;
  /** The partner group (program) it belongs to. */
  groupId?: string | number | null | undefined;
  /** Overrides the group's default plugin installation. */
  installationId?: string | number | null | undefined;
  /** The channel manager: a member of your team. */
  managerId?: string | number | null | undefined;
  name: string;
  /** Default ACTIVE: a partner your team adds is signed already. */
  status?: PartnerStatus | null | undefined;
  /** The partner's level in its program, e.g. gold. */
  tier?: string | null | undefined;
  type: PartnerType;
};

export type CreatePipelineInput = {
  isDefault?: boolean | null | undefined;
  name: string;
  /** Open stages in order; WON and LOST are added. Omit for the default sales process. */
  stages?: Array<StageDraft> | null | undefined;
};

export type CreateStageInput = {
  name: string;
  pipelineId: string | number;
  /** Place among the open stages, from 0; default last. */
  position?: number | null | undefined;
  probability: number;
};

export type DealFilter = {
  contactId?: string | number | null | undefined;
  currency?: string | null | undefined;
  /** Expected close on or after, YYYY-MM-DD. */
  expectedCloseFrom?: string | null | undefined;
  /** Expected close on or before, YYYY-MM-DD. */
  expectedCloseTo?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Deals credited to this partner. */
  partnerId?: string | number | null | undefined;
  pipelineId?: string | number | null | undefined;
  /** Matches the title. */
  search?: string | null | undefined;
  stageId?: string | number | null | undefined;
  status?: Array<DealStatus> | null | undefined;
  type?: Array<DealType> | null | undefined;
};

export type DealRegistrationFilter = {
  partnerId?: string | number | null | undefined;
  /** Any of these; empty or null: all. A pending registration past its expiry counts as EXPIRED. */
  status?: Array<RegistrationStatus> | null | undefined;
};

export type DealStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** NEW business; UPSELL a more advanced version; CROSS_SELL a complementary product; RENEWAL. */
export type DealType =
  | 'CROSS_SELL'
  | 'NEW'
  | 'RENEWAL'
  | 'UPSELL';

export type DeleteDealInput = {
  id: string | number;
};

export type DeleteStageInput = {
  id: string | number;
  /** Where the stage's deals go; required when it has deals. */
  moveDealsToStageId?: string | number | null | undefined;
};

export type IdInput = {
  id: string | number;
};

export type InstallPluginInput = {
  enabled?: boolean;
  name: string;
  scope?: InstallationScope;
  /** Checked against the version's settings schema; defaults fill the gaps. */
  settings?: Record<string, unknown> | null | undefined;
  /** The version to install (pinned until upgraded). */
  versionId: string | number;
};

export type InstallationScope =
  | 'ALL_EVENTS'
  | 'ASSIGNED_PARTNERS';

/** Invites a person to the partner portal as a user of this partner. */
export type InvitePartnerUserInput = {
  email: string;
  partnerId: string | number;
};

export type InviteUserInput = {
  email: string;
  jobTitle?: JobTitle | null | undefined;
  /** Required for the PARTNER role: the partner the person will act for. */
  partnerId?: string | number | null | undefined;
  role: Role;
};

export type IssuePayoutsInput = {
  /** Only this partner; every payee if left out. */
  partnerId?: string | number | null | undefined;
  /** Last day of the period (YYYY-MM-DD): approved entries written up to its end are paid. */
  periodEnd: string;
  /** First day of the period (YYYY-MM-DD), for the statement. */
  periodStart: string;
};

export type IssueReferralCodeInput = {
  /** A customer: a contact who has bought. */
  contactId: string | number;
};

export type JobTitle =
  | 'ACCOUNT_EXECUTIVE'
  | 'ACCOUNT_MANAGER'
  | 'OTHER'
  | 'SALES_MANAGER'
  | 'SALES_OPS'
  | 'SDR';

export type LeadFilter = {
  /** Created at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Created before this instant. */
  createdBefore?: string | null | undefined;
  /** Score at least this. */
  minScore?: number | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Leads credited to this partner. */
  partnerId?: string | number | null | undefined;
  /** Matches name, email or company. */
  search?: string | null | undefined;
  /** Any of these; empty or null: all. */
  source?: Array<LeadSource> | null | undefined;
  /** Any of these; empty or null: all. */
  status?: Array<LeadStatus> | null | undefined;
};

export type LeadOrderBy = {
  direction?: SortDirection;
  field: LeadOrderField;
};

export type LeadOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'SCORE'
  | 'UPDATED_AT';

/** INBOUND: content, search, social; OUTBOUND: cold calls and email; CHANNEL: a partner; REFERRAL: a customer; EVENT; OTHER. */
export type LeadSource =
  | 'CHANNEL'
  | 'EVENT'
  | 'INBOUND'
  | 'OTHER'
  | 'OUTBOUND'
  | 'REFERRAL';

/** LEAD → MQL (marketing-qualified) → SAL (sales-accepted) → SQL (sales-qualified); CONVERTED once turned into a contact and deal; DISQUALIFIED with a reason. */
export type LeadStatus =
  | 'CONVERTED'
  | 'DISQUALIFIED'
  | 'LEAD'
  | 'MQL'
  | 'SAL'
  | 'SQL';

export type LedgerEntryFilter = {
  dealId?: string | number | null | undefined;
  kind?: LedgerEntryKind | null | undefined;
  /** Entries paying this partner. */
  partnerId?: string | number | null | undefined;
  /** Entries paying this user (a rep's commission). */
  payeeUserId?: string | number | null | undefined;
  statuses?: Array<LedgerEntryStatus> | null | undefined;
};

export type LedgerEntryKind =
  | 'ADJUSTMENT'
  | 'COMMISSION'
  | 'REVERSAL'
  | 'REWARD';

export type LedgerEntryStatus =
  | 'APPROVED'
  | 'HOLD'
  | 'PAID'
  | 'PENDING'
  | 'VOIDED';

export type LineItemDraft = {
  /** Basis points: 1000 = 10 %. Default 0. */
  discountBasisPoints?: number | null | undefined;
  /** Required without a product. */
  name?: string | null | undefined;
  /** A product of the catalogue; its name and price are the defaults. */
  productId?: string | number | null | undefined;
  quantity: number;
  /** In the deal's currency; default the product's price. */
  unitPriceMinor?: number | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
  /** The workspace, when the email belongs to several. */
  tenantSlug?: string | null | undefined;
};

export type LoseDealInput = {
  /** YYYY-MM-DD; default today. */
  closedOn?: string | null | undefined;
  id: string | number;
  /** What the customer said. */
  note?: string | null | undefined;
  reason: LostReason;
  version: number;
};

export type LostReason =
  | 'BUDGET'
  | 'COMPETITOR'
  | 'NO_DECISION'
  | 'NO_RESPONSE'
  | 'OTHER'
  | 'PRIORITY'
  | 'TIMING';

export type MarkNotificationsReadInput = {
  /** The sequence of the newest notification seen; at most the workspace's current event cursor. */
  upTo: number;
};

export type MarkPayoutPaidInput = {
  id: string | number;
  /** The bank transfer or payment reference. */
  reference: string;
};

export type MoveDealInput = {
  /** Place it right below this deal of the target stage. */
  afterDealId?: string | number | null | undefined;
  /** Place it right above this deal. With neither, it goes on top. */
  beforeDealId?: string | number | null | undefined;
  id: string | number;
  /** An open stage of the same pipeline. */
  stageId: string | number;
  version: number;
};

export type OrganizationFilter = {
  /** true: only archived; false (default): only active. */
  archived?: boolean | null | undefined;
  country?: string | null | undefined;
  industry?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Matches name or domain. */
  search?: string | null | undefined;
};

export type OrganizationOrderBy = {
  direction?: SortDirection;
  field: OrganizationOrderField;
};

export type OrganizationOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type PartnerFilter = {
  groupId?: string | number | null | undefined;
  /** Matches name, email or domain. */
  search?: string | null | undefined;
  /** Any of these; empty or null: all. */
  status?: Array<PartnerStatus> | null | undefined;
  /** Any of these; empty or null: all. */
  type?: Array<PartnerType> | null | undefined;
};

export type PartnerOrderBy = {
  direction?: SortDirection;
  field: PartnerOrderField;
};

export type PartnerOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type PartnerStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'SUSPENDED';

export type PartnerType =
  | 'AFFILIATE'
  | 'BIZDEV'
  | 'REFERRAL'
  | 'RESELLER'
  | 'VAR';

export type PayoutFilter = {
  partnerId?: string | number | null | undefined;
  status?: PayoutStatus | null | undefined;
};

export type PayoutStatus =
  | 'ISSUED'
  | 'PAID';

export type PluginKind =
  | 'COMMISSION'
  | 'REWARD';

export type PluginRunFilter = {
  installationId?: string | number | null | undefined;
  statuses?: Array<PluginRunStatus> | null | undefined;
};

export type PluginRunStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RETRYING'
  | 'RUNNING'
  | 'SUCCEEDED';

export type PublishPluginVersionInput = {
  /** The bundle `dealflow-plugin build` wrote: one self-contained script. */
  bundle: string;
};

export type ReferralStatus =
  | 'CONVERTED'
  | 'LOST'
  | 'OPEN';

export type RefreshInput = {
  refreshToken: string;
};

export type RegistrationConflictKind =
  | 'OPEN_DEAL'
  | 'OTHER_REGISTRATION';

export type RegistrationStatus =
  | 'APPROVED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED';

export type RejectDealRegistrationInput = {
  id: string | number;
  /** Why; the partner reads it. */
  reason: string;
};

export type ReleaseHeldEntryInput = {
  id: string | number;
  /** What was checked: kept in the audit trail. */
  reason: string;
};

export type ReopenDealInput = {
  id: string | number;
  /** Default: the stage it was closed from. */
  stageId?: string | number | null | undefined;
  version: number;
};

export type ReorderStagesInput = {
  pipelineId: string | number;
  /** Every open stage of the pipeline, in the new order. */
  stageIds: Array<string | number>;
};

/** OWNER and ADMIN manage the tenant; MANAGER sees and edits all records; REP works deals and may be limited to their own. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'OWNER'
  | 'PARTNER'
  | 'REP';

export type SetDealAttributionInput = {
  dealId: string | number;
  /** The partner to credit; null clears the attribution. */
  partnerId?: string | number | null | undefined;
  /** The version you saw; a newer one on the server is a CONFLICT. */
  version?: number | null | undefined;
};

export type SetDealLineItemsInput = {
  dealId: string | number;
  /** The complete list, in order; an empty list removes all lines. */
  items: Array<LineItemDraft>;
  version: number;
};

export type SetLeadAttributionInput = {
  leadId: string | number;
  /** The partner to credit; null clears the attribution. */
  partnerId?: string | number | null | undefined;
  /** The version you saw; a newer one on the server is a CONFLICT. */
  version?: number | null | undefined;
};

export type SignupInput = {
  /** ISO 4217 code; default USD. */
  baseCurrency?: string | null | undefined;
  /** Your company; becomes the workspace name. */
  companyName: string;
  email: string;
  /** en, he, ar, pl or ru; default en. */
  locale?: string | null | undefined;
  name: string;
  password: string;
  /** IANA time zone; default UTC. */
  timeZone?: string | null | undefined;
};

export type SimulatePluginInput = {
  /** YYYY-MM-DD, first day of the period, in the workspace's time zone. */
  from: string;
  /** The installation whose past runs are replayed. */
  installationId: string | number;
  /** The settings to try; the installation's if left out. */
  settings?: Record<string, unknown> | null | undefined;
  /** YYYY-MM-DD, last day of the period. */
  to: string;
  /** The version to try (the installation's own, or another of its plugin). */
  versionId: string | number;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StageDraft = {
  name: string;
  /** Win probability in percent, 0–100. */
  probability: number;
};

export type StageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

export type SubmitDealRegistrationInput = {
  amountMinor: number;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  /** ISO 4217. */
  currency: string;
  /** YYYY-MM-DD */
  expectedCloseDate?: string | null | undefined;
  notes?: string | null | undefined;
  /** acme.com or https://www.acme.com/ — stored as acme.com. */
  organizationDomain?: string | null | undefined;
  /** The customer-to-be, as the partner knows it. */
  organizationName: string;
  /** Required when a manager registers on a partner's behalf; a partner's user registers for their own. */
  partnerId?: string | number | null | undefined;
  title: string;
};

/** Someone answering a referral link: becomes a lead credited to the referrer. */
export type SubmitReferralInput = {
  companyName?: string | null | undefined;
  email: string;
  firstName: string;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
  /** The referral code in the link. */
  referralCode: string;
  /** The workspace in the link (its short name). */
  workspace: string;
};

export type TransferDealInput = {
  id: string | number;
  /** An open stage of another pipeline; the deal goes on top of it. */
  stageId: string | number;
  version: number;
};

export type UpdateContactInput = {
  /** Stored in lower case. */
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  id: string | number;
  jobTitle?: string | null | undefined;
  lastName?: string | null | undefined;
  /** The organization they work at. */
  organizationId?: string | number | null | undefined;
  /** Default: you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  /** The version you edited; a newer one on the server is a CONFLICT. */
  version?: number | null | undefined;
};

export type UpdateDealInput = {
  /** Not allowed while the deal has line items. */
  amountMinor?: number | null | undefined;
  /** null removes the link. */
  contactId?: string | number | null | undefined;
  currency?: string | null | undefined;
  /** YYYY-MM-DD; null clears. */
  expectedCloseDate?: string | null | undefined;
  id: string | number;
  /** null removes the link. */
  organizationId?: string | number | null | undefined;
  ownerId?: string | number | null | undefined;
  title?: string | null | undefined;
  type?: DealType | null | undefined;
  /** The version you edited; a newer one on the server means CONFLICT. */
  version: number;
};

export type UpdateInstallationInput = {
  /** A disabled installation runs on no new events. */
  enabled?: boolean | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  scope?: InstallationScope | null | undefined;
  /** Replaces all settings; checked against the schema. */
  settings?: Record<string, unknown> | null | undefined;
  /** The installation's version as you read it: a concurrent change is refused. */
  version?: number | null | undefined;
  /** Upgrade (or downgrade) to another version of the same plugin; settings are checked again. */
  versionId?: string | number | null | undefined;
};

/** Changes details, not the status (see changeLeadStatus). */
export type UpdateLeadInput = {
  companyEmployeeCount?: number | null | undefined;
  companyName?: string | null | undefined;
  /** acme.com or https://www.acme.com/ */
  companyWebsite?: string | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  id: string | number;
  jobTitle?: string | null | undefined;
  lastName?: string | null | undefined;
  /** Default: you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  /** 0–100. */
  score?: number | null | undefined;
  source?: LeadSource | null | undefined;
  sourceDetail?: string | null | undefined;
  /** The version you edited; a newer one on the server is a CONFLICT. */
  version?: number | null | undefined;
};

export type UpdateOrganizationInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. PL. */
  country?: string | null | undefined;
  /** acme.com or https://www.acme.com/ — stored as acme.com. */
  domain?: string | null | undefined;
  employeeCount?: number | null | undefined;
  id: string | number;
  industry?: string | null | undefined;
  name?: string | null | undefined;
  /** Default: you. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  /** The version you edited; a newer one on the server is a CONFLICT. */
  version?: number | null | undefined;
};

export type UpdatePartnerGroupInput = {
  /** The plugin installation that pays the group's partners by default. */
  defaultInstallationId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** 0–3650. */
  holdDays?: number | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** The version you edited; a newer one on the server is a CONFLICT. */
  version?: number | null | undefined;
};

export type UpdatePartnerInput = {
  /** acme.com or https://www.acme.com/ — stored as acme.com. */
  domain?: string | null | undefined;
  /** Stored in lower case. */
  email?: string | null | undefined;
  /** The partner group (program) it belongs to. */
  groupId?: string | number | null | undefined;
  id: string | number;
  /** Overrides the group's default plugin installation. */
  installationId?: string | number | null | undefined;
  /** The channel manager: a member of your team. */
  managerId?: string | number | null | undefined;
  name?: string | null | undefined;
  /** SUSPENDED keeps the partner's history; they earn nothing new. */
  status?: PartnerStatus | null | undefined;
  /** The partner's level in its program, e.g. gold. */
  tier?: string | null | undefined;
  type?: PartnerType | null | undefined;
  /** The version you edited; a newer one on the server is a CONFLICT. */
  version?: number | null | undefined;
};

export type UpdatePipelineInput = {
  id: string | number;
  /** Make this the default pipeline (true only). */
  isDefault?: boolean | null | undefined;
  name?: string | null | undefined;
};

export type UpdateStageInput = {
  id: string | number;
  name?: string | null | undefined;
  probability?: number | null | undefined;
};

export type UpdateTenantSettingsInput = {
  baseCurrency?: string | null | undefined;
  locale?: string | null | undefined;
  name?: string | null | undefined;
  /** Days a partner's deal registration waits for a decision, 1–365. */
  registrationExpiryDays?: number | null | undefined;
  repsSeeOwnRecordsOnly?: boolean | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateUserInput = {
  /** false deactivates: no more logins, records stay. */
  active?: boolean | null | undefined;
  id: string | number;
  jobTitle?: JobTitle | null | undefined;
  name?: string | null | undefined;
  role?: Role | null | undefined;
};

export type VoidLedgerEntryInput = {
  id: string | number;
  /** Why: kept in the audit trail. */
  reason: string;
};

export type WinDealInput = {
  /** YYYY-MM-DD; default today in the workspace time zone. */
  closedOn?: string | null | undefined;
  id: string | number;
  version: number;
};

export type TeamMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMembersQuery = { users: { edges: Array<{ node: { id: string, name: string, active: boolean } }> } };

export type TimelineActivityFragment = { id: string, version: number, type: ActivityType, subject: string, note: string | null, outcome: ActivityOutcome | null, dueAt: string | null, doneAt: string | null, isOverdue: boolean, durationMinutes: number | null, createdAt: string, owner: { id: string, name: string } | null };

export type TimelineActivitiesQueryVariables = Exact<{
  filter: ActivityFilter;
  after?: string | null | undefined;
}>;


export type TimelineActivitiesQuery = { activities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, type: ActivityType, subject: string, note: string | null, outcome: ActivityOutcome | null, dueAt: string | null, doneAt: string | null, isOverdue: boolean, durationMinutes: number | null, createdAt: string, owner: { id: string, name: string } | null } }> } };

export type LogActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type LogActivityMutation = { createActivity: { id: string, version: number, type: ActivityType, subject: string, note: string | null, outcome: ActivityOutcome | null, dueAt: string | null, doneAt: string | null, isOverdue: boolean, durationMinutes: number | null, createdAt: string, owner: { id: string, name: string } | null } };

export type CompleteTimelineActivityMutationVariables = Exact<{
  input: CompleteActivityInput;
}>;


export type CompleteTimelineActivityMutation = { completeActivity: { id: string, version: number, type: ActivityType, subject: string, note: string | null, outcome: ActivityOutcome | null, dueAt: string | null, doneAt: string | null, isOverdue: boolean, durationMinutes: number | null, createdAt: string, owner: { id: string, name: string } | null } };

export type ReopenTimelineActivityMutationVariables = Exact<{
  input: IdInput;
}>;


export type ReopenTimelineActivityMutation = { reopenActivity: { id: string, version: number, type: ActivityType, subject: string, note: string | null, outcome: ActivityOutcome | null, dueAt: string | null, doneAt: string | null, isOverdue: boolean, durationMinutes: number | null, createdAt: string, owner: { id: string, name: string } | null } };

export type SessionFieldsFragment = { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } } };

export type SignupMutationVariables = Exact<{
  input: SignupInput;
}>;


export type SignupMutation = { signup: { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } } };

export type AcceptInviteMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type AcceptInviteMutation = { acceptInvite: { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshInput;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } } };

export type LogoutMutationVariables = Exact<{
  input: RefreshInput;
}>;


export type LogoutMutation = { logout: boolean };

export type PipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelinesQuery = { pipelines: { edges: Array<{ node: { id: string, name: string, isDefault: boolean } }> } };

export type BoardCardFragment = { id: string, title: string, version: number, position: number, status: DealStatus, type: DealType, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, stage: { id: string } | null, pipeline: { id: string } | null };

export type BoardFiguresFragment = { count: number, unconvertedCount: number, stage: { id: string, name: string, probability: number, kind: StageKind }, sum: { amountMinor: number, currency: string }, weightedSum: { amountMinor: number, currency: string }, totals: Array<{ currency: string, count: number, sum: { amountMinor: number, currency: string } }> };

export type BoardQueryVariables = Exact<{
  pipelineId?: string | number | null | undefined;
  filter?: DealFilter | null | undefined;
  first: number;
}>;


export type BoardQuery = { pipelineBoard: { eventCursor: number, pipeline: { id: string }, sum: { amountMinor: number, currency: string }, weightedSum: { amountMinor: number, currency: string }, columns: Array<{ count: number, unconvertedCount: number, deals: { edges: Array<{ node: { id: string, title: string, version: number, position: number, status: DealStatus, type: DealType, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, stage: { id: string } | null, pipeline: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, stage: { id: string, name: string, probability: number, kind: StageKind }, sum: { amountMinor: number, currency: string }, weightedSum: { amountMinor: number, currency: string }, totals: Array<{ currency: string, count: number, sum: { amountMinor: number, currency: string } }> }> } };

export type BoardColumnPageQueryVariables = Exact<{
  pipelineId: string | number;
  filter: DealFilter;
  first: number;
  after: string;
}>;


export type BoardColumnPageQuery = { pipelineBoard: { columns: Array<{ stage: { id: string }, deals: { edges: Array<{ node: { id: string, title: string, version: number, position: number, status: DealStatus, type: DealType, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, stage: { id: string } | null, pipeline: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }> } };

export type BoardFiguresOnlyQueryVariables = Exact<{
  pipelineId: string | number;
  filter?: DealFilter | null | undefined;
}>;


export type BoardFiguresOnlyQuery = { pipelineBoard: { sum: { amountMinor: number, currency: string }, weightedSum: { amountMinor: number, currency: string }, columns: Array<{ count: number, unconvertedCount: number, stage: { id: string, name: string, probability: number, kind: StageKind }, sum: { amountMinor: number, currency: string }, weightedSum: { amountMinor: number, currency: string }, totals: Array<{ currency: string, count: number, sum: { amountMinor: number, currency: string } }> }> } };

export type BoardEventsSubscriptionVariables = Exact<{
  pipelineId: string | number;
  after?: number | null | undefined;
}>;


export type BoardEventsSubscription = { pipelineEvents: { sequence: number, type: string, subjectId: string, deal: { id: string, title: string, version: number, position: number, status: DealStatus, type: DealType, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, stage: { id: string } | null, pipeline: { id: string } | null } | null } };

export type MoveDealMutationVariables = Exact<{
  input: MoveDealInput;
}>;


export type MoveDealMutation = { moveDeal: { id: string, title: string, version: number, position: number, status: DealStatus, type: DealType, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, stage: { id: string } | null, pipeline: { id: string } | null } };

export type WinDealMutationVariables = Exact<{
  input: WinDealInput;
}>;


export type WinDealMutation = { winDeal: { id: string, title: string, version: number, position: number, status: DealStatus, type: DealType, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, stage: { id: string } | null, pipeline: { id: string } | null } };

export type LoseDealMutationVariables = Exact<{
  input: LoseDealInput;
}>;


export type LoseDealMutation = { loseDeal: { id: string, title: string, version: number, position: number, status: DealStatus, type: DealType, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, stage: { id: string } | null, pipeline: { id: string } | null } };

export type LedgerOverrideFieldsFragment = { id: string, action: string, reason: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, at: string, actor: { id: string, name: string } | null };

export type LedgerEntryFieldsFragment = { id: string, createdAt: string, kind: LedgerEntryKind, hook: string, status: LedgerEntryStatus, explanation: string, reasonCode: string, fraudFlags: Array<string>, holdUntil: string | null, approvedAt: string | null, voidReason: string | null, pluginRef: string | null, rateBasisPoints: number | null, codeHash: string | null, settingsHash: string | null, inputHash: string | null, outputHash: string | null, version: number, amount: { amountMinor: number, currency: string }, basis: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, payeeUser: { id: string, name: string } | null, payeeContact: { id: string, name: string } | null, deal: { id: string, title: string } | null, reverses: { id: string, createdAt: string, hook: string, amount: { amountMinor: number, currency: string }, deal: { id: string, title: string } | null } | null, overrides: Array<{ id: string, action: string, reason: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, at: string, actor: { id: string, name: string } | null }> };

export type LedgerEntriesQueryVariables = Exact<{
  filter?: LedgerEntryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LedgerEntriesQuery = { ledgerEntries: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, createdAt: string, kind: LedgerEntryKind, hook: string, status: LedgerEntryStatus, explanation: string, reasonCode: string, fraudFlags: Array<string>, holdUntil: string | null, approvedAt: string | null, voidReason: string | null, pluginRef: string | null, rateBasisPoints: number | null, codeHash: string | null, settingsHash: string | null, inputHash: string | null, outputHash: string | null, version: number, amount: { amountMinor: number, currency: string }, basis: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, payeeUser: { id: string, name: string } | null, payeeContact: { id: string, name: string } | null, deal: { id: string, title: string } | null, reverses: { id: string, createdAt: string, hook: string, amount: { amountMinor: number, currency: string }, deal: { id: string, title: string } | null } | null, overrides: Array<{ id: string, action: string, reason: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, at: string, actor: { id: string, name: string } | null }> } }> } };

export type ApproveLedgerEntriesMutationVariables = Exact<{
  input: ApproveLedgerEntriesInput;
}>;


export type ApproveLedgerEntriesMutation = { approveLedgerEntries: Array<{ id: string, status: LedgerEntryStatus, approvedAt: string | null, version: number }> };

export type ApproveDueLedgerEntriesMutationVariables = Exact<{
  input: ApproveDueLedgerEntriesInput;
}>;


export type ApproveDueLedgerEntriesMutation = { approveDueLedgerEntries: number };

export type VoidLedgerEntryMutationVariables = Exact<{
  input: VoidLedgerEntryInput;
}>;


export type VoidLedgerEntryMutation = { voidLedgerEntry: { id: string, createdAt: string, kind: LedgerEntryKind, hook: string, status: LedgerEntryStatus, explanation: string, reasonCode: string, fraudFlags: Array<string>, holdUntil: string | null, approvedAt: string | null, voidReason: string | null, pluginRef: string | null, rateBasisPoints: number | null, codeHash: string | null, settingsHash: string | null, inputHash: string | null, outputHash: string | null, version: number, amount: { amountMinor: number, currency: string }, basis: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, payeeUser: { id: string, name: string } | null, payeeContact: { id: string, name: string } | null, deal: { id: string, title: string } | null, reverses: { id: string, createdAt: string, hook: string, amount: { amountMinor: number, currency: string }, deal: { id: string, title: string } | null } | null, overrides: Array<{ id: string, action: string, reason: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, at: string, actor: { id: string, name: string } | null }> } };

export type ReleaseHeldLedgerEntryMutationVariables = Exact<{
  input: ReleaseHeldEntryInput;
}>;


export type ReleaseHeldLedgerEntryMutation = { releaseHeldLedgerEntry: { id: string, createdAt: string, kind: LedgerEntryKind, hook: string, status: LedgerEntryStatus, explanation: string, reasonCode: string, fraudFlags: Array<string>, holdUntil: string | null, approvedAt: string | null, voidReason: string | null, pluginRef: string | null, rateBasisPoints: number | null, codeHash: string | null, settingsHash: string | null, inputHash: string | null, outputHash: string | null, version: number, amount: { amountMinor: number, currency: string }, basis: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, payeeUser: { id: string, name: string } | null, payeeContact: { id: string, name: string } | null, deal: { id: string, title: string } | null, reverses: { id: string, createdAt: string, hook: string, amount: { amountMinor: number, currency: string }, deal: { id: string, title: string } | null } | null, overrides: Array<{ id: string, action: string, reason: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, at: string, actor: { id: string, name: string } | null }> } };

export type AdjustLedgerMutationVariables = Exact<{
  input: AdjustLedgerInput;
}>;


export type AdjustLedgerMutation = { adjustLedger: { id: string, createdAt: string, kind: LedgerEntryKind, hook: string, status: LedgerEntryStatus, explanation: string, reasonCode: string, fraudFlags: Array<string>, holdUntil: string | null, approvedAt: string | null, voidReason: string | null, pluginRef: string | null, rateBasisPoints: number | null, codeHash: string | null, settingsHash: string | null, inputHash: string | null, outputHash: string | null, version: number, amount: { amountMinor: number, currency: string }, basis: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, payeeUser: { id: string, name: string } | null, payeeContact: { id: string, name: string } | null, deal: { id: string, title: string } | null, reverses: { id: string, createdAt: string, hook: string, amount: { amountMinor: number, currency: string }, deal: { id: string, title: string } | null } | null, overrides: Array<{ id: string, action: string, reason: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, at: string, actor: { id: string, name: string } | null }> } };

export type CommissionPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionPartnersQuery = { partners: { edges: Array<{ node: { id: string, name: string } }> } };

export type PayoutRowFieldsFragment = { id: string, createdAt: string, periodStart: string, periodEnd: string, entryCount: number, status: PayoutStatus, paidAt: string | null, reference: string | null, version: number, total: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, payeeUser: { id: string, name: string } | null };

export type PayoutsQueryVariables = Exact<{
  filter?: PayoutFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PayoutsQuery = { payouts: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, createdAt: string, periodStart: string, periodEnd: string, entryCount: number, status: PayoutStatus, paidAt: string | null, reference: string | null, version: number, total: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, payeeUser: { id: string, name: string } | null } }> } };

export type PayoutStatementQueryVariables = Exact<{
  id: string | number;
}>;


export type PayoutStatementQuery = { payout: { id: string, entries: Array<{ id: string, createdAt: string, kind: LedgerEntryKind, hook: string, explanation: string, rateBasisPoints: number | null, amount: { amountMinor: number, currency: string }, basis: { amountMinor: number, currency: string }, deal: { id: string, title: string } | null }> } | null };

export type PayoutCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type PayoutCsvQuery = { payout: { id: string, csv: string } | null };

export type IssuePayoutsMutationVariables = Exact<{
  input: IssuePayoutsInput;
}>;


export type IssuePayoutsMutation = { issuePayouts: Array<{ id: string, createdAt: string, periodStart: string, periodEnd: string, entryCount: number, status: PayoutStatus, paidAt: string | null, reference: string | null, version: number, total: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, payeeUser: { id: string, name: string } | null }> };

export type MarkPayoutPaidMutationVariables = Exact<{
  input: MarkPayoutPaidInput;
}>;


export type MarkPayoutPaidMutation = { markPayoutPaid: { id: string, createdAt: string, periodStart: string, periodEnd: string, entryCount: number, status: PayoutStatus, paidAt: string | null, reference: string | null, version: number, total: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, payeeUser: { id: string, name: string } | null } };

export type CommissionPeriodFieldsFragment = { id: string, periodStart: string, periodEnd: string, closedAt: string };

export type CommissionPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionPeriodsQuery = { commissionPeriods: Array<{ id: string, periodStart: string, periodEnd: string, closedAt: string }> };

export type CloseCommissionPeriodMutationVariables = Exact<{
  input: CommissionPeriodInput;
}>;


export type CloseCommissionPeriodMutation = { closeCommissionPeriod: { id: string, periodStart: string, periodEnd: string, closedAt: string } };

export type ContactRowFieldsFragment = { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isCustomer: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, organization: { id: string, name: string } | null, owner: { id: string, name: string } | null };

export type ContactsQueryVariables = Exact<{
  filter?: ContactFilter | null | undefined;
  orderBy?: ContactOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContactsQuery = { contacts: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, email: string | null, phone: string | null, jobTitle: string | null, isCustomer: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, organization: { id: string, name: string } | null, owner: { id: string, name: string } | null } }> } };

export type ContactFieldsFragment = { id: string, firstName: string, lastName: string | null, name: string, email: string | null, phone: string | null, jobTitle: string | null, isCustomer: boolean, customerSince: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, referralCode: string | null, organization: { id: string, name: string } | null, owner: { id: string, name: string } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: ReferralStatus, createdAt: string, convertedAt: string | null, lead: { id: string, name: string } | null, referred: { id: string, name: string } | null } }> } };

export type RelatedDealFieldsFragment = { id: string, title: string, status: DealStatus, amount: { amountMinor: number, currency: string }, stage: { id: string, name: string } | null };

export type ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactQuery = { contact: { id: string, firstName: string, lastName: string | null, name: string, email: string | null, phone: string | null, jobTitle: string | null, isCustomer: boolean, customerSince: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, referralCode: string | null, organization: { id: string, name: string } | null, owner: { id: string, name: string } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: ReferralStatus, createdAt: string, convertedAt: string | null, lead: { id: string, name: string } | null, referred: { id: string, name: string } | null } }> } } | null, deals: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: DealStatus, amount: { amountMinor: number, currency: string }, stage: { id: string, name: string } | null } }> } };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { createContact: { id: string, firstName: string, lastName: string | null, name: string, email: string | null, phone: string | null, jobTitle: string | null, isCustomer: boolean, customerSince: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, referralCode: string | null, organization: { id: string, name: string } | null, owner: { id: string, name: string } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: ReferralStatus, createdAt: string, convertedAt: string | null, lead: { id: string, name: string } | null, referred: { id: string, name: string } | null } }> } } };

export type UpdateContactMutationVariables = Exact<{
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { updateContact: { id: string, firstName: string, lastName: string | null, name: string, email: string | null, phone: string | null, jobTitle: string | null, isCustomer: boolean, customerSince: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, referralCode: string | null, organization: { id: string, name: string } | null, owner: { id: string, name: string } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: ReferralStatus, createdAt: string, convertedAt: string | null, lead: { id: string, name: string } | null, referred: { id: string, name: string } | null } }> } } };

export type ArchiveContactMutationVariables = Exact<{
  input: IdInput;
}>;


export type ArchiveContactMutation = { archiveContact: { id: string, firstName: string, lastName: string | null, name: string, email: string | null, phone: string | null, jobTitle: string | null, isCustomer: boolean, customerSince: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, referralCode: string | null, organization: { id: string, name: string } | null, owner: { id: string, name: string } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: ReferralStatus, createdAt: string, convertedAt: string | null, lead: { id: string, name: string } | null, referred: { id: string, name: string } | null } }> } } };

export type RestoreContactMutationVariables = Exact<{
  input: IdInput;
}>;


export type RestoreContactMutation = { restoreContact: { id: string, firstName: string, lastName: string | null, name: string, email: string | null, phone: string | null, jobTitle: string | null, isCustomer: boolean, customerSince: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, referralCode: string | null, organization: { id: string, name: string } | null, owner: { id: string, name: string } | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: ReferralStatus, createdAt: string, convertedAt: string | null, lead: { id: string, name: string } | null, referred: { id: string, name: string } | null } }> } } };

export type OrganizationRowFieldsFragment = { id: string, name: string, domain: string | null, industry: string | null, employeeCount: number | null, city: string | null, country: string | null, archivedAt: string | null, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null };

export type OrganizationsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  orderBy?: OrganizationOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, domain: string | null, industry: string | null, employeeCount: number | null, city: string | null, country: string | null, archivedAt: string | null, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null } }> } };

export type ContactOrganizationOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ContactOrganizationOptionsQuery = { organizations: { edges: Array<{ node: { id: string, name: string } }> } };

export type OrganizationFieldsFragment = { id: string, name: string, domain: string | null, industry: string | null, employeeCount: number | null, phone: string | null, address: string | null, city: string | null, country: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null };

export type OrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationQuery = { organization: { id: string, name: string, domain: string | null, industry: string | null, employeeCount: number | null, phone: string | null, address: string | null, city: string | null, country: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, contacts: { totalCount: number, edges: Array<{ node: { id: string, name: string, jobTitle: string | null, email: string | null } }> }, owner: { id: string, name: string } | null } | null, deals: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: DealStatus, amount: { amountMinor: number, currency: string }, stage: { id: string, name: string } | null } }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, domain: string | null, industry: string | null, employeeCount: number | null, phone: string | null, address: string | null, city: string | null, country: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string, domain: string | null, industry: string | null, employeeCount: number | null, phone: string | null, address: string | null, city: string | null, country: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null } };

export type ArchiveOrganizationMutationVariables = Exact<{
  input: IdInput;
}>;


export type ArchiveOrganizationMutation = { archiveOrganization: { id: string, name: string, domain: string | null, industry: string | null, employeeCount: number | null, phone: string | null, address: string | null, city: string | null, country: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null } };

export type RestoreOrganizationMutationVariables = Exact<{
  input: IdInput;
}>;


export type RestoreOrganizationMutation = { restoreOrganization: { id: string, name: string, domain: string | null, industry: string | null, employeeCount: number | null, phone: string | null, address: string | null, city: string | null, country: string | null, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null } };

export type DealFormDealFragment = { id: string, version: number, title: string, type: DealType, status: DealStatus, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, pipeline: { id: string } | null, stage: { id: string } | null, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, contact: { id: string, name: string } | null, lineItems: Array<{ id: string }> };

export type DealPageDealFragment = { closedOn: string | null, lostReason: LostReason | null, lostNote: string | null, createdAt: string, id: string, version: number, title: string, type: DealType, status: DealStatus, expectedCloseDate: string | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, stage: { id: string, name: string, kind: StageKind, probability: number } | null, pipeline: { id: string, name: string } | null, lineItems: Array<{ id: string, name: string, quantity: number, discountBasisPoints: number, product: { id: string, name: string, sku: string | null, active: boolean, unitPrice: { amountMinor: number, currency: string } } | null, unitPrice: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string } }>, stageHistory: Array<{ id: string, changedAt: string, changedBy: { id: string, name: string } | null, fromStage: { id: string, name: string } | null, toStage: { id: string, name: string } | null }>, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, contact: { id: string, name: string } | null };

export type DealPageQueryVariables = Exact<{
  id: string | number;
}>;


export type DealPageQuery = { deal: { closedOn: string | null, lostReason: LostReason | null, lostNote: string | null, createdAt: string, id: string, version: number, title: string, type: DealType, status: DealStatus, expectedCloseDate: string | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, stage: { id: string, name: string, kind: StageKind, probability: number } | null, pipeline: { id: string, name: string } | null, lineItems: Array<{ id: string, name: string, quantity: number, discountBasisPoints: number, product: { id: string, name: string, sku: string | null, active: boolean, unitPrice: { amountMinor: number, currency: string } } | null, unitPrice: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string } }>, stageHistory: Array<{ id: string, changedAt: string, changedBy: { id: string, name: string } | null, fromStage: { id: string, name: string } | null, toStage: { id: string, name: string } | null }>, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, contact: { id: string, name: string } | null } | null };

export type DealPageEventCursorQueryVariables = Exact<{
  id: string | number;
  after: number;
}>;


export type DealPageEventCursorQuery = { dealEvents: { cursor: number, hasMore: boolean } };

export type DealPageEventsSubscriptionVariables = Exact<{
  id: string | number;
  after?: number | null | undefined;
}>;


export type DealPageEventsSubscription = { dealEvents: { sequence: number, type: string, subjectId: string, payload: unknown, actor: { id: string, name: string } | null } };

export type DealPageWinMutationVariables = Exact<{
  input: WinDealInput;
}>;


export type DealPageWinMutation = { winDeal: { closedOn: string | null, lostReason: LostReason | null, lostNote: string | null, createdAt: string, id: string, version: number, title: string, type: DealType, status: DealStatus, expectedCloseDate: string | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, stage: { id: string, name: string, kind: StageKind, probability: number } | null, pipeline: { id: string, name: string } | null, lineItems: Array<{ id: string, name: string, quantity: number, discountBasisPoints: number, product: { id: string, name: string, sku: string | null, active: boolean, unitPrice: { amountMinor: number, currency: string } } | null, unitPrice: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string } }>, stageHistory: Array<{ id: string, changedAt: string, changedBy: { id: string, name: string } | null, fromStage: { id: string, name: string } | null, toStage: { id: string, name: string } | null }>, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, contact: { id: string, name: string } | null } };

export type DealPageLoseMutationVariables = Exact<{
  input: LoseDealInput;
}>;


export type DealPageLoseMutation = { loseDeal: { closedOn: string | null, lostReason: LostReason | null, lostNote: string | null, createdAt: string, id: string, version: number, title: string, type: DealType, status: DealStatus, expectedCloseDate: string | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, stage: { id: string, name: string, kind: StageKind, probability: number } | null, pipeline: { id: string, name: string } | null, lineItems: Array<{ id: string, name: string, quantity: number, discountBasisPoints: number, product: { id: string, name: string, sku: string | null, active: boolean, unitPrice: { amountMinor: number, currency: string } } | null, unitPrice: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string } }>, stageHistory: Array<{ id: string, changedAt: string, changedBy: { id: string, name: string } | null, fromStage: { id: string, name: string } | null, toStage: { id: string, name: string } | null }>, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, contact: { id: string, name: string } | null } };

export type DealPageReopenMutationVariables = Exact<{
  input: ReopenDealInput;
}>;


export type DealPageReopenMutation = { reopenDeal: { closedOn: string | null, lostReason: LostReason | null, lostNote: string | null, createdAt: string, id: string, version: number, title: string, type: DealType, status: DealStatus, expectedCloseDate: string | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, stage: { id: string, name: string, kind: StageKind, probability: number } | null, pipeline: { id: string, name: string } | null, lineItems: Array<{ id: string, name: string, quantity: number, discountBasisPoints: number, product: { id: string, name: string, sku: string | null, active: boolean, unitPrice: { amountMinor: number, currency: string } } | null, unitPrice: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string } }>, stageHistory: Array<{ id: string, changedAt: string, changedBy: { id: string, name: string } | null, fromStage: { id: string, name: string } | null, toStage: { id: string, name: string } | null }>, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, contact: { id: string, name: string } | null } };

export type DealPageDeleteMutationVariables = Exact<{
  input: DeleteDealInput;
}>;


export type DealPageDeleteMutation = { deleteDeal: string };

export type DealPageSetLineItemsMutationVariables = Exact<{
  input: SetDealLineItemsInput;
}>;


export type DealPageSetLineItemsMutation = { setDealLineItems: { closedOn: string | null, lostReason: LostReason | null, lostNote: string | null, createdAt: string, id: string, version: number, title: string, type: DealType, status: DealStatus, expectedCloseDate: string | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, stage: { id: string, name: string, kind: StageKind, probability: number } | null, pipeline: { id: string, name: string } | null, lineItems: Array<{ id: string, name: string, quantity: number, discountBasisPoints: number, product: { id: string, name: string, sku: string | null, active: boolean, unitPrice: { amountMinor: number, currency: string } } | null, unitPrice: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string } }>, stageHistory: Array<{ id: string, changedAt: string, changedBy: { id: string, name: string } | null, fromStage: { id: string, name: string } | null, toStage: { id: string, name: string } | null }>, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, contact: { id: string, name: string } | null } };

export type DealProductOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DealProductOptionsQuery = { products: { edges: Array<{ node: { id: string, name: string, sku: string | null, active: boolean, unitPrice: { amountMinor: number, currency: string } } }> } };

export type DealFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DealFormOptionsQuery = { pipelines: { edges: Array<{ node: { id: string, name: string, isDefault: boolean, stages: Array<{ id: string, name: string, kind: StageKind }> } }> }, users: { edges: Array<{ node: { id: string, name: string, active: boolean } }> } };

export type DealFormOrganizationsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DealFormOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string, name: string } }> } };

export type DealFormContactsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DealFormContactsQuery = { contacts: { edges: Array<{ node: { id: string, name: string, organization: { id: string, name: string } | null } }> } };

export type DealFormCreateMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type DealFormCreateMutation = { createDeal: { id: string } };

export type DealFormUpdateMutationVariables = Exact<{
  input: UpdateDealInput;
}>;


export type DealFormUpdateMutation = { updateDeal: { id: string, version: number } };

export type DealFormMoveMutationVariables = Exact<{
  input: MoveDealInput;
}>;


export type DealFormMoveMutation = { moveDeal: { id: string, version: number } };

export type DealFormTransferMutationVariables = Exact<{
  input: TransferDealInput;
}>;


export type DealFormTransferMutation = { transferDeal: { id: string, version: number } };

export type LeadRowFieldsFragment = { id: string, name: string, companyName: string | null, status: LeadStatus, source: LeadSource, score: number, createdAt: string, owner: { id: string, name: string } | null };

export type LeadsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LeadFilter | null | undefined;
  orderBy?: LeadOrderBy | null | undefined;
}>;


export type LeadsQuery = { leads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, companyName: string | null, status: LeadStatus, source: LeadSource, score: number, createdAt: string, owner: { id: string, name: string } | null } }> } };

export type LeadDetailFieldsFragment = { id: string, version: number, name: string, firstName: string, lastName: string | null, email: string | null, phone: string | null, companyName: string | null, companyWebsite: string | null, companyEmployeeCount: number | null, jobTitle: string | null, source: LeadSource, sourceDetail: string | null, score: number, status: LeadStatus, disqualifiedReason: string | null, createdAt: string, convertedAt: string | null, convertedContactId: string | null, convertedOrganizationId: string | null, convertedDealId: string | null, owner: { id: string, name: string } | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, history: Array<{ id: string, fromStatus: LeadStatus | null, toStatus: LeadStatus, reason: string | null, changedAt: string, changedBy: { id: string, name: string } | null }> };

export type LeadQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadQuery = { lead: { id: string, version: number, name: string, firstName: string, lastName: string | null, email: string | null, phone: string | null, companyName: string | null, companyWebsite: string | null, companyEmployeeCount: number | null, jobTitle: string | null, source: LeadSource, sourceDetail: string | null, score: number, status: LeadStatus, disqualifiedReason: string | null, createdAt: string, convertedAt: string | null, convertedContactId: string | null, convertedOrganizationId: string | null, convertedDealId: string | null, owner: { id: string, name: string } | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, history: Array<{ id: string, fromStatus: LeadStatus | null, toStatus: LeadStatus, reason: string | null, changedAt: string, changedBy: { id: string, name: string } | null }> } | null };

export type LeadConvertPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadConvertPipelinesQuery = { pipelines: { edges: Array<{ node: { id: string, name: string, isDefault: boolean } }> } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string } };

export type UpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { id: string, version: number, name: string, firstName: string, lastName: string | null, email: string | null, phone: string | null, companyName: string | null, companyWebsite: string | null, companyEmployeeCount: number | null, jobTitle: string | null, source: LeadSource, sourceDetail: string | null, score: number, status: LeadStatus, disqualifiedReason: string | null, createdAt: string, convertedAt: string | null, convertedContactId: string | null, convertedOrganizationId: string | null, convertedDealId: string | null, owner: { id: string, name: string } | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, history: Array<{ id: string, fromStatus: LeadStatus | null, toStatus: LeadStatus, reason: string | null, changedAt: string, changedBy: { id: string, name: string } | null }> } };

export type ChangeLeadStatusMutationVariables = Exact<{
  input: ChangeLeadStatusInput;
}>;


export type ChangeLeadStatusMutation = { changeLeadStatus: { id: string, version: number, name: string, firstName: string, lastName: string | null, email: string | null, phone: string | null, companyName: string | null, companyWebsite: string | null, companyEmployeeCount: number | null, jobTitle: string | null, source: LeadSource, sourceDetail: string | null, score: number, status: LeadStatus, disqualifiedReason: string | null, createdAt: string, convertedAt: string | null, convertedContactId: string | null, convertedOrganizationId: string | null, convertedDealId: string | null, owner: { id: string, name: string } | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, history: Array<{ id: string, fromStatus: LeadStatus | null, toStatus: LeadStatus, reason: string | null, changedAt: string, changedBy: { id: string, name: string } | null }> } };

export type ConvertLeadMutationVariables = Exact<{
  input: ConvertLeadInput;
}>;


export type ConvertLeadMutation = { convertLead: { contactReused: boolean, organizationReused: boolean, contact: { id: string }, organization: { id: string } | null, deal: { id: string } | null } };

export type DeleteLeadMutationVariables = Exact<{
  input: IdInput;
}>;


export type DeleteLeadMutation = { deleteLead: string };

export type MyDayTaskFragment = { id: string, type: ActivityType, subject: string, dueAt: string | null, isOverdue: boolean, deal: { id: string, title: string } | null, lead: { id: string, name: string } | null, contact: { id: string, name: string } | null, organization: { id: string, name: string } | null };

export type MyDayQueryVariables = Exact<{
  me: string | number;
  startOfToday: string;
  startOfTomorrow: string;
  closeBy: string;
}>;


export type MyDayQuery = { overdue: { totalCount: number, edges: Array<{ node: { id: string, type: ActivityType, subject: string, dueAt: string | null, isOverdue: boolean, deal: { id: string, title: string } | null, lead: { id: string, name: string } | null, contact: { id: string, name: string } | null, organization: { id: string, name: string } | null } }> }, today: { totalCount: number, edges: Array<{ node: { id: string, type: ActivityType, subject: string, dueAt: string | null, isOverdue: boolean, deal: { id: string, title: string } | null, lead: { id: string, name: string } | null, contact: { id: string, name: string } | null, organization: { id: string, name: string } | null } }> }, followUps: { totalCount: number, edges: Array<{ node: { id: string, title: string, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, organization: { id: string, name: string } | null, stage: { id: string, name: string } | null } }> } };

export type CompleteMyDayTaskMutationVariables = Exact<{
  input: CompleteActivityInput;
}>;


export type CompleteMyDayTaskMutation = { completeActivity: { id: string, doneAt: string | null } };

export type NotificationFragment = { sequence: number, type: string, subjectId: string, occurredAt: string, payload: unknown, actor: { id: string, name: string } | null, deal: { id: string, title: string } | null };

export type NotificationStateQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationStateQuery = { notificationState: { readUpTo: number, recentFrom: number } };

export type NotificationsQueryVariables = Exact<{
  after: number;
}>;


export type NotificationsQuery = { myNotifications: { cursor: number, hasMore: boolean, reloadRequired: boolean, events: Array<{ sequence: number, type: string, subjectId: string, occurredAt: string, payload: unknown, actor: { id: string, name: string } | null, deal: { id: string, title: string } | null }> } };

export type NotificationEventsSubscriptionVariables = Exact<{
  after?: number | null | undefined;
}>;


export type NotificationEventsSubscription = { myNotifications: { sequence: number, type: string, subjectId: string, occurredAt: string, payload: unknown, actor: { id: string, name: string } | null, deal: { id: string, title: string } | null } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { readUpTo: number } };

export type PartnerRowFieldsFragment = { id: string, name: string, type: PartnerType, status: PartnerStatus, tier: string | null, referralCode: string, email: string | null, domain: string | null, updatedAt: string, group: { id: string, name: string } | null };

export type PartnersQueryVariables = Exact<{
  filter?: PartnerFilter | null | undefined;
  orderBy?: PartnerOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnersQuery = { partners: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, type: PartnerType, status: PartnerStatus, tier: string | null, referralCode: string, email: string | null, domain: string | null, updatedAt: string, group: { id: string, name: string } | null } }> } };

export type PartnerFieldsFragment = { id: string, name: string, type: PartnerType, status: PartnerStatus, tier: string | null, email: string | null, domain: string | null, referralCode: string, installationId: string | null, version: number, createdAt: string, updatedAt: string, group: { id: string, name: string } | null, manager: { id: string, name: string } | null };

export type PartnerUserFieldsFragment = { id: string, name: string, email: string, active: boolean, lastLoginAt: string | null };

export type RegistrationFieldsFragment = { id: string, title: string, organizationName: string, organizationDomain: string | null, contactName: string | null, contactEmail: string | null, notes: string | null, status: RegistrationStatus, expectedCloseDate: string | null, expiresAt: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null, version: number, amount: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null, deal: { id: string, title: string } | null, conflicts: Array<{ kind: RegistrationConflictKind, description: string, dealId: string | null, registrationId: string | null }> };

export type PartnerDealFieldsFragment = { id: string, title: string, status: DealStatus, amount: { amountMinor: number, currency: string }, stage: { id: string, name: string } | null, owner: { id: string, name: string } | null };

export type PartnerRegistrationRowFieldsFragment = { id: string, title: string, organizationName: string, status: RegistrationStatus, createdAt: string, amount: { amountMinor: number, currency: string }, deal: { id: string } | null, conflicts: Array<{ kind: RegistrationConflictKind }> };

export type PartnerPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerPageQuery = { partner: { id: string, name: string, type: PartnerType, status: PartnerStatus, tier: string | null, email: string | null, domain: string | null, referralCode: string, installationId: string | null, version: number, createdAt: string, updatedAt: string, users: Array<{ id: string, name: string, email: string, active: boolean, lastLoginAt: string | null }>, group: { id: string, name: string } | null, manager: { id: string, name: string } | null } | null, dealRegistrations: { totalCount: number, edges: Array<{ node: { id: string, title: string, organizationName: string, status: RegistrationStatus, createdAt: string, amount: { amountMinor: number, currency: string }, deal: { id: string } | null, conflicts: Array<{ kind: RegistrationConflictKind }> } }> }, deals: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: DealStatus, amount: { amountMinor: number, currency: string }, stage: { id: string, name: string } | null, owner: { id: string, name: string } | null } }> } };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { createPartner: { id: string, name: string, type: PartnerType, status: PartnerStatus, tier: string | null, email: string | null, domain: string | null, referralCode: string, installationId: string | null, version: number, createdAt: string, updatedAt: string, group: { id: string, name: string } | null, manager: { id: string, name: string } | null } };

export type UpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type UpdatePartnerMutation = { updatePartner: { id: string, name: string, type: PartnerType, status: PartnerStatus, tier: string | null, email: string | null, domain: string | null, referralCode: string, installationId: string | null, version: number, createdAt: string, updatedAt: string, group: { id: string, name: string } | null, manager: { id: string, name: string } | null } };

export type RegeneratePartnerReferralCodeMutationVariables = Exact<{
  input: IdInput;
}>;


export type RegeneratePartnerReferralCodeMutation = { regeneratePartnerReferralCode: { id: string, name: string, type: PartnerType, status: PartnerStatus, tier: string | null, email: string | null, domain: string | null, referralCode: string, installationId: string | null, version: number, createdAt: string, updatedAt: string, group: { id: string, name: string } | null, manager: { id: string, name: string } | null } };

export type InvitePartnerUserMutationVariables = Exact<{
  input: InvitePartnerUserInput;
}>;


export type InvitePartnerUserMutation = { invitePartnerUser: { acceptUrl: string, invite: { id: string, email: string, expiresAt: string } } };

export type PartnerGroupFieldsFragment = { id: string, name: string, description: string | null, holdDays: number, defaultInstallationId: string | null, version: number };

export type PartnerGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerGroupsQuery = { partnerGroups: Array<{ id: string, name: string, description: string | null, holdDays: number, defaultInstallationId: string | null, version: number }> };

export type PartnerInstallationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerInstallationsQuery = { pluginInstallations: Array<{ id: string, name: string, enabled: boolean, plugin: { id: string, name: string } | null }> };

export type CreatePartnerGroupMutationVariables = Exact<{
  input: CreatePartnerGroupInput;
}>;


export type CreatePartnerGroupMutation = { createPartnerGroup: { id: string, name: string, description: string | null, holdDays: number, defaultInstallationId: string | null, version: number } };

export type UpdatePartnerGroupMutationVariables = Exact<{
  input: UpdatePartnerGroupInput;
}>;


export type UpdatePartnerGroupMutation = { updatePartnerGroup: { id: string, name: string, description: string | null, holdDays: number, defaultInstallationId: string | null, version: number } };

export type DeletePartnerGroupMutationVariables = Exact<{
  input: IdInput;
}>;


export type DeletePartnerGroupMutation = { deletePartnerGroup: string };

export type RegistrationsQueryVariables = Exact<{
  filter?: DealRegistrationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegistrationsQuery = { dealRegistrations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, organizationName: string, organizationDomain: string | null, contactName: string | null, contactEmail: string | null, notes: string | null, status: RegistrationStatus, expectedCloseDate: string | null, expiresAt: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null, version: number, amount: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null, deal: { id: string, title: string } | null, conflicts: Array<{ kind: RegistrationConflictKind, description: string, dealId: string | null, registrationId: string | null }> } }> } };

export type RegistrationApproveOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrationApproveOptionsQuery = { pipelines: { edges: Array<{ node: { id: string, name: string, isDefault: boolean } }> } };

export type ApproveDealRegistrationMutationVariables = Exact<{
  input: ApproveDealRegistrationInput;
}>;


export type ApproveDealRegistrationMutation = { approveDealRegistration: { id: string, title: string, organizationName: string, organizationDomain: string | null, contactName: string | null, contactEmail: string | null, notes: string | null, status: RegistrationStatus, expectedCloseDate: string | null, expiresAt: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null, version: number, amount: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null, deal: { id: string, title: string } | null, conflicts: Array<{ kind: RegistrationConflictKind, description: string, dealId: string | null, registrationId: string | null }> } };

export type RejectDealRegistrationMutationVariables = Exact<{
  input: RejectDealRegistrationInput;
}>;


export type RejectDealRegistrationMutation = { rejectDealRegistration: { id: string, title: string, organizationName: string, organizationDomain: string | null, contactName: string | null, contactEmail: string | null, notes: string | null, status: RegistrationStatus, expectedCloseDate: string | null, expiresAt: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null, version: number, amount: { amountMinor: number, currency: string }, partner: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null, deal: { id: string, title: string } | null, conflicts: Array<{ kind: RegistrationConflictKind, description: string, dealId: string | null, registrationId: string | null }> } };

export type AttributionFieldsFragment = { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null };

export type AttributionPartnerOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AttributionPartnerOptionsQuery = { partners: { edges: Array<{ node: { id: string, name: string, type: PartnerType } }> } };

export type SetDealAttributionMutationVariables = Exact<{
  input: SetDealAttributionInput;
}>;


export type SetDealAttributionMutation = { setDealAttribution: { closedOn: string | null, lostReason: LostReason | null, lostNote: string | null, createdAt: string, id: string, version: number, title: string, type: DealType, status: DealStatus, expectedCloseDate: string | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, stage: { id: string, name: string, kind: StageKind, probability: number } | null, pipeline: { id: string, name: string } | null, lineItems: Array<{ id: string, name: string, quantity: number, discountBasisPoints: number, product: { id: string, name: string, sku: string | null, active: boolean, unitPrice: { amountMinor: number, currency: string } } | null, unitPrice: { amountMinor: number, currency: string }, total: { amountMinor: number, currency: string } }>, stageHistory: Array<{ id: string, changedAt: string, changedBy: { id: string, name: string } | null, fromStage: { id: string, name: string } | null, toStage: { id: string, name: string } | null }>, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null, contact: { id: string, name: string } | null } };

export type SetLeadAttributionMutationVariables = Exact<{
  input: SetLeadAttributionInput;
}>;


export type SetLeadAttributionMutation = { setLeadAttribution: { id: string, version: number, name: string, firstName: string, lastName: string | null, email: string | null, phone: string | null, companyName: string | null, companyWebsite: string | null, companyEmployeeCount: number | null, jobTitle: string | null, source: LeadSource, sourceDetail: string | null, score: number, status: LeadStatus, disqualifiedReason: string | null, createdAt: string, convertedAt: string | null, convertedContactId: string | null, convertedOrganizationId: string | null, convertedDealId: string | null, owner: { id: string, name: string } | null, attribution: { source: AttributionSource, attributedAt: string, partner: { id: string, name: string } | null, attributedBy: { id: string, name: string } | null } | null, history: Array<{ id: string, fromStatus: LeadStatus | null, toStatus: LeadStatus, reason: string | null, changedAt: string, changedBy: { id: string, name: string } | null }> } };

export type ContactReferralFieldsFragment = { referralCode: string | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: ReferralStatus, createdAt: string, convertedAt: string | null, lead: { id: string, name: string } | null, referred: { id: string, name: string } | null } }> } };

export type IssueReferralCodeMutationVariables = Exact<{
  input: IssueReferralCodeInput;
}>;


export type IssueReferralCodeMutation = { issueReferralCode: { id: string, isCustomer: boolean, referralCode: string | null, referrals: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: ReferralStatus, createdAt: string, convertedAt: string | null, lead: { id: string, name: string } | null, referred: { id: string, name: string } | null } }> } } };

export type PluginVersionFieldsFragment = { id: string, semver: string, hooks: Array<string>, codeHash: string, publishedAt: string, settingsSchema: Record<string, unknown> };

export type PluginInstallationFieldsFragment = { id: string, name: string, enabled: boolean, scope: InstallationScope, settings: Record<string, unknown>, version: number, updatedAt: string, plugin: { id: string, key: string, name: string } | null, pluginVersion: { id: string, semver: string } | null };

export type PluginsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PluginsPageQuery = { pluginInstallations: Array<{ id: string, name: string, enabled: boolean, scope: InstallationScope, settings: Record<string, unknown>, version: number, updatedAt: string, plugin: { id: string, key: string, name: string } | null, pluginVersion: { id: string, semver: string } | null }>, plugins: Array<{ id: string, key: string, name: string, description: string | null, kind: PluginKind, builtIn: boolean, versions: Array<{ id: string, semver: string, hooks: Array<string>, codeHash: string, publishedAt: string, settingsSchema: Record<string, unknown> }> }>, builtInPlugins: Array<{ key: string, name: string, description: string | null, version: string }> };

export type AddBuiltInPluginMutationVariables = Exact<{
  input: AddBuiltInPluginInput;
}>;


export type AddBuiltInPluginMutation = { addBuiltInPlugin: { id: string, semver: string, plugin: { id: string, name: string } | null } };

export type PublishPluginVersionMutationVariables = Exact<{
  input: PublishPluginVersionInput;
}>;


export type PublishPluginVersionMutation = { publishPluginVersion: { id: string, semver: string, plugin: { id: string, name: string } | null } };

export type InstallPluginMutationVariables = Exact<{
  input: InstallPluginInput;
}>;


export type InstallPluginMutation = { installPlugin: { id: string, name: string, enabled: boolean, scope: InstallationScope, settings: Record<string, unknown>, version: number, updatedAt: string, plugin: { id: string, key: string, name: string } | null, pluginVersion: { id: string, semver: string } | null } };

export type UpdatePluginInstallationMutationVariables = Exact<{
  input: UpdateInstallationInput;
}>;


export type UpdatePluginInstallationMutation = { updatePluginInstallation: { id: string, name: string, enabled: boolean, scope: InstallationScope, settings: Record<string, unknown>, version: number, updatedAt: string, plugin: { id: string, key: string, name: string } | null, pluginVersion: { id: string, semver: string } | null } };

export type SimulatePluginQueryVariables = Exact<{
  input: SimulatePluginInput;
}>;


export type SimulatePluginQuery = { simulatePlugin: { runs: number, failureCount: number, failures: Array<{ eventId: string, reason: string, message: string }>, payees: Array<{ partnerId: string | null, partnerName: string | null, payeeUserId: string | null, currency: string, recordedMinor: number, simulatedMinor: number, differenceMinor: number }> } };

export type PluginRunFieldsFragment = { id: string, createdAt: string, updatedAt: string, hook: string, status: PluginRunStatus, attempts: number, failureReason: string | null, failureMessage: string | null, logs: string, nextAttemptAt: string | null, durationMicros: number | null, installation: { id: string, name: string } | null, pluginVersion: { id: string, semver: string, plugin: { id: string, name: string } | null } | null };

export type PluginRunsQueryVariables = Exact<{
  filter?: PluginRunFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PluginRunsQuery = { pluginRuns: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, createdAt: string, updatedAt: string, hook: string, status: PluginRunStatus, attempts: number, failureReason: string | null, failureMessage: string | null, logs: string, nextAttemptAt: string | null, durationMicros: number | null, installation: { id: string, name: string } | null, pluginVersion: { id: string, semver: string, plugin: { id: string, name: string } | null } | null } }> } };

export type RetryPluginRunMutationVariables = Exact<{
  input: IdInput;
}>;


export type RetryPluginRunMutation = { retryPluginRun: { id: string, createdAt: string, updatedAt: string, hook: string, status: PluginRunStatus, attempts: number, failureReason: string | null, failureMessage: string | null, logs: string, nextAttemptAt: string | null, durationMicros: number | null, installation: { id: string, name: string } | null, pluginVersion: { id: string, semver: string, plugin: { id: string, name: string } | null } | null } };

export type PortalPartnerQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalPartnerQuery = { myPartner: { id: string, name: string, type: PartnerType, status: PartnerStatus, tier: string | null, referralCode: string } | null };

export type PortalLedgerQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PortalLedgerQuery = { ledgerEntries: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, createdAt: string, kind: LedgerEntryKind, status: LedgerEntryStatus, explanation: string, amount: { amountMinor: number, currency: string } } }> } };

export type PortalRegistrationFieldsFragment = { id: string, title: string, organizationName: string, organizationDomain: string | null, status: RegistrationStatus, expectedCloseDate: string | null, expiresAt: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null, amount: { amountMinor: number, currency: string }, conflicts: Array<{ kind: RegistrationConflictKind, description: string }> };

export type PortalSubmitRegistrationMutationVariables = Exact<{
  input: SubmitDealRegistrationInput;
}>;


export type PortalSubmitRegistrationMutation = { submitDealRegistration: { id: string, title: string, organizationName: string, organizationDomain: string | null, status: RegistrationStatus, expectedCloseDate: string | null, expiresAt: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null, amount: { amountMinor: number, currency: string }, conflicts: Array<{ kind: RegistrationConflictKind, description: string }> } };

export type PortalRegistrationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PortalRegistrationsQuery = { dealRegistrations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, organizationName: string, organizationDomain: string | null, status: RegistrationStatus, expectedCloseDate: string | null, expiresAt: string, createdAt: string, decidedAt: string | null, rejectionReason: string | null, amount: { amountMinor: number, currency: string }, conflicts: Array<{ kind: RegistrationConflictKind, description: string }> } }> } };

export type PortalDealsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PortalDealsQuery = { partnerDeals: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, status: DealStatus, expectedCloseDate: string | null, amount: { amountMinor: number, currency: string }, stage: { id: string, name: string } | null } }> } };

export type PortalPayoutsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PortalPayoutsQuery = { payouts: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ cursor: string, node: { id: string, periodStart: string, periodEnd: string, entryCount: number, status: PayoutStatus, paidAt: string | null, reference: string | null, createdAt: string, total: { amountMinor: number, currency: string } } }> } };

export type PortalPayoutCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalPayoutCsvQuery = { payout: { id: string, csv: string } | null };

export type ReferralInvitationQueryVariables = Exact<{
  workspace: string;
  referralCode: string;
}>;


export type ReferralInvitationQuery = { referralInvitation: { workspaceName: string, referrerName: string } };

export type SubmitReferralMutationVariables = Exact<{
  input: SubmitReferralInput;
}>;


export type SubmitReferralMutation = { submitReferral: boolean };

export type SettingsStageFragment = { id: string, name: string, probability: number, kind: StageKind, position: number, version: number };

export type SettingsPipelineFragment = { id: string, name: string, isDefault: boolean, version: number, stages: Array<{ id: string, name: string, probability: number, kind: StageKind, position: number, version: number }> };

export type SettingsPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPipelinesQuery = { pipelines: { edges: Array<{ node: { id: string, name: string, isDefault: boolean, version: number, stages: Array<{ id: string, name: string, probability: number, kind: StageKind, position: number, version: number }> } }> } };

export type CreateSettingsPipelineMutationVariables = Exact<{
  input: CreatePipelineInput;
}>;


export type CreateSettingsPipelineMutation = { createPipeline: { id: string, name: string, isDefault: boolean, version: number, stages: Array<{ id: string, name: string, probability: number, kind: StageKind, position: number, version: number }> } };

export type UpdateSettingsPipelineMutationVariables = Exact<{
  input: UpdatePipelineInput;
}>;


export type UpdateSettingsPipelineMutation = { updatePipeline: { id: string, name: string, isDefault: boolean, version: number } };

export type CreateSettingsStageMutationVariables = Exact<{
  input: CreateStageInput;
}>;


export type CreateSettingsStageMutation = { createStage: { id: string, name: string, probability: number, kind: StageKind, position: number, version: number } };

export type UpdateSettingsStageMutationVariables = Exact<{
  input: UpdateStageInput;
}>;


export type UpdateSettingsStageMutation = { updateStage: { id: string, name: string, probability: number, kind: StageKind, position: number, version: number } };

export type ReorderSettingsStagesMutationVariables = Exact<{
  input: ReorderStagesInput;
}>;


export type ReorderSettingsStagesMutation = { reorderStages: Array<{ id: string, name: string, probability: number, kind: StageKind, position: number, version: number }> };

export type DeleteSettingsStageMutationVariables = Exact<{
  input: DeleteStageInput;
}>;


export type DeleteSettingsStageMutation = { deleteStage: string };

export type SettingsUserFragment = { id: string, name: string, email: string, role: Role, jobTitle: JobTitle | null, active: boolean, lastLoginAt: string | null, version: number };

export type SettingsUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsUsersQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, name: string, email: string, role: Role, jobTitle: JobTitle | null, active: boolean, lastLoginAt: string | null, version: number } }> } };

export type UpdateSettingsUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateSettingsUserMutation = { updateUser: { id: string, name: string, email: string, role: Role, jobTitle: JobTitle | null, active: boolean, lastLoginAt: string | null, version: number } };

export type SettingsInviteFragment = { id: string, email: string, role: Role, jobTitle: JobTitle | null, expiresAt: string };

export type SettingsInvitesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsInvitesQuery = { invites: Array<{ id: string, email: string, role: Role, jobTitle: JobTitle | null, expiresAt: string }> };

export type InviteSettingsUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteSettingsUserMutation = { inviteUser: { acceptUrl: string, invite: { id: string, email: string, role: Role, jobTitle: JobTitle | null, expiresAt: string } } };

export type RevokeSettingsInviteMutationVariables = Exact<{
  input: IdInput;
}>;


export type RevokeSettingsInviteMutation = { revokeInvite: { id: string } };

export type SettingsWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsWorkspaceQuery = { tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string, repsSeeOwnRecordsOnly: boolean } };

export type UpdateSettingsWorkspaceMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateSettingsWorkspaceMutation = { updateTenantSettings: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string, repsSeeOwnRecordsOnly: boolean } };

export type SessionTestMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionTestMeQuery = { me: { id: string, name: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TimelineActivityFragmentDoc = new TypedDocumentString(`
    fragment TimelineActivity on Activity {
  id
  version
  type
  subject
  note
  outcome
  dueAt
  doneAt
  isOverdue
  durationMinutes
  createdAt
  owner {
    id
    name
  }
}
    `, {"fragmentName":"TimelineActivity"}) as unknown as TypedDocumentString<TimelineActivityFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const BoardCardFragmentDoc = new TypedDocumentString(`
    fragment BoardCard on Deal {
  id
  title
  version
  position
  status
  type
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  stage {
    id
  }
  pipeline {
    id
  }
}
    `, {"fragmentName":"BoardCard"}) as unknown as TypedDocumentString<BoardCardFragment, unknown>;
export const BoardFiguresFragmentDoc = new TypedDocumentString(`
    fragment BoardFigures on BoardColumn {
  count
  stage {
    id
    name
    probability
    kind
  }
  sum {
    amountMinor
    currency
  }
  weightedSum {
    amountMinor
    currency
  }
  totals {
    currency
    count
    sum {
      amountMinor
      currency
    }
  }
  unconvertedCount
}
    `, {"fragmentName":"BoardFigures"}) as unknown as TypedDocumentString<BoardFiguresFragment, unknown>;
export const LedgerOverrideFieldsFragmentDoc = new TypedDocumentString(`
    fragment LedgerOverrideFields on AuditEntry {
  id
  action
  reason
  before
  after
  at
  actor {
    id
    name
  }
}
    `, {"fragmentName":"LedgerOverrideFields"}) as unknown as TypedDocumentString<LedgerOverrideFieldsFragment, unknown>;
export const LedgerEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment LedgerEntryFields on LedgerEntry {
  id
  createdAt
  kind
  hook
  status
  explanation
  reasonCode
  fraudFlags
  holdUntil
  approvedAt
  voidReason
  pluginRef
  rateBasisPoints
  codeHash
  settingsHash
  inputHash
  outputHash
  version
  amount {
    amountMinor
    currency
  }
  basis {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  payeeUser {
    id
    name
  }
  payeeContact {
    id
    name
  }
  deal {
    id
    title
  }
  reverses {
    id
    createdAt
    hook
    amount {
      amountMinor
      currency
    }
    deal {
      id
      title
    }
  }
  overrides {
    ...LedgerOverrideFields
  }
}
    fragment LedgerOverrideFields on AuditEntry {
  id
  action
  reason
  before
  after
  at
  actor {
    id
    name
  }
}`, {"fragmentName":"LedgerEntryFields"}) as unknown as TypedDocumentString<LedgerEntryFieldsFragment, unknown>;
export const PayoutRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment PayoutRowFields on Payout {
  id
  createdAt
  periodStart
  periodEnd
  entryCount
  status
  paidAt
  reference
  version
  total {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  payeeUser {
    id
    name
  }
}
    `, {"fragmentName":"PayoutRowFields"}) as unknown as TypedDocumentString<PayoutRowFieldsFragment, unknown>;
export const CommissionPeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommissionPeriodFields on CommissionPeriod {
  id
  periodStart
  periodEnd
  closedAt
}
    `, {"fragmentName":"CommissionPeriodFields"}) as unknown as TypedDocumentString<CommissionPeriodFieldsFragment, unknown>;
export const ContactRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactRowFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isCustomer
  archivedAt
  createdAt
  updatedAt
  organization {
    id
    name
  }
  owner {
    id
    name
  }
}
    `, {"fragmentName":"ContactRowFields"}) as unknown as TypedDocumentString<ContactRowFieldsFragment, unknown>;
export const ContactReferralFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactReferralFields on Contact {
  referralCode
  referrals(first: 20) {
    totalCount
    edges {
      node {
        id
        code
        status
        createdAt
        convertedAt
        lead {
          id
          name
        }
        referred {
          id
          name
        }
      }
    }
  }
}
    `, {"fragmentName":"ContactReferralFields"}) as unknown as TypedDocumentString<ContactReferralFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactFields on Contact {
  id
  firstName
  lastName
  name
  email
  phone
  jobTitle
  isCustomer
  customerSince
  archivedAt
  version
  createdAt
  updatedAt
  ...ContactReferralFields
  organization {
    id
    name
  }
  owner {
    id
    name
  }
}
    fragment ContactReferralFields on Contact {
  referralCode
  referrals(first: 20) {
    totalCount
    edges {
      node {
        id
        code
        status
        createdAt
        convertedAt
        lead {
          id
          name
        }
        referred {
          id
          name
        }
      }
    }
  }
}`, {"fragmentName":"ContactFields"}) as unknown as TypedDocumentString<ContactFieldsFragment, unknown>;
export const RelatedDealFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelatedDealFields on Deal {
  id
  title
  status
  amount {
    amountMinor
    currency
  }
  stage {
    id
    name
  }
}
    `, {"fragmentName":"RelatedDealFields"}) as unknown as TypedDocumentString<RelatedDealFieldsFragment, unknown>;
export const OrganizationRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationRowFields on Organization {
  id
  name
  domain
  industry
  employeeCount
  city
  country
  archivedAt
  createdAt
  updatedAt
  owner {
    id
    name
  }
}
    `, {"fragmentName":"OrganizationRowFields"}) as unknown as TypedDocumentString<OrganizationRowFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationFields on Organization {
  id
  name
  domain
  industry
  employeeCount
  phone
  address
  city
  country
  archivedAt
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}
    `, {"fragmentName":"OrganizationFields"}) as unknown as TypedDocumentString<OrganizationFieldsFragment, unknown>;
export const DealFormDealFragmentDoc = new TypedDocumentString(`
    fragment DealFormDeal on Deal {
  id
  version
  title
  type
  status
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  pipeline {
    id
  }
  stage {
    id
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  contact {
    id
    name
  }
  lineItems {
    id
  }
}
    `, {"fragmentName":"DealFormDeal"}) as unknown as TypedDocumentString<DealFormDealFragment, unknown>;
export const AttributionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}
    `, {"fragmentName":"AttributionFields"}) as unknown as TypedDocumentString<AttributionFieldsFragment, unknown>;
export const DealPageDealFragmentDoc = new TypedDocumentString(`
    fragment DealPageDeal on Deal {
  ...DealFormDeal
  closedOn
  lostReason
  lostNote
  createdAt
  attribution {
    ...AttributionFields
  }
  stage {
    id
    name
    kind
    probability
  }
  pipeline {
    id
    name
  }
  lineItems {
    id
    name
    quantity
    discountBasisPoints
    product {
      id
      name
      sku
      active
      unitPrice {
        amountMinor
        currency
      }
    }
    unitPrice {
      amountMinor
      currency
    }
    total {
      amountMinor
      currency
    }
  }
  stageHistory {
    id
    changedAt
    changedBy {
      id
      name
    }
    fromStage {
      id
      name
    }
    toStage {
      id
      name
    }
  }
}
    fragment DealFormDeal on Deal {
  id
  version
  title
  type
  status
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  pipeline {
    id
  }
  stage {
    id
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  contact {
    id
    name
  }
  lineItems {
    id
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`, {"fragmentName":"DealPageDeal"}) as unknown as TypedDocumentString<DealPageDealFragment, unknown>;
export const LeadRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadRowFields on Lead {
  id
  name
  companyName
  status
  source
  score
  createdAt
  owner {
    id
    name
  }
}
    `, {"fragmentName":"LeadRowFields"}) as unknown as TypedDocumentString<LeadRowFieldsFragment, unknown>;
export const LeadDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadDetailFields on Lead {
  id
  version
  name
  firstName
  lastName
  email
  phone
  companyName
  companyWebsite
  companyEmployeeCount
  jobTitle
  source
  sourceDetail
  score
  status
  disqualifiedReason
  createdAt
  convertedAt
  convertedContactId
  convertedOrganizationId
  convertedDealId
  owner {
    id
    name
  }
  attribution {
    ...AttributionFields
  }
  history {
    id
    fromStatus
    toStatus
    reason
    changedAt
    changedBy {
      id
      name
    }
  }
}
    fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`, {"fragmentName":"LeadDetailFields"}) as unknown as TypedDocumentString<LeadDetailFieldsFragment, unknown>;
export const MyDayTaskFragmentDoc = new TypedDocumentString(`
    fragment MyDayTask on Activity {
  id
  type
  subject
  dueAt
  isOverdue
  deal {
    id
    title
  }
  lead {
    id
    name
  }
  contact {
    id
    name
  }
  organization {
    id
    name
  }
}
    `, {"fragmentName":"MyDayTask"}) as unknown as TypedDocumentString<MyDayTaskFragment, unknown>;
export const NotificationFragmentDoc = new TypedDocumentString(`
    fragment Notification on OutboxEvent {
  sequence
  type
  subjectId
  occurredAt
  payload
  actor {
    id
    name
  }
  deal {
    id
    title
  }
}
    `, {"fragmentName":"Notification"}) as unknown as TypedDocumentString<NotificationFragment, unknown>;
export const PartnerRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerRowFields on Partner {
  id
  name
  type
  status
  tier
  referralCode
  email
  domain
  updatedAt
  group {
    id
    name
  }
}
    `, {"fragmentName":"PartnerRowFields"}) as unknown as TypedDocumentString<PartnerRowFieldsFragment, unknown>;
export const PartnerFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerFields on Partner {
  id
  name
  type
  status
  tier
  email
  domain
  referralCode
  installationId
  version
  createdAt
  updatedAt
  group {
    id
    name
  }
  manager {
    id
    name
  }
}
    `, {"fragmentName":"PartnerFields"}) as unknown as TypedDocumentString<PartnerFieldsFragment, unknown>;
export const PartnerUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerUserFields on User {
  id
  name
  email
  active
  lastLoginAt
}
    `, {"fragmentName":"PartnerUserFields"}) as unknown as TypedDocumentString<PartnerUserFieldsFragment, unknown>;
export const RegistrationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegistrationFields on DealRegistration {
  id
  title
  organizationName
  organizationDomain
  contactName
  contactEmail
  notes
  status
  expectedCloseDate
  expiresAt
  createdAt
  decidedAt
  rejectionReason
  version
  amount {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  submittedBy {
    id
    name
  }
  decidedBy {
    id
    name
  }
  deal {
    id
    title
  }
  conflicts {
    kind
    description
    dealId
    registrationId
  }
}
    `, {"fragmentName":"RegistrationFields"}) as unknown as TypedDocumentString<RegistrationFieldsFragment, unknown>;
export const PartnerDealFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerDealFields on Deal {
  id
  title
  status
  amount {
    amountMinor
    currency
  }
  stage {
    id
    name
  }
  owner {
    id
    name
  }
}
    `, {"fragmentName":"PartnerDealFields"}) as unknown as TypedDocumentString<PartnerDealFieldsFragment, unknown>;
export const PartnerRegistrationRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerRegistrationRowFields on DealRegistration {
  id
  title
  organizationName
  status
  createdAt
  amount {
    amountMinor
    currency
  }
  deal {
    id
  }
  conflicts {
    kind
  }
}
    `, {"fragmentName":"PartnerRegistrationRowFields"}) as unknown as TypedDocumentString<PartnerRegistrationRowFieldsFragment, unknown>;
export const PartnerGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerGroupFields on PartnerGroup {
  id
  name
  description
  holdDays
  defaultInstallationId
  version
}
    `, {"fragmentName":"PartnerGroupFields"}) as unknown as TypedDocumentString<PartnerGroupFieldsFragment, unknown>;
export const PluginVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PluginVersionFields on PluginVersion {
  id
  semver
  hooks
  codeHash
  publishedAt
  settingsSchema
}
    `, {"fragmentName":"PluginVersionFields"}) as unknown as TypedDocumentString<PluginVersionFieldsFragment, unknown>;
export const PluginInstallationFieldsFragmentDoc = new TypedDocumentString(`
    fragment PluginInstallationFields on PluginInstallation {
  id
  name
  enabled
  scope
  settings
  version
  updatedAt
  plugin {
    id
    key
    name
  }
  pluginVersion {
    id
    semver
  }
}
    `, {"fragmentName":"PluginInstallationFields"}) as unknown as TypedDocumentString<PluginInstallationFieldsFragment, unknown>;
export const PluginRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment PluginRunFields on PluginRun {
  id
  createdAt
  updatedAt
  hook
  status
  attempts
  failureReason
  failureMessage
  logs
  nextAttemptAt
  durationMicros
  installation {
    id
    name
  }
  pluginVersion {
    id
    semver
    plugin {
      id
      name
    }
  }
}
    `, {"fragmentName":"PluginRunFields"}) as unknown as TypedDocumentString<PluginRunFieldsFragment, unknown>;
export const PortalRegistrationFieldsFragmentDoc = new TypedDocumentString(`
    fragment PortalRegistrationFields on DealRegistration {
  id
  title
  organizationName
  organizationDomain
  status
  expectedCloseDate
  expiresAt
  createdAt
  decidedAt
  rejectionReason
  amount {
    amountMinor
    currency
  }
  conflicts {
    kind
    description
  }
}
    `, {"fragmentName":"PortalRegistrationFields"}) as unknown as TypedDocumentString<PortalRegistrationFieldsFragment, unknown>;
export const SettingsStageFragmentDoc = new TypedDocumentString(`
    fragment SettingsStage on Stage {
  id
  name
  probability
  kind
  position
  version
}
    `, {"fragmentName":"SettingsStage"}) as unknown as TypedDocumentString<SettingsStageFragment, unknown>;
export const SettingsPipelineFragmentDoc = new TypedDocumentString(`
    fragment SettingsPipeline on Pipeline {
  id
  name
  isDefault
  version
  stages {
    ...SettingsStage
  }
}
    fragment SettingsStage on Stage {
  id
  name
  probability
  kind
  position
  version
}`, {"fragmentName":"SettingsPipeline"}) as unknown as TypedDocumentString<SettingsPipelineFragment, unknown>;
export const SettingsUserFragmentDoc = new TypedDocumentString(`
    fragment SettingsUser on User {
  id
  name
  email
  role
  jobTitle
  active
  lastLoginAt
  version
}
    `, {"fragmentName":"SettingsUser"}) as unknown as TypedDocumentString<SettingsUserFragment, unknown>;
export const SettingsInviteFragmentDoc = new TypedDocumentString(`
    fragment SettingsInvite on Invite {
  id
  email
  role
  jobTitle
  expiresAt
}
    `, {"fragmentName":"SettingsInvite"}) as unknown as TypedDocumentString<SettingsInviteFragment, unknown>;
export const TeamMembersDocument = new TypedDocumentString(`
    query TeamMembers {
  users(first: 100) {
    edges {
      node {
        id
        name
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamMembersQuery, TeamMembersQueryVariables>;
export const TimelineActivitiesDocument = new TypedDocumentString(`
    query TimelineActivities($filter: ActivityFilter!, $after: String) {
  activities(
    filter: $filter
    first: 20
    after: $after
    orderBy: {field: DUE_AT, direction: DESC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...TimelineActivity
      }
    }
  }
}
    fragment TimelineActivity on Activity {
  id
  version
  type
  subject
  note
  outcome
  dueAt
  doneAt
  isOverdue
  durationMinutes
  createdAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<TimelineActivitiesQuery, TimelineActivitiesQueryVariables>;
export const LogActivityDocument = new TypedDocumentString(`
    mutation LogActivity($input: CreateActivityInput!) {
  createActivity(input: $input) {
    ...TimelineActivity
  }
}
    fragment TimelineActivity on Activity {
  id
  version
  type
  subject
  note
  outcome
  dueAt
  doneAt
  isOverdue
  durationMinutes
  createdAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<LogActivityMutation, LogActivityMutationVariables>;
export const CompleteTimelineActivityDocument = new TypedDocumentString(`
    mutation CompleteTimelineActivity($input: CompleteActivityInput!) {
  completeActivity(input: $input) {
    ...TimelineActivity
  }
}
    fragment TimelineActivity on Activity {
  id
  version
  type
  subject
  note
  outcome
  dueAt
  doneAt
  isOverdue
  durationMinutes
  createdAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<CompleteTimelineActivityMutation, CompleteTimelineActivityMutationVariables>;
export const ReopenTimelineActivityDocument = new TypedDocumentString(`
    mutation ReopenTimelineActivity($input: IdInput!) {
  reopenActivity(input: $input) {
    ...TimelineActivity
  }
}
    fragment TimelineActivity on Activity {
  id
  version
  type
  subject
  note
  outcome
  dueAt
  doneAt
  isOverdue
  durationMinutes
  createdAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReopenTimelineActivityMutation, ReopenTimelineActivityMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const SignupDocument = new TypedDocumentString(`
    mutation Signup($input: SignupInput!) {
  signup(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}`) as unknown as TypedDocumentString<SignupMutation, SignupMutationVariables>;
export const AcceptInviteDocument = new TypedDocumentString(`
    mutation AcceptInvite($input: AcceptInviteInput!) {
  acceptInvite(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}`) as unknown as TypedDocumentString<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($input: RefreshInput!) {
  refreshSession(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($input: RefreshInput!) {
  logout(input: $input)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const PipelinesDocument = new TypedDocumentString(`
    query Pipelines {
  pipelines(first: 50) {
    edges {
      node {
        id
        name
        isDefault
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PipelinesQuery, PipelinesQueryVariables>;
export const BoardDocument = new TypedDocumentString(`
    query Board($pipelineId: ID, $filter: DealFilter, $first: Int!) {
  pipelineBoard(pipelineId: $pipelineId, filter: $filter) {
    pipeline {
      id
    }
    eventCursor
    sum {
      amountMinor
      currency
    }
    weightedSum {
      amountMinor
      currency
    }
    columns {
      ...BoardFigures
      deals(first: $first) {
        edges {
          node {
            ...BoardCard
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment BoardCard on Deal {
  id
  title
  version
  position
  status
  type
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  stage {
    id
  }
  pipeline {
    id
  }
}
fragment BoardFigures on BoardColumn {
  count
  stage {
    id
    name
    probability
    kind
  }
  sum {
    amountMinor
    currency
  }
  weightedSum {
    amountMinor
    currency
  }
  totals {
    currency
    count
    sum {
      amountMinor
      currency
    }
  }
  unconvertedCount
}`) as unknown as TypedDocumentString<BoardQuery, BoardQueryVariables>;
export const BoardColumnPageDocument = new TypedDocumentString(`
    query BoardColumnPage($pipelineId: ID!, $filter: DealFilter!, $first: Int!, $after: String!) {
  pipelineBoard(pipelineId: $pipelineId, filter: $filter) {
    columns {
      stage {
        id
      }
      deals(first: $first, after: $after) {
        edges {
          node {
            ...BoardCard
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment BoardCard on Deal {
  id
  title
  version
  position
  status
  type
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  stage {
    id
  }
  pipeline {
    id
  }
}`) as unknown as TypedDocumentString<BoardColumnPageQuery, BoardColumnPageQueryVariables>;
export const BoardFiguresOnlyDocument = new TypedDocumentString(`
    query BoardFiguresOnly($pipelineId: ID!, $filter: DealFilter) {
  pipelineBoard(pipelineId: $pipelineId, filter: $filter) {
    sum {
      amountMinor
      currency
    }
    weightedSum {
      amountMinor
      currency
    }
    columns {
      ...BoardFigures
    }
  }
}
    fragment BoardFigures on BoardColumn {
  count
  stage {
    id
    name
    probability
    kind
  }
  sum {
    amountMinor
    currency
  }
  weightedSum {
    amountMinor
    currency
  }
  totals {
    currency
    count
    sum {
      amountMinor
      currency
    }
  }
  unconvertedCount
}`) as unknown as TypedDocumentString<BoardFiguresOnlyQuery, BoardFiguresOnlyQueryVariables>;
export const BoardEventsDocument = new TypedDocumentString(`
    subscription BoardEvents($pipelineId: ID!, $after: Int) {
  pipelineEvents(pipelineId: $pipelineId, after: $after) {
    sequence
    type
    subjectId
    deal {
      ...BoardCard
    }
  }
}
    fragment BoardCard on Deal {
  id
  title
  version
  position
  status
  type
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  stage {
    id
  }
  pipeline {
    id
  }
}`) as unknown as TypedDocumentString<BoardEventsSubscription, BoardEventsSubscriptionVariables>;
export const MoveDealDocument = new TypedDocumentString(`
    mutation MoveDeal($input: MoveDealInput!) {
  moveDeal(input: $input) {
    ...BoardCard
  }
}
    fragment BoardCard on Deal {
  id
  title
  version
  position
  status
  type
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  stage {
    id
  }
  pipeline {
    id
  }
}`) as unknown as TypedDocumentString<MoveDealMutation, MoveDealMutationVariables>;
export const WinDealDocument = new TypedDocumentString(`
    mutation WinDeal($input: WinDealInput!) {
  winDeal(input: $input) {
    ...BoardCard
  }
}
    fragment BoardCard on Deal {
  id
  title
  version
  position
  status
  type
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  stage {
    id
  }
  pipeline {
    id
  }
}`) as unknown as TypedDocumentString<WinDealMutation, WinDealMutationVariables>;
export const LoseDealDocument = new TypedDocumentString(`
    mutation LoseDeal($input: LoseDealInput!) {
  loseDeal(input: $input) {
    ...BoardCard
  }
}
    fragment BoardCard on Deal {
  id
  title
  version
  position
  status
  type
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  stage {
    id
  }
  pipeline {
    id
  }
}`) as unknown as TypedDocumentString<LoseDealMutation, LoseDealMutationVariables>;
export const LedgerEntriesDocument = new TypedDocumentString(`
    query LedgerEntries($filter: LedgerEntryFilter, $first: Int, $after: String) {
  ledgerEntries(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...LedgerEntryFields
      }
    }
  }
}
    fragment LedgerOverrideFields on AuditEntry {
  id
  action
  reason
  before
  after
  at
  actor {
    id
    name
  }
}
fragment LedgerEntryFields on LedgerEntry {
  id
  createdAt
  kind
  hook
  status
  explanation
  reasonCode
  fraudFlags
  holdUntil
  approvedAt
  voidReason
  pluginRef
  rateBasisPoints
  codeHash
  settingsHash
  inputHash
  outputHash
  version
  amount {
    amountMinor
    currency
  }
  basis {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  payeeUser {
    id
    name
  }
  payeeContact {
    id
    name
  }
  deal {
    id
    title
  }
  reverses {
    id
    createdAt
    hook
    amount {
      amountMinor
      currency
    }
    deal {
      id
      title
    }
  }
  overrides {
    ...LedgerOverrideFields
  }
}`) as unknown as TypedDocumentString<LedgerEntriesQuery, LedgerEntriesQueryVariables>;
export const ApproveLedgerEntriesDocument = new TypedDocumentString(`
    mutation ApproveLedgerEntries($input: ApproveLedgerEntriesInput!) {
  approveLedgerEntries(input: $input) {
    id
    status
    approvedAt
    version
  }
}
    `) as unknown as TypedDocumentString<ApproveLedgerEntriesMutation, ApproveLedgerEntriesMutationVariables>;
export const ApproveDueLedgerEntriesDocument = new TypedDocumentString(`
    mutation ApproveDueLedgerEntries($input: ApproveDueLedgerEntriesInput!) {
  approveDueLedgerEntries(input: $input)
}
    `) as unknown as TypedDocumentString<ApproveDueLedgerEntriesMutation, ApproveDueLedgerEntriesMutationVariables>;
export const VoidLedgerEntryDocument = new TypedDocumentString(`
    mutation VoidLedgerEntry($input: VoidLedgerEntryInput!) {
  voidLedgerEntry(input: $input) {
    ...LedgerEntryFields
  }
}
    fragment LedgerOverrideFields on AuditEntry {
  id
  action
  reason
  before
  after
  at
  actor {
    id
    name
  }
}
fragment LedgerEntryFields on LedgerEntry {
  id
  createdAt
  kind
  hook
  status
  explanation
  reasonCode
  fraudFlags
  holdUntil
  approvedAt
  voidReason
  pluginRef
  rateBasisPoints
  codeHash
  settingsHash
  inputHash
  outputHash
  version
  amount {
    amountMinor
    currency
  }
  basis {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  payeeUser {
    id
    name
  }
  payeeContact {
    id
    name
  }
  deal {
    id
    title
  }
  reverses {
    id
    createdAt
    hook
    amount {
      amountMinor
      currency
    }
    deal {
      id
      title
    }
  }
  overrides {
    ...LedgerOverrideFields
  }
}`) as unknown as TypedDocumentString<VoidLedgerEntryMutation, VoidLedgerEntryMutationVariables>;
export const ReleaseHeldLedgerEntryDocument = new TypedDocumentString(`
    mutation ReleaseHeldLedgerEntry($input: ReleaseHeldEntryInput!) {
  releaseHeldLedgerEntry(input: $input) {
    ...LedgerEntryFields
  }
}
    fragment LedgerOverrideFields on AuditEntry {
  id
  action
  reason
  before
  after
  at
  actor {
    id
    name
  }
}
fragment LedgerEntryFields on LedgerEntry {
  id
  createdAt
  kind
  hook
  status
  explanation
  reasonCode
  fraudFlags
  holdUntil
  approvedAt
  voidReason
  pluginRef
  rateBasisPoints
  codeHash
  settingsHash
  inputHash
  outputHash
  version
  amount {
    amountMinor
    currency
  }
  basis {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  payeeUser {
    id
    name
  }
  payeeContact {
    id
    name
  }
  deal {
    id
    title
  }
  reverses {
    id
    createdAt
    hook
    amount {
      amountMinor
      currency
    }
    deal {
      id
      title
    }
  }
  overrides {
    ...LedgerOverrideFields
  }
}`) as unknown as TypedDocumentString<ReleaseHeldLedgerEntryMutation, ReleaseHeldLedgerEntryMutationVariables>;
export const AdjustLedgerDocument = new TypedDocumentString(`
    mutation AdjustLedger($input: AdjustLedgerInput!) {
  adjustLedger(input: $input) {
    ...LedgerEntryFields
  }
}
    fragment LedgerOverrideFields on AuditEntry {
  id
  action
  reason
  before
  after
  at
  actor {
    id
    name
  }
}
fragment LedgerEntryFields on LedgerEntry {
  id
  createdAt
  kind
  hook
  status
  explanation
  reasonCode
  fraudFlags
  holdUntil
  approvedAt
  voidReason
  pluginRef
  rateBasisPoints
  codeHash
  settingsHash
  inputHash
  outputHash
  version
  amount {
    amountMinor
    currency
  }
  basis {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  payeeUser {
    id
    name
  }
  payeeContact {
    id
    name
  }
  deal {
    id
    title
  }
  reverses {
    id
    createdAt
    hook
    amount {
      amountMinor
      currency
    }
    deal {
      id
      title
    }
  }
  overrides {
    ...LedgerOverrideFields
  }
}`) as unknown as TypedDocumentString<AdjustLedgerMutation, AdjustLedgerMutationVariables>;
export const CommissionPartnersDocument = new TypedDocumentString(`
    query CommissionPartners {
  partners(first: 100, orderBy: {field: NAME}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommissionPartnersQuery, CommissionPartnersQueryVariables>;
export const PayoutsDocument = new TypedDocumentString(`
    query Payouts($filter: PayoutFilter, $first: Int, $after: String) {
  payouts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...PayoutRowFields
      }
    }
  }
}
    fragment PayoutRowFields on Payout {
  id
  createdAt
  periodStart
  periodEnd
  entryCount
  status
  paidAt
  reference
  version
  total {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  payeeUser {
    id
    name
  }
}`) as unknown as TypedDocumentString<PayoutsQuery, PayoutsQueryVariables>;
export const PayoutStatementDocument = new TypedDocumentString(`
    query PayoutStatement($id: ID!) {
  payout(id: $id) {
    id
    entries {
      id
      createdAt
      kind
      hook
      explanation
      rateBasisPoints
      amount {
        amountMinor
        currency
      }
      basis {
        amountMinor
        currency
      }
      deal {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PayoutStatementQuery, PayoutStatementQueryVariables>;
export const PayoutCsvDocument = new TypedDocumentString(`
    query PayoutCsv($id: ID!) {
  payout(id: $id) {
    id
    csv
  }
}
    `) as unknown as TypedDocumentString<PayoutCsvQuery, PayoutCsvQueryVariables>;
export const IssuePayoutsDocument = new TypedDocumentString(`
    mutation IssuePayouts($input: IssuePayoutsInput!) {
  issuePayouts(input: $input) {
    ...PayoutRowFields
  }
}
    fragment PayoutRowFields on Payout {
  id
  createdAt
  periodStart
  periodEnd
  entryCount
  status
  paidAt
  reference
  version
  total {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  payeeUser {
    id
    name
  }
}`) as unknown as TypedDocumentString<IssuePayoutsMutation, IssuePayoutsMutationVariables>;
export const MarkPayoutPaidDocument = new TypedDocumentString(`
    mutation MarkPayoutPaid($input: MarkPayoutPaidInput!) {
  markPayoutPaid(input: $input) {
    ...PayoutRowFields
  }
}
    fragment PayoutRowFields on Payout {
  id
  createdAt
  periodStart
  periodEnd
  entryCount
  status
  paidAt
  reference
  version
  total {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  payeeUser {
    id
    name
  }
}`) as unknown as TypedDocumentString<MarkPayoutPaidMutation, MarkPayoutPaidMutationVariables>;
export const CommissionPeriodsDocument = new TypedDocumentString(`
    query CommissionPeriods {
  commissionPeriods {
    ...CommissionPeriodFields
  }
}
    fragment CommissionPeriodFields on CommissionPeriod {
  id
  periodStart
  periodEnd
  closedAt
}`) as unknown as TypedDocumentString<CommissionPeriodsQuery, CommissionPeriodsQueryVariables>;
export const CloseCommissionPeriodDocument = new TypedDocumentString(`
    mutation CloseCommissionPeriod($input: CommissionPeriodInput!) {
  closeCommissionPeriod(input: $input) {
    ...CommissionPeriodFields
  }
}
    fragment CommissionPeriodFields on CommissionPeriod {
  id
  periodStart
  periodEnd
  closedAt
}`) as unknown as TypedDocumentString<CloseCommissionPeriodMutation, CloseCommissionPeriodMutationVariables>;
export const ContactsDocument = new TypedDocumentString(`
    query Contacts($filter: ContactFilter, $orderBy: ContactOrderBy, $first: Int, $after: String) {
  contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ContactRowFields
      }
    }
  }
}
    fragment ContactRowFields on Contact {
  id
  name
  email
  phone
  jobTitle
  isCustomer
  archivedAt
  createdAt
  updatedAt
  organization {
    id
    name
  }
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<ContactsQuery, ContactsQueryVariables>;
export const ContactDocument = new TypedDocumentString(`
    query Contact($id: ID!) {
  contact(id: $id) {
    ...ContactFields
  }
  deals(filter: {contactId: $id}, first: 50) {
    totalCount
    edges {
      node {
        ...RelatedDealFields
      }
    }
  }
}
    fragment ContactFields on Contact {
  id
  firstName
  lastName
  name
  email
  phone
  jobTitle
  isCustomer
  customerSince
  archivedAt
  version
  createdAt
  updatedAt
  ...ContactReferralFields
  organization {
    id
    name
  }
  owner {
    id
    name
  }
}
fragment RelatedDealFields on Deal {
  id
  title
  status
  amount {
    amountMinor
    currency
  }
  stage {
    id
    name
  }
}
fragment ContactReferralFields on Contact {
  referralCode
  referrals(first: 20) {
    totalCount
    edges {
      node {
        id
        code
        status
        createdAt
        convertedAt
        lead {
          id
          name
        }
        referred {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ContactQuery, ContactQueryVariables>;
export const CreateContactDocument = new TypedDocumentString(`
    mutation CreateContact($input: CreateContactInput!) {
  createContact(input: $input) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  id
  firstName
  lastName
  name
  email
  phone
  jobTitle
  isCustomer
  customerSince
  archivedAt
  version
  createdAt
  updatedAt
  ...ContactReferralFields
  organization {
    id
    name
  }
  owner {
    id
    name
  }
}
fragment ContactReferralFields on Contact {
  referralCode
  referrals(first: 20) {
    totalCount
    edges {
      node {
        id
        code
        status
        createdAt
        convertedAt
        lead {
          id
          name
        }
        referred {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = new TypedDocumentString(`
    mutation UpdateContact($input: UpdateContactInput!) {
  updateContact(input: $input) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  id
  firstName
  lastName
  name
  email
  phone
  jobTitle
  isCustomer
  customerSince
  archivedAt
  version
  createdAt
  updatedAt
  ...ContactReferralFields
  organization {
    id
    name
  }
  owner {
    id
    name
  }
}
fragment ContactReferralFields on Contact {
  referralCode
  referrals(first: 20) {
    totalCount
    edges {
      node {
        id
        code
        status
        createdAt
        convertedAt
        lead {
          id
          name
        }
        referred {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateContactMutation, UpdateContactMutationVariables>;
export const ArchiveContactDocument = new TypedDocumentString(`
    mutation ArchiveContact($input: IdInput!) {
  archiveContact(input: $input) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  id
  firstName
  lastName
  name
  email
  phone
  jobTitle
  isCustomer
  customerSince
  archivedAt
  version
  createdAt
  updatedAt
  ...ContactReferralFields
  organization {
    id
    name
  }
  owner {
    id
    name
  }
}
fragment ContactReferralFields on Contact {
  referralCode
  referrals(first: 20) {
    totalCount
    edges {
      node {
        id
        code
        status
        createdAt
        convertedAt
        lead {
          id
          name
        }
        referred {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ArchiveContactMutation, ArchiveContactMutationVariables>;
export const RestoreContactDocument = new TypedDocumentString(`
    mutation RestoreContact($input: IdInput!) {
  restoreContact(input: $input) {
    ...ContactFields
  }
}
    fragment ContactFields on Contact {
  id
  firstName
  lastName
  name
  email
  phone
  jobTitle
  isCustomer
  customerSince
  archivedAt
  version
  createdAt
  updatedAt
  ...ContactReferralFields
  organization {
    id
    name
  }
  owner {
    id
    name
  }
}
fragment ContactReferralFields on Contact {
  referralCode
  referrals(first: 20) {
    totalCount
    edges {
      node {
        id
        code
        status
        createdAt
        convertedAt
        lead {
          id
          name
        }
        referred {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<RestoreContactMutation, RestoreContactMutationVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($filter: OrganizationFilter, $orderBy: OrganizationOrderBy, $first: Int, $after: String) {
  organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...OrganizationRowFields
      }
    }
  }
}
    fragment OrganizationRowFields on Organization {
  id
  name
  domain
  industry
  employeeCount
  city
  country
  archivedAt
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const ContactOrganizationOptionsDocument = new TypedDocumentString(`
    query ContactOrganizationOptions($search: String) {
  organizations(filter: {search: $search}, orderBy: {field: NAME}, first: 20) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactOrganizationOptionsQuery, ContactOrganizationOptionsQueryVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization($id: ID!) {
  organization(id: $id) {
    ...OrganizationFields
    contacts(first: 100, orderBy: {field: NAME}) {
      totalCount
      edges {
        node {
          id
          name
          jobTitle
          email
        }
      }
    }
  }
  deals(filter: {organizationId: $id}, first: 50) {
    totalCount
    edges {
      node {
        ...RelatedDealFields
      }
    }
  }
}
    fragment RelatedDealFields on Deal {
  id
  title
  status
  amount {
    amountMinor
    currency
  }
  stage {
    id
    name
  }
}
fragment OrganizationFields on Organization {
  id
  name
  domain
  industry
  employeeCount
  phone
  address
  city
  country
  archivedAt
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  id
  name
  domain
  industry
  employeeCount
  phone
  address
  city
  country
  archivedAt
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  id
  name
  domain
  industry
  employeeCount
  phone
  address
  city
  country
  archivedAt
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const ArchiveOrganizationDocument = new TypedDocumentString(`
    mutation ArchiveOrganization($input: IdInput!) {
  archiveOrganization(input: $input) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  id
  name
  domain
  industry
  employeeCount
  phone
  address
  city
  country
  archivedAt
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<ArchiveOrganizationMutation, ArchiveOrganizationMutationVariables>;
export const RestoreOrganizationDocument = new TypedDocumentString(`
    mutation RestoreOrganization($input: IdInput!) {
  restoreOrganization(input: $input) {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  id
  name
  domain
  industry
  employeeCount
  phone
  address
  city
  country
  archivedAt
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<RestoreOrganizationMutation, RestoreOrganizationMutationVariables>;
export const DealPageDocument = new TypedDocumentString(`
    query DealPage($id: ID!) {
  deal(id: $id) {
    ...DealPageDeal
  }
}
    fragment DealFormDeal on Deal {
  id
  version
  title
  type
  status
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  pipeline {
    id
  }
  stage {
    id
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  contact {
    id
    name
  }
  lineItems {
    id
  }
}
fragment DealPageDeal on Deal {
  ...DealFormDeal
  closedOn
  lostReason
  lostNote
  createdAt
  attribution {
    ...AttributionFields
  }
  stage {
    id
    name
    kind
    probability
  }
  pipeline {
    id
    name
  }
  lineItems {
    id
    name
    quantity
    discountBasisPoints
    product {
      id
      name
      sku
      active
      unitPrice {
        amountMinor
        currency
      }
    }
    unitPrice {
      amountMinor
      currency
    }
    total {
      amountMinor
      currency
    }
  }
  stageHistory {
    id
    changedAt
    changedBy {
      id
      name
    }
    fromStage {
      id
      name
    }
    toStage {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<DealPageQuery, DealPageQueryVariables>;
export const DealPageEventCursorDocument = new TypedDocumentString(`
    query DealPageEventCursor($id: ID!, $after: Int!) {
  dealEvents(id: $id, after: $after, first: 500) {
    cursor
    hasMore
  }
}
    `) as unknown as TypedDocumentString<DealPageEventCursorQuery, DealPageEventCursorQueryVariables>;
export const DealPageEventsDocument = new TypedDocumentString(`
    subscription DealPageEvents($id: ID!, $after: Int) {
  dealEvents(id: $id, after: $after) {
    sequence
    type
    subjectId
    payload
    actor {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DealPageEventsSubscription, DealPageEventsSubscriptionVariables>;
export const DealPageWinDocument = new TypedDocumentString(`
    mutation DealPageWin($input: WinDealInput!) {
  winDeal(input: $input) {
    ...DealPageDeal
  }
}
    fragment DealFormDeal on Deal {
  id
  version
  title
  type
  status
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  pipeline {
    id
  }
  stage {
    id
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  contact {
    id
    name
  }
  lineItems {
    id
  }
}
fragment DealPageDeal on Deal {
  ...DealFormDeal
  closedOn
  lostReason
  lostNote
  createdAt
  attribution {
    ...AttributionFields
  }
  stage {
    id
    name
    kind
    probability
  }
  pipeline {
    id
    name
  }
  lineItems {
    id
    name
    quantity
    discountBasisPoints
    product {
      id
      name
      sku
      active
      unitPrice {
        amountMinor
        currency
      }
    }
    unitPrice {
      amountMinor
      currency
    }
    total {
      amountMinor
      currency
    }
  }
  stageHistory {
    id
    changedAt
    changedBy {
      id
      name
    }
    fromStage {
      id
      name
    }
    toStage {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<DealPageWinMutation, DealPageWinMutationVariables>;
export const DealPageLoseDocument = new TypedDocumentString(`
    mutation DealPageLose($input: LoseDealInput!) {
  loseDeal(input: $input) {
    ...DealPageDeal
  }
}
    fragment DealFormDeal on Deal {
  id
  version
  title
  type
  status
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  pipeline {
    id
  }
  stage {
    id
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  contact {
    id
    name
  }
  lineItems {
    id
  }
}
fragment DealPageDeal on Deal {
  ...DealFormDeal
  closedOn
  lostReason
  lostNote
  createdAt
  attribution {
    ...AttributionFields
  }
  stage {
    id
    name
    kind
    probability
  }
  pipeline {
    id
    name
  }
  lineItems {
    id
    name
    quantity
    discountBasisPoints
    product {
      id
      name
      sku
      active
      unitPrice {
        amountMinor
        currency
      }
    }
    unitPrice {
      amountMinor
      currency
    }
    total {
      amountMinor
      currency
    }
  }
  stageHistory {
    id
    changedAt
    changedBy {
      id
      name
    }
    fromStage {
      id
      name
    }
    toStage {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<DealPageLoseMutation, DealPageLoseMutationVariables>;
export const DealPageReopenDocument = new TypedDocumentString(`
    mutation DealPageReopen($input: ReopenDealInput!) {
  reopenDeal(input: $input) {
    ...DealPageDeal
  }
}
    fragment DealFormDeal on Deal {
  id
  version
  title
  type
  status
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  pipeline {
    id
  }
  stage {
    id
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  contact {
    id
    name
  }
  lineItems {
    id
  }
}
fragment DealPageDeal on Deal {
  ...DealFormDeal
  closedOn
  lostReason
  lostNote
  createdAt
  attribution {
    ...AttributionFields
  }
  stage {
    id
    name
    kind
    probability
  }
  pipeline {
    id
    name
  }
  lineItems {
    id
    name
    quantity
    discountBasisPoints
    product {
      id
      name
      sku
      active
      unitPrice {
        amountMinor
        currency
      }
    }
    unitPrice {
      amountMinor
      currency
    }
    total {
      amountMinor
      currency
    }
  }
  stageHistory {
    id
    changedAt
    changedBy {
      id
      name
    }
    fromStage {
      id
      name
    }
    toStage {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<DealPageReopenMutation, DealPageReopenMutationVariables>;
export const DealPageDeleteDocument = new TypedDocumentString(`
    mutation DealPageDelete($input: DeleteDealInput!) {
  deleteDeal(input: $input)
}
    `) as unknown as TypedDocumentString<DealPageDeleteMutation, DealPageDeleteMutationVariables>;
export const DealPageSetLineItemsDocument = new TypedDocumentString(`
    mutation DealPageSetLineItems($input: SetDealLineItemsInput!) {
  setDealLineItems(input: $input) {
    ...DealPageDeal
  }
}
    fragment DealFormDeal on Deal {
  id
  version
  title
  type
  status
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  pipeline {
    id
  }
  stage {
    id
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  contact {
    id
    name
  }
  lineItems {
    id
  }
}
fragment DealPageDeal on Deal {
  ...DealFormDeal
  closedOn
  lostReason
  lostNote
  createdAt
  attribution {
    ...AttributionFields
  }
  stage {
    id
    name
    kind
    probability
  }
  pipeline {
    id
    name
  }
  lineItems {
    id
    name
    quantity
    discountBasisPoints
    product {
      id
      name
      sku
      active
      unitPrice {
        amountMinor
        currency
      }
    }
    unitPrice {
      amountMinor
      currency
    }
    total {
      amountMinor
      currency
    }
  }
  stageHistory {
    id
    changedAt
    changedBy {
      id
      name
    }
    fromStage {
      id
      name
    }
    toStage {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<DealPageSetLineItemsMutation, DealPageSetLineItemsMutationVariables>;
export const DealProductOptionsDocument = new TypedDocumentString(`
    query DealProductOptions($search: String) {
  products(
    first: 20
    filter: {active: true, search: $search}
    orderBy: {field: NAME}
  ) {
    edges {
      node {
        id
        name
        sku
        active
        unitPrice {
          amountMinor
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealProductOptionsQuery, DealProductOptionsQueryVariables>;
export const DealFormOptionsDocument = new TypedDocumentString(`
    query DealFormOptions {
  pipelines(first: 50) {
    edges {
      node {
        id
        name
        isDefault
        stages {
          id
          name
          kind
        }
      }
    }
  }
  users(first: 100) {
    edges {
      node {
        id
        name
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealFormOptionsQuery, DealFormOptionsQueryVariables>;
export const DealFormOrganizationsDocument = new TypedDocumentString(`
    query DealFormOrganizations($search: String) {
  organizations(first: 20, filter: {search: $search}, orderBy: {field: NAME}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealFormOrganizationsQuery, DealFormOrganizationsQueryVariables>;
export const DealFormContactsDocument = new TypedDocumentString(`
    query DealFormContacts($search: String) {
  contacts(first: 20, filter: {search: $search}, orderBy: {field: NAME}) {
    edges {
      node {
        id
        name
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealFormContactsQuery, DealFormContactsQueryVariables>;
export const DealFormCreateDocument = new TypedDocumentString(`
    mutation DealFormCreate($input: CreateDealInput!) {
  createDeal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DealFormCreateMutation, DealFormCreateMutationVariables>;
export const DealFormUpdateDocument = new TypedDocumentString(`
    mutation DealFormUpdate($input: UpdateDealInput!) {
  updateDeal(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DealFormUpdateMutation, DealFormUpdateMutationVariables>;
export const DealFormMoveDocument = new TypedDocumentString(`
    mutation DealFormMove($input: MoveDealInput!) {
  moveDeal(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DealFormMoveMutation, DealFormMoveMutationVariables>;
export const DealFormTransferDocument = new TypedDocumentString(`
    mutation DealFormTransfer($input: TransferDealInput!) {
  transferDeal(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DealFormTransferMutation, DealFormTransferMutationVariables>;
export const LeadsDocument = new TypedDocumentString(`
    query Leads($first: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrderBy) {
  leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...LeadRowFields
      }
    }
  }
}
    fragment LeadRowFields on Lead {
  id
  name
  companyName
  status
  source
  score
  createdAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<LeadsQuery, LeadsQueryVariables>;
export const LeadDocument = new TypedDocumentString(`
    query Lead($id: ID!) {
  lead(id: $id) {
    ...LeadDetailFields
  }
}
    fragment LeadDetailFields on Lead {
  id
  version
  name
  firstName
  lastName
  email
  phone
  companyName
  companyWebsite
  companyEmployeeCount
  jobTitle
  source
  sourceDetail
  score
  status
  disqualifiedReason
  createdAt
  convertedAt
  convertedContactId
  convertedOrganizationId
  convertedDealId
  owner {
    id
    name
  }
  attribution {
    ...AttributionFields
  }
  history {
    id
    fromStatus
    toStatus
    reason
    changedAt
    changedBy {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<LeadQuery, LeadQueryVariables>;
export const LeadConvertPipelinesDocument = new TypedDocumentString(`
    query LeadConvertPipelines {
  pipelines(first: 100) {
    edges {
      node {
        id
        name
        isDefault
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeadConvertPipelinesQuery, LeadConvertPipelinesQueryVariables>;
export const CreateLeadDocument = new TypedDocumentString(`
    mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = new TypedDocumentString(`
    mutation UpdateLead($input: UpdateLeadInput!) {
  updateLead(input: $input) {
    ...LeadDetailFields
  }
}
    fragment LeadDetailFields on Lead {
  id
  version
  name
  firstName
  lastName
  email
  phone
  companyName
  companyWebsite
  companyEmployeeCount
  jobTitle
  source
  sourceDetail
  score
  status
  disqualifiedReason
  createdAt
  convertedAt
  convertedContactId
  convertedOrganizationId
  convertedDealId
  owner {
    id
    name
  }
  attribution {
    ...AttributionFields
  }
  history {
    id
    fromStatus
    toStatus
    reason
    changedAt
    changedBy {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const ChangeLeadStatusDocument = new TypedDocumentString(`
    mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) {
  changeLeadStatus(input: $input) {
    ...LeadDetailFields
  }
}
    fragment LeadDetailFields on Lead {
  id
  version
  name
  firstName
  lastName
  email
  phone
  companyName
  companyWebsite
  companyEmployeeCount
  jobTitle
  source
  sourceDetail
  score
  status
  disqualifiedReason
  createdAt
  convertedAt
  convertedContactId
  convertedOrganizationId
  convertedDealId
  owner {
    id
    name
  }
  attribution {
    ...AttributionFields
  }
  history {
    id
    fromStatus
    toStatus
    reason
    changedAt
    changedBy {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<ChangeLeadStatusMutation, ChangeLeadStatusMutationVariables>;
export const ConvertLeadDocument = new TypedDocumentString(`
    mutation ConvertLead($input: ConvertLeadInput!) {
  convertLead(input: $input) {
    contact {
      id
    }
    contactReused
    organization {
      id
    }
    organizationReused
    deal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConvertLeadMutation, ConvertLeadMutationVariables>;
export const DeleteLeadDocument = new TypedDocumentString(`
    mutation DeleteLead($input: IdInput!) {
  deleteLead(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteLeadMutation, DeleteLeadMutationVariables>;
export const MyDayDocument = new TypedDocumentString(`
    query MyDay($me: ID!, $startOfToday: DateTimeISO!, $startOfTomorrow: DateTimeISO!, $closeBy: String!) {
  overdue: activities(
    first: 25
    filter: {ownerId: $me, done: false, dueBefore: $startOfToday}
    orderBy: {field: DUE_AT, direction: ASC}
  ) {
    totalCount
    edges {
      node {
        ...MyDayTask
      }
    }
  }
  today: activities(
    first: 25
    filter: {ownerId: $me, done: false, dueAfter: $startOfToday, dueBefore: $startOfTomorrow}
    orderBy: {field: DUE_AT, direction: ASC}
  ) {
    totalCount
    edges {
      node {
        ...MyDayTask
      }
    }
  }
  followUps: deals(
    first: 25
    filter: {ownerId: $me, status: [OPEN], expectedCloseTo: $closeBy}
  ) {
    totalCount
    edges {
      node {
        id
        title
        expectedCloseDate
        amount {
          amountMinor
          currency
        }
        organization {
          id
          name
        }
        stage {
          id
          name
        }
      }
    }
  }
}
    fragment MyDayTask on Activity {
  id
  type
  subject
  dueAt
  isOverdue
  deal {
    id
    title
  }
  lead {
    id
    name
  }
  contact {
    id
    name
  }
  organization {
    id
    name
  }
}`) as unknown as TypedDocumentString<MyDayQuery, MyDayQueryVariables>;
export const CompleteMyDayTaskDocument = new TypedDocumentString(`
    mutation CompleteMyDayTask($input: CompleteActivityInput!) {
  completeActivity(input: $input) {
    id
    doneAt
  }
}
    `) as unknown as TypedDocumentString<CompleteMyDayTaskMutation, CompleteMyDayTaskMutationVariables>;
export const NotificationStateDocument = new TypedDocumentString(`
    query NotificationState {
  notificationState {
    readUpTo
    recentFrom
  }
}
    `) as unknown as TypedDocumentString<NotificationStateQuery, NotificationStateQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($after: Int!) {
  myNotifications(after: $after, first: 100) {
    cursor
    hasMore
    reloadRequired
    events {
      ...Notification
    }
  }
}
    fragment Notification on OutboxEvent {
  sequence
  type
  subjectId
  occurredAt
  payload
  actor {
    id
    name
  }
  deal {
    id
    title
  }
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationEventsDocument = new TypedDocumentString(`
    subscription NotificationEvents($after: Int) {
  myNotifications(after: $after) {
    ...Notification
  }
}
    fragment Notification on OutboxEvent {
  sequence
  type
  subjectId
  occurredAt
  payload
  actor {
    id
    name
  }
  deal {
    id
    title
  }
}`) as unknown as TypedDocumentString<NotificationEventsSubscription, NotificationEventsSubscriptionVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    readUpTo
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const PartnersDocument = new TypedDocumentString(`
    query Partners($filter: PartnerFilter, $orderBy: PartnerOrderBy, $first: Int, $after: String) {
  partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...PartnerRowFields
      }
    }
  }
}
    fragment PartnerRowFields on Partner {
  id
  name
  type
  status
  tier
  referralCode
  email
  domain
  updatedAt
  group {
    id
    name
  }
}`) as unknown as TypedDocumentString<PartnersQuery, PartnersQueryVariables>;
export const PartnerPageDocument = new TypedDocumentString(`
    query PartnerPage($id: ID!) {
  partner(id: $id) {
    ...PartnerFields
    users {
      ...PartnerUserFields
    }
  }
  dealRegistrations(filter: {partnerId: $id}, first: 20) {
    totalCount
    edges {
      node {
        ...PartnerRegistrationRowFields
      }
    }
  }
  deals(filter: {partnerId: $id}, first: 20) {
    totalCount
    edges {
      node {
        ...PartnerDealFields
      }
    }
  }
}
    fragment PartnerFields on Partner {
  id
  name
  type
  status
  tier
  email
  domain
  referralCode
  installationId
  version
  createdAt
  updatedAt
  group {
    id
    name
  }
  manager {
    id
    name
  }
}
fragment PartnerUserFields on User {
  id
  name
  email
  active
  lastLoginAt
}
fragment PartnerDealFields on Deal {
  id
  title
  status
  amount {
    amountMinor
    currency
  }
  stage {
    id
    name
  }
  owner {
    id
    name
  }
}
fragment PartnerRegistrationRowFields on DealRegistration {
  id
  title
  organizationName
  status
  createdAt
  amount {
    amountMinor
    currency
  }
  deal {
    id
  }
  conflicts {
    kind
  }
}`) as unknown as TypedDocumentString<PartnerPageQuery, PartnerPageQueryVariables>;
export const CreatePartnerDocument = new TypedDocumentString(`
    mutation CreatePartner($input: CreatePartnerInput!) {
  createPartner(input: $input) {
    ...PartnerFields
  }
}
    fragment PartnerFields on Partner {
  id
  name
  type
  status
  tier
  email
  domain
  referralCode
  installationId
  version
  createdAt
  updatedAt
  group {
    id
    name
  }
  manager {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const UpdatePartnerDocument = new TypedDocumentString(`
    mutation UpdatePartner($input: UpdatePartnerInput!) {
  updatePartner(input: $input) {
    ...PartnerFields
  }
}
    fragment PartnerFields on Partner {
  id
  name
  type
  status
  tier
  email
  domain
  referralCode
  installationId
  version
  createdAt
  updatedAt
  group {
    id
    name
  }
  manager {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdatePartnerMutation, UpdatePartnerMutationVariables>;
export const RegeneratePartnerReferralCodeDocument = new TypedDocumentString(`
    mutation RegeneratePartnerReferralCode($input: IdInput!) {
  regeneratePartnerReferralCode(input: $input) {
    ...PartnerFields
  }
}
    fragment PartnerFields on Partner {
  id
  name
  type
  status
  tier
  email
  domain
  referralCode
  installationId
  version
  createdAt
  updatedAt
  group {
    id
    name
  }
  manager {
    id
    name
  }
}`) as unknown as TypedDocumentString<RegeneratePartnerReferralCodeMutation, RegeneratePartnerReferralCodeMutationVariables>;
export const InvitePartnerUserDocument = new TypedDocumentString(`
    mutation InvitePartnerUser($input: InvitePartnerUserInput!) {
  invitePartnerUser(input: $input) {
    acceptUrl
    invite {
      id
      email
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<InvitePartnerUserMutation, InvitePartnerUserMutationVariables>;
export const PartnerGroupsDocument = new TypedDocumentString(`
    query PartnerGroups {
  partnerGroups {
    ...PartnerGroupFields
  }
}
    fragment PartnerGroupFields on PartnerGroup {
  id
  name
  description
  holdDays
  defaultInstallationId
  version
}`) as unknown as TypedDocumentString<PartnerGroupsQuery, PartnerGroupsQueryVariables>;
export const PartnerInstallationsDocument = new TypedDocumentString(`
    query PartnerInstallations {
  pluginInstallations {
    id
    name
    enabled
    plugin {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerInstallationsQuery, PartnerInstallationsQueryVariables>;
export const CreatePartnerGroupDocument = new TypedDocumentString(`
    mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) {
  createPartnerGroup(input: $input) {
    ...PartnerGroupFields
  }
}
    fragment PartnerGroupFields on PartnerGroup {
  id
  name
  description
  holdDays
  defaultInstallationId
  version
}`) as unknown as TypedDocumentString<CreatePartnerGroupMutation, CreatePartnerGroupMutationVariables>;
export const UpdatePartnerGroupDocument = new TypedDocumentString(`
    mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) {
  updatePartnerGroup(input: $input) {
    ...PartnerGroupFields
  }
}
    fragment PartnerGroupFields on PartnerGroup {
  id
  name
  description
  holdDays
  defaultInstallationId
  version
}`) as unknown as TypedDocumentString<UpdatePartnerGroupMutation, UpdatePartnerGroupMutationVariables>;
export const DeletePartnerGroupDocument = new TypedDocumentString(`
    mutation DeletePartnerGroup($input: IdInput!) {
  deletePartnerGroup(input: $input)
}
    `) as unknown as TypedDocumentString<DeletePartnerGroupMutation, DeletePartnerGroupMutationVariables>;
export const RegistrationsDocument = new TypedDocumentString(`
    query Registrations($filter: DealRegistrationFilter, $first: Int, $after: String) {
  dealRegistrations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...RegistrationFields
      }
    }
  }
}
    fragment RegistrationFields on DealRegistration {
  id
  title
  organizationName
  organizationDomain
  contactName
  contactEmail
  notes
  status
  expectedCloseDate
  expiresAt
  createdAt
  decidedAt
  rejectionReason
  version
  amount {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  submittedBy {
    id
    name
  }
  decidedBy {
    id
    name
  }
  deal {
    id
    title
  }
  conflicts {
    kind
    description
    dealId
    registrationId
  }
}`) as unknown as TypedDocumentString<RegistrationsQuery, RegistrationsQueryVariables>;
export const RegistrationApproveOptionsDocument = new TypedDocumentString(`
    query RegistrationApproveOptions {
  pipelines(first: 50) {
    edges {
      node {
        id
        name
        isDefault
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationApproveOptionsQuery, RegistrationApproveOptionsQueryVariables>;
export const ApproveDealRegistrationDocument = new TypedDocumentString(`
    mutation ApproveDealRegistration($input: ApproveDealRegistrationInput!) {
  approveDealRegistration(input: $input) {
    ...RegistrationFields
  }
}
    fragment RegistrationFields on DealRegistration {
  id
  title
  organizationName
  organizationDomain
  contactName
  contactEmail
  notes
  status
  expectedCloseDate
  expiresAt
  createdAt
  decidedAt
  rejectionReason
  version
  amount {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  submittedBy {
    id
    name
  }
  decidedBy {
    id
    name
  }
  deal {
    id
    title
  }
  conflicts {
    kind
    description
    dealId
    registrationId
  }
}`) as unknown as TypedDocumentString<ApproveDealRegistrationMutation, ApproveDealRegistrationMutationVariables>;
export const RejectDealRegistrationDocument = new TypedDocumentString(`
    mutation RejectDealRegistration($input: RejectDealRegistrationInput!) {
  rejectDealRegistration(input: $input) {
    ...RegistrationFields
  }
}
    fragment RegistrationFields on DealRegistration {
  id
  title
  organizationName
  organizationDomain
  contactName
  contactEmail
  notes
  status
  expectedCloseDate
  expiresAt
  createdAt
  decidedAt
  rejectionReason
  version
  amount {
    amountMinor
    currency
  }
  partner {
    id
    name
  }
  submittedBy {
    id
    name
  }
  decidedBy {
    id
    name
  }
  deal {
    id
    title
  }
  conflicts {
    kind
    description
    dealId
    registrationId
  }
}`) as unknown as TypedDocumentString<RejectDealRegistrationMutation, RejectDealRegistrationMutationVariables>;
export const AttributionPartnerOptionsDocument = new TypedDocumentString(`
    query AttributionPartnerOptions($search: String) {
  partners(
    filter: {search: $search, status: [ACTIVE]}
    orderBy: {field: NAME}
    first: 20
  ) {
    edges {
      node {
        id
        name
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttributionPartnerOptionsQuery, AttributionPartnerOptionsQueryVariables>;
export const SetDealAttributionDocument = new TypedDocumentString(`
    mutation SetDealAttribution($input: SetDealAttributionInput!) {
  setDealAttribution(input: $input) {
    ...DealPageDeal
  }
}
    fragment DealFormDeal on Deal {
  id
  version
  title
  type
  status
  expectedCloseDate
  amount {
    amountMinor
    currency
  }
  pipeline {
    id
  }
  stage {
    id
  }
  owner {
    id
    name
  }
  organization {
    id
    name
  }
  contact {
    id
    name
  }
  lineItems {
    id
  }
}
fragment DealPageDeal on Deal {
  ...DealFormDeal
  closedOn
  lostReason
  lostNote
  createdAt
  attribution {
    ...AttributionFields
  }
  stage {
    id
    name
    kind
    probability
  }
  pipeline {
    id
    name
  }
  lineItems {
    id
    name
    quantity
    discountBasisPoints
    product {
      id
      name
      sku
      active
      unitPrice {
        amountMinor
        currency
      }
    }
    unitPrice {
      amountMinor
      currency
    }
    total {
      amountMinor
      currency
    }
  }
  stageHistory {
    id
    changedAt
    changedBy {
      id
      name
    }
    fromStage {
      id
      name
    }
    toStage {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<SetDealAttributionMutation, SetDealAttributionMutationVariables>;
export const SetLeadAttributionDocument = new TypedDocumentString(`
    mutation SetLeadAttribution($input: SetLeadAttributionInput!) {
  setLeadAttribution(input: $input) {
    ...LeadDetailFields
  }
}
    fragment LeadDetailFields on Lead {
  id
  version
  name
  firstName
  lastName
  email
  phone
  companyName
  companyWebsite
  companyEmployeeCount
  jobTitle
  source
  sourceDetail
  score
  status
  disqualifiedReason
  createdAt
  convertedAt
  convertedContactId
  convertedOrganizationId
  convertedDealId
  owner {
    id
    name
  }
  attribution {
    ...AttributionFields
  }
  history {
    id
    fromStatus
    toStatus
    reason
    changedAt
    changedBy {
      id
      name
    }
  }
}
fragment AttributionFields on Attribution {
  source
  attributedAt
  partner {
    id
    name
  }
  attributedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<SetLeadAttributionMutation, SetLeadAttributionMutationVariables>;
export const IssueReferralCodeDocument = new TypedDocumentString(`
    mutation IssueReferralCode($input: IssueReferralCodeInput!) {
  issueReferralCode(input: $input) {
    id
    isCustomer
    ...ContactReferralFields
  }
}
    fragment ContactReferralFields on Contact {
  referralCode
  referrals(first: 20) {
    totalCount
    edges {
      node {
        id
        code
        status
        createdAt
        convertedAt
        lead {
          id
          name
        }
        referred {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<IssueReferralCodeMutation, IssueReferralCodeMutationVariables>;
export const PluginsPageDocument = new TypedDocumentString(`
    query PluginsPage {
  pluginInstallations {
    ...PluginInstallationFields
  }
  plugins {
    id
    key
    name
    description
    kind
    builtIn
    versions {
      ...PluginVersionFields
    }
  }
  builtInPlugins {
    key
    name
    description
    version
  }
}
    fragment PluginVersionFields on PluginVersion {
  id
  semver
  hooks
  codeHash
  publishedAt
  settingsSchema
}
fragment PluginInstallationFields on PluginInstallation {
  id
  name
  enabled
  scope
  settings
  version
  updatedAt
  plugin {
    id
    key
    name
  }
  pluginVersion {
    id
    semver
  }
}`) as unknown as TypedDocumentString<PluginsPageQuery, PluginsPageQueryVariables>;
export const AddBuiltInPluginDocument = new TypedDocumentString(`
    mutation AddBuiltInPlugin($input: AddBuiltInPluginInput!) {
  addBuiltInPlugin(input: $input) {
    id
    semver
    plugin {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AddBuiltInPluginMutation, AddBuiltInPluginMutationVariables>;
export const PublishPluginVersionDocument = new TypedDocumentString(`
    mutation PublishPluginVersion($input: PublishPluginVersionInput!) {
  publishPluginVersion(input: $input) {
    id
    semver
    plugin {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PublishPluginVersionMutation, PublishPluginVersionMutationVariables>;
export const InstallPluginDocument = new TypedDocumentString(`
    mutation InstallPlugin($input: InstallPluginInput!) {
  installPlugin(input: $input) {
    ...PluginInstallationFields
  }
}
    fragment PluginInstallationFields on PluginInstallation {
  id
  name
  enabled
  scope
  settings
  version
  updatedAt
  plugin {
    id
    key
    name
  }
  pluginVersion {
    id
    semver
  }
}`) as unknown as TypedDocumentString<InstallPluginMutation, InstallPluginMutationVariables>;
export const UpdatePluginInstallationDocument = new TypedDocumentString(`
    mutation UpdatePluginInstallation($input: UpdateInstallationInput!) {
  updatePluginInstallation(input: $input) {
    ...PluginInstallationFields
  }
}
    fragment PluginInstallationFields on PluginInstallation {
  id
  name
  enabled
  scope
  settings
  version
  updatedAt
  plugin {
    id
    key
    name
  }
  pluginVersion {
    id
    semver
  }
}`) as unknown as TypedDocumentString<UpdatePluginInstallationMutation, UpdatePluginInstallationMutationVariables>;
export const SimulatePluginDocument = new TypedDocumentString(`
    query SimulatePlugin($input: SimulatePluginInput!) {
  simulatePlugin(input: $input) {
    runs
    failureCount
    failures {
      eventId
      reason
      message
    }
    payees {
      partnerId
      partnerName
      payeeUserId
      currency
      recordedMinor
      simulatedMinor
      differenceMinor
    }
  }
}
    `) as unknown as TypedDocumentString<SimulatePluginQuery, SimulatePluginQueryVariables>;
export const PluginRunsDocument = new TypedDocumentString(`
    query PluginRuns($filter: PluginRunFilter, $first: Int, $after: String) {
  pluginRuns(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...PluginRunFields
      }
    }
  }
}
    fragment PluginRunFields on PluginRun {
  id
  createdAt
  updatedAt
  hook
  status
  attempts
  failureReason
  failureMessage
  logs
  nextAttemptAt
  durationMicros
  installation {
    id
    name
  }
  pluginVersion {
    id
    semver
    plugin {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<PluginRunsQuery, PluginRunsQueryVariables>;
export const RetryPluginRunDocument = new TypedDocumentString(`
    mutation RetryPluginRun($input: IdInput!) {
  retryPluginRun(input: $input) {
    ...PluginRunFields
  }
}
    fragment PluginRunFields on PluginRun {
  id
  createdAt
  updatedAt
  hook
  status
  attempts
  failureReason
  failureMessage
  logs
  nextAttemptAt
  durationMicros
  installation {
    id
    name
  }
  pluginVersion {
    id
    semver
    plugin {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RetryPluginRunMutation, RetryPluginRunMutationVariables>;
export const PortalPartnerDocument = new TypedDocumentString(`
    query PortalPartner {
  myPartner {
    id
    name
    type
    status
    tier
    referralCode
  }
}
    `) as unknown as TypedDocumentString<PortalPartnerQuery, PortalPartnerQueryVariables>;
export const PortalLedgerDocument = new TypedDocumentString(`
    query PortalLedger($first: Int, $after: String) {
  ledgerEntries(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        createdAt
        kind
        status
        explanation
        amount {
          amountMinor
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalLedgerQuery, PortalLedgerQueryVariables>;
export const PortalSubmitRegistrationDocument = new TypedDocumentString(`
    mutation PortalSubmitRegistration($input: SubmitDealRegistrationInput!) {
  submitDealRegistration(input: $input) {
    ...PortalRegistrationFields
  }
}
    fragment PortalRegistrationFields on DealRegistration {
  id
  title
  organizationName
  organizationDomain
  status
  expectedCloseDate
  expiresAt
  createdAt
  decidedAt
  rejectionReason
  amount {
    amountMinor
    currency
  }
  conflicts {
    kind
    description
  }
}`) as unknown as TypedDocumentString<PortalSubmitRegistrationMutation, PortalSubmitRegistrationMutationVariables>;
export const PortalRegistrationsDocument = new TypedDocumentString(`
    query PortalRegistrations($first: Int, $after: String) {
  dealRegistrations(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...PortalRegistrationFields
      }
    }
  }
}
    fragment PortalRegistrationFields on DealRegistration {
  id
  title
  organizationName
  organizationDomain
  status
  expectedCloseDate
  expiresAt
  createdAt
  decidedAt
  rejectionReason
  amount {
    amountMinor
    currency
  }
  conflicts {
    kind
    description
  }
}`) as unknown as TypedDocumentString<PortalRegistrationsQuery, PortalRegistrationsQueryVariables>;
export const PortalDealsDocument = new TypedDocumentString(`
    query PortalDeals($first: Int, $after: String) {
  partnerDeals(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        title
        status
        expectedCloseDate
        amount {
          amountMinor
          currency
        }
        stage {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalDealsQuery, PortalDealsQueryVariables>;
export const PortalPayoutsDocument = new TypedDocumentString(`
    query PortalPayouts($first: Int, $after: String) {
  payouts(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        id
        periodStart
        periodEnd
        entryCount
        status
        paidAt
        reference
        createdAt
        total {
          amountMinor
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalPayoutsQuery, PortalPayoutsQueryVariables>;
export const PortalPayoutCsvDocument = new TypedDocumentString(`
    query PortalPayoutCsv($id: ID!) {
  payout(id: $id) {
    id
    csv
  }
}
    `) as unknown as TypedDocumentString<PortalPayoutCsvQuery, PortalPayoutCsvQueryVariables>;
export const ReferralInvitationDocument = new TypedDocumentString(`
    query ReferralInvitation($workspace: String!, $referralCode: String!) {
  referralInvitation(workspace: $workspace, referralCode: $referralCode) {
    workspaceName
    referrerName
  }
}
    `) as unknown as TypedDocumentString<ReferralInvitationQuery, ReferralInvitationQueryVariables>;
export const SubmitReferralDocument = new TypedDocumentString(`
    mutation SubmitReferral($input: SubmitReferralInput!) {
  submitReferral(input: $input)
}
    `) as unknown as TypedDocumentString<SubmitReferralMutation, SubmitReferralMutationVariables>;
export const SettingsPipelinesDocument = new TypedDocumentString(`
    query SettingsPipelines {
  pipelines(first: 50) {
    edges {
      node {
        ...SettingsPipeline
      }
    }
  }
}
    fragment SettingsStage on Stage {
  id
  name
  probability
  kind
  position
  version
}
fragment SettingsPipeline on Pipeline {
  id
  name
  isDefault
  version
  stages {
    ...SettingsStage
  }
}`) as unknown as TypedDocumentString<SettingsPipelinesQuery, SettingsPipelinesQueryVariables>;
export const CreateSettingsPipelineDocument = new TypedDocumentString(`
    mutation CreateSettingsPipeline($input: CreatePipelineInput!) {
  createPipeline(input: $input) {
    ...SettingsPipeline
  }
}
    fragment SettingsStage on Stage {
  id
  name
  probability
  kind
  position
  version
}
fragment SettingsPipeline on Pipeline {
  id
  name
  isDefault
  version
  stages {
    ...SettingsStage
  }
}`) as unknown as TypedDocumentString<CreateSettingsPipelineMutation, CreateSettingsPipelineMutationVariables>;
export const UpdateSettingsPipelineDocument = new TypedDocumentString(`
    mutation UpdateSettingsPipeline($input: UpdatePipelineInput!) {
  updatePipeline(input: $input) {
    id
    name
    isDefault
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateSettingsPipelineMutation, UpdateSettingsPipelineMutationVariables>;
export const CreateSettingsStageDocument = new TypedDocumentString(`
    mutation CreateSettingsStage($input: CreateStageInput!) {
  createStage(input: $input) {
    ...SettingsStage
  }
}
    fragment SettingsStage on Stage {
  id
  name
  probability
  kind
  position
  version
}`) as unknown as TypedDocumentString<CreateSettingsStageMutation, CreateSettingsStageMutationVariables>;
export const UpdateSettingsStageDocument = new TypedDocumentString(`
    mutation UpdateSettingsStage($input: UpdateStageInput!) {
  updateStage(input: $input) {
    ...SettingsStage
  }
}
    fragment SettingsStage on Stage {
  id
  name
  probability
  kind
  position
  version
}`) as unknown as TypedDocumentString<UpdateSettingsStageMutation, UpdateSettingsStageMutationVariables>;
export const ReorderSettingsStagesDocument = new TypedDocumentString(`
    mutation ReorderSettingsStages($input: ReorderStagesInput!) {
  reorderStages(input: $input) {
    ...SettingsStage
  }
}
    fragment SettingsStage on Stage {
  id
  name
  probability
  kind
  position
  version
}`) as unknown as TypedDocumentString<ReorderSettingsStagesMutation, ReorderSettingsStagesMutationVariables>;
export const DeleteSettingsStageDocument = new TypedDocumentString(`
    mutation DeleteSettingsStage($input: DeleteStageInput!) {
  deleteStage(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteSettingsStageMutation, DeleteSettingsStageMutationVariables>;
export const SettingsUsersDocument = new TypedDocumentString(`
    query SettingsUsers {
  users(first: 100) {
    totalCount
    edges {
      node {
        ...SettingsUser
      }
    }
  }
}
    fragment SettingsUser on User {
  id
  name
  email
  role
  jobTitle
  active
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<SettingsUsersQuery, SettingsUsersQueryVariables>;
export const UpdateSettingsUserDocument = new TypedDocumentString(`
    mutation UpdateSettingsUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...SettingsUser
  }
}
    fragment SettingsUser on User {
  id
  name
  email
  role
  jobTitle
  active
  lastLoginAt
  version
}`) as unknown as TypedDocumentString<UpdateSettingsUserMutation, UpdateSettingsUserMutationVariables>;
export const SettingsInvitesDocument = new TypedDocumentString(`
    query SettingsInvites {
  invites {
    ...SettingsInvite
  }
}
    fragment SettingsInvite on Invite {
  id
  email
  role
  jobTitle
  expiresAt
}`) as unknown as TypedDocumentString<SettingsInvitesQuery, SettingsInvitesQueryVariables>;
export const InviteSettingsUserDocument = new TypedDocumentString(`
    mutation InviteSettingsUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    acceptUrl
    invite {
      ...SettingsInvite
    }
  }
}
    fragment SettingsInvite on Invite {
  id
  email
  role
  jobTitle
  expiresAt
}`) as unknown as TypedDocumentString<InviteSettingsUserMutation, InviteSettingsUserMutationVariables>;
export const RevokeSettingsInviteDocument = new TypedDocumentString(`
    mutation RevokeSettingsInvite($input: IdInput!) {
  revokeInvite(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeSettingsInviteMutation, RevokeSettingsInviteMutationVariables>;
export const SettingsWorkspaceDocument = new TypedDocumentString(`
    query SettingsWorkspace {
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
    repsSeeOwnRecordsOnly
  }
}
    `) as unknown as TypedDocumentString<SettingsWorkspaceQuery, SettingsWorkspaceQueryVariables>;
export const UpdateSettingsWorkspaceDocument = new TypedDocumentString(`
    mutation UpdateSettingsWorkspace($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
    repsSeeOwnRecordsOnly
  }
}
    `) as unknown as TypedDocumentString<UpdateSettingsWorkspaceMutation, UpdateSettingsWorkspaceMutationVariables>;
export const SessionTestMeDocument = new TypedDocumentString(`
    query SessionTestMe {
  me {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SessionTestMeQuery, SessionTestMeQueryVariables>;