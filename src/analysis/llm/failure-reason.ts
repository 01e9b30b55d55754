import { APICallError, NoObjectGeneratedError } from 'ai';
import { analysisSchema } from '../schema.js';

/** Thrown by one attempt when our own per-attempt timer aborted it. */
export class AttemptTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
    this.name = 'AttemptTimeoutError';
  }
}

interface FailureContext {
  provider: string;
  attempts: number;
  apiKey?: string;
}

const MAX_REASON_CHARS = 200;

/** A short, key-free explanation of why the LLM answer was not used, stored as `fallbackReason`. */
export function describeFailure(error: unknown, context: FailureContext): string {
  const reason = rawReason(error, context);
  const scrubbed = context.apiKey ? reason.split(context.apiKey).join('[redacted]') : reason;
  return scrubbed.slice(0, MAX_REASON_CHARS);
}

function rawReason(error: unknown, { provider, attempts }: FailureContext): string {
  const tries = `after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
  if (error instanceof AttemptTimeoutError) return `${provider}: ${error.message} (${tries})`;
  if (NoObjectGeneratedError.isInstance(error)) return schemaReason(error.text);
  if (APICallError.isInstance(error) && error.statusCode !== undefined) return `${provider}: HTTP ${error.statusCode} ${tries}`;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${provider}: ${message} (${tries})`;
}

function schemaReason(text: string | undefined): string {
  if (!text) return 'schema: empty answer';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'schema: answer is not valid JSON';
  }
  const result = analysisSchema.safeParse(parsed);
  if (result.success) return 'schema: answer rejected by the SDK';
  const issue = result.error.issues[0];
  return `schema: ${issue.path.join('.') || '(root)'}: ${issue.message}`;
}
