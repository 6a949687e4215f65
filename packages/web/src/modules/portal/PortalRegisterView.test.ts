import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { answerByOperation, body, loggedIn, type } from '../partners/partners-test-support';
import PortalRegisterView from './PortalRegisterView.vue';

const registered = {
  id: 'r9', title: 'Acme rollout', organizationName: 'Acme', organizationDomain: 'acme.com', status: 'PENDING', expectedCloseDate: '2026-12-15',
  expiresAt: '2026-04-30T08:00:00.000Z', createdAt: '2026-03-01T08:00:00.000Z', decidedAt: null, rejectionReason: null,
  amount: { amountMinor: 1_250_050, currency: 'EUR' },
  // The server leaves out the ids and other partners' names for a partner's user.
  conflicts: [{ kind: 'OTHER_REGISTRATION', description: 'Another partner registered this customer on 2026-02-20' }],
};

describe('PortalRegisterView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
    loggedIn('PARTNER');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('registers a deal with its amount in minor units, then shows what it conflicts with', async () => {
    const api = answerByOperation({
      PortalSubmitRegistration: [
        { errors: [{ message: 'Enter a domain such as acme.com', extensions: { code: 'BAD_USER_INPUT', field: 'organizationDomain' } }] },
        { data: { submitDealRegistration: registered } },
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PortalRegisterView, '/portal/register');
    await wrapper.find('[data-test="register-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="register-title"]').text()).toContain('Required'));
    expect(api.requests).toEqual([]);

    await type('[data-test="register-title"]', ' Acme rollout ');
    await type('[data-test="register-organization"]', 'Acme');
    await type('[data-test="register-domain"]', 'acme');
    await type('[data-test="register-contact-name"]', 'Jan Kowalski');
    await type('[data-test="register-amount"]', '12,500.50');
    await type('[data-test="register-close"]', '2026-12-15');
    await type('[data-test="register-notes"]', 'Met at the Oslo fair');
    await wrapper.find('[data-test="register-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="register-domain"]').text()).toContain('Enter a domain such as acme.com'));
    expect(api.sent('PortalSubmitRegistration')[0]).toEqual({
      input: {
        title: 'Acme rollout', organizationName: 'Acme', organizationDomain: 'acme', contactName: 'Jan Kowalski',
        amountMinor: 1_250_050, currency: 'EUR', expectedCloseDate: '2026-12-15', notes: 'Met at the Oslo fair',
      },
    });

    await type('[data-test="register-domain"]', 'acme.com');
    await wrapper.find('[data-test="register-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="registered"]').exists()).toBe(true));
    expect(api.sent('PortalSubmitRegistration')[1]).toMatchObject({ input: { organizationDomain: 'acme.com' } });
    const result = wrapper.find('[data-test="registered"]');
    expect(result.text()).toContain('“Acme rollout” is registered');
    expect(result.text()).toContain('€12,500.50');
    expect(result.find('[data-test="conflict-OTHER_REGISTRATION"]').text()).toBe('Another registration: Another partner registered this customer on 2026-02-20');
    expect(result.find('[data-test="conflict-deal"]').exists()).toBe(false);

    await body.find('[data-test="register-another"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="register-form"]').exists()).toBe(true));
    expect((wrapper.find('[data-test="register-title"] input').element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });

  it('refuses an amount with more decimals than the currency has', async () => {
    const api = answerByOperation({});
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PortalRegisterView, '/portal/register');
    await type('[data-test="register-title"]', 'Acme rollout');
    await type('[data-test="register-organization"]', 'Acme');
    await type('[data-test="register-amount"]', '12.345');
    await wrapper.find('[data-test="register-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="register-amount"]').text()).toContain('EUR amounts have at most 2 decimals'));
    expect(api.requests).toEqual([]);
    wrapper.unmount();
  });
});
