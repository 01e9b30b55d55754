import type { Logger } from 'pino';
import type { Analyzer } from './analysis/schema.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { EventBus } from './events/event-bus.js';
import type { DnsResolver } from './inbound/authenticate-sender.js';
import type { JobQueue } from './jobs/queue.js';
import type { MailTransport } from './mail/transport/mail-transport.js';

/** The services every domain function may use; built once in main.ts (or by a test). */
export interface AppContext {
  config: Config;
  db: Database;
  queue: JobQueue;
  events: EventBus;
  mail: MailTransport;
  analyzer: Analyzer;
  logger: Logger;
  /** Injectable clock: tests move time (token expiry, signature windows). */
  now(): Date;
  /** DNS for sender authentication (SPF, DKIM, DMARC); unset = the system resolver. Tests answer from a map. */
  dnsResolver?: DnsResolver;
}
