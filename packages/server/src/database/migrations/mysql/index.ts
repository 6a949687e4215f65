import { Initial1795476139549 } from './1795476139549-Initial';

/** In order of creation; applied at start. */
export const mysqlMigrations = [Initial1795476139549];
