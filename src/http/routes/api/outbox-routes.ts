import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../context.js';
import { AppError } from '../../../errors.js';
import { buildSendgridParsedForm } from '../../../inbound/sendgrid-form-builder.js';
import { getOutboxMessage, listOutbox } from '../../../mail/list-outbox.js';
import { requirePrincipal } from '../../auth.js';

export const outboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/outbox', { schema: { tags: ['outbox'], querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }) } }, async (request) =>
    listOutbox(ctx, requirePrincipal(request).accountId, request.query));

  // Answers a sent email as its customer would, through the real SendGrid webhook route.
  app.post('/outbox/:id/reply-as-customer', {
    schema: { tags: ['outbox'], params: z.object({ id: z.string().max(100) }), body: z.object({ text: z.string().trim().min(1).max(100_000), html: z.string().max(500_000).optional() }) },
  }, async (request, reply) => {
    const message = await getOutboxMessage(ctx, requirePrincipal(request).accountId, request.params.id);
    if (message.kind !== 'email' || !message.replyTo) throw new AppError('invalid_request', 'Only emails sent to customers can be answered');
    const form = buildSendgridParsedForm({
      to: message.replyTo,
      from: message.to,
      subject: `Re: ${message.subject}`,
      text: request.body.text,
      html: request.body.html,
      inReplyTo: message.messageId,
    });
    const basic = ctx.config.inbound.basicAuth;
    const response = await app.inject({
      method: 'POST',
      url: '/webhooks/inbound/sendgrid',
      headers: {
        'content-type': form.contentType,
        ...(basic ? { authorization: `Basic ${Buffer.from(`${basic.user}:${basic.password}`).toString('base64')}` } : {}),
      },
      payload: form.body,
    });
    if (response.statusCode !== 200) throw new AppError('unavailable', `The webhook answered ${response.statusCode}`);
    return reply.status(202).send({ status: 'accepted', messageId: form.messageId });
  });
};
