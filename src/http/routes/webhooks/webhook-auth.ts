import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.js';
import { AppError } from '../../../errors.js';
import { verifyBasicAuth } from '../../../inbound/verify-basic-auth.js';

/** INBOUND_BASIC_AUTH, when set, is required on every inbound webhook. */
export function checkBasicAuth(ctx: AppContext, request: FastifyRequest): void {
  const expected = ctx.config.inbound.basicAuth;
  if (expected && !verifyBasicAuth(request.headers.authorization, expected)) {
    throw new AppError('unauthorized', 'Bad or missing credentials');
  }
}

export const contentTypeOf = (request: FastifyRequest) => String(request.headers['content-type'] ?? '');
