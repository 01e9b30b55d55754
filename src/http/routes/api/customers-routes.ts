import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../context.js';
import { createCustomer } from '../../../customers/create-customer.js';
import { findCustomer } from '../../../customers/customer-queries.js';
import { customerStatuses, toCustomerView } from '../../../customers/customer-view.js';
import { exportCustomersCsv, importCustomersCsv } from '../../../customers/csv.js';
import { listCustomers } from '../../../customers/list-customers.js';
import { updateCustomer } from '../../../customers/update-customer.js';
import { sendEmail } from '../../../conversations/send-email.js';
import { logManualReply } from '../../../replies/log-manual-reply.js';
import { getTimeline } from '../../../timeline/get-timeline.js';
import { requirePrincipal } from '../../auth.js';

const idParams = z.object({ id: z.string().max(100) });
const optionalText = z.string().trim().max(200).nullable().optional();
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const customersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post('/customers', {
    schema: { tags: ['customers'], body: z.object({ email: z.email().max(254), name: optionalText, company: optionalText }) },
  }, async (request, reply) => reply.status(201).send(await createCustomer(ctx, requirePrincipal(request).accountId, request.body)));

  app.get('/customers', {
    schema: {
      tags: ['customers'],
      querystring: z.object({
        q: z.string().max(200).optional(),
        status: z.enum(customerStatuses).optional(),
        responseType: z.enum(['standard', 'high_value', 'needs_attention']).optional(),
        followUp: booleanQuery.optional(),
        cursor: z.string().max(500).optional(),
        limit: z.coerce.number().int().min(1).max(200).optional(),
      }),
    },
  }, async (request) => listCustomers(ctx, requirePrincipal(request).accountId, request.query));

  app.get('/customers/export.csv', { schema: { tags: ['customers'] } }, async (request, reply) => {
    const csv = await exportCustomersCsv(ctx, requirePrincipal(request).accountId);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="customers.csv"').send(csv);
  });

  app.post('/customers/import', { schema: { tags: ['customers'], body: z.string().max(5_000_000) } }, async (request) =>
    importCustomersCsv(ctx, requirePrincipal(request).accountId, request.body));

  app.get('/customers/:id', { schema: { tags: ['customers'], params: idParams } }, async (request) =>
    toCustomerView(await findCustomer(ctx.db, requirePrincipal(request).accountId, request.params.id)));

  app.patch('/customers/:id', {
    schema: { tags: ['customers'], params: idParams, body: z.object({ status: z.enum(customerStatuses).optional(), name: optionalText, company: optionalText }) },
  }, async (request) => updateCustomer(ctx, requirePrincipal(request), request.params.id, request.body));

  app.post('/customers/:id/emails', {
    schema: {
      tags: ['customers'],
      params: idParams,
      body: z.object({ subject: z.string().trim().min(1).max(500), text: z.string().min(1).max(200_000), html: z.string().max(500_000).nullable().optional(), conversationId: z.string().max(100).optional() }),
    },
  }, async (request, reply) => reply.status(201).send(await sendEmail(ctx, requirePrincipal(request).accountId, request.params.id, request.body)));

  app.post('/customers/:id/replies', {
    schema: {
      tags: ['customers'],
      params: idParams,
      body: z.object({ text: z.string().trim().min(1).max(100_000), channel: z.enum(['phone', 'email', 'meeting', 'other']), occurredAt: z.iso.datetime({ offset: true }).optional() }),
    },
  }, async (request, reply) => reply.status(201).send(await logManualReply(ctx, requirePrincipal(request).accountId, request.params.id, request.body)));

  app.get('/customers/:id/timeline', {
    schema: { tags: ['customers'], params: idParams, querystring: z.object({ cursor: z.string().max(500).optional(), limit: z.coerce.number().int().min(1).max(200).optional() }) },
  }, async (request) => getTimeline(ctx, requirePrincipal(request).accountId, request.params.id, request.query));
};
