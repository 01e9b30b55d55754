import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listActionItems, setActionItemDone } from '../../../action-items/action-items.js';
import type { AppContext } from '../../../context.js';
import { listInbound } from '../../../inbound/list-inbound.js';
import { getReply } from '../../../replies/get-reply.js';
import { listNeedsYou } from '../../../replies/needs-you.js';
import { getOutreachSettings, updateOutreachSettings } from '../../../settings/outreach-settings.js';
import { requirePrincipal } from '../../auth.js';

const idParams = z.object({ id: z.string().max(100) });

export const repliesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/replies/:id', { schema: { tags: ['replies'], params: idParams } }, async (request) =>
    getReply(ctx, requirePrincipal(request).accountId, request.params.id));

  app.get('/needs-you', { schema: { tags: ['replies'] } }, async (request) => listNeedsYou(ctx, requirePrincipal(request).accountId));

  app.get('/action-items', {
    schema: { tags: ['replies'], querystring: z.object({ status: z.enum(['open', 'done']).optional(), customerId: z.string().max(100).optional() }) },
  }, async (request) => listActionItems(ctx, requirePrincipal(request).accountId, request.query));

  app.patch('/action-items/:id', { schema: { tags: ['replies'], params: idParams, body: z.object({ done: z.boolean() }) } }, async (request) =>
    setActionItemDone(ctx, requirePrincipal(request).accountId, request.params.id, request.body.done));

  app.get('/inbound', {
    schema: { tags: ['inbound'], querystring: z.object({ status: z.enum(['received', 'routed', 'unrouted', 'failed']).optional(), limit: z.coerce.number().int().min(1).max(500).optional() }) },
  }, async (request) => listInbound(ctx, requirePrincipal(request).accountId, request.query));

  app.get('/settings/outreach', { schema: { tags: ['settings'] } }, async (request) => getOutreachSettings(ctx, requirePrincipal(request).accountId));

  app.put('/settings/outreach', { schema: { tags: ['settings'], body: z.object({ replyEmail: z.string().max(254).nullable() }) } }, async (request) =>
    updateOutreachSettings(ctx, requirePrincipal(request).accountId, request.body));
};
