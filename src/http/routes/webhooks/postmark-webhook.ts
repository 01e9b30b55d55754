import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.js';
import { acceptDelivery } from '../../../inbound/accept-delivery.js';
import { contentHash } from '../../../inbound/content-hash.js';
import { postmarkIdentity, readPostmarkJson } from '../../../inbound/postmark-adapter.js';
import type { DeliveryIdentity } from '../../../inbound/sendgrid-adapter.js';
import { checkBasicAuth, contentTypeOf } from './webhook-auth.js';

/**
 * Postmark inbound webhook (JSON). Verify, store, answer 200; parsing happens in a job. Postmark retries every
 * non-200 and gives up only on 403, so 403 is never answered: bad credentials get 401 (retried, harmlessly), and a
 * failure to store gets 5xx so the message comes again.
 */
export function registerPostmarkWebhook(app: FastifyInstance, ctx: AppContext): void {
  app.post('/webhooks/inbound/postmark', async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    checkBasicAuth(ctx, request);
    const { identity, failure } = identify(body);
    const result = await acceptDelivery(ctx, { provider: 'postmark', contentType: contentTypeOf(request), raw: body, ...identity, failure });
    return reply.status(200).send({ status: result.stored ? (failure ? 'failed' : 'stored') : 'duplicate' });
  });
}

function identify(body: Buffer): { identity: DeliveryIdentity; failure?: string } {
  try {
    return { identity: postmarkIdentity(readPostmarkJson(body)) };
  } catch (err) {
    return { identity: { messageId: null, contentHash: contentHash(body) }, failure: `unparseable request: ${(err as Error).message}`.slice(0, 500) };
  }
}
