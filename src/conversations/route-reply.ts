import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { conversations, replyTokens } from '../db/schema.js';
import type { NormalizedMail } from '../inbound/normalized-mail.js';
import { findTokenCandidates } from './reply-token.js';
import { routeBySender } from './route-by-sender.js';
import { routeByThread } from './route-by-thread.js';

export type UnroutedReason = 'no_token' | 'malformed_token' | 'other_domain' | 'unknown_token' | 'expired_token';

export type Route =
  | { routed: true; accountId: string; customerId: string; conversationId: string; matchedBy: 'token' | 'header' | 'sender' }
  | { routed: false; reason: UnroutedReason; accountId: string | null };

// When several recipients fail, the most specific reason is the one reported.
const REASON_RANK: UnroutedReason[] = ['expired_token', 'unknown_token', 'malformed_token', 'other_domain', 'no_token'];

/** Finds the conversation a reply belongs to from the reply token in its recipients. */
export async function routeByToken(db: DbOrTx, mail: NormalizedMail, options: { inboundDomain: string; now: Date }): Promise<Route> {
  const recipients = [...mail.envelopeTo, ...mail.to.map((a) => a.address), ...mail.cc.map((a) => a.address)];
  const failures: { reason: UnroutedReason; accountId: string | null }[] = [{ reason: 'no_token', accountId: null }];
  for (const candidate of findTokenCandidates(recipients, options.inboundDomain)) {
    if (candidate.kind === 'malformed') failures.push({ reason: 'malformed_token', accountId: null });
    else if (candidate.kind === 'other_domain') failures.push({ reason: 'other_domain', accountId: null });
    else {
      const [row] = await db
        .select({ accountId: replyTokens.accountId, conversationId: replyTokens.conversationId, expiresAt: replyTokens.expiresAt, customerId: conversations.customerId })
        .from(replyTokens)
        .innerJoin(conversations, eq(conversations.id, replyTokens.conversationId))
        .where(eq(replyTokens.token, candidate.token));
      if (!row) failures.push({ reason: 'unknown_token', accountId: null });
      else if (row.expiresAt <= options.now) failures.push({ reason: 'expired_token', accountId: row.accountId });
      else return { routed: true, accountId: row.accountId, customerId: row.customerId, conversationId: row.conversationId, matchedBy: 'token' };
    }
  }
  failures.sort((a, b) => REASON_RANK.indexOf(a.reason) - REASON_RANK.indexOf(b.reason));
  return { routed: false, ...failures[0] };
}

/**
 * The reply token first; without a usable one, our Message-IDs in the thread headers; then the sender's address.
 * When none matches, the token's reason (the most specific) is kept.
 */
export async function routeReply(db: DbOrTx, mail: NormalizedMail, options: { inboundDomain: string; now: Date }): Promise<Route> {
  const byToken = await routeByToken(db, mail, options);
  // A token that is unknown, expired, malformed or for another domain is a decision, not a gap: such mail stays
  // unrouted (an expired address must stop working). Only mail with no token at all is threaded another way.
  if (byToken.routed || byToken.reason !== 'no_token') return byToken;
  return (await routeByThread(db, mail))
    ?? (await routeBySender(db, mail, { now: options.now, accountId: byToken.accountId }))
    ?? byToken;
}
