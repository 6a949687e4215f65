import { Initial1795476139549 } from './1795476139549-Initial';
import { AddOutboxEvents1795480099343 } from './1795480099343-AddOutboxEvents';

/** In order of creation; applied at start. */
export const mysqlMigrations = [Initial1795476139549, AddOutboxEvents1795480099343];
