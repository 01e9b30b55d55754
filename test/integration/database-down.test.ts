import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, postSimulatedReply } from '../helpers/api-client.js';
import { SERVER_URL, startTestApp, type TestApp } from '../helpers/test-app.js';

// Only on the PostgreSQL server, where the test can take the database away under a running app.
describe.runIf(process.env.TEST_DB === 'postgres')('when the database is down', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop().catch(() => {}));

  it('answers the webhook 503 so the provider retries, never a 4xx, and the API a clear 503', async () => {
    const api = await ApiClient.signUp(t.url);
    expect((await postSimulatedReply(t.url, { to: 'reply+abcdefghijklmnop@reply.test', from: 'a@b.example', subject: 'Re', text: 'before' })).status).toBe(200);
    const dbName = new URL(t.runtime.ctx.config.databaseUrl!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`ALTER DATABASE ${dbName} ALLOW_CONNECTIONS false`);
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [dbName]);
    try {
      const res = await postSimulatedReply(t.url, { to: 'reply+abcdefghijklmnop@reply.test', from: 'a@b.example', subject: 'Re', text: 'during the outage' });
      expect(res.status).toBe(503);
      const apiRes = await api.call('GET', '/api/v1/customers');
      expect(apiRes.status).toBe(503);
      expect(apiRes.body).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
    } finally {
      await admin.query(`ALTER DATABASE ${dbName} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    const after = await postSimulatedReply(t.url, { to: 'reply+abcdefghijklmnop@reply.test', from: 'a@b.example', subject: 'Re', text: 'after the outage' });
    expect(after.status).toBe(200);
  });
});
