/**
 * Posts deliveries the way SendGrid Inbound Parse does: a 2xx ends a delivery, a 5xx, a timeout or a refused
 * connection is retried with backoff (SendGrid keeps trying for 72 hours; here the schedule is compressed into
 * seconds), and a 4xx makes SendGrid drop the mail, so the sender records it and gives up.
 */
export interface Delivery {
  body: Buffer;
  contentType: string;
}

export interface SenderCounts {
  requests: number;
  accepted: number;
  answered5xx: number;
  answered4xx: number;
  connectionErrors: number;
  retries: number;
  /** Deliveries that were still failing when the retry window closed: mail SendGrid would have lost. */
  gaveUp: number;
  /** The body of each 2xx answer (`stored`, `duplicate`, `failed`) → how many. */
  outcomes: Record<string, number>;
  fourxxBodies: string[];
}

const REQUEST_TIMEOUT_MS = 30_000;
const RETRY_WINDOW_MS = 180_000;
const FIRST_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 3_000;

export function createSender(webUrls: string[]) {
  const counts: SenderCounts = { requests: 0, accepted: 0, answered5xx: 0, answered4xx: 0, connectionErrors: 0, retries: 0, gaveUp: 0, outcomes: {}, fourxxBodies: [] };
  let next = 0;

  async function deliver(delivery: Delivery): Promise<void> {
    const deadline = Date.now() + RETRY_WINDOW_MS;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) counts.retries++;
      const status = await postOnce(webUrls[next++ % webUrls.length], delivery);
      if (status >= 200 && status < 300) return;
      if (status >= 400 && status < 500) return;
      if (Date.now() > deadline) {
        counts.gaveUp++;
        return;
      }
      const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS);
      await sleep(backoff / 2 + Math.random() * (backoff / 2));
    }
  }

  /** The HTTP status, or 0 for a connection error or timeout. */
  async function postOnce(baseUrl: string, delivery: Delivery): Promise<number> {
    counts.requests++;
    try {
      const response = await fetch(`${baseUrl}/webhooks/inbound/sendgrid`, {
        method: 'POST',
        headers: { 'content-type': delivery.contentType },
        body: new Uint8Array(delivery.body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.ok) {
        counts.accepted++;
        const outcome = parseStatus(text);
        counts.outcomes[outcome] = (counts.outcomes[outcome] ?? 0) + 1;
      } else if (response.status >= 500) counts.answered5xx++;
      else {
        counts.answered4xx++;
        counts.fourxxBodies.push(`${response.status} ${text.slice(0, 200)}`);
      }
      return response.status;
    } catch {
      counts.connectionErrors++;
      return 0;
    }
  }

  return { counts, deliver };
}

/** Runs `work` over the items with at most `limit` in flight. */
export async function runBounded<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let index = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (index < items.length) await work(items[index++]);
  });
  await Promise.all(lanes);
}

function parseStatus(text: string): string {
  try {
    return String((JSON.parse(text) as { status?: unknown }).status ?? 'unknown');
  } catch {
    return 'unparseable';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
