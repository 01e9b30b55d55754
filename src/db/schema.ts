import { sql } from 'drizzle-orm';
import {
  boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });
const createdAt = () => ts('created_at').notNull().defaultNow();

export const accounts = pgTable('accounts', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull(),
  replyEmail: text('reply_email'),
  createdAt: createdAt(),
});

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  email: text('email').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)]);

export const apiKeys = pgTable('api_keys', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  userId: text('user_id').notNull().references(() => users.id),
  keyHash: text('key_hash').notNull().unique(),
  createdAt: createdAt(),
});

export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  accountId: text('account_id').notNull().references(() => accounts.id),
  createdAt: createdAt(),
  expiresAt: ts('expires_at').notNull(),
});

export const customers = pgTable('customers', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  email: text('email').notNull(),
  name: text('name'),
  company: text('company'),
  status: text('status').notNull().default('new'),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  lastActivityAt: ts('last_activity_at').notNull().defaultNow(),
  lastReplyId: text('last_reply_id'),
  lastReplyAt: ts('last_reply_at'),
  lastReplyPreview: text('last_reply_preview'),
  lastResponseType: text('last_response_type'),
  lastOpportunityScore: integer('last_opportunity_score'),
  lastFollowUp: boolean('last_follow_up'),
  lastSentiment: text('last_sentiment'),
  search: tsvector('search').generatedAlwaysAs(
    sql`to_tsvector('simple', coalesce(name, '') || ' ' || email || ' ' || replace(email, '@', ' ') || ' ' || coalesce(company, ''))`,
  ),
  /**
   * Every lexeme of the customer's replies (no positions), kept by the trigger on replies (migration
   * 0003_customer_reply_search), so a search is one index lookup on customers instead of a join over all replies.
   */
  replySearch: tsvector('reply_search'),
}, (t) => [
  uniqueIndex('customers_account_email_key').on(t.accountId, sql`lower(${t.email})`),
  // Threading by sender looks a customer up by address across accounts.
  index('customers_email_idx').on(sql`lower(${t.email})`),
  index('customers_account_activity_idx').on(t.accountId, t.lastActivityAt.desc(), t.id.desc()),
  // One per list filter, in the list's (last_activity_at, id) order, so a filtered page or a deep cursor reads one page.
  index('customers_account_status_activity_idx').on(t.accountId, t.status, t.lastActivityAt.desc(), t.id.desc()),
  index('customers_account_response_type_activity_idx').on(t.accountId, t.lastResponseType, t.lastActivityAt.desc(), t.id.desc()),
  index('customers_account_follow_up_activity_idx').on(t.accountId, t.lastFollowUp, t.lastActivityAt.desc(), t.id.desc()),
  index('customers_search_idx').using('gin', t.search),
  index('customers_reply_search_idx').using('gin', t.replySearch),
  // The list's search also matches part of an email (`ilike '%…%'`); trigrams let that join the other index lookups.
  index('customers_email_trgm_idx').using('gin', t.email.op('gin_trgm_ops')),
]);

export const conversations = pgTable('conversations', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  customerId: text('customer_id').notNull().references(() => customers.id),
  subject: text('subject').notNull(),
  createdAt: createdAt(),
}, (t) => [index('conversations_customer_idx').on(t.customerId)]);

export const replyTokens = pgTable('reply_tokens', {
  token: text('token').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  conversationId: text('conversation_id').notNull().references(() => conversations.id),
  issuedAt: ts('issued_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
}, (t) => [index('reply_tokens_conversation_idx').on(t.conversationId, t.expiresAt.desc())]);

export const sentEmails = pgTable('sent_emails', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  customerId: text('customer_id').notNull().references(() => customers.id),
  conversationId: text('conversation_id').notNull().references(() => conversations.id),
  token: text('token').notNull(),
  toAddress: text('to_address').notNull(),
  replyTo: text('reply_to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  messageId: text('message_id').notNull().unique(),
  inReplyTo: text('in_reply_to'),
  references: text('references'),
  status: text('status').notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  error: text('error'),
  createdAt: createdAt(),
  sentAt: ts('sent_at'),
}, (t) => [
  index('sent_emails_customer_idx').on(t.customerId, t.createdAt.desc(), t.id.desc()),
  index('sent_emails_conversation_idx').on(t.conversationId, t.createdAt),
]);

export const inboundMessages = pgTable('inbound_messages', {
  id: text('id').primaryKey(),
  provider: text('provider').notNull(),
  dedupeKey: text('dedupe_key').notNull().unique(),
  messageId: text('message_id'),
  contentType: text('content_type').notNull(),
  raw: bytea('raw'),
  rawSize: integer('raw_size').notNull(),
  status: text('status').notNull().default('received'),
  reason: text('reason'),
  accountId: text('account_id').references(() => accounts.id),
  replyId: text('reply_id'),
  fromAddress: text('from_address'),
  toAddresses: text('to_addresses'),
  subject: text('subject'),
  receivedAt: ts('received_at').notNull().defaultNow(),
  processedAt: ts('processed_at'),
  rawDeletedAt: ts('raw_deleted_at'),
}, (t) => [
  index('inbound_account_status_idx').on(t.accountId, t.status, t.receivedAt.desc()),
  index('inbound_retention_idx').on(t.processedAt).where(sql`raw is not null`),
]);

export const replies = pgTable('replies', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  customerId: text('customer_id').notNull().references(() => customers.id),
  conversationId: text('conversation_id').references(() => conversations.id),
  inboundId: text('inbound_id').unique(),
  source: text('source').notNull(),
  channel: text('channel'),
  kind: text('kind').notNull().default('human'),
  fromAddress: text('from_address'),
  fromName: text('from_name'),
  subject: text('subject'),
  messageId: text('message_id'),
  text: text('text').notNull(),
  html: text('html'),
  newText: text('new_text').notNull(),
  senderMismatch: boolean('sender_mismatch').notNull().default(false),
  matchedBy: text('matched_by').notNull(),
  attachments: jsonb('attachments').$type<{ filename: string | null; contentType: string; size: number }[]>().notNull().default([]),
  auth: jsonb('auth'),
  receivedAt: ts('received_at').notNull(),
  createdAt: createdAt(),
  // Not indexed: searches go through customers.reply_search, which the replies trigger builds from this column.
  search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('simple', left(coalesce(text, ''), 100000))`),
}, (t) => [
  index('replies_customer_idx').on(t.customerId, t.receivedAt.desc(), t.id.desc()),
  index('replies_account_received_idx').on(t.accountId, t.receivedAt),
]);

export const analyses = pgTable('analyses', {
  replyId: text('reply_id').primaryKey().references(() => replies.id),
  accountId: text('account_id').notNull().references(() => accounts.id),
  result: jsonb('result').notNull(),
  evidence: jsonb('evidence').notNull(),
  analyzer: text('analyzer').notNull(),
  analyzerVersion: text('analyzer_version').notNull(),
  model: text('model'),
  promptVersion: text('prompt_version'),
  latencyMs: integer('latency_ms').notNull(),
  usage: jsonb('usage'),
  fallbackReason: text('fallback_reason'),
  createdAt: createdAt(),
});

export const forwards = pgTable('forwards', {
  replyId: text('reply_id').primaryKey().references(() => replies.id),
  accountId: text('account_id').notNull().references(() => accounts.id),
  toAddress: text('to_address').notNull(),
  messageId: text('message_id').notNull(),
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  error: text('error'),
  createdAt: createdAt(),
  sentAt: ts('sent_at'),
});

export const statusChanges = pgTable('status_changes', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  customerId: text('customer_id').notNull().references(() => customers.id),
  fromStatus: text('from_status').notNull(),
  toStatus: text('to_status').notNull(),
  userId: text('user_id'),
  createdAt: createdAt(),
}, (t) => [index('status_changes_customer_idx').on(t.customerId, t.createdAt.desc(), t.id.desc())]);

export const outbox = pgTable('outbox', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  kind: text('kind').notNull(),
  sourceId: text('source_id').notNull(),
  toAddress: text('to_address').notNull(),
  fromAddress: text('from_address').notNull(),
  replyTo: text('reply_to'),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  headers: jsonb('headers').$type<Record<string, string>>().notNull(),
  messageId: text('message_id').notNull(),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('outbox_source_key').on(t.kind, t.sourceId),
  index('outbox_account_idx').on(t.accountId, t.createdAt.desc()),
]);

export const actionItems = pgTable('action_items', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  customerId: text('customer_id').notNull().references(() => customers.id),
  replyId: text('reply_id').notNull().references(() => replies.id),
  text: text('text').notNull(),
  doneAt: ts('done_at'),
  createdAt: createdAt(),
}, (t) => [
  index('action_items_account_idx').on(t.accountId, t.doneAt, t.createdAt),
  index('action_items_reply_idx').on(t.replyId),
]);

/** Mailgun webhook tokens already seen, so a captured request cannot be replayed. */
export const seenWebhookTokens = pgTable('seen_webhook_tokens', {
  provider: text('provider').notNull(),
  token: text('token').notNull(),
  seenAt: ts('seen_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.provider, t.token] })]);
