// Everything in ar, as one chunk (see BUNDLES in ../index.ts); the glob must be a literal.
import vuetify from 'vuetify/lib/locale/ar.js';
import { collect, type Messages } from '../collect';
import shared from '../locales/ar.json';

export default collect(shared, import.meta.glob<Messages>('../../modules/*/locales/ar.json', { eager: true, import: 'default' }), vuetify);
