/** The one error type. The HTTP layer maps `code` to a status in one place (http/error-handler.ts). */
export type ErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'invalid_credentials'
  | 'not_found'
  | 'email_taken'
  | 'customer_exists'
  | 'invalid_email'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unavailable'
  | 'not_acceptable';

export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
