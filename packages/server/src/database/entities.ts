import { LoginThrottle } from '../auth/login-throttle.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Contact } from '../modules/contacts/contact.entity';
import { DealStageChange } from '../modules/deals/deal-stage-change.entity';
import { Deal } from '../modules/deals/deal.entity';
import { DealLineItem } from '../modules/deals/line-item.entity';
import { ExchangeRate } from '../money/exchange-rate.entity';
import { OutboxEvent } from '../events/outbox-event.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { Pipeline } from '../modules/pipelines/pipeline.entity';
import { Stage } from '../modules/pipelines/stage.entity';
import { Product } from '../modules/products/product.entity';
import { Invite } from '../modules/users/invite.entity';
import { Activity } from '../modules/activities/activity.entity';
import { LeadStatusChange } from '../modules/leads/lead-status-change.entity';
import { Lead } from '../modules/leads/lead.entity';
import { User } from '../modules/users/user.entity';
import { Tenant } from '../tenancy/tenant.entity';
import { ApiKey } from '../auth/api-key.entity';
import { PartnerGroup } from '../modules/partners/partner-group.entity';
import { Partner } from '../modules/partners/partner.entity';
import { DealRegistration } from '../modules/partners/deal-registration.entity';
import { Referral } from '../modules/partners/referral.entity';
import { Payment } from '../modules/payments/payment.entity';
import { Plugin } from '../modules/plugins/plugin.entity';
import { PluginVersion } from '../modules/plugins/plugin-version.entity';
import { PluginInstallation } from '../modules/plugins/plugin-installation.entity';
import { PluginRun } from '../modules/plugins/plugin-run.entity';
import { LedgerEntry } from '../modules/commissions/ledger-entry.entity';
import { Payout } from '../modules/commissions/payout.entity';
import { CommissionPeriod } from '../modules/commissions/commission-period.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';

/** Every table of the application; migrations must match these (a test checks). */
export const entities = [
  Tenant,
  User,
  Invite,
  RefreshToken,
  LoginThrottle,
  Organization,
  Contact,
  Product,
  Pipeline,
  Stage,
  Deal,
  DealStageChange,
  Lead,
  LeadStatusChange,
  Activity,
  DealLineItem,
  ExchangeRate,
  OutboxEvent,
  ApiKey,
  PartnerGroup,
  Partner,
  DealRegistration,
  Referral,
  Payment,
  Plugin,
  PluginVersion,
  PluginInstallation,
  PluginRun,
  LedgerEntry,
  Payout,
  CommissionPeriod,
  AuditEntry,
];
