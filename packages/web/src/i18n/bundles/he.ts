// Everything in he, as one chunk (see BUNDLES in ../index.ts); the glob must be a literal.
import vuetify from 'vuetify/lib/locale/he.js';
import { collect, type Messages } from '../collect';
import shared from '../locales/he.json';

export default collect(shared, import.meta.glob<Messages>('../../modules/*/locales/he.json', { eager: true, import: 'default' }), vuetify);
