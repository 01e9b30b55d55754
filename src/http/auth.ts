import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalFromApiKey, principalFromSession, type Principal } from '../accounts/sessions.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';

export const SESSION_COOKIE = 'rt_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Resolves `Authorization: Bearer <apiKey>` or the session cookie to the account and user behind it. */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.addHook('preHandler', async (request) => {
    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) request.principal = await principalFromApiKey(ctx, bearer);
    else if (request.cookies[SESSION_COOKIE]) request.principal = await principalFromSession(ctx, request.cookies[SESSION_COOKIE]!);
  });
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthorized', 'Sign in or send an API key');
  return request.principal;
}

export function setSessionCookie(reply: FastifyReply, session: { id: string; expiresAt: Date }, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'lax', path: '/', secure, expires: session.expiresAt });
}
