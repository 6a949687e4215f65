import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { flush, mountView } from '../../test/mount';
import { answerByOperation, body, fill, installation, loggedIn, pluginsPage } from './plugins-test-support';
import PluginsView from './PluginsView.vue';

const input = (path: string) => body.find(`[data-test="setting-${path}"]`);

describe('PluginsView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists the installations and the catalogue, and adds a built-in plugin not added yet', async () => {
    const api = answerByOperation({
      PluginsPage: [pluginsPage(), pluginsPage()],
      AddBuiltInPlugin: [{ data: { addBuiltInPlugin: { id: 'v9', semver: '1.0.0', plugin: { id: 'pl2', name: 'VAR margin' } } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PluginsView, '/plugins');
    await vi.waitFor(() => expect(wrapper.find('[data-test="installation-i1"]').exists()).toBe(true));
    const row = wrapper.find('[data-test="installation-i1"]').text();
    expect(row).toContain('Silver affiliates');
    expect(row).toContain('Affiliate commission');
    expect(row).toContain('1.1.0');
    expect(row).toContain('Assigned partners');
    expect(wrapper.find('[data-test="plugin-pl1"]').text()).toContain('deal.won, invoice.paid');
    // The affiliate plugin is added already, at the built-in version: only VAR margin is offered.
    expect(wrapper.find('[data-test="built-in-affiliate-commission"]').exists()).toBe(false);

    await wrapper.find('[data-test="add-var-margin"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('VAR margin 1.0.0 is in the catalogue.'));
    expect(api.sent('AddBuiltInPlugin')).toEqual([{ input: { key: 'var-margin' } }]);
    expect(api.sent('PluginsPage')).toHaveLength(2);
    wrapper.unmount();
  });

  it('switches an installation off', async () => {
    const api = answerByOperation({
      PluginsPage: [pluginsPage()],
      UpdatePluginInstallation: [{ data: { updatePluginInstallation: installation({ enabled: false, version: 4 }) } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PluginsView, '/plugins');
    await vi.waitFor(() => expect(wrapper.find('[data-test="enabled-i1"]').exists()).toBe(true));
    await wrapper.find('[data-test="enabled-i1"] input').trigger('click');
    await vi.waitFor(() => expect(api.sent('UpdatePluginInstallation')).toEqual([{ input: { id: 'i1', version: 3, enabled: false } }]));
    await vi.waitFor(() => expect((wrapper.find('[data-test="enabled-i1"] input').element as HTMLInputElement).checked).toBe(false));
    wrapper.unmount();
  });

  it('installs a version with the settings of the generated form, and shows the server\'s error on the setting it names', async () => {
    const gold = installation({ id: 'i2', name: 'Gold affiliates', scope: 'ALL_EVENTS', version: 1 });
    const api = answerByOperation({
      PluginsPage: [pluginsPage()],
      InstallPlugin: [
        { errors: [{ message: 'A tier\'s rate must be above the base rate', extensions: { code: 'BAD_USER_INPUT', field: 'settings.tiers.0.rateBasisPoints' } }] },
        { data: { installPlugin: gold } },
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PluginsView, '/plugins');
    await vi.waitFor(() => expect(wrapper.find('[data-test="install-pl1"]').exists()).toBe(true));
    await wrapper.find('[data-test="install-pl1"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="installation-form"]').exists()).toBe(true));

    // The newest version's schema, with its defaults: choices by their labels, rates as percentages.
    expect(input('settings.mode').text()).toContain('A percentage of the basis');
    expect((input('settings.rateBasisPoints').find('input').element as HTMLInputElement).value).toBe('20');
    expect(input('settings.rateBasisPoints').text()).toContain('%');
    expect(input('settings.rateBasisPoints').text()).toContain('From 0% to 100%.');
    expect((body.find('[data-test="installation-name"] input').element as HTMLInputElement).value).toBe('Affiliate commission');

    await fill('[data-test="installation-name"]', 'Gold affiliates');
    await body.find('[data-test="scope-ALL_EVENTS"] input').trigger('click');
    await fill('[data-test="setting-settings.rateBasisPoints"]', '25');
    await body.find('[data-test="add-settings.tiers"]').trigger('click');
    await flush();
    await fill('[data-test="setting-settings.tiers.0.fromBasisMinor"]', '1,000,000');
    await fill('[data-test="setting-settings.tiers.0.rateBasisPoints"]', '20');
    await body.find('[data-test="add-settings.flatAmounts"]').trigger('click');
    await flush();
    await fill('[data-test="setting-settings.flatAmounts.0.key"]', 'USD');
    await fill('[data-test="setting-settings.flatAmounts.0.value"]', '5000');
    // Not a whole number, finer than a basis point, or beyond the schema's maximum: said on the
    // input, and nothing is sent.
    await fill('[data-test="setting-settings.holdDays"]', '12.5');
    await fill('[data-test="setting-settings.rateBasisPoints"]', '12.345');
    await fill('[data-test="setting-settings.tiers.0.rateBasisPoints"]', '250');
    await body.find('[data-test="installation-form"]').trigger('submit');
    await vi.waitFor(() => expect(input('settings.holdDays').text()).toContain('Enter a whole number'));
    expect(input('settings.rateBasisPoints').text()).toContain('At most 2 decimals');
    expect(input('settings.tiers.0.rateBasisPoints').text()).toContain('At most 100%');
    expect(api.sent('InstallPlugin')).toHaveLength(0);
    await fill('[data-test="setting-settings.rateBasisPoints"]', '25');
    await fill('[data-test="setting-settings.tiers.0.rateBasisPoints"]', '20');

    await fill('[data-test="setting-settings.holdDays"]', '45');
    await body.find('[data-test="installation-form"]').trigger('submit');
    await vi.waitFor(() => expect(api.sent('InstallPlugin')).toHaveLength(1));
    expect(api.sent('InstallPlugin')[0]).toEqual({
      input: {
        versionId: 'v2',
        name: 'Gold affiliates',
        scope: 'ALL_EVENTS',
        enabled: true,
        settings: { mode: 'percentage', rateBasisPoints: 2500, flatAmounts: { USD: 5000 }, tiers: [{ fromBasisMinor: 1000000, rateBasisPoints: 2000 }], holdDays: 45 },
      },
    });
    await vi.waitFor(() => expect(input('settings.tiers.0.rateBasisPoints').text()).toContain('A tier\'s rate must be above the base rate'));
    expect(input('settings.tiers.0.fromBasisMinor').text()).not.toContain('rate must be');
    expect(body.find('[data-test="form-error"]').exists()).toBe(false);

    await fill('[data-test="setting-settings.tiers.0.rateBasisPoints"]', '25');
    await body.find('[data-test="installation-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="installation-i2"]').exists()).toBe(true));
    expect(api.sent('InstallPlugin')[1]).toMatchObject({ input: { settings: { tiers: [{ fromBasisMinor: 1000000, rateBasisPoints: 2500 }] } } });
    expect(wrapper.find('[data-test="notice"]').text()).toBe('Gold affiliates is saved.');
    wrapper.unmount();
  });

  it('edits an installation from its settings and moves it to another version, warning that the settings are checked again', async () => {
    const api = answerByOperation({
      PluginsPage: [pluginsPage()],
      UpdatePluginInstallation: [{ data: { updatePluginInstallation: installation({ pluginVersion: { id: 'v1', semver: '1.0.0' }, settings: { rateBasisPoints: 1800 }, version: 4 }) } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PluginsView, '/plugins');
    await vi.waitFor(() => expect(wrapper.find('[data-test="edit-i1"]').exists()).toBe(true));
    await wrapper.find('[data-test="edit-i1"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="installation-form"]').exists()).toBe(true));
    expect((input('settings.holdDays').find('input').element as HTMLInputElement).value).toBe('14');
    expect(body.find('[data-test="upgrade-warning"]').exists()).toBe(false);

    await fill('[data-test="setting-settings.rateBasisPoints"]', '18');
    await body.find('[data-test="version"] .v-field').trigger('mousedown');
    const choices = () => body.findAll('.v-select__content .v-list-item');
    await vi.waitFor(() => expect(choices().some((item) => item.text().startsWith('1.0.0'))).toBe(true));
    await choices().find((item) => item.text().startsWith('1.0.0'))!.trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="upgrade-warning"]').exists()).toBe(true));
    // The older version has only the rate; what was typed there is kept.
    expect(input('settings.holdDays').exists()).toBe(false);
    expect((input('settings.rateBasisPoints').find('input').element as HTMLInputElement).value).toBe('18');

    await body.find('[data-test="installation-form"]').trigger('submit');
    await vi.waitFor(() => expect(api.sent('UpdatePluginInstallation')).toHaveLength(1));
    expect(api.sent('UpdatePluginInstallation')[0]).toEqual({
      input: { id: 'i1', version: 3, name: 'Silver affiliates', scope: 'ASSIGNED_PARTNERS', settings: { rateBasisPoints: 1800 }, versionId: 'v1' },
    });
    await vi.waitFor(() => expect(wrapper.find('[data-test="installation-i1"]').text()).toContain('1.0.0'));
    wrapper.unmount();
  });

  it('simulates an installation over a period and shows each payee\'s difference', async () => {
    const simulation = {
      runs: 12,
      failureCount: 1,
      failures: [{ eventId: 'ev-7', reason: 'out-of-time', message: 'The plugin ran longer than 50 ms' }],
      payees: [
        { partnerId: 'p1', partnerName: 'Nordic Resellers', payeeUserId: null, currency: 'EUR', recordedMinor: 30000, simulatedMinor: 35000, differenceMinor: 5000 },
        { partnerId: null, partnerName: null, payeeUserId: 'u2', currency: 'EUR', recordedMinor: 10000, simulatedMinor: 7500, differenceMinor: -2500 },
        { partnerId: 'p3', partnerName: 'Baltic VAR', payeeUserId: null, currency: 'USD', recordedMinor: 1000, simulatedMinor: 1000, differenceMinor: 0 },
      ],
    };
    const api = answerByOperation({
      PluginsPage: [pluginsPage()],
      TeamMembers: [{ data: { users: { edges: [{ node: { id: 'u2', name: 'Piotr', active: true } }] } } }],
      SimulatePlugin: [{ data: { simulatePlugin: simulation } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PluginsView, '/plugins');
    await vi.waitFor(() => expect(wrapper.find('[data-test="simulate-i1"]').exists()).toBe(true));
    await wrapper.find('[data-test="simulate-i1"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="simulate-form"]').exists()).toBe(true));

    await fill('[data-test="simulate-from"]', '2026-01-01');
    await fill('[data-test="simulate-to"]', '2026-03-31');
    await fill('[data-test="setting-settings.rateBasisPoints"]', '17.5');
    await body.find('[data-test="simulate-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.findAll('[data-test="simulation-payee"]')).toHaveLength(3));
    expect(api.sent('SimulatePlugin')).toEqual([{
      input: {
        installationId: 'i1', versionId: 'v2', from: '2026-01-01', to: '2026-03-31',
        settings: { mode: 'percentage', rateBasisPoints: 1750, flatAmounts: {}, tiers: [], holdDays: 14 },
      },
    }]);
    expect(body.find('[data-test="simulation-summary"]').text()).toBe('Runs replayed: 12. Failed: 1.');
    const [nordic, piotr, baltic] = body.findAll('[data-test="simulation-payee"]');
    expect(nordic!.text()).toContain('€300.00');
    expect(nordic!.text()).toContain('€350.00');
    expect(nordic!.find('[data-test="difference"]').text()).toBe('+€50.00');
    expect(nordic!.find('[data-test="difference"]').classes()).toContain('text-success');
    expect(piotr!.text()).toContain('Piotr');
    expect(piotr!.find('[data-test="difference"]').text()).toBe('-€25.00');
    expect(piotr!.find('[data-test="difference"]').classes()).toContain('text-error');
    expect(baltic!.find('[data-test="difference"]').classes()).not.toContain('text-error');
    expect(baltic!.find('[data-test="difference"]').classes()).not.toContain('text-success');
    expect(body.find('[data-test="simulation-failures"]').text()).toContain('out-of-time');
    expect(body.find('[data-test="simulation-failures"]').text()).toContain('The plugin ran longer than 50 ms');
    wrapper.unmount();
  });

  it('publishes an uploaded bundle, showing why the server refuses one', async () => {
    const api = answerByOperation({
      PluginsPage: [pluginsPage(), pluginsPage()],
      PublishPluginVersion: [
        { errors: [{ message: 'The bundle does not define a plugin (definePlugin was not called)', extensions: { code: 'BAD_USER_INPUT', field: 'bundle' } }] },
        { errors: [{ message: 'Version 1.1.0 of affiliate-commission is already published with other code', extensions: { code: 'CONFLICT' } }] },
        { data: { publishPluginVersion: { id: 'v3', semver: '1.2.0', plugin: { id: 'pl1', name: 'Affiliate commission' } } } },
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PluginsView, '/plugins');
    await vi.waitFor(() => expect(wrapper.find('[data-test="upload-version"]').exists()).toBe(true));
    await wrapper.find('[data-test="upload-version"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="upload-form"]').exists()).toBe(true));

    await fill('[data-test="bundle"]', 'export default {}');
    await body.find('[data-test="upload-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="bundle"]').text()).toContain('The bundle does not define a plugin'));
    expect(api.sent('PublishPluginVersion')[0]).toEqual({ input: { bundle: 'export default {}' } });

    await body.find('[data-test="upload-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="form-error"]').text()).toBe('Version 1.1.0 of affiliate-commission is already published with other code'));

    await body.find('[data-test="upload-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('Affiliate commission 1.2.0 is published.'));
    expect(api.sent('PluginsPage')).toHaveLength(2);
    wrapper.unmount();
  });
});
