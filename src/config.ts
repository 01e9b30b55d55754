import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  PORT: z.preprocess(emptyToUndefined, port.default(3000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  DATABASE_URL: z.preprocess(emptyToUndefined, z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional()),
  PUBLIC_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  INBOUND_DOMAIN: z.preprocess(emptyToUndefined, z.string().regex(/^[a-z0-9.-]+$/i, 'must be a domain name').default('reply.localhost')),
  MAIL_TRANSPORT: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^(outbox|sendgrid|smtps?:\/\/.+)$/, 'must be outbox, sendgrid or smtp://user:pass@host:port').default('outbox'),
  ),
  MAIL_FROM: optionalString,
  SENDGRID_API_KEY: optionalString,
  SENDGRID_API_URL: z.preprocess(emptyToUndefined, z.url().default('https://api.sendgrid.com')),
  INBOUND_BASIC_AUTH: z.preprocess(emptyToUndefined, z.string().regex(/^[^:]+:.+$/, 'must be user:password').optional()),
  SENDGRID_INBOUND_PUBLIC_KEY: optionalString,
  MAILGUN_SIGNING_KEY: optionalString,
  AI_PROVIDER: z.preprocess(emptyToUndefined, z.enum(['builtin', 'openai', 'anthropic', 'openai-compatible']).default('builtin')),
  AI_BASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  AI_MODEL: optionalString,
  AI_API_KEY: optionalString,
  AI_TIMEOUT_MS: z.preprocess(emptyToUndefined, positiveInt.default(30_000)),
  TOKEN_TTL_DAYS: z.preprocess(emptyToUndefined, positiveInt.default(90)),
  SMTP_INBOUND_PORT: z.preprocess(emptyToUndefined, port.optional()),
  SMTP_INBOUND_TLS_KEY: optionalString,
  SMTP_INBOUND_TLS_CERT: optionalString,
  INBOUND_MAX_BYTES: z.preprocess(emptyToUndefined, positiveInt.default(41_943_040)),
  INBOUND_RETENTION_DAYS: z.preprocess(emptyToUndefined, positiveInt.default(30)),
  // A job whose worker died (SIGKILL, lost host) stays active until it expires; maintenance then retries it.
  JOB_EXPIRE_SECONDS: z.preprocess(emptyToUndefined, positiveInt.default(300)),
  JOB_MAINTENANCE_INTERVAL_SECONDS: z.preprocess(emptyToUndefined, positiveInt.default(120)),
  // A `--role worker` process runs at this nice value (0–19) or its own if higher: on a host it shares with web processes,
  // accepting mail (providers time out and retry) wins the CPU and the job backlog drains on what is left.
  WORKER_NICE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(19).default(10)),
  // Behind a load balancer, how many proxies' X-Forwarded-For entries to believe; 0 trusts none (a client could
  // otherwise write its own address and slip past the rate limits).
  TRUST_PROXY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(10).default(0)),
  WEBHOOK_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyToUndefined, positiveInt.default(6_000)),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
});

export type Role = 'all' | 'web' | 'worker';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  inboundDomain: string;
  mail: { transport: 'outbox' | 'smtp' | 'sendgrid'; smtpUrl?: string; from: string; sendgridApiKey?: string; sendgridApiUrl: string };
  inbound: {
    basicAuth?: { user: string; password: string };
    sendgridPublicKey?: string;
    mailgunSigningKey?: string;
    maxBytes: number;
    retentionDays: number;
    smtpPort?: number;
    smtpTls?: { key: string; cert: string };
  };
  ai: { provider: 'builtin' | 'openai' | 'anthropic' | 'openai-compatible'; baseUrl?: string; model?: string; apiKey?: string; timeoutMs: number };
  tokenTtlDays: number;
  jobs: { expireSeconds: number; maintenanceIntervalSeconds: number; workerNice: number };
  http: { trustProxy: number; webhookRateLimitPerMinute: number };
  logLevel: string;
}

export class ConfigError extends Error {}

/** Reads the environment once. A bad value throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.MAIL_TRANSPORT === 'sendgrid' && !e.SENDGRID_API_KEY) {
    throw new ConfigError('Invalid configuration: SENDGRID_API_KEY: required when MAIL_TRANSPORT=sendgrid');
  }
  if (e.AI_PROVIDER === 'openai-compatible' && (!e.AI_BASE_URL || !e.AI_MODEL)) {
    throw new ConfigError('Invalid configuration: AI_BASE_URL: AI_BASE_URL and AI_MODEL are required when AI_PROVIDER=openai-compatible');
  }
  if ((e.AI_PROVIDER === 'openai' || e.AI_PROVIDER === 'anthropic') && !e.AI_API_KEY) {
    throw new ConfigError(`Invalid configuration: AI_API_KEY: required when AI_PROVIDER=${e.AI_PROVIDER}`);
  }
  if (Boolean(e.SMTP_INBOUND_TLS_KEY) !== Boolean(e.SMTP_INBOUND_TLS_CERT)) {
    throw new ConfigError('Invalid configuration: SMTP_INBOUND_TLS_KEY: set both SMTP_INBOUND_TLS_KEY and SMTP_INBOUND_TLS_CERT, or neither');
  }
  const [authUser, ...authRest] = e.INBOUND_BASIC_AUTH?.split(':') ?? [];
  const transport = e.MAIL_TRANSPORT.startsWith('smtp') ? 'smtp' : (e.MAIL_TRANSPORT as 'outbox' | 'sendgrid');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    inboundDomain: e.INBOUND_DOMAIN.toLowerCase(),
    mail: {
      transport,
      smtpUrl: transport === 'smtp' ? e.MAIL_TRANSPORT : undefined,
      from: e.MAIL_FROM ?? `Replytrack <notifications@${e.INBOUND_DOMAIN.toLowerCase()}>`,
      sendgridApiKey: e.SENDGRID_API_KEY,
      sendgridApiUrl: e.SENDGRID_API_URL.replace(/\/$/, ''),
    },
    inbound: {
      basicAuth: e.INBOUND_BASIC_AUTH ? { user: authUser, password: authRest.join(':') } : undefined,
      sendgridPublicKey: e.SENDGRID_INBOUND_PUBLIC_KEY,
      mailgunSigningKey: e.MAILGUN_SIGNING_KEY,
      maxBytes: e.INBOUND_MAX_BYTES,
      retentionDays: e.INBOUND_RETENTION_DAYS,
      smtpPort: e.SMTP_INBOUND_PORT,
      smtpTls: e.SMTP_INBOUND_TLS_KEY && e.SMTP_INBOUND_TLS_CERT ? { key: e.SMTP_INBOUND_TLS_KEY, cert: e.SMTP_INBOUND_TLS_CERT } : undefined,
    },
    ai: { provider: e.AI_PROVIDER, baseUrl: e.AI_BASE_URL, model: e.AI_MODEL, apiKey: e.AI_API_KEY, timeoutMs: e.AI_TIMEOUT_MS },
    tokenTtlDays: e.TOKEN_TTL_DAYS,
    jobs: { expireSeconds: e.JOB_EXPIRE_SECONDS, maintenanceIntervalSeconds: e.JOB_MAINTENANCE_INTERVAL_SECONDS, workerNice: e.WORKER_NICE },
    http: { trustProxy: e.TRUST_PROXY, webhookRateLimitPerMinute: e.WEBHOOK_RATE_LIMIT_PER_MINUTE },
    logLevel: e.LOG_LEVEL,
  };
}
