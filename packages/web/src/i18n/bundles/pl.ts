// Everything in pl, as one chunk (see BUNDLES in ../index.ts); the glob must be a literal.
import vuetify from 'vuetify/lib/locale/pl.js';
import { collect, type Messages } from '../collect';
import shared from '../locales/pl.json';

export default collect(shared, import.meta.glob<Messages>('../../modules/*/locales/pl.json', { eager: true, import: 'default' }), vuetify);
