import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerGraphql, flush, mountView } from '../../test/mount';
import { setLocale } from '../../i18n';
import LoginView from './LoginView.vue';

const session = (name: string) => ({
  accessToken: 'access-1',
  expiresIn: 900,
  refreshToken: 'refresh-1',
  user: { id: 'u1', name, email: 'ola@fjord.no', role: 'OWNER' },
  tenant: { id: 't1', name: 'Fjord', slug: 'fjord', baseCurrency: 'NOK', locale: 'en' },
});

async function fill(wrapper: Awaited<ReturnType<typeof mountView>>['wrapper'], email: string, password: string) {
  const [emailInput, passwordInput] = wrapper.findAll('input');
  await emailInput!.setValue(email);
  await passwordInput!.setValue(password);
  await wrapper.find('[data-test="login-form"]').trigger('submit');
  await vi.waitFor(flush);
}

describe('LoginView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('logs in and goes where the person was headed', async () => {
    const api = answerGraphql({ data: { login: session('Ola') } });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(LoginView, '/login?next=/leads');
    await fill(wrapper, ' ola@fjord.no ', 'correct horse battery');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/leads'));
    expect(api.requests[0]!.variables).toEqual({ input: { email: 'ola@fjord.no', password: 'correct horse battery', tenantSlug: null } });
    expect(JSON.parse(localStorage.getItem('dealflow.session')!)).toMatchObject({ refreshToken: 'refresh-1', user: { name: 'Ola' } });
    wrapper.unmount();
  });

  it('shows the server\'s message, and offers the workspaces when the email is in several', async () => {
    const api = answerGraphql({
      errors: [{ message: 'This email belongs to several workspaces; choose which one to log in to', extensions: { code: 'BAD_USER_INPUT', field: 'tenantSlug', workspaces: ['fjord', 'fjell'] } }],
    }, { errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LoginView, '/login');
    await fill(wrapper, 'ola@fjord.no', 'correct horse battery');
    await vi.waitFor(() => expect(wrapper.text()).toContain('choose which one to log in to'));
    expect(wrapper.find('.v-select').exists()).toBe(true);
    await wrapper.find('[data-test="login-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="form-error"]').text()).toBe('Wrong email or password'));
    wrapper.unmount();
  });

  it('says the server cannot be reached, in the chosen language, right to left in Arabic', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    setLocale('ar');
    const { wrapper } = await mountView(LoginView, '/login');
    expect(document.documentElement.dir).toBe('rtl');
    expect(wrapper.find('.v-locale--is-rtl').exists()).toBe(true);
    await fill(wrapper, 'ola@fjord.no', 'correct horse battery');
    await vi.waitFor(() => expect(wrapper.find('[data-test="form-error"]').text()).toBe('تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.'));
    wrapper.unmount();
  });
});
