// Everything in ru, as one chunk (see BUNDLES in ../index.ts); the glob must be a literal.
import vuetify from 'vuetify/lib/locale/ru.js';
import { collect, type Messages } from '../collect';
import shared from '../locales/ru.json';

export default collect(shared, import.meta.glob<Messages>('../../modules/*/locales/ru.json', { eager: true, import: 'default' }), vuetify);
