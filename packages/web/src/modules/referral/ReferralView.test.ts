import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import App from '../../App.vue';
import { i18n, setLocale } from '../../i18n';
import { vuetify } from '../../plugins/vuetify';
import { createAppRouter } from '../../router';
import { answerGraphql, flush, logIn, mountView } from '../../test/mount';
import ReferralCodePanel from '../partners/components/ReferralCodePanel.vue';
import { partner, type } from '../partners/partners-test-support';
import { referralLink } from './referral-link';
import ReferralView from './ReferralView.vue';

const invitation = { data: { referralInvitation: { workspaceName: 'Fjord', referrerName: 'Nordic Resellers' } } };
const form = (wrapper: Awaited<ReturnType<typeof mountView>>['wrapper']) => wrapper.find('[data-test="refer-form"]');

describe('ReferralView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows who invites to which company and sends the answer with the workspace and code of the address', async () => {
    const api = answerGraphql(invitation, { data: { submitReferral: true } });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(ReferralView, '/refer/fjord/K7M2QX9P');
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Nordic Resellers invites you to Fjord'));
    expect(api.requests[0]!.variables).toEqual({ workspace: 'fjord', referralCode: 'K7M2QX9P' });
    expect(wrapper.find('[data-test="language-menu"]').exists()).toBe(true);

    // Nothing is sent until the required fields are filled in.
    await form(wrapper).trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="refer-first-name"]').text()).toContain('Required'));
    expect(api.requests).toHaveLength(1);

    await type('[data-test="refer-first-name"]', ' Robin ');
    await type('[data-test="refer-email"]', 'robin@referred.example ');
    await type('[data-test="refer-company"]', 'Referred Ltd');
    await form(wrapper).trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="refer-thanks"]').exists()).toBe(true));
    expect(api.requests[1]!.variables).toEqual({
      input: { workspace: 'fjord', referralCode: 'K7M2QX9P', firstName: 'Robin', email: 'robin@referred.example', companyName: 'Referred Ltd' },
    });
    // Public: no one's session goes with it.
    expect(api.requests.map((request) => request.authorization)).toEqual([null, null]);
    expect(wrapper.find('h1').text()).toBe('Thank you');
    expect(wrapper.find('[data-test="refer-thanks"]').text()).toBe('Fjord has your details and will get in touch with you soon.');
    wrapper.unmount();
  });

  it('says plainly that an unknown link is not valid', async () => {
    vi.stubGlobal('fetch', answerGraphql({ data: null, errors: [{ message: 'Referral link not found', extensions: { code: 'NOT_FOUND' } }] }).fetch);
    const { wrapper } = await mountView(ReferralView, '/refer/fjord/NOSUCH99');
    await vi.waitFor(() => expect(wrapper.find('[data-test="refer-invalid"]').exists()).toBe(true));
    expect(wrapper.find('h1').text()).toBe('This referral link is not valid');
    expect(wrapper.find('[data-test="refer-form"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('puts a refused field under its input, and says so readably when the link has had too many answers', async () => {
    const api = answerGraphql(
      invitation,
      { data: null, errors: [{ message: 'Enter an email address someone can receive', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }] },
      { data: null, errors: [{ message: 'This referral link has had many answers in the last hour; please try again later', extensions: { code: 'RATE_LIMITED' } }] },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(ReferralView, '/refer/fjord/K7M2QX9P');
    await vi.waitFor(() => expect(form(wrapper).exists()).toBe(true));
    await type('[data-test="refer-first-name"]', 'Robin');
    await type('[data-test="refer-email"]', 'robin@referred.example');
    await form(wrapper).trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="refer-email"]').text()).toContain('Enter an email address someone can receive'));
    expect(wrapper.find('[data-test="form-error"]').exists()).toBe(false);

    setLocale('pl');
    await form(wrapper).trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="form-error"]').text()).toBe('Ten link otrzymał w ostatniej godzinie wiele odpowiedzi. Spróbuj ponownie później.'));
    expect(wrapper.find('[data-test="refer-email"]').text()).not.toContain('Enter an email');
    expect(api.requests).toHaveLength(3);
    wrapper.unmount();
  });

  it('speaks the reader\'s language, right to left in Arabic', async () => {
    vi.stubGlobal('fetch', answerGraphql(invitation).fetch);
    setLocale('ar');
    const { wrapper } = await mountView(ReferralView, '/refer/fjord/K7M2QX9P');
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Nordic Resellers يدعوك إلى Fjord'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(wrapper.find('.v-locale--is-rtl').exists()).toBe(true);
    expect(wrapper.find('[data-test="refer-submit"]').text()).toBe('إرسال');
    wrapper.unmount();
  });

  it.each([['logged in', true], ['not logged in', false]])('opens in the app for someone %s, without the app shell', async (_who, loggedIn) => {
    if (loggedIn) logIn();
    vi.stubGlobal('fetch', answerGraphql(invitation).fetch);
    const pinia = createPinia();
    setActivePinia(pinia);
    const router = createAppRouter();
    await router.push('/refer/fjord/K7M2QX9P');
    await router.isReady();
    const wrapper = mount(App, { global: { plugins: [pinia, i18n, vuetify, router] }, attachTo: document.body });
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Nordic Resellers invites you to Fjord'));
    await flush();
    expect(router.currentRoute.value.name).toBe('refer');
    expect(wrapper.find('.v-navigation-drawer').exists()).toBe(false);
    wrapper.unmount();
  });
});

describe('referralLink', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('is the page of the code on this site', () => {
    expect(referralLink('fjord', 'K7M2QX9P')).toBe(`${window.location.origin}/refer/fjord/K7M2QX9P`);
  });

  it('is on the partner\'s referral-code panel, in the logged-in workspace, ready to copy', async () => {
    localStorage.clear();
    setLocale('en');
    logIn({ user: { role: 'MANAGER' }, tenant: { slug: 'fjell' } });
    vi.stubGlobal('fetch', answerGraphql().fetch);
    const Host = defineComponent({ setup: () => () => h(ReferralCodePanel, { partner: partner() as never }) });
    const { wrapper } = await mountView(Host, '/partners/p1');
    expect(wrapper.find('[data-test="referral-link"]').text()).toBe(`${window.location.origin}/refer/fjell/K7M2QX9P`);
    expect(wrapper.find('[data-test="copy-link"]').text()).toBe('Copy link');
    wrapper.unmount();
  });
});
