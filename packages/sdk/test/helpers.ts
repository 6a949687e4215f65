/** Raw bundles for the sandbox tests, written as bundlePlugin emits them. */
import { makeInput } from '../dist/testing.js';

export const FIXTURE_MANIFEST = {
  id: 'fixture',
  version: '1.0.0',
  apiVersion: 1,
  kind: 'commission',
  name: 'Fixture',
  settingsSchema: { type: 'object', properties: {} },
};

/** A bundle whose plugin has the manifest and these hooks (JavaScript source of the object's body). */
export function bundleOf(hooksSource: string, manifest: object = FIXTURE_MANIFEST): string {
  return `(() => {
  const plugin = Object.assign(${JSON.stringify(manifest)}, { hooks: { ${hooksSource} } });
  globalThis.__dealflowPlugin = { default: plugin };
})();
`;
}

/** A bundle whose deal.won hook has this body, with `input` in scope. */
export function dealWon(body: string, manifest?: object): string {
  return bundleOf(`'deal.won': (input) => { ${body} }`, manifest);
}

/** JavaScript source of an accrue operation with this explanation (a JavaScript expression). */
export function accrueSource(explanation = "'Ten percent'"): string {
  return `{ op: 'accrue', payee: { partnerId: input.partner.id }, amountMinor: input.deal.amountMinor / 10, currency: input.deal.currency,
    basisMinor: input.deal.amountMinor, rateBasisPoints: 1000, reasonCode: 'base', explanation: ${explanation} }`;
}

/** A plugin that behaves: 10 % of the deal to the partner. */
export const WELL_BEHAVED = dealWon(`console.log('deal', input.deal.id); return [${accrueSource()}];`);

export const dealWonInput = makeInput('deal.won');
