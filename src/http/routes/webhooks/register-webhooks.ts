import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.js';
import { limitWebhookRate, type WebhookRateLimit } from '../../webhook-rate-limit.js';
import { acceptRawBodies } from './raw-body.js';
import { registerMailgunWebhook } from './mailgun-webhook.js';
import { registerPostmarkWebhook } from './postmark-webhook.js';
import { registerSendgridWebhook } from './sendgrid-webhook.js';

/** Every inbound webhook, in one scope that keeps raw bodies up to INBOUND_MAX_BYTES. */
export async function registerWebhooks(app: FastifyInstance, ctx: AppContext, rateLimit: WebhookRateLimit): Promise<void> {
  acceptRawBodies(app);
  limitWebhookRate(app, rateLimit);
  app.addHook('onRoute', (route) => {
    route.bodyLimit = ctx.config.inbound.maxBytes;
  });
  registerSendgridWebhook(app, ctx);
  registerPostmarkWebhook(app, ctx);
  registerMailgunWebhook(app, ctx);
}
