import { analyzeStoredReply } from '../analysis/analyze-stored-reply.js';
import type { AppContext } from '../context.js';
import { deliverEmail } from '../conversations/deliver-email.js';
import { processInbound } from '../inbound/process-inbound.js';
import { purgeRawMail } from '../inbound/purge-raw-mail.js';
import { forwardReply } from '../replies/forward-reply.js';
import type { JobHandlers } from './queue.js';

/** Job name → domain function. Handlers are idempotent: each may run more than once. */
export function jobHandlers(ctx: AppContext): JobHandlers {
  return {
    'inbound.process': ({ inboundId }) => processInbound(ctx, inboundId),
    'reply.forward': ({ replyId }, meta) => forwardReply(ctx, replyId, meta),
    'reply.analyze': ({ replyId }) => analyzeStoredReply(ctx, replyId),
    'email.send': ({ emailId }, meta) => deliverEmail(ctx, emailId, meta),
    'inbound.retention': async () => {
      const purged = await purgeRawMail(ctx);
      if (purged) ctx.logger.info({ purged }, 'raw mail past retention removed');
    },
  };
}
