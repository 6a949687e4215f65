export { answerByOperation, body, fill, loggedIn } from '../commissions/commissions-test-support';

/** The affiliate-commission plugin's settings schema, as packages/plugins publishes it (shortened). */
export const affiliateSchema = {
  type: 'object',
  properties: {
    mode: {
      type: 'string',
      title: 'Mode',
      oneOf: [{ const: 'percentage', title: 'A percentage of the basis' }, { const: 'flat', title: 'A flat amount per deal or invoice' }],
      default: 'percentage',
    },
    rateBasisPoints: { type: 'integer', format: 'basis-points', title: 'Rate', description: 'Below the first tier.', minimum: 0, maximum: 10000, default: 2000 },
    flatAmounts: { type: 'object', title: 'Flat amounts', default: {} },
    tiers: {
      type: 'array',
      title: 'Volume tiers',
      items: {
        type: 'object',
        properties: {
          fromBasisMinor: { type: 'integer', title: 'From', minimum: 0 },
          rateBasisPoints: { type: 'integer', format: 'basis-points', title: 'Rate', minimum: 0, maximum: 10000 },
        },
        required: ['fromBasisMinor', 'rateBasisPoints'],
      },
      default: [],
    },
    holdDays: { type: 'integer', title: 'Hold days', minimum: 0, maximum: 365, default: 30 },
  },
  required: ['mode', 'rateBasisPoints', 'flatAmounts', 'tiers', 'holdDays'],
};

export const version = (id: string, semver: string, settingsSchema: object = affiliateSchema) => ({
  id, semver, hooks: ['deal.won', 'invoice.paid'], codeHash: `${id}-0123456789abcdef`, publishedAt: '2026-02-01T08:00:00.000Z', settingsSchema,
});

export const affiliate = {
  id: 'pl1', key: 'affiliate-commission', name: 'Affiliate commission', description: 'A percentage or a flat amount per deal.', kind: 'COMMISSION', builtIn: true,
  versions: [version('v2', '1.1.0'), version('v1', '1.0.0', { type: 'object', properties: { rateBasisPoints: affiliateSchema.properties.rateBasisPoints } })],
};

export const installation = (fields: Record<string, unknown> = {}) => ({
  id: 'i1', name: 'Silver affiliates', enabled: true, scope: 'ASSIGNED_PARTNERS', version: 3, updatedAt: '2026-03-01T08:00:00.000Z',
  settings: { mode: 'percentage', rateBasisPoints: 1500, flatAmounts: {}, tiers: [], holdDays: 14 },
  plugin: { id: 'pl1', key: 'affiliate-commission', name: 'Affiliate commission' },
  pluginVersion: { id: 'v2', semver: '1.1.0' }, ...fields,
});

export const pluginsPage = (installations: object[] = [installation()]) => ({
  data: {
    pluginInstallations: installations,
    plugins: [affiliate],
    builtInPlugins: [
      { key: 'affiliate-commission', name: 'Affiliate commission', description: null, version: '1.1.0' },
      { key: 'var-margin', name: 'VAR margin', description: 'Margins on resold products.', version: '1.0.0' },
    ],
  },
});
