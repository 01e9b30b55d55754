import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../errors.js';

const STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  invalid_email: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  not_found: 404,
  not_acceptable: 406,
  email_taken: 409,
  customer_exists: 409,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

export const statusOf = (code: ErrorCode) => STATUS[code];

/** The one place errors become HTTP answers: `{error: {code, message}}`, never a stack trace. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return reply.status(STATUS[err.code]).send({ error: { code: err.code, message: err.message } });
    if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
      const first = err.validation?.[0] as { instancePath?: string; message?: string } | undefined;
      const where = first?.instancePath ? `${first.instancePath.replace(/^\//, '').replace(/\//g, '.')}: ` : '';
      return reply.status(400).send({ error: { code: 'invalid_request', message: `${where}${first?.message ?? err.message}` } });
    }
    if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'payload_too_large', message: 'Request body too large' } });
    }
    if (err.statusCode === 429) return reply.status(429).send({ error: { code: 'rate_limited', message: err.message } });
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: { code: 'invalid_request', message: err.message } });
    }
    request.log.error({ err }, 'request failed');
    return reply.status(503).send({ error: { code: 'unavailable', message: 'The service could not complete the request; try again' } });
  });
}
