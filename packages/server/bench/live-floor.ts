import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The floor live.bench.ts compares the live pipeline with: the same `ws` library and the same
 * graphql-transport-ws messages, but no database, no outbox, no GraphQL execution per
 * subscriber. A POST to /graphql answers like moveDeal and then sends one event, serialized
 * once, to every subscribed socket. What it costs is what fan-out costs on this machine.
 * Run as its own process (`node dist-bench/bench/live-floor.js`); prints its port.
 */
const subscribed = new Map<WebSocket, string>();
let sequence = 0;
const dealId = randomUUID();
const stageId = randomUUID();
const fromStageId = randomUUID();

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/health') {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ liveConnections: wss.clients.size, liveSubscribers: subscribed.size }));
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: { v?: number } };
    const version = (variables?.v ?? 0) + 1;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data: { moveDeal: { version } } }));
    const event = { sequence: ++sequence, type: 'DealMoved', subjectId: dealId, payload: { version, stageId, position: 1024, fromStageId } };
    const message = JSON.stringify({ id: '1', type: 'next', payload: { data: { pipelineEvents: event } } });
    for (const [socket, id] of subscribed) socket.send(id === '1' ? message : message.replace('"id":"1"', `"id":${JSON.stringify(id)}`));
  });
});

const wss = new WebSocketServer({ server, path: '/graphql' });
wss.on('connection', (socket) => {
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as { type: string; id?: string };
    if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
    else if (message.type === 'subscribe' && message.id) subscribed.set(socket, message.id);
    else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
  });
  socket.on('close', () => subscribed.delete(socket));
});

server.listen(0, '127.0.0.1', () => {
  console.log(`Live floor on http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const socket of wss.clients) socket.terminate();
    server.close(() => process.exit(0));
  });
}
