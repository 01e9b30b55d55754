import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000, host: '127.0.0.1', dataDir: './data', databaseUrl: undefined, publicUrl: 'http://localhost:3000',
      inboundDomain: 'reply.localhost', tokenTtlDays: 90, ai: { provider: 'builtin' },
      mail: { transport: 'outbox', from: 'Replytrack <notifications@reply.localhost>' },
      inbound: { maxBytes: 41_943_040, retentionDays: 30 },
      jobs: { workerNice: 10 },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT:/],
    [{ DATABASE_URL: 'mysql://x' }, /^Invalid configuration: DATABASE_URL:/],
    [{ MAIL_TRANSPORT: 'carrier-pigeon' }, /^Invalid configuration: MAIL_TRANSPORT:/],
    [{ MAIL_TRANSPORT: 'sendgrid' }, /^Invalid configuration: SENDGRID_API_KEY:/],
    [{ AI_PROVIDER: 'skynet' }, /^Invalid configuration: AI_PROVIDER:/],
    [{ AI_PROVIDER: 'openai' }, /^Invalid configuration: AI_API_KEY:/],
    [{ AI_PROVIDER: 'openai-compatible', AI_MODEL: 'llama3' }, /^Invalid configuration: AI_BASE_URL:/],
    [{ TOKEN_TTL_DAYS: '0' }, /^Invalid configuration: TOKEN_TTL_DAYS:/],
    [{ INBOUND_BASIC_AUTH: 'nocolon' }, /^Invalid configuration: INBOUND_BASIC_AUTH:/],
    [{ INBOUND_MAX_BYTES: '-1' }, /^Invalid configuration: INBOUND_MAX_BYTES:/],
    [{ PUBLIC_URL: 'not a url' }, /^Invalid configuration: PUBLIC_URL:/],
    [{ WORKER_NICE: '20' }, /^Invalid configuration: WORKER_NICE:/],
  ])('stops on a bad value with one line naming the variable: %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('reads SMTP transports and basic auth', () => {
    const config = loadConfig({ MAIL_TRANSPORT: 'smtp://u:p@mail.example:2525', INBOUND_BASIC_AUTH: 'user:pa:ss', INBOUND_DOMAIN: 'Reply.Example.com' });
    expect(config.mail).toMatchObject({ transport: 'smtp', smtpUrl: 'smtp://u:p@mail.example:2525', from: 'Replytrack <notifications@reply.example.com>' });
    expect(config.inbound.basicAuth).toEqual({ user: 'user', password: 'pa:ss' });
  });
});
