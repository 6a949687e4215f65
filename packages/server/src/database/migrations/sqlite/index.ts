import { Initial1795474328081 } from './1795474328081-Initial';

/** In order of creation; applied at start. */
export const sqliteMigrations = [Initial1795474328081];
