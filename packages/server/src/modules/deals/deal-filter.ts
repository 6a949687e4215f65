import type { SelectQueryBuilder } from 'typeorm';
import { assertDate } from '../../common/dates';
import { contains, containsPattern } from '../../graphql/search';
import type { RequestContext } from '../../tenancy/request-context';
import { Stage } from '../pipelines/stage.entity';
import type { Deal } from './deal.entity';
import type { DealFilter } from './deal.inputs';

/**
 * Narrows a deal query by a DealFilter. Shared by the deal list and the pipeline board so both
 * mean the same thing by "my open deals closing this month".
 */
export function applyDealFilter(ctx: RequestContext, query: SelectQueryBuilder<Deal>, alias: string, filter: DealFilter): void {
  const on = (column: string) => `${alias}.${column}`;
  if (filter.search?.trim()) query.andWhere(contains([on('title')], 'dealSearch'), { dealSearch: containsPattern(filter.search) });
  if (filter.pipelineId) query.andWhere(`${on('pipelineId')} = :pipelineId`, { pipelineId: filter.pipelineId });
  if (filter.stageId) query.andWhere(`${on('stageId')} = :stageId`, { stageId: filter.stageId });
  if (filter.ownerId) query.andWhere(`${on('ownerId')} = :ownerId`, { ownerId: filter.ownerId });
  if (filter.organizationId) query.andWhere(`${on('organizationId')} = :organizationId`, { organizationId: filter.organizationId });
  if (filter.contactId) query.andWhere(`${on('contactId')} = :contactId`, { contactId: filter.contactId });
  if (filter.partnerId) query.andWhere(`${on('partnerId')} = :partnerId`, { partnerId: filter.partnerId });
  if (filter.currency) query.andWhere(`${on('currency')} = :currency`, { currency: filter.currency.toUpperCase() });
  if (filter.type?.length) query.andWhere(`${on('type')} IN (:...types)`, { types: filter.type });
  if (filter.expectedCloseFrom) {
    query.andWhere(`${on('expectedCloseDate')} >= :closeFrom`, { closeFrom: assertDate('expectedCloseFrom', filter.expectedCloseFrom) });
  }
  if (filter.expectedCloseTo) {
    query.andWhere(`${on('expectedCloseDate')} <= :closeTo`, { closeTo: assertDate('expectedCloseTo', filter.expectedCloseTo) });
  }
  if (filter.status?.length) {
    const stages = ctx.data.repo(Stage).select('status_stage').select('status_stage.id').andWhere('status_stage.kind IN (:...statusKinds)');
    query.andWhere(`${on('stageId')} IN (${stages.getQuery()})`, { ...stages.getParameters(), statusKinds: filter.status });
  }
}
