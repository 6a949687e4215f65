import type { Database } from '../database/database';
import { Activity } from '../modules/activities/activity.entity';
import type { ActivityService } from '../modules/activities/activity.service';
import { RequestContext } from '../tenancy/request-context';

const BATCH = 200;

/**
 * Finds activities whose due time has come (across tenants, by the dueNoticeAt index) and has
 * each one's owner told, inside that activity's own tenant and transaction. Returns how many
 * notices were recorded.
 */
export async function sendDueTaskNotices(database: Database, activities: ActivityService, now = new Date()): Promise<number> {
  const due = await database.read((manager) => manager.createQueryBuilder(Activity, 'a')
    .select(['a.tenantId', 'a.id', 'a.ownerId'])
    .where('a.dueNoticeAt <= :now', { now })
    .orderBy('a.dueNoticeAt', 'ASC')
    .limit(BATCH)
    .getMany());
  let sent = 0;
  for (const task of due) {
    // The job acts inside the task's tenant with full rights; the notice itself has no actor.
    const told = await database.transaction((manager) =>
      activities.noticeDue(RequestContext.asOwner(manager, task.tenantId, task.ownerId), task.id, now));
    if (told) sent++;
  }
  return sent;
}
