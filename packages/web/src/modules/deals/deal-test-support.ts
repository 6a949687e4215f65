import { logIn } from '../../test/mount';

export { body } from '../../test/mount';

/** A logged-in session for Ola (u1) in a workspace that counts in EUR on Warsaw time. */
export function loggedIn(): void {
  logIn();
}

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

/** An open deal in Closing with two lines: 10 × 999.00 less 10 %, and 3354.00 of onboarding. */
export const dealFixture = (fields: Record<string, unknown> = {}) => ({
  id: 'd1', version: 3, title: 'Fjord upgrade', type: 'UPSELL', status: 'OPEN', expectedCloseDate: '2026-12-15',
  amount: eur(1_234_500),
  pipeline: { id: 'p1', name: 'Sales' },
  stage: { id: 's3', name: 'Closing', kind: 'OPEN', probability: 80 },
  owner: { id: 'u2', name: 'Ana' },
  organization: { id: 'o1', name: 'Fjord AS' },
  contact: { id: 'c1', name: 'Kari Nordmann' },
  closedOn: null, lostReason: null, lostNote: null, createdAt: '2026-10-01T08:00:00.000Z',
  lineItems: [
    {
      id: 'l1', name: 'Pro plan', quantity: 10, discountBasisPoints: 1000,
      product: { id: 'pr1', name: 'Pro plan', sku: 'PRO-1', active: true, unitPrice: eur(99_900) },
      unitPrice: eur(99_900), total: eur(899_100),
    },
    { id: 'l2', name: 'Onboarding', quantity: 1, discountBasisPoints: 0, product: null, unitPrice: eur(335_400), total: eur(335_400) },
  ],
  stageHistory: [
    { id: 'h1', changedAt: '2026-10-01T08:00:00.000Z', changedBy: { id: 'u2', name: 'Ana' }, fromStage: null, toStage: { id: 's1', name: 'Prospecting' } },
    { id: 'h2', changedAt: '2026-11-02T12:00:00.000Z', changedBy: { id: 'u1', name: 'Ola' }, fromStage: { id: 's1', name: 'Prospecting' }, toStage: { id: 's3', name: 'Closing' } },
  ],
  ...fields,
});

export const formOptions = {
  data: {
    pipelines: {
      edges: [
        { node: { id: 'p2', name: 'Renewals', isDefault: false, stages: [{ id: 'r1', name: 'Due', kind: 'OPEN' }, { id: 'r9', name: 'Won', kind: 'WON' }] } },
        {
          node: {
            id: 'p1', name: 'Sales', isDefault: true, stages: [
              { id: 's1', name: 'Prospecting', kind: 'OPEN' }, { id: 's3', name: 'Closing', kind: 'OPEN' },
              { id: 's8', name: 'Won', kind: 'WON' }, { id: 's9', name: 'Lost', kind: 'LOST' },
            ],
          },
        },
      ],
    },
    users: { edges: [{ node: { id: 'u1', name: 'Ola', active: true } }, { node: { id: 'u2', name: 'Ana', active: true } }, { node: { id: 'u3', name: 'Gone', active: false } }] },
  },
};
