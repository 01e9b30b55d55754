import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { logIn, logOut } from '../../../accounts/sessions.js';
import { signUp } from '../../../accounts/sign-up.js';
import type { AppContext } from '../../../context.js';
import { SESSION_COOKIE, requirePrincipal, setSessionCookie } from '../../auth.js';
import { getAccountOverview } from '../../../accounts/account-overview.js';

const email = z.email().max(254);

export const accountsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const secure = ctx.config.publicUrl.startsWith('https://');
  const authLimit = { rateLimit: { max: 20, timeWindow: '1 minute' } };

  app.post('/signup', {
    config: authLimit,
    schema: { tags: ['account'], body: z.object({ accountName: z.string().trim().min(1).max(200), email, password: z.string().min(8).max(200) }) },
  }, async (request, reply) => {
    const { session, ...created } = await signUp(ctx, request.body);
    setSessionCookie(reply, session, secure);
    return reply.status(201).send(created);
  });

  app.post('/login', {
    config: authLimit,
    schema: { tags: ['account'], body: z.object({ email: z.string().max(254), password: z.string().max(200) }) },
  }, async (request, reply) => {
    const { session, ...principal } = await logIn(ctx, { ...request.body, previousSessionId: request.cookies[SESSION_COOKIE] });
    setSessionCookie(reply, session, secure);
    return principal;
  });

  app.post('/logout', { schema: { tags: ['account'] } }, async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId) await logOut(ctx, sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/me', { schema: { tags: ['account'] } }, async (request) => getAccountOverview(ctx, requirePrincipal(request)));
};
