import { mdiCashMultiple, mdiFileDocumentOutline, mdiFileSign, mdiFormatListChecks, mdiHandshake, mdiViewDashboard } from '@mdi/js';

/** The portal's navigation, all a partner's user is shown (the app shell reads it; keep it free of page code). */
export const PORTAL_SECTIONS = [
  { key: 'portal.nav.overview', icon: mdiViewDashboard, to: '/portal' },
  { key: 'portal.nav.register', icon: mdiFileSign, to: '/portal/register' },
  { key: 'portal.nav.registrations', icon: mdiFormatListChecks, to: '/portal/registrations' },
  { key: 'portal.nav.deals', icon: mdiHandshake, to: '/portal/deals' },
  { key: 'portal.nav.earnings', icon: mdiCashMultiple, to: '/portal/earnings' },
  { key: 'portal.nav.statements', icon: mdiFileDocumentOutline, to: '/portal/statements' },
];
