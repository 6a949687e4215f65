import { Initial1795476139549 } from './1795476139549-Initial';
import { AddOutboxEvents1795480099343 } from './1795480099343-AddOutboxEvents';
import { AddDispatchAndNotifications1795484185727 } from './1795484185727-AddDispatchAndNotifications';
import { AddNotificationReadCursor1795491061759 } from './1795491061759-AddNotificationReadCursor';
import { AddPartnersPluginsLedger1795499843912 } from './1795499843912-AddPartnersPluginsLedger';
import { AddCommissionPeriods1795502067635 } from './1795502067635-AddCommissionPeriods';
import { AddAuditEntries1795502200518 } from './1795502200518-AddAuditEntries';

/** In order of creation; applied at start. */
export const mysqlMigrations = [Initial1795476139549, AddOutboxEvents1795480099343, AddDispatchAndNotifications1795484185727, AddNotificationReadCursor1795491061759, AddPartnersPluginsLedger1795499843912, AddCommissionPeriods1795502067635, AddAuditEntries1795502200518];
