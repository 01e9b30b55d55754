import { createHash, type KeyObject } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.js';
import { AppError } from '../../../errors.js';
import { acceptDelivery } from '../../../inbound/accept-delivery.js';
import { parseMultipartForm } from '../../../inbound/multipart-form.js';
import { sendgridIdentity, type DeliveryIdentity } from '../../../inbound/sendgrid-adapter.js';
import { sendgridPublicKey, verifySendgridSignature } from '../../../inbound/verify-sendgrid-signature.js';
import { checkBasicAuth, contentTypeOf } from './webhook-auth.js';

/**
 * Twilio SendGrid Inbound Parse, parsed and raw forms. Verify, store, answer 200; parsing happens in a job.
 * SendGrid drops mail on any 4xx, so only bad credentials get one (401); failing to store answers 5xx.
 */
export function registerSendgridWebhook(app: FastifyInstance, ctx: AppContext): void {
  const key: KeyObject | null = ctx.config.inbound.sendgridPublicKey ? sendgridPublicKey(ctx.config.inbound.sendgridPublicKey) : null;

  app.post('/webhooks/inbound/sendgrid', async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    checkBasicAuth(ctx, request);
    if (key) {
      const check = verifySendgridSignature({
        key,
        signature: header(request.headers['x-twilio-email-event-webhook-signature']),
        timestamp: header(request.headers['x-twilio-email-event-webhook-timestamp']),
        body,
        now: ctx.now(),
      });
      if (!check.ok) throw new AppError('unauthorized', `Signature rejected: ${check.reason}`);
    }
    const contentType = contentTypeOf(request);
    const { identity, failure } = await identify(body, contentType);
    const result = await acceptDelivery(ctx, { provider: 'sendgrid', contentType, raw: body, ...identity, failure });
    return reply.status(200).send({ status: result.stored ? (failure ? 'failed' : 'stored') : 'duplicate' });
  });
}

async function identify(body: Buffer, contentType: string): Promise<{ identity: DeliveryIdentity; failure?: string }> {
  try {
    if (!/^multipart\/form-data/i.test(contentType)) throw new Error(`expected multipart/form-data, got "${contentType.slice(0, 100)}"`);
    return { identity: sendgridIdentity(await parseMultipartForm(body, contentType)) };
  } catch (err) {
    const contentHash = createHash('sha256').update(body).digest('hex');
    return { identity: { messageId: null, contentHash }, failure: `unparseable request: ${(err as Error).message}`.slice(0, 500) };
  }
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
