import { body, flush, logIn } from '../../test/mount';

export { body };
export { answerByOperation } from '../settings/settings-test-helpers';

/** Ola, a MANAGER, in a workspace counting in EUR on Warsaw time. */
export function loggedIn(): void {
  logIn({ user: { role: 'MANAGER' } });
}

/** Types into the input (or text area) inside the element `selector` names, in the page or a dialog. */
export async function fill(selector: string, text: string): Promise<void> {
  const field = body.find(`${selector} input, ${selector} textarea`);
  await field.trigger('focus');
  await field.setValue(text);
  await flush();
}

export const connection = <T>(nodes: T[], endCursor: string | null = null, totalCount = nodes.length) => ({
  totalCount,
  pageInfo: { endCursor, hasNextPage: endCursor !== null },
  edges: nodes.map((node) => ({ node })),
});

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

export const entry = (id: string, fields: Record<string, unknown> = {}) => ({
  id, createdAt: '2026-03-02T09:30:00.000Z', kind: 'COMMISSION', hook: 'deal.won', status: 'PENDING',
  explanation: 'Acme Renewal won: 20 % of €1,000.00', reasonCode: 'one-off', fraudFlags: [], holdUntil: null, approvedAt: null, voidReason: null,
  pluginRef: 'affiliate-commission@1.0.0', rateBasisPoints: 2000,
  codeHash: 'c0de1234567890abcdef', settingsHash: '5e771234567890abcdef', inputHash: '1a2b1234567890abcdef', outputHash: '0f0f1234567890abcdef', version: 1,
  amount: eur(20000), basis: eur(100000), partner: { id: 'p1', name: 'Nordic Resellers' }, payeeUser: null, payeeContact: null,
  deal: { id: 'd1', title: 'Acme Renewal' }, reverses: null, overrides: [], ...fields,
});

/** A manual override in an entry's audit trail, by Ola unless `fields` says otherwise. */
export const override = (id: string, action: string, fields: Record<string, unknown> = {}) => ({
  id, action, reason: null, before: null, after: null, at: '2026-03-03T09:00:00.000Z', actor: { id: 'u1', name: 'Ola' }, ...fields,
});

/** An override's before/after, as the server snapshots an entry. */
export const snapshot = (fields: Record<string, unknown> = {}) => ({
  status: 'PENDING', amountMinor: 20000, currency: 'EUR', partnerId: 'p1', payeeUserId: null, dealId: 'd1',
  holdUntil: '2026-03-16T09:30:00.000Z', fraudFlags: [], voidReason: null, explanation: 'Acme Renewal won: 20 % of €1,000.00', ...fields,
});

export const period = (id: string, periodStart: string, periodEnd: string, closedAt = `${periodEnd}T22:15:00.000Z`) => ({ id, periodStart, periodEnd, closedAt });

export const payout = (id: string, fields: Record<string, unknown> = {}) => ({
  id, createdAt: '2026-04-01T08:00:00.000Z', periodStart: '2026-03-01', periodEnd: '2026-03-31', entryCount: 3, status: 'ISSUED', paidAt: null, reference: null, version: 1,
  total: eur(45000), partner: { id: 'p1', name: 'Nordic Resellers' }, payeeUser: null, ...fields,
});
