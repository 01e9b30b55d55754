import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

export interface WebhookRateLimit {
  /** Deliveries accepted per source IP in each window. */
  max: number;
  windowMs: number;
}

/**
 * Limits every route of the webhooks scope, before the body is read. Over the limit the answer is 503 with
 * Retry-After, never 429: SendGrid drops the message on any 4xx, while a 5xx makes every provider retry later.
 * The default (WEBHOOK_RATE_LIMIT_PER_MINUTE, 6,000 per IP) is generous on purpose: a provider's MX pool posts from
 * a handful of IPs and replays hours of mail at once after an outage; the limit only stops one address from
 * flooding storage. Counts are kept per web process.
 */
export function limitWebhookRate(app: FastifyInstance, limit: WebhookRateLimit): void {
  app.addHook('onRequest', app.rateLimit({
    max: limit.max,
    timeWindow: limit.windowMs,
    allowList: isLocalCaller,
    errorResponseBuilder: (_request, context) => new AppError('unavailable', `Too many deliveries from this address; retry in ${context.after}`),
  }));
}

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * A caller on this machine with no proxy in between (the dashboard's "reply as customer", the CLI, the bench) is
 * trusted like the database itself. Judged by the socket, not X-Forwarded-For, which a remote client can write.
 */
function isLocalCaller(request: FastifyRequest): boolean {
  return loopback.has(request.socket.remoteAddress ?? '') && request.headers['x-forwarded-for'] === undefined;
}
