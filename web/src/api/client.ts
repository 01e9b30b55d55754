/** A small fetch wrapper for `/api/v1`: JSON in and out, the session cookie sent, errors as `ApiError`. */

export const apiBase = '/api/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Body = { json: unknown } | { csv: string };

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = new ApiError(response.status, `http_${response.status}`, response.statusText || 'Request failed');
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (!body.error?.code) return fallback;
    return new ApiError(response.status, body.error.code, body.error.message ?? body.error.code);
  } catch {
    return fallback;
  }
}

function encode(body: Body | undefined): RequestInit {
  if (!body) return {};
  if ('csv' in body) return { body: body.csv, headers: { 'content-type': 'text/csv' } };
  return { body: JSON.stringify(body.json), headers: { 'content-type': 'application/json' } };
}

export async function request<T>(method: string, path: string, body?: Body): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiBase + path, { method, credentials: 'same-origin', ...encode(body) });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? await response.json() : await response.text()) as T;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
