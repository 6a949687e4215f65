import { Initial1795475340255 } from './1795475340255-Initial';

/** In order of creation; applied at start. */
export const mysqlMigrations = [Initial1795475340255];
