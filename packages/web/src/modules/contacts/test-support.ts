import { defineComponent, h } from 'vue';
import { body, flush, logIn } from '../../test/mount';

export { body };

/** A logged-in session for user u1 (the "mine" filter asks for their id). */
export function loggedIn(): void {
  logIn();
}

/** Stands in for the activity timeline (tested in its own module), showing the subject it was given. */
export const TimelineStub = defineComponent({
  props: { subject: { type: Object, required: true } },
  setup: (props) => () => h('div', { 'data-test': 'timeline-stub' }, JSON.stringify(props.subject)),
});

/** Types into the input inside the element `selector` names, in the page or a dialog. */
export async function type(selector: string, text: string): Promise<void> {
  const input = body.find(`${selector} input`);
  await input.trigger('focus');
  await input.setValue(text);
  await flush();
}

export const connection = <T>(nodes: T[], endCursor: string | null = null, totalCount = nodes.length) => ({
  totalCount,
  pageInfo: { endCursor, hasNextPage: endCursor !== null },
  edges: nodes.map((node) => ({ node })),
});

export const contactRow = (id: string, name: string, fields: Record<string, unknown> = {}) => ({
  id, name, email: `${id}@acme.com`, phone: null, jobTitle: null, isCustomer: false, archivedAt: null,
  createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-02T08:00:00.000Z',
  organization: { id: 'o1', name: 'Acme' }, owner: { id: 'u1', name: 'Ola' }, ...fields,
});

export const contact = (fields: Record<string, unknown> = {}) => ({
  id: 'c1', firstName: 'Anna', lastName: 'Nowak', name: 'Anna Nowak', email: 'anna@acme.com', phone: '+48 600 100 200',
  jobTitle: 'Head of Procurement', isCustomer: false, customerSince: null, archivedAt: null, version: 3,
  createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-02T08:00:00.000Z',
  organization: { id: 'o1', name: 'Acme' }, owner: { id: 'u1', name: 'Ola' }, ...fields,
});

export const organization = (fields: Record<string, unknown> = {}) => ({
  id: 'o1', name: 'Acme', domain: 'acme.com', industry: 'Manufacturing', employeeCount: 1200, phone: null, address: 'ul. Prosta 1',
  city: 'Warsaw', country: 'PL', archivedAt: null, version: 2, createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-02T08:00:00.000Z',
  owner: { id: 'u1', name: 'Ola' }, ...fields,
});

export const deal = (id: string, title: string, amountMinor: number, status = 'OPEN') => ({
  id, title, status, amount: { amountMinor, currency: 'EUR' }, stage: { id: 's1', name: 'Presentation' },
});
