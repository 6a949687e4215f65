import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import type { Config } from './config';
import { Database } from './database/database';
import type { GraphqlContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { buildGraphqlSchema } from './graphql/schema';
import { OrganizationResolver } from './modules/organizations/organization.resolver';
import { OrganizationService } from './modules/organizations/organization.service';
import { PipelineResolver } from './modules/pipelines/pipeline.resolver';
import { PipelineService } from './modules/pipelines/pipeline.service';
import { TenantResolver } from './modules/tenants/tenant.resolver';
import { TenantService } from './modules/tenants/tenant.service';
import { UserResolver } from './modules/users/user.resolver';
import { UserService } from './modules/users/user.service';

/** The services of one server instance, wired once (the composition root). */
export function createServices(database: Database, config: Config) {
  const users = new UserService({ publicUrl: config.publicUrl, inviteTtlSeconds: config.auth.inviteTtlSeconds });
  const pipelines = new PipelineService();
  return {
    auth: new AuthService(database, config.auth, pipelines),
    users,
    tenants: new TenantService(),
    pipelines,
    organizations: new OrganizationService(users),
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
  ];
}

export interface App {
  config: Config;
  database: Database;
  services: Services;
  schema: GraphQLSchema;
  httpServer: Server;
  /** Listens on config.port (0 picks a free port) and returns the GraphQL URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export async function createApp(config: Config): Promise<App> {
  const database = await Database.open(config.database, { logSql: config.logSql });
  const services = createServices(database, config);
  const schema = await buildGraphqlSchema(createResolvers(services));
  const app = express();
  const httpServer = createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth },
    costLimit: { maxCost: config.graphql.maxCost },
    maxAliases: { n: config.graphql.maxAliases },
    blockFieldSuggestion: { enabled: !config.graphql.introspection },
  }).protect();
  const apollo = new ApolloServer<GraphqlContext>({
    schema,
    introspection: config.graphql.introspection,
    formatError,
    ...armor,
    plugins: [...armor.plugins, ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', database: database.dataSource.options.type });
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
        };
      },
    }),
  );

  return {
    config,
    database,
    services,
    schema,
    httpServer,
    listen: () =>
      new Promise((resolve) => {
        httpServer.listen(config.port, config.host, () => {
          const { port } = httpServer.address() as AddressInfo;
          resolve(`http://localhost:${port}/graphql`);
        });
      }),
    async close() {
      await apollo.stop();
      await database.close();
    },
  };
}
