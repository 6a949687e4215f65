import type { VueWrapper } from '@vue/test-utils';
import { VSelect } from 'vuetify/components';
import { body, flush, logIn } from '../../test/mount';

export { body, flush };

/** A logged-in session with `role`, in Fjord (EUR, Warsaw time). */
export function loggedIn(role = 'MANAGER'): void {
  logIn({ user: { role } });
}

/**
 * Answers GraphQL calls by operation name rather than by order (pages load several things at
 * once), each name's answers in turn, and records the requests.
 */
export function answerByOperation(answers: Record<string, object[]>) {
  const requests: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const fetch = async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    requests.push({ operation, variables });
    const next = answers[operation]?.shift();
    if (!next) throw new Error(`Unexpected request: ${operation}`);
    return new Response(JSON.stringify(next), { headers: { 'content-type': 'application/json' } });
  };
  const sent = (operation: string) => requests.filter((request) => request.operation === operation).map((request) => request.variables);
  return { fetch, requests, sent };
}

/** Types into the input (or text area) inside the element `selector` names, in the page or a dialog. */
export async function type(selector: string, text: string): Promise<void> {
  const input = body.find(`${selector} input:not([type="hidden"]), ${selector} textarea`);
  await input.trigger('focus');
  await input.setValue(text);
  await flush();
}

/** Chooses `value` in the select marked `name`, in the page or a dialog (teleported, but in the same component tree). */
export function select(wrapper: VueWrapper, name: string, value: unknown): void {
  const field = wrapper.findAllComponents(VSelect).find((candidate) => candidate.attributes('data-test') === name);
  if (!field) throw new Error(`No select ${name}`);
  field.vm.$emit('update:modelValue', value);
}

export const connection = <T>(nodes: T[], endCursor: string | null = null, totalCount = nodes.length) => ({
  totalCount,
  pageInfo: { endCursor, hasNextPage: endCursor !== null },
  edges: nodes.map((node) => ({ node })),
});

export const partnerRow = (id: string, name: string, fields: Record<string, unknown> = {}) => ({
  id, name, type: 'VAR', status: 'ACTIVE', tier: 'gold', referralCode: 'K7M2QX9P', email: `hello@${id}.example`, domain: `${id}.example`,
  updatedAt: '2026-03-02T08:00:00.000Z', group: { id: 'g1', name: 'Gold partners' }, ...fields,
});

export const partner = (fields: Record<string, unknown> = {}) => ({
  id: 'p1', name: 'Nordic Resellers', type: 'RESELLER', status: 'ACTIVE', tier: 'gold', email: 'sales@nordic.example', domain: 'nordic.example',
  referralCode: 'K7M2QX9P', installationId: null, version: 2, createdAt: '2026-01-10T08:00:00.000Z', updatedAt: '2026-03-02T08:00:00.000Z',
  group: { id: 'g1', name: 'Gold partners' }, manager: { id: 'u2', name: 'Ana' }, ...fields,
});

export const group = (id: string, name: string, fields: Record<string, unknown> = {}) => ({
  id, name, description: null, holdDays: 30, defaultInstallationId: null, version: 1, ...fields,
});

const DAY = 86_400_000;

export const registration = (id: string, fields: Record<string, unknown> = {}) => ({
  id, title: 'Acme rollout', organizationName: 'Acme', organizationDomain: 'acme.com', contactName: 'Jan Kowalski', contactEmail: 'jan@acme.com',
  notes: null, status: 'PENDING', expectedCloseDate: '2026-12-15', expiresAt: new Date(Date.now() + 20 * DAY).toISOString(),
  createdAt: '2026-03-01T08:00:00.000Z', decidedAt: null, rejectionReason: null, version: 1,
  amount: { amountMinor: 1_250_000, currency: 'EUR' }, partner: { id: 'p1', name: 'Nordic Resellers' }, submittedBy: { id: 'u9', name: 'Pat Partner' },
  decidedBy: null, deal: null, conflicts: [], ...fields,
});

/** Soon: within the warning period of the queue. */
export const soon = () => new Date(Date.now() + 1.25 * DAY).toISOString();
