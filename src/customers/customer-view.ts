import type { customers } from '../db/schema.js';

export const customerStatuses = ['new', 'contacted', 'replied', 'interested', 'customer', 'lost'] as const;
export type CustomerStatus = (typeof customerStatuses)[number];

type CustomerRow = typeof customers.$inferSelect;

/** The customer as the API shows it. */
export function toCustomerView(row: CustomerRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    company: row.company,
    status: row.status as CustomerStatus,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastReply: row.lastReplyId && row.lastReplyAt
      ? {
          id: row.lastReplyId,
          at: row.lastReplyAt.toISOString(),
          responseType: row.lastResponseType,
          opportunityScore: row.lastOpportunityScore,
          followUpNeeded: row.lastFollowUp,
          sentiment: row.lastSentiment,
          preview: row.lastReplyPreview ?? '',
        }
      : null,
  };
}
export type CustomerView = ReturnType<typeof toCustomerView>;
