import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { setLocale } from '../../i18n';
import { answerGraphql, flush, mountView } from '../../test/mount';
import { body, dealFixture, formOptions, loggedIn } from './deal-test-support';
import DealFormDialog from './DealFormDialog.vue';
import RecordPicker from './RecordPicker.vue';

/** The dialog as a page opens it, recording what it emits. */
function opened(props: Record<string, unknown> = {}) {
  const events = { saved: [] as string[], closed: 0, conflicts: 0 };
  const Host = defineComponent({
    setup: () => () => h(DealFormDialog, {
      modelValue: true,
      ...props,
      onSaved: (id: string) => events.saved.push(id),
      'onUpdate:modelValue': () => events.closed++,
      onConflict: () => events.conflicts++,
    }),
  });
  return { Host, events };
}

/** Unmounted after each test, pass or fail, so no dialog is left in <body> for the next one. */
const mounted: Array<{ unmount: () => void }> = [];

async function mountForm(props: Record<string, unknown>, ...responses: object[]) {
  const api = answerGraphql(formOptions, ...responses);
  vi.stubGlobal('fetch', api.fetch);
  const { Host, events } = opened(props);
  const { wrapper } = await mountView(Host, '/deals/any');
  mounted.push(wrapper);
  await vi.waitFor(() => expect(body.find('[data-test="deal-form"]').exists()).toBe(true));
  await vi.waitFor(() => expect(api.requests).toHaveLength(1));
  await flush();
  return { wrapper, api, events };
}

const submit = () => body.find('[data-test="deal-form"]').trigger('submit');
const inputValue = (selector: string) => (body.find(`${selector} input`).element as HTMLInputElement).value;

describe('DealFormDialog', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
  });
  afterEach(() => {
    mounted.splice(0).forEach((wrapper) => wrapper.unmount());
    vi.unstubAllGlobals();
    setLocale('en');
  });

  it('creates a deal in the default pipeline\'s first stage, in the workspace currency, with the amount in exact minor units', async () => {
    const { api, events } = await mountForm({}, { data: { createDeal: { id: 'd9' } } });
    expect(body.text()).toContain('New deal');
    await body.find('[data-test="deal-title"] input').setValue('  Fjord expansion ');
    await body.find('[data-test="deal-amount"] input').setValue('1,234.50');
    await body.find('[data-test="deal-expected-close"] input').setValue('2026-12-31');
    await submit();
    await vi.waitFor(() => expect(events.saved).toEqual(['d9']));
    expect(api.requests[1]!.variables).toEqual({
      input: {
        title: 'Fjord expansion', amountMinor: 123450, currency: 'EUR', pipelineId: 'p1', stageId: 's1',
        organizationId: null, contactId: null, ownerId: 'u1', expectedCloseDate: '2026-12-31', type: 'NEW',
      },
    });
    expect(events.closed).toBe(1);
  });

  it('reads the amount in the reader\'s locale and refuses more decimals than the currency has', async () => {
    setLocale('pl');
    const { api, events } = await mountForm({}, { data: { createDeal: { id: 'd9' } } });
    await body.find('[data-test="deal-title"] input').setValue('Fjord');
    await body.find('[data-test="deal-amount"] input').setValue('12,345');
    await submit();
    await vi.waitFor(() => expect(body.find('[data-test="deal-amount"]').text()).toContain('Kwoty w EUR mają najwyżej 2 miejsca po przecinku'));
    expect(api.requests).toHaveLength(1);
    await body.find('[data-test="deal-amount"] input').setValue('1 234,5');
    await submit();
    await vi.waitFor(() => expect(events.saved).toEqual(['d9']));
    expect(api.requests[1]!.variables.input).toMatchObject({ amountMinor: 123450, currency: 'EUR' });
  });

  it('starts in the pipeline and stage it was opened for, and shows a field the server refused under that field', async () => {
    const { api, events } = await mountForm(
      { pipelineId: 'p2' },
      { errors: [{ message: 'The expected close date cannot be in the past', extensions: { code: 'BAD_USER_INPUT', field: 'expectedCloseDate' } }] },
    );
    expect(body.find('[data-test="deal-pipeline"]').text()).toContain('Renewals');
    expect(body.find('[data-test="deal-stage"]').text()).toContain('Due');
    await body.find('[data-test="deal-title"] input').setValue('Fjord renewal 2027');
    await body.find('[data-test="deal-expected-close"] input').setValue('2020-01-31');
    await submit();
    await vi.waitFor(() => expect(body.find('[data-test="deal-expected-close"]').text()).toContain('The expected close date cannot be in the past'));
    expect(api.requests[1]!.variables.input).toMatchObject({ pipelineId: 'p2', stageId: 'r1', amountMinor: 0, expectedCloseDate: '2020-01-31' });
    expect(body.find('[data-test="deal-title"]').text()).not.toContain('in the past');
    expect(events.saved).toEqual([]);
  });

  it('finds a contact by search, and takes their organization along', async () => {
    const contacts = (nodes: object[]) => ({ data: { contacts: { edges: nodes.map((node) => ({ node })) } } });
    const kari = { id: 'c1', name: 'Kari Nordmann', organization: { id: 'o1', name: 'Fjord AS' } };
    const { wrapper, api, events } = await mountForm(
      {},
      contacts([kari, { id: 'c2', name: 'Ola Hansen', organization: null }]),
      contacts([kari]),
      { data: { createDeal: { id: 'd9' } } },
    );
    const picker = body.find('[data-test="deal-contact"] input');
    await picker.trigger('focus');
    await vi.waitFor(() => expect(api.requests).toHaveLength(2));
    expect(api.requests[1]!.variables).toEqual({ search: null });
    await picker.setValue('kari');
    await vi.waitFor(() => expect(api.requests).toHaveLength(3));
    expect(api.requests[2]!.variables).toEqual({ search: 'kari' });
    wrapper.findAllComponents(RecordPicker)[1]!.vm.$emit('update:modelValue', { id: 'c1', name: 'Kari Nordmann', subtitle: 'Fjord AS' });
    await flush();
    await body.find('[data-test="deal-title"] input').setValue('Fjord expansion');
    await submit();
    await vi.waitFor(() => expect(events.saved).toEqual(['d9']));
    expect(api.requests[3]!.variables.input).toMatchObject({ contactId: 'c1', organizationId: 'o1' });
  });

  it('edits a deal with its version; a deal priced by its lines keeps its amount, and a new stage is a move', async () => {
    const { wrapper, api, events } = await mountForm(
      { deal: dealFixture() },
      { data: { updateDeal: { id: 'd1', version: 4 } } },
      { data: { moveDeal: { id: 'd1', version: 5 } } },
    );
    expect(body.text()).toContain('Edit deal');
    expect(inputValue('[data-test="deal-title"]')).toBe('Fjord upgrade');
    expect(inputValue('[data-test="deal-amount"]')).toBe('12345.00');
    expect(body.find('[data-test="deal-amount"] input').attributes('disabled')).toBeDefined();
    expect(inputValue('[data-test="deal-expected-close"]')).toBe('2026-12-15');
    await body.find('[data-test="deal-title"] input').setValue('Fjord upgrade (50 seats)');
    wrapper.findAllComponents({ name: 'VSelect' }).find((select) => select.attributes('data-test') === 'deal-stage')!.vm.$emit('update:modelValue', 's1');
    await flush();
    await submit();
    await vi.waitFor(() => expect(events.saved).toEqual(['d1']));
    expect(api.requests[1]!.variables).toEqual({
      input: {
        id: 'd1', version: 3, title: 'Fjord upgrade (50 seats)', organizationId: 'o1', contactId: 'c1',
        ownerId: 'u2', expectedCloseDate: '2026-12-15', type: 'UPSELL',
      },
    });
    expect(api.requests[2]!.variables).toEqual({ input: { id: 'd1', version: 4, stageId: 's1' } });
    expect(api.requests[2]!.query).toContain('moveDeal');
  });

  it('tells the page when someone else changed the deal first', async () => {
    const { events } = await mountForm(
      { deal: dealFixture({ lineItems: [] }) },
      { errors: [{ message: 'This deal was changed by someone else (now at version 4, you sent 3). Reload it and try again.', extensions: { code: 'CONFLICT' } }] },
    );
    await submit();
    await vi.waitFor(() => expect(body.find('[data-test="deal-form-error"]').text()).toContain('changed by someone else'));
    expect(events.conflicts).toBe(1);
    expect(events.saved).toEqual([]);
  });
});
