import { z } from 'zod';

/** Every job: its payload schema (ids only) and retry policy. Handlers live in ./handlers/. */
export const jobCatalog = {
  'inbound.process': { payload: z.object({ inboundId: z.string() }), retryLimit: 8, retryDelay: 2, concurrency: 2 },
  'reply.forward': { payload: z.object({ replyId: z.string() }), retryLimit: 12, retryDelay: 2, concurrency: 2 },
  'reply.analyze': { payload: z.object({ replyId: z.string() }), retryLimit: 8, retryDelay: 2, concurrency: 2 },
  'email.send': { payload: z.object({ emailId: z.string() }), retryLimit: 12, retryDelay: 2, concurrency: 2 },
  'inbound.retention': { payload: z.object({}), retryLimit: 2, retryDelay: 60, concurrency: 1 },
} as const;

export type JobName = keyof typeof jobCatalog;
export type JobPayload<N extends JobName> = z.infer<(typeof jobCatalog)[N]['payload']>;
