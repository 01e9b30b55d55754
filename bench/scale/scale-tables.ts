import { BulkRows } from './bulk-insert.js';

/** The rows of one seeding batch, table by table, with the PostgreSQL type of each column. */
export function scaleTables() {
  return {
    conversations: new BulkRows('conversations', { id: 'text', account_id: 'text', customer_id: 'text', subject: 'text', created_at: 'timestamptz' }),
    replyTokens: new BulkRows('reply_tokens', { token: 'text', account_id: 'text', conversation_id: 'text', issued_at: 'timestamptz', expires_at: 'timestamptz' }),
    sentEmails: new BulkRows('sent_emails', {
      id: 'text', account_id: 'text', customer_id: 'text', conversation_id: 'text', token: 'text', to_address: 'text', reply_to: 'text',
      subject: 'text', text: 'text', message_id: 'text', status: 'text', attempts: 'int', created_at: 'timestamptz', sent_at: 'timestamptz',
    }),
    replies: new BulkRows('replies', {
      id: 'text', account_id: 'text', customer_id: 'text', conversation_id: 'text', source: 'text', channel: 'text', kind: 'text',
      from_address: 'text', from_name: 'text', subject: 'text', message_id: 'text', text: 'text', html: 'text', new_text: 'text',
      matched_by: 'text', received_at: 'timestamptz', created_at: 'timestamptz',
    }),
    analyses: new BulkRows('analyses', {
      reply_id: 'text', account_id: 'text', result: 'jsonb', evidence: 'jsonb', analyzer: 'text', analyzer_version: 'text', latency_ms: 'int', created_at: 'timestamptz',
    }),
    actionItems: new BulkRows('action_items', { id: 'text', account_id: 'text', customer_id: 'text', reply_id: 'text', text: 'text', done_at: 'timestamptz', created_at: 'timestamptz' }),
    statusChanges: new BulkRows('status_changes', {
      id: 'text', account_id: 'text', customer_id: 'text', from_status: 'text', to_status: 'text', user_id: 'text', created_at: 'timestamptz',
    }),
    customers: new BulkRows('customers', {
      id: 'text', account_id: 'text', email: 'text', name: 'text', company: 'text', status: 'text', created_at: 'timestamptz', updated_at: 'timestamptz',
      last_activity_at: 'timestamptz', last_reply_id: 'text', last_reply_at: 'timestamptz', last_reply_preview: 'text', last_response_type: 'text',
      last_opportunity_score: 'int', last_follow_up: 'bool', last_sentiment: 'text',
    }),
  };
}
export type ScaleTables = ReturnType<typeof scaleTables>;
