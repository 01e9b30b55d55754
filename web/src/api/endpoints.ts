import { query, request } from './client.js';
import type {
  ActionItem,
  Customer,
  CustomerFilters,
  CustomerStatus,
  ImportResult,
  InboundItem,
  Me,
  NeedsYouItem,
  OutboxItem,
  OutreachSettings,
  Page,
  ReplyChannel,
  ReplyItem,
  SentEmail,
  TimelineItem,
} from './types.js';

/** One function per API call the dashboard makes; the screens never build URLs themselves. */

export const signUp = (input: { accountName: string; email: string; password: string }) =>
  request<{ accountId: string; userId: string; apiKey: string }>('POST', '/signup', { json: input });
export const signIn = (input: { email: string; password: string }) =>
  request<{ accountId: string; userId: string }>('POST', '/login', { json: input });
export const signOut = () => request<void>('POST', '/logout');
export const getMe = () => request<Me>('GET', '/me');

export const listCustomers = (filters: CustomerFilters, cursor?: string | null) =>
  request<Page<Customer>>('GET', `/customers${query({ ...filters, cursor })}`);
export const getCustomer = (id: string) => request<Customer>('GET', `/customers/${encodeURIComponent(id)}`);
export const createCustomer = (input: { email: string; name?: string; company?: string }) =>
  request<Customer>('POST', '/customers', { json: input });
export const updateCustomer = (id: string, patch: { status?: CustomerStatus; name?: string; company?: string }) =>
  request<Customer>('PATCH', `/customers/${encodeURIComponent(id)}`, { json: patch });
export const importCustomers = (csv: string) => request<ImportResult>('POST', '/customers/import', { csv });
export const customersExportUrl = '/api/v1/customers/export.csv';

export const getTimeline = (customerId: string, cursor?: string | null) =>
  request<Page<TimelineItem>>('GET', `/customers/${encodeURIComponent(customerId)}/timeline${query({ cursor })}`);
export const sendEmail = (customerId: string, input: { subject: string; text: string; conversationId?: string }) =>
  request<SentEmail>('POST', `/customers/${encodeURIComponent(customerId)}/emails`, { json: input });
export const logResponse = (customerId: string, input: { text: string; channel: ReplyChannel; occurredAt?: string }) =>
  request<ReplyItem>('POST', `/customers/${encodeURIComponent(customerId)}/replies`, { json: input });

export const getNeedsYou = () => request<{ items: NeedsYouItem[] }>('GET', '/needs-you');
export const listActionItems = (status: 'open' | 'done') =>
  request<{ items: ActionItem[] }>('GET', `/action-items${query({ status })}`);
export const setActionItemDone = (id: string, done: boolean) =>
  request<ActionItem>('PATCH', `/action-items/${encodeURIComponent(id)}`, { json: { done } });

export const getOutreachSettings = () => request<OutreachSettings>('GET', '/settings/outreach');
export const saveOutreachSettings = (replyEmail: string | null) =>
  request<OutreachSettings>('PUT', '/settings/outreach', { json: { replyEmail } });

export const listUnrouted = () => request<{ items: InboundItem[] }>('GET', '/inbound?status=unrouted');
export const listOutbox = () => request<{ items: OutboxItem[] }>('GET', '/outbox');
export const replyAsCustomer = (outboxId: string, text: string) =>
  request<{ status: string }>('POST', `/outbox/${encodeURIComponent(outboxId)}/reply-as-customer`, { json: { text } });
