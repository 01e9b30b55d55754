import type { FastifyInstance } from 'fastify';

/**
 * Webhook bodies are kept as raw bytes: signatures are computed over them, and the exact request is what we store.
 * Registered inside the webhooks scope only; the API keeps Fastify's JSON parsing.
 */
export function acceptRawBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}
