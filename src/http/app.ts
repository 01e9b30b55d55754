import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { registerAuth } from './auth.js';
import { registerErrorHandler } from './error-handler.js';
import { accountsRoutes } from './routes/api/accounts-routes.js';
import { customersRoutes } from './routes/api/customers-routes.js';
import { eventsRoutes } from './routes/api/events-routes.js';
import { outboxRoutes } from './routes/api/outbox-routes.js';
import { repliesRoutes } from './routes/api/replies-routes.js';
import { registerWebhooks } from './routes/webhooks/register-webhooks.js';
import type { WebhookRateLimit } from './webhook-rate-limit.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppOptions {
  /** Per-IP limit on the inbound webhooks; WEBHOOK_RATE_LIMIT_PER_MINUTE when not given. */
  webhookRateLimit?: WebhookRateLimit;
}

export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    bodyLimit: 5 * 1024 * 1024,
    // Believe X-Forwarded-For from the first TRUST_PROXY hops only (none by default).
    trustProxy: (_address: string, hop: number) => hop < ctx.config.http.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Replytrack API', version: '1' }, components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuth(app, ctx);
  await app.register(async (api) => {
    api.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
    for (const routes of [accountsRoutes, customersRoutes, repliesRoutes, outboxRoutes, eventsRoutes]) await api.register(routes, { ctx });
  }, { prefix: '/api/v1' });
  await app.register(async (hooks) => registerWebhooks(hooks, ctx, options.webhookRateLimit ?? { max: ctx.config.http.webhookRateLimitPerMinute, windowMs: 60_000 }));
  await serveDashboard(app);
  return app;
}

/** The built React dashboard, with index.html for every client-side route; JSON 404s elsewhere. */
async function serveDashboard(app: FastifyInstance): Promise<void> {
  const hasDashboard = existsSync(path.join(webDist, 'index.html'));
  if (hasDashboard) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0];
    const isPage = request.method === 'GET' && !url.startsWith('/api/') && !url.startsWith('/webhooks/');
    if (hasDashboard && isPage) return reply.sendFile('index.html');
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${url}` } });
  });
}
