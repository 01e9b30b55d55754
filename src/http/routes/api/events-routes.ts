import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../context.js';
import { requirePrincipal } from '../../auth.js';

const HEARTBEAT_MS = 25_000;

/** Server-sent events for the signed-in account: the dashboard refreshes a timeline when a reply or analysis lands. */
export const eventsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/events', { schema: { tags: ['events'], hide: true } }, async (request, reply) => {
    const { accountId } = requirePrincipal(request);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(': connected\n\n');
    const unsubscribe = ctx.events.subscribe(accountId, (event) => {
      res.write(`event: ${event.type}\ndata: ${JSON.stringify({ customerId: event.customerId, id: event.id })}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
};
