import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient, eventually, postSimulatedReply } from '../helpers/api-client.js';
import { basicAuthHeader } from '../helpers/inbound-scenario.js';
import { TEST_KEYS } from '../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { routeTable, type RouteEntry } from './support/route-table.js';

/** Account A's real records: B must never reach them through any route. */
interface OwnedIds {
  customer: string;
  reply: string;
  actionItem: string;
  outboxMessage: string;
}

/** Which of A's ids fills the `:id` after each collection; a route under a new collection fails until added here. */
const idByCollection: Record<string, keyof OwnedIds> = {
  customers: 'customer',
  replies: 'reply',
  'action-items': 'actionItem',
  outbox: 'outboxMessage',
};

/** A valid body for every route that takes one, so validation passes and the ownership check is what answers. */
const validBodies: Record<string, unknown> = {
  'POST /api/v1/signup': { accountName: 'Nobody', email: 'nobody@example.com', password: 'long enough password' },
  'POST /api/v1/login': { email: 'nobody@example.com', password: 'wrong password' },
  'POST /api/v1/customers': { email: 'intruder@b.example', name: 'Intruder' },
  'POST /api/v1/customers/import': 'email,name\nimported@b.example,Imported\n',
  'PATCH /api/v1/customers/:id': { name: 'Renamed by B', status: 'lost' },
  'POST /api/v1/customers/:id/emails': { subject: 'From B', text: 'B writes to A’s customer' },
  'POST /api/v1/customers/:id/replies': { text: 'B logs a call on A’s customer', channel: 'phone' },
  'PATCH /api/v1/action-items/:id': { done: true },
  'POST /api/v1/outbox/:id/reply-as-customer': { text: 'B answers as A’s customer' },
  'PUT /api/v1/settings/outreach': { replyEmail: 'b@b.example' },
};

/** Routes anyone may call; every other /api/v1 route answers 401 without credentials. */
const publicRoutes = new Set(['POST /api/v1/signup', 'POST /api/v1/login', 'POST /api/v1/logout']);
/** Server-sent events never end; only their authentication is checked. */
const streamingRoutes = new Set(['GET /api/v1/events']);

const key = (route: RouteEntry) => `${route.method} ${route.url}`;
const webhookAuth = TEST_KEYS.basicAuth.split(':') as [string, string];

let t: TestApp;
let a: ApiClient;
let b: ApiClient;
let ids: OwnedIds;
let apiRoutes: RouteEntry[];
const A_MARKERS = ['renee@a-customer.example', 'Renée of A'];

beforeAll(async () => {
  t = await startTestApp({ INBOUND_BASIC_AUTH: TEST_KEYS.basicAuth });
  [a, b] = [await ApiClient.signUp(t.url, 'Alpha'), await ApiClient.signUp(t.url, 'Bravo')];
  ids = await createAccountAData(a);
  // HEAD routes are Fastify's automatic copies of GET routes: the same handler answers both.
  apiRoutes = routeTable(t.app).filter((route) => route.url.startsWith('/api/v1/') && route.method !== 'HEAD');
});
afterAll(async () => t?.stop());

async function createAccountAData(api: ApiClient): Promise<OwnedIds> {
  const customer = (await api.call('POST', '/api/v1/customers', { email: A_MARKERS[0], name: A_MARKERS[1] })).body;
  const sent = (await api.call('POST', `/api/v1/customers/${customer.id}/emails`, { subject: 'Pricing', text: 'Interested?' })).body;
  const delivered = await postSimulatedReply(t.url, {
    to: sent.replyTo, from: A_MARKERS[0], subject: 'Re: Pricing', text: 'Yes! Can you send a quote for 40 seats and book a demo next Tuesday?',
  }, { authorization: basicAuthHeader(...webhookAuth) });
  expect(delivered.status).toBe(200);
  const actionItem = await eventually(async () => (await api.call('GET', '/api/v1/action-items')).body.items[0]);
  const outbox = (await api.call('GET', '/api/v1/outbox')).body.items.find((m: { kind: string }) => m.kind === 'email');
  return { customer: customer.id, reply: actionItem.replyId, actionItem: actionItem.id, outboxMessage: outbox.id };
}

function fill(route: RouteEntry): string {
  return route.url.replace(/\/([^/]+)\/:(\w+)/g, (_, collection: string, param: string) => {
    const owned = idByCollection[collection];
    if (!owned || param !== 'id') throw new Error(`No filler for :${param} under /${collection} in ${key(route)}: add it to idByCollection`);
    return `/${collection}/${ids[owned]}`;
  });
}

function bodyFor(route: RouteEntry): unknown {
  if (route.method === 'GET' || route.method === 'DELETE') return undefined;
  if (!(key(route) in validBodies) && route.url !== '/api/v1/logout') throw new Error(`No valid body for ${key(route)}: add it to validBodies`);
  return validBodies[key(route)];
}

async function callAs(api: ApiClient, route: RouteEntry) {
  const body = bodyFor(route);
  if (typeof body !== 'string') return api.call(route.method, fill(route), body);
  const response = await fetch(`${t.url}${fill(route)}`, { method: route.method, headers: { 'content-type': 'text/csv', ...(api.apiKey ? { authorization: `Bearer ${api.apiKey}` } : {}) }, body });
  return { status: response.status, body: await response.text() };
}

describe('tenant isolation over every route of the route table', () => {
  test('the route table was read, and holds the routes this test knows', () => {
    expect(apiRoutes.length).toBeGreaterThan(15);
    expect(apiRoutes.map(key)).toContain('GET /api/v1/customers/:id/timeline');
  });

  test('every route with an :id, called by account B with account A’s ids, answers 404 and shows nothing of A', async () => {
    const withIds = apiRoutes.filter((route) => route.url.includes('/:'));
    expect(withIds.length).toBeGreaterThanOrEqual(8);
    for (const route of withIds) {
      const response = await callAs(b, route);
      expect(response.status, `${key(route)} as B`).toBe(404);
      for (const marker of A_MARKERS) expect(JSON.stringify(response.body), key(route)).not.toContain(marker);
    }
    // Nothing B tried changed A's records.
    const customer = (await a.call('GET', `/api/v1/customers/${ids.customer}`)).body;
    expect(customer).toMatchObject({ name: A_MARKERS[1] });
    expect(customer.status).not.toBe('lost');
    const timeline = (await a.call('GET', `/api/v1/customers/${ids.customer}/timeline`)).body.items;
    expect(JSON.stringify(timeline)).not.toMatch(/From B|B logs a call|B answers/);
    expect((await a.call('GET', '/api/v1/action-items?status=open')).body.items.map((i: { id: string }) => i.id)).toContain(ids.actionItem);
  });

  test('the same routes answer A with A’s data (so the 404s above are about ownership, not broken calls)', async () => {
    for (const route of apiRoutes.filter((r) => r.url.includes('/:') && r.method === 'GET')) {
      expect((await callAs(a, route)).status, key(route)).toBe(200);
    }
  });

  test('every list and settings route, called by B, shows nothing of A', async () => {
    const lists = apiRoutes.filter((route) => route.method === 'GET' && !route.url.includes('/:') && !streamingRoutes.has(key(route)));
    for (const route of lists) {
      const response = await callAs(b, route);
      expect(response.status, key(route)).toBe(200);
      for (const marker of [...A_MARKERS, ...Object.values(ids)]) expect(JSON.stringify(response.body), key(route)).not.toContain(marker);
    }
  });

  test('every non-public route answers 401 without credentials, or with a wrong key', async () => {
    const guarded = apiRoutes.filter((route) => !publicRoutes.has(key(route)));
    for (const route of guarded) {
      expect((await callAs(new ApiClient(t.url), route)).status, `${key(route)} without credentials`).toBe(401);
      expect((await callAs(new ApiClient(t.url, 'rt_not-a-real-key'), route)).status, `${key(route)} with a wrong key`).toBe(401);
    }
  });

  test('every inbound webhook answers 401 without its Basic credentials', async () => {
    const webhooks = routeTable(t.app).filter((route) => route.url.startsWith('/webhooks/'));
    expect(webhooks.length).toBeGreaterThanOrEqual(3);
    for (const route of webhooks) {
      const response = await fetch(`${t.url}${route.url}`, { method: route.method, headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status, key(route)).toBe(401);
    }
  });
});
