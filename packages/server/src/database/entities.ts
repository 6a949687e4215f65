import { LoginThrottle } from '../auth/login-throttle.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { DealStageChange } from '../modules/deals/deal-stage-change.entity';
import { Deal } from '../modules/deals/deal.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { Pipeline } from '../modules/pipelines/pipeline.entity';
import { Stage } from '../modules/pipelines/stage.entity';
import { Invite } from '../modules/users/invite.entity';
import { User } from '../modules/users/user.entity';
import { Tenant } from '../tenancy/tenant.entity';

/** Every table of the application; migrations must match these (a test checks). */
export const entities = [
  Tenant,
  User,
  Invite,
  RefreshToken,
  LoginThrottle,
  Organization,
  Pipeline,
  Stage,
  Deal,
  DealStageChange,
];
