/**
 * The web app's speed, as a person meets it, in Debian's headless Chromium against the real
 * server (SQLite, the zero-config default):
 *   1. the JavaScript a browser downloads to show the board route, gzipped;
 *   2. navigation to a rendered board of 1,000 deals, each run in a new browser context
 *      (empty cache, as a first visit);
 *   3. a move made through the API until the card stands in its new column on screen.
 * Run: `npx pnpm@10 --filter @dealflow/web bench` (or the root `pnpm bench`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildProduct, startAppServer, webPackageDir } from '../e2e/app-server.js';

const DEALS = 1000;
const NAVIGATIONS = 7;
const MOVES = 30;
/** What a person opening /pipelines needs: the entry, the app shell, the board view and the English texts. */
const BOARD_ROUTE = ['index.html', 'src/layouts/AppShell.vue', 'src/modules/board/PipelineBoardView.vue', 'src/i18n/bundles/en.ts'];
const TARGETS = { bundleKb: 250, boardMs: 1500, moveMs: 300 };
/** The bench's own build, with Vite's manifest, beside the compiled bench. */
const WEB_DIST = 'dist-bench/web';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: unknown;
  tenant: unknown;
}

async function main(): Promise<void> {
  buildProduct(WEB_DIST, ['--manifest']);
  const bundle = boardRouteBundle();
  const server = await startAppServer(WEB_DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const api = await workspace(server.origin);
    const stages = await seedDeals(api);
    const boards = [];
    for (let run = 0; run < NAVIGATIONS; run += 1) boards.push(await timeBoard(browser, server.origin, api.session));
    const moves = await timeMoves(browser, server.origin, api, stages);
    report(bundle, boards, moves);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Gzipped size of every JavaScript and CSS file the board route loads before it can render. */
function boardRouteBundle() {
  const dist = path.join(webPackageDir(), WEB_DIST);
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const chunks = new Set<string>();
  const visit = (key: string) => {
    if (chunks.has(key)) return;
    chunks.add(key);
    manifest[key]!.imports?.forEach(visit);
  };
  BOARD_ROUTE.forEach(visit);
  const gzipped = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length;
  const js = [...chunks].map((key) => manifest[key]!.file);
  const css = [...new Set([...chunks].flatMap((key) => manifest[key]!.css ?? []))];
  return { files: js.length, jsKb: sum(js.map(gzipped)) / 1024, cssKb: sum(css.map(gzipped)) / 1024 };
}

async function workspace(origin: string) {
  const post = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data: T; errors?: unknown[] };
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const { signup: session } = await post<{ signup: Session }>(
    `mutation($input: SignupInput!) { signup(input: $input) { accessToken refreshToken expiresIn user { id name email role } tenant { id name slug baseCurrency locale timeZone } } }`,
    { input: { companyName: 'Bench Board', name: 'Bea Bench', email: 'bea@bench.example', password: 'benchmark password', baseCurrency: 'USD' } },
  );
  return { session, call: <T>(query: string, variables: Record<string, unknown> = {}) => post<T>(query, variables, session.accessToken) };
}

type Api = Awaited<ReturnType<typeof workspace>>;
type Stage = { id: string; name: string; kind: string };

/** 1,000 open deals spread over the default pipeline's open stages, four requests at a time. */
async function seedDeals(api: Api): Promise<Stage[]> {
  const { pipelines } = await api.call<{ pipelines: { edges: Array<{ node: { stages: Stage[] } }> } }>(`{ pipelines { edges { node { stages { id name kind } } } } }`);
  const stages = pipelines.edges[0]!.node.stages.filter((stage) => stage.kind === 'OPEN');
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < DEALS; index = next++) {
      await api.call(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id } }`, {
        input: { title: `Deal ${index + 1}`, amountMinor: 100_000 + ((index * 7919) % 5_000_000), stageId: stages[index % stages.length]!.id },
      });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return stages;
}

/** A new browser context (empty cache) whose pages start logged in, as the app stores a session. */
async function loggedInPage(browser: Browser, session: Session): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1600, height: 900 } });
  const stored = { ...session, expiresAt: Date.now() + session.expiresIn * 1000 };
  await context.addInitScript((value) => localStorage.setItem('dealflow.session', value), JSON.stringify(stored));
  return context.newPage();
}

/** From the start of navigation to the first frame that shows the board's cards and totals. */
async function timeBoard(browser: Browser, origin: string, session: Session) {
  const page = await loggedInPage(browser, session);
  await page.goto(`${origin}/pipelines`, { waitUntil: 'commit' });
  const rendered = await page.waitForFunction(
    () => document.querySelector('[data-card-id]') && document.querySelector('[data-test="board-total"]') && performance.now(),
    null,
    { polling: 'raf', timeout: 30_000 },
  );
  const ms = (await rendered.jsonValue()) as number;
  const inDom = await page.locator('[data-card-id]').count();
  await page.context().close();
  return { ms, inDom };
}

/** The watcher's page makes each move itself and times it until the card shows in the target column. */
async function timeMoves(browser: Browser, origin: string, api: Api, stages: Stage[]): Promise<number[]> {
  const page = await loggedInPage(browser, api.session);
  await page.goto(`${origin}/pipelines`);
  await page.locator('[data-card-id]').first().waitFor();
  const [from, to] = [stages[0]!, stages[1]!];
  const { deals } = await api.call<{ deals: { edges: Array<{ node: { id: string; version: number } }> } }>(
    `query($stageId: ID!, $first: Int!) { deals(filter: { stageId: $stageId }, first: $first) { edges { node { id version } } } }`,
    { stageId: from.id, first: MOVES },
  );
  const latencies: number[] = [];
  for (const { node } of deals.edges) {
    latencies.push(await page.evaluate(async ({ deal, stage, token }) => {
      const started = performance.now();
      const shown = new Promise<number>((resolve) => {
        const there = () => document.querySelector(`[data-test="column-${stage.name}"] [data-card-id="${deal.id}"]`);
        const observer = new MutationObserver(() => {
          if (!there()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation($input: MoveDealInput!) { moveDeal(input: $input) { id } }', variables: { input: { id: deal.id, version: deal.version, stageId: stage.id } } }),
      });
      return (await shown) - started;
    }, { deal: node, stage: to, token: api.session.accessToken }));
  }
  await page.context().close();
  return latencies;
}

function report(bundle: ReturnType<typeof boardRouteBundle>, boards: Array<{ ms: number; inDom: number }>, moves: number[]): void {
  const boardMs = boards.map((board) => board.ms);
  const row = (measure: string, value: string, target: string, ratio: number) => `| ${measure} | ${value} | ${target} | ${ratio.toFixed(2)} |`;
  console.log(`\nWeb app (headless Chromium, ${DEALS} open deals, SQLite server on this machine)\n`);
  console.log('| measure | value | target | value / target |');
  console.log('|---|---|---|---|');
  console.log(row(`board route initial JS, gzipped (${bundle.files} files)`, `${bundle.jsKb.toFixed(1)} KB`, `< ${TARGETS.bundleKb} KB`, bundle.jsKb / TARGETS.bundleKb));
  console.log(row(`navigation → ${DEALS}-deal board rendered, p50 of ${NAVIGATIONS} new contexts`, `${percentile(boardMs, 50).toFixed(0)} ms (min ${Math.min(...boardMs).toFixed(0)}, max ${Math.max(...boardMs).toFixed(0)})`, `< ${TARGETS.boardMs} ms`, percentile(boardMs, 50) / TARGETS.boardMs));
  console.log(row(`API move → card on screen, p50 of ${moves.length}`, `${percentile(moves, 50).toFixed(0)} ms (p95 ${percentile(moves, 95).toFixed(0)}, max ${Math.max(...moves).toFixed(0)})`, `< ${TARGETS.moveMs} ms`, percentile(moves, 50) / TARGETS.moveMs));
  console.log(`\nThe same route's CSS, gzipped: ${bundle.cssKb.toFixed(1)} KB.`);
  console.log(`Cards in the DOM on the ${DEALS}-deal board: ${boards[0]!.inDom} (columns are virtual lists).`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

await main();
