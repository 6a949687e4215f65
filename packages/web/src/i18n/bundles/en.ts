// Everything in en, as one chunk (see BUNDLES in ../index.ts); the glob must be a literal.
import vuetify from 'vuetify/lib/locale/en.js';
import { collect, type Messages } from '../collect';
import shared from '../locales/en.json';

export default collect(shared, import.meta.glob<Messages>('../../modules/*/locales/en.json', { eager: true, import: 'default' }), vuetify);
