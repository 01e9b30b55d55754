import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.js';
import { AppError } from '../../../errors.js';
import { acceptDelivery } from '../../../inbound/accept-delivery.js';
import { contentHash } from '../../../inbound/content-hash.js';
import { mailgunIdentity, readMailgunForm } from '../../../inbound/mailgun-adapter.js';
import type { MultipartForm } from '../../../inbound/multipart-form.js';
import { rememberWebhookToken } from '../../../inbound/remember-webhook-token.js';
import { MAILGUN_TOLERANCE_SECONDS, verifyMailgunSignature } from '../../../inbound/verify-mailgun-signature.js';
import { checkBasicAuth, contentTypeOf } from './webhook-auth.js';

/**
 * Mailgun inbound routes, parsed form and raw MIME (`…/mime`, field `body-mime`). Verify, store, answer 200.
 * Mailgun stops retrying only on 406: a bad, stale or replayed signature gets it; bad Basic credentials get 401.
 */
export function registerMailgunWebhook(app: FastifyInstance, ctx: AppContext): void {
  const handler = async (request: FastifyRequest) => {
    checkBasicAuth(ctx, request);
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const contentType = contentTypeOf(request);
    const read = await readMailgunForm(body, contentType).then((form) => ({ form, error: null }), (err: Error) => ({ form: null, error: err.message }));
    const signingKey = ctx.config.inbound.mailgunSigningKey;
    if (signingKey) await verifyAndRemember(ctx, signingKey, read.form);
    const { identity, failure } = identify(read.form, read.error, body);
    const result = await acceptDelivery(ctx, { provider: 'mailgun', contentType, raw: body, ...identity, failure });
    return { status: result.stored ? (failure ? 'failed' : 'stored') : 'duplicate' };
  };
  app.post('/webhooks/inbound/mailgun', handler);
  app.post('/webhooks/inbound/mailgun/mime', handler);
}

async function verifyAndRemember(ctx: AppContext, signingKey: string, form: MultipartForm | null): Promise<void> {
  if (!form) throw new AppError('not_acceptable', 'Signature rejected: the request is not a form');
  const token = form.text('token');
  const check = verifyMailgunSignature({ signingKey, timestamp: form.text('timestamp'), token, signature: form.text('signature'), now: ctx.now() });
  if (!check.ok) throw new AppError('not_acceptable', `Signature rejected: ${check.reason}`);
  // Remembered for longer than any timestamp we accept can stay acceptable (±tolerance).
  const fresh = await rememberWebhookToken(ctx, 'mailgun', token!, 3 * MAILGUN_TOLERANCE_SECONDS);
  if (!fresh) throw new AppError('not_acceptable', 'Signature rejected: token already used');
}

function identify(form: MultipartForm | null, formError: string | null, body: Buffer) {
  try {
    if (!form) throw new Error(formError ?? 'not a form');
    return { identity: mailgunIdentity(form) };
  } catch (err) {
    return { identity: { messageId: null, contentHash: contentHash(body) }, failure: `unparseable request: ${(err as Error).message}`.slice(0, 500) };
  }
}
