import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';

/**
 * The floor the API is compared with: the same data as the GraphQL board and deals page,
 * fetched with hand-written SQL and sent as JSON, with no GraphQL, no auth and no loaders.
 * Used only by the benchmark.
 */
export async function startFloorServer(dataSource: DataSource, tenantId: string): Promise<{ url: string; close: () => Promise<void> }> {
  const sql = (query: string, parameters: unknown[]) => dataSource.query(query, parameters) as Promise<Array<Record<string, unknown>>>;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://floor');
    const handler = url.pathname === '/board' ? board : deals;
    handler(sql, tenantId, url.searchParams)
      .then((body) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(body));
      })
      .catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

type Sql = (query: string, parameters: unknown[]) => Promise<Array<Record<string, unknown>>>;

const CARD = `d.id, d.title, d.amount_minor, d.currency, d.position, d.stage_id, o.name AS organization, c.full_name AS contact, u.name AS owner`;
const JOINS = `LEFT JOIN organization o ON o.tenant_id = d.tenant_id AND o.id = d.organization_id
  LEFT JOIN contact c ON c.tenant_id = d.tenant_id AND c.id = d.contact_id
  JOIN user u ON u.tenant_id = d.tenant_id AND u.id = d.owner_id`;

async function board(sql: Sql, tenantId: string, params: URLSearchParams): Promise<unknown> {
  const pipelineId = params.get('pipelineId');
  const perStage = Number(params.get('first') ?? 20);
  const stages = await sql('SELECT id, name, probability FROM stage WHERE tenant_id = ? AND pipeline_id = ? ORDER BY position', [tenantId, pipelineId]);
  const totals = await sql(
    'SELECT stage_id, currency, COUNT(*) AS n, SUM(amount_minor) AS amount FROM deal WHERE tenant_id = ? AND pipeline_id = ? GROUP BY stage_id, currency',
    [tenantId, pipelineId],
  );
  // The first cards of every column by index, then those cards with their names.
  const union = stages
    .map((_, index) => `SELECT id FROM (SELECT id FROM deal WHERE tenant_id = ? AND stage_id = ? ORDER BY position, id LIMIT ${perStage}) s${index}`)
    .join(' UNION ALL ');
  const ids = (await sql(union, stages.flatMap((stage) => [tenantId, stage.id]))).map((row) => row.id);
  const cards = ids.length
    ? await sql(`SELECT ${CARD} FROM deal d ${JOINS} WHERE d.tenant_id = ? AND d.id IN (${ids.map(() => '?').join(', ')}) ORDER BY d.position, d.id`, [tenantId, ...ids])
    : [];
  return stages.map((stage) => ({
    ...stage,
    totals: totals.filter((row) => row.stage_id === stage.id),
    deals: cards.filter((card) => card.stage_id === stage.id),
  }));
}

async function deals(sql: Sql, tenantId: string, params: URLSearchParams): Promise<unknown> {
  const ownerId = params.get('ownerId');
  const first = Number(params.get('first') ?? 50);
  return sql(
    `SELECT ${CARD}, s.name AS stage FROM deal d ${JOINS}
     JOIN stage s ON s.tenant_id = d.tenant_id AND s.id = d.stage_id
     WHERE d.tenant_id = ? AND d.owner_id = ? AND s.kind = 'OPEN'
     ORDER BY d.updated_at DESC, d.id DESC LIMIT ${first}`,
    [tenantId, ownerId],
  );
}
