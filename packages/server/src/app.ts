import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import type { Config } from './config';
import { Database } from './database/database';
import type { GraphqlContext } from './graphql/context';
import { EventResolver } from './events/event.resolver';
import { LiveResolver } from './events/live.resolver';
import { LiveUpdates } from './events/live-updates';
import { protect } from './graphql/limits';
import { attachSubscriptionServer } from './graphql/subscription-server';
import { serveWebApp } from './web-app';
import { formatError } from './graphql/format-error';
import { buildGraphqlSchema } from './graphql/schema';
import { ContactResolver, OrganizationContactsResolver } from './modules/contacts/contact.resolver';
import { ContactService } from './modules/contacts/contact.service';
import { BoardResolver } from './modules/board/board.resolver';
import { BoardService } from './modules/board/board.service';
import { DealMovementService } from './modules/deals/deal-movement.service';
import { DealResolver, DealStageChangeResolver } from './modules/deals/deal.resolver';
import { DealService } from './modules/deals/deal.service';
import { DealLineItemsResolver, LineItemResolver } from './modules/deals/line-item.resolver';
import { LineItemService } from './modules/deals/line-item.service';
import { ExchangeRateResolver } from './money/exchange-rate.resolver';
import { ExchangeRateService } from './money/exchange-rate.service';
import { OrganizationResolver } from './modules/organizations/organization.resolver';
import { OrganizationService } from './modules/organizations/organization.service';
import { PipelineResolver } from './modules/pipelines/pipeline.resolver';
import { PipelineService } from './modules/pipelines/pipeline.service';
import { ProductResolver } from './modules/products/product.resolver';
import { ProductService } from './modules/products/product.service';
import { TenantResolver } from './modules/tenants/tenant.resolver';
import { TenantService } from './modules/tenants/tenant.service';
import { UserResolver } from './modules/users/user.resolver';
import { UserService } from './modules/users/user.service';
import { LeadResolver, LeadStatusChangeResolver } from './modules/leads/lead.resolver';
import { LeadService } from './modules/leads/lead.service';
import { LeadConversionResolver } from './modules/leads/lead-conversion.resolver';
import { LeadConversionService } from './modules/leads/lead-conversion.service';
import {
  ActivityResolver,
  ContactActivitiesResolver,
  DealActivitiesResolver,
  LeadActivitiesResolver,
  OrganizationActivitiesResolver,
} from './modules/activities/activity.resolver';
import { ActivityService } from './modules/activities/activity.service';
import { AttributionResolver, DealAttributionResolver, LeadAttributionResolver } from './modules/partners/attribution.resolver';
import { AttributionService } from './modules/partners/attribution.service';
import { DealRegistrationResolver } from './modules/partners/deal-registration.resolver';
import { DealRegistrationService } from './modules/partners/deal-registration.service';
import { PartnerGroupResolver } from './modules/partners/partner-group.resolver';
import { PartnerGroupService } from './modules/partners/partner-group.service';
import { PartnerResolver } from './modules/partners/partner.resolver';
import { PartnerService } from './modules/partners/partner.service';
import { ContactReferralsResolver, ReferralResolver } from './modules/partners/referral.resolver';
import { ReferralService } from './modules/partners/referral.service';
import { PeriodicJob } from './jobs/periodic-job';
import { expireDealRegistrations, REGISTRATION_EXPIRY_EVERY_MS } from './jobs/registration-expiry';
import { ApiKeyResolver } from './auth/api-key.resolver';
import { DealPaymentsResolver, PaymentResolver } from './modules/payments/payment.resolver';
import { PaymentService } from './modules/payments/payment.service';
import { Sandbox } from '@dealflow/sdk/sandbox';
import { BuiltInPlugins } from './modules/plugins/builtin-plugins';
import { PluginExecutionService } from './modules/plugins/plugin-execution.service';
import { PluginRunQueue } from './modules/plugins/plugin-run-queue';
import { PluginService } from './modules/plugins/plugin.service';
import {
  PluginInstallationResolver,
  PluginResolver,
  PluginRunResolver,
  PluginSimulationResolver,
  PluginVersionResolver,
} from './modules/plugins/plugin.resolver';
import { PluginSimulator } from './modules/plugins/plugin-simulation';
import { LedgerService } from './modules/commissions/ledger.service';
import { LedgerEntryResolver } from './modules/commissions/ledger.resolver';
import { PayoutResolver } from './modules/commissions/payout.resolver';
import { CommissionPeriodResolver } from './modules/commissions/commission-period.resolver';
import { CommissionPeriodService } from './modules/commissions/commission-period.service';
import { AuditEntryResolver } from './modules/audit/audit.resolver';
import { ReferralLinkResolver } from './modules/partners/referral-link.resolver';
import { ReferralLinkService } from './modules/partners/referral-link.service';
import { PayoutService } from './modules/commissions/payout.service';
import { PluginRunner } from './jobs/plugin-runner';
import { createLogger } from './common/log';

/** The services of one server instance, wired once (the composition root). */
export function createServices(database: Database, config: Config) {
  const users = new UserService({ publicUrl: config.publicUrl, inviteTtlSeconds: config.auth.inviteTtlSeconds });
  const pipelines = new PipelineService();
  const exchangeRates = new ExchangeRateService();
  const dealMovement = new DealMovementService(pipelines);
  const organizations = new OrganizationService(users);
  const contacts = new ContactService(users);
  const referrals = new ReferralService();
  const leads = new LeadService(users, referrals);
  const deals = new DealService(users, pipelines, dealMovement);
  // One sandbox per instance: its worker threads start on the first plugin run.
  const sandbox = new Sandbox({ workers: config.plugins.workers });
  const plugins = new PluginService(sandbox, new BuiltInPlugins(sandbox));
  return {
    sandbox,
    auth: new AuthService(database, config.auth, pipelines),
    users,
    tenants: new TenantService(),
    pipelines,
    organizations,
    contacts,
    leads,
    leadConversion: new LeadConversionService(leads, organizations, contacts, deals, referrals),
    activities: new ActivityService(users),
    products: new ProductService(),
    exchangeRates,
    dealMovement,
    deals,
    board: new BoardService(pipelines, exchangeRates),
    lineItems: new LineItemService(),
    partnerGroups: new PartnerGroupService(),
    partners: new PartnerService(users),
    attribution: new AttributionService(),
    dealRegistrations: new DealRegistrationService(deals, organizations, contacts),
    referrals,
    payments: new PaymentService(),
    plugins,
    pluginSimulator: new PluginSimulator(sandbox, plugins),
    pluginRuns: new PluginExecutionService(sandbox, { maxAttempts: config.plugins.maxAttempts, firstDelayMs: config.plugins.retryDelayMs }),
    ledger: new LedgerService(),
    payouts: new PayoutService(),
    commissionPeriods: new CommissionPeriodService(),
    referralLinks: new ReferralLinkService(leads),
  };
}
export type Services = ReturnType<typeof createServices>;

export function createResolvers(services: Services): object[] {
  return [
    new AuthResolver(services.auth),
    new TenantResolver(services.tenants),
    new UserResolver(services.users),
    new PipelineResolver(services.pipelines),
    new OrganizationResolver(services.organizations),
    new LeadResolver(services.leads),
    new LeadStatusChangeResolver(),
    new LeadConversionResolver(services.leadConversion),
    new ActivityResolver(services.activities),
    new DealActivitiesResolver(services.activities),
    new LeadActivitiesResolver(services.activities),
    new OrganizationActivitiesResolver(services.activities),
    new ContactActivitiesResolver(services.activities),
    new ContactResolver(services.contacts),
    new OrganizationContactsResolver(services.contacts),
    new ProductResolver(services.products),
    new ExchangeRateResolver(services.exchangeRates),
    new DealResolver(services.deals, services.dealMovement),
    new DealStageChangeResolver(),
    new BoardResolver(services.board),
    new LineItemResolver(services.lineItems),
    new EventResolver(),
    new LiveResolver(),
    new DealLineItemsResolver(services.lineItems),
    new PartnerGroupResolver(services.partnerGroups),
    new PartnerResolver(services.partners),
    new AttributionResolver(),
    new DealAttributionResolver(services.attribution),
    new LeadAttributionResolver(services.attribution),
    new DealRegistrationResolver(services.dealRegistrations),
    new ReferralResolver(services.referrals),
    new ContactReferralsResolver(services.referrals),
    new ApiKeyResolver(services.auth.apiKeys),
    new PaymentResolver(services.payments),
    new DealPaymentsResolver(services.payments),
    new PluginResolver(services.plugins),
    new PluginVersionResolver(),
    new PluginInstallationResolver(services.plugins),
    new PluginRunResolver(services.plugins),
    new PluginSimulationResolver(services.pluginSimulator),
    new LedgerEntryResolver(services.ledger),
    new PayoutResolver(services.payouts),
    new CommissionPeriodResolver(services.commissionPeriods),
    new AuditEntryResolver(),
    new ReferralLinkResolver(services.referralLinks),
  ];
}

export interface App {
  config: Config;
  database: Database;
  services: Services;
  live: LiveUpdates;
  pluginRunner: PluginRunner;
  schema: GraphQLSchema;
  /** The built web app is served at `/` (see web-app.ts). */
  servesWebApp: boolean;
  httpServer: Server;
  /** Listens on config.port (0 picks a free port), starts the background work, returns the GraphQL URL. */
  listen(): Promise<string>;
  /**
   * Graceful shutdown: refuses new sockets and closes live ones with 1001 Going Away (clients
   * resume elsewhere from their cursor), stops accepting requests and finishes those in
   * flight, dispatches the events they committed, then disconnects.
   */
  close(): Promise<void>;
}

export async function createApp(config: Config): Promise<App> {
  const database = await Database.open(config.database, { logSql: config.logSql });
  const services = createServices(database, config);
  const pluginRunner = new PluginRunner(database, new PluginRunQueue(), services.pluginRuns, createLogger('plugins', config.logLevel), {
    batchSize: 50,
    pollMs: config.plugins.pollMs,
    leaseMs: config.plugins.leaseMs,
  });
  const live = new LiveUpdates(database, config, services.activities, [pluginRunner.consumer]);
  const registrationExpiry = new PeriodicJob('Registration expiry', REGISTRATION_EXPIRY_EVERY_MS,
    () => expireDealRegistrations(database, services.dealRegistrations), createLogger('jobs', config.logLevel));
  const schema = await buildGraphqlSchema(createResolvers(services));
  const app = express();
  const httpServer = createServer(app);
  const armor = protect(config.graphql);
  const apollo = new ApolloServer<GraphqlContext>({
    schema,
    introspection: config.graphql.introspection,
    formatError,
    ...armor,
    // main.ts owns SIGINT/SIGTERM: Apollo's own handlers would re-raise the signal and end the
    // process before the outbox is drained and the database closed.
    stopOnTerminationSignals: false,
    // Cache control would wrap every field resolver; responses here are per user and never cached.
    plugins: [...armor.plugins, ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const subscriptions = attachSubscriptionServer({
    httpServer,
    schema,
    auth: services.auth,
    database,
    live: live.hub,
    validationRules: armor.validationRules,
  });

  app.get('/health', (_request, response) => {
    const { bus, subscribers } = live.status();
    response.json({
      // Degraded: serving, but live updates from other instances arrive late (Redis is away).
      status: bus === 'disconnected' ? 'degraded' : 'ok',
      database: database.dataSource.options.type,
      eventBus: bus,
      liveConnections: subscriptions.connections(),
      liveSubscribers: subscribers,
    });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers.authorization ?? '';
        const bearer = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
        const { session, authError } = await services.auth.authenticateOrExplain(bearer);
        return {
          session,
          authError,
          manager: database.manager,
          database,
          clientAddress: req.ip ?? '',
          live: live.hub,
        };
      },
    }),
  );

  const servesWebApp = serveWebApp(app, config.webDist);

  return {
    config,
    database,
    services,
    live,
    pluginRunner,
    schema,
    httpServer,
    servesWebApp,
    listen: () =>
      new Promise((resolve) => {
        httpServer.listen(config.port, config.host, () => {
          const { port } = httpServer.address() as AddressInfo;
          if (config.plugins.run) pluginRunner.start();
          registrationExpiry.start();
          void live.start().then(() => resolve(`http://localhost:${port}/graphql`));
        });
      }),
    async close() {
      // Sockets first: Apollo's drain would cut them without a close frame.
      await subscriptions.close();
      await apollo.stop();
      await live.stop();
      await registrationExpiry.stop();
      await pluginRunner.stop();
      await services.sandbox.close();
      await database.close();
    },
  };
}
