/** The shapes of the Replytrack HTTP API (`/api/v1`), as the dashboard reads them. */

export const responseTypes = ['standard', 'high_value', 'needs_attention'] as const;
export type ResponseType = (typeof responseTypes)[number];

export const customerStatuses = ['new', 'contacted', 'replied', 'interested', 'customer', 'lost'] as const;
export type CustomerStatus = (typeof customerStatuses)[number];

export const replyChannels = ['phone', 'email', 'meeting', 'other'] as const;
export type ReplyChannel = (typeof replyChannels)[number];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Me {
  user: { id: string; email: string };
  account: { id: string; name: string; email: string };
  inboundDomain: string;
  webhookUrls: { sendgrid: string; postmark: string; mailgun: string };
  mailTransport: 'outbox' | 'smtp' | 'sendgrid';
}

export interface LastReply {
  id: string;
  at: string;
  responseType: ResponseType | null;
  opportunityScore: number | null;
  followUpNeeded: boolean | null;
  sentiment: string | null;
  preview: string;
}

export interface Customer {
  id: string;
  email: string;
  name: string | null;
  company: string | null;
  status: CustomerStatus;
  createdAt: string;
  updatedAt: string;
  lastReply: LastReply | null;
}

export interface CustomerFilters {
  q?: string;
  status?: CustomerStatus | '';
  responseType?: ResponseType | '';
  followUp?: 'true' | 'false' | '';
}

export interface MonthlyVolume {
  amount: number;
  unit: string;
  period: string;
}

export interface Analysis {
  response_type: ResponseType;
  sentiment: string;
  key_insights: string[];
  opportunity_score: number;
  follow_up_needed: boolean;
  product_interest: string;
  action_items: string[];
  product_usage: string | null;
  monthly_volume: MonthlyVolume | null;
  pain_points: string[];
  flags: { auto_reply: boolean; unsubscribe: boolean; meeting_request: boolean; referral: boolean };
  language: string;
  evidence: { field: string; phrase: string }[];
  producedBy: {
    analyzer: string;
    model: string | null;
    promptVersion: string | null;
    latencyMs: number;
    fallbackReason: string | null;
  };
}

export interface EmailSentItem {
  type: 'email_sent';
  id: string;
  at: string;
  subject: string;
  preview: string;
  text: string;
  sentAt: string | null;
  status: 'queued' | 'sent' | 'failed';
  error: string | null;
  replyTo: string;
  conversationId: string;
}

export interface ReplyItem {
  type: 'reply';
  id: string;
  at: string;
  subject: string | null;
  text: string;
  newText: string;
  /** Already sanitized by the server; still only ever rendered inside a sandboxed iframe. */
  html: string | null;
  from: string | null;
  fromName: string | null;
  source: 'sendgrid' | 'postmark' | 'mailgun' | 'smtp' | 'manual';
  channel: string | null;
  kind: 'human' | 'auto_reply' | 'bounce';
  senderMismatch: boolean;
  matchedBy: 'token' | 'header' | 'sender' | 'manual';
  /** SPF/DKIM/DMARC/ARC verdicts: ours on the raw MIME, or the provider's for a parsed-form delivery. */
  auth: SenderAuth | null;
  attachments: { filename: string; contentType: string; size: number }[];
  analysis: Analysis | null;
}

export interface SenderAuth {
  evaluatedBy: 'replytrack' | 'provider' | 'unavailable';
  spf: string | null;
  dkim: string | null;
  dmarc: string | null;
  arc: string | null;
  spoofSuspected: boolean;
}

export interface StatusChangeItem {
  type: 'status_change';
  id: string;
  at: string;
  from: CustomerStatus | null;
  to: CustomerStatus;
  by: string | null;
}

export type TimelineItem = EmailSentItem | ReplyItem | StatusChangeItem;

export interface SentEmail {
  id: string;
  conversationId: string;
  replyTo: string;
  messageId: string;
  sentAt: string | null;
}

export interface NeedsYouItem {
  replyId: string;
  customerId: string;
  customerName: string | null;
  customerEmail: string;
  responseType: ResponseType;
  at: string;
  dueAt: string | null;
  overdue: boolean;
  preview: string;
}

export interface ActionItem {
  id: string;
  customerId: string;
  customerName: string | null;
  replyId: string | null;
  text: string;
  createdAt: string;
  doneAt: string | null;
}

export interface OutreachSettings {
  replyEmail: string | null;
  accountEmail: string;
  inboundDomain: string;
  webhookUrl: string;
}

export interface InboundItem {
  id: string;
  provider: string;
  status: string;
  reason: string | null;
  from: string | null;
  to: string | null;
  subject: string | null;
  receivedAt: string;
}

export interface OutboxItem {
  id: string;
  kind: 'email' | 'forward';
  to: string;
  from: string;
  replyTo: string | null;
  subject: string;
  text: string;
  headers: Record<string, string>;
  createdAt: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  errors: { line: number; message: string }[];
}

export type LiveEventName = 'reply' | 'analysis' | 'email' | 'status';
export interface LiveEvent {
  name: LiveEventName;
  customerId: string;
  id: string;
}
