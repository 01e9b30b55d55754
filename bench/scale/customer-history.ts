import { randomBytes, randomUUID } from 'node:crypto';
import { fakeAnalysis } from './fake-analysis.js';
import { person, pickLanguage, replyText, sentEmailText, subject, type Language } from './fake-text.js';
import type { Random } from './random.js';
import type { ScaleTables } from './scale-tables.js';

const DAY = 86_400_000;
const INBOUND_DOMAIN = 'reply.bench';
const PREVIEW_LENGTH = 160;
const id = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '')}`;
const between = (rand: Random, from: number, to: number) => from + rand.next() * (to - from);

export interface SeedScope { accountId: string; userId: string; now: number }

/**
 * One customer with the history the app would have built: conversations, sent emails, replies with analyses and
 * action items, status changes, and the summary columns as record-reply and the analysis job leave them.
 */
export function addCustomerHistory(tables: ScaleTables, rand: Random, scope: SeedScope, serial: number, replyCount: number): void {
  const { accountId, now } = scope;
  const who = person(rand, serial);
  const language = pickLanguage(rand);
  const customerId = id('cu');
  const createdAt = now - between(rand, 30, 730) * DAY;
  const emailCount = replyCount > 0 ? 1 + rand.int(Math.min(4, 1 + Math.floor(replyCount / 5))) : rand.chance(0.6) ? 1 : 0;
  const emails = addConversations(tables, rand, scope, { id: customerId, first: who.first, email: who.email, language }, createdAt, emailCount);
  const statuses = statusHistory(rand, emailCount, replyCount);

  const firstEmailAt = emails[0]?.at ?? createdAt;
  const replyTimes = Array.from({ length: replyCount }, () => between(rand, firstEmailAt + 3_600_000, now - 60_000)).sort((a, b) => a - b);
  let last: { id: string; at: number; preview: string; analysis: ReturnType<typeof fakeAnalysis> } | null = null;
  for (const at of replyTimes) {
    const email = rand.pick(emails);
    const lang = rand.chance(0.85) ? language : pickLanguage(rand);
    const text = replyText(rand, lang, who, rand.chance(0.6) ? { text: email.text, at: new Date(email.at) } : null);
    const replyId = id('rp');
    const manual = rand.chance(0.04);
    tables.replies.add({
      id: replyId, account_id: accountId, customer_id: customerId, conversation_id: manual ? null : email.conversationId,
      source: manual ? 'manual' : rand.weighted({ sendgrid: 80, postmark: 8, mailgun: 6, smtp: 6 }), channel: manual ? 'phone' : null,
      kind: manual ? 'human' : rand.weighted({ human: 96, auto_reply: 3, bounce: 1 }), from_address: who.email, from_name: `${who.first} ${who.last}`,
      subject: `Re: ${email.subject}`, message_id: `<${randomUUID()}@mail.example>`, text: text.text,
      html: rand.chance(0.5) ? `<div>${text.newText.replace(/\n/g, '<br>')}</div>` : null, new_text: text.newText,
      matched_by: manual ? 'manual' : 'token', received_at: new Date(at), created_at: new Date(at + 500),
    });
    const analysis = fakeAnalysis(rand, lang, text.newText);
    tables.analyses.add({
      reply_id: replyId, account_id: accountId, result: JSON.stringify(analysis.result), evidence: JSON.stringify(analysis.evidence),
      analyzer: 'builtin', analyzer_version: '1', latency_ms: 1 + rand.int(5), created_at: new Date(at + 1500),
    });
    for (const item of analysis.actionItems) {
      tables.actionItems.add({ id: id('ai'), account_id: accountId, customer_id: customerId, reply_id: replyId, text: item, done_at: rand.chance(0.7) ? new Date(at + DAY) : null, created_at: new Date(at + 1500) });
    }
    last = { id: replyId, at, preview: text.newText.replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH), analysis };
  }

  let updatedAt = createdAt;
  statuses.forEach((change, i) => {
    const at = change.userChosen ? between(rand, replyTimes[0] ?? firstEmailAt, now) : i === 0 ? firstEmailAt : replyTimes[0]!;
    updatedAt = Math.max(updatedAt, at);
    tables.statusChanges.add({ id: id('sc'), account_id: accountId, customer_id: customerId, from_status: change.from, to_status: change.to, user_id: change.userChosen ? scope.userId : null, created_at: new Date(at) });
  });
  const lastActivityAt = Math.max(createdAt, emails.at(-1)?.at ?? 0, last?.at ?? 0);
  const r = last?.analysis.result;
  tables.customers.add({
    id: customerId, account_id: accountId, email: who.email, name: `${who.first} ${who.last}`, company: who.company,
    status: statuses.at(-1)?.to ?? 'new', created_at: new Date(createdAt), updated_at: new Date(updatedAt), last_activity_at: new Date(lastActivityAt),
    last_reply_id: last?.id, last_reply_at: last ? new Date(last.at) : null, last_reply_preview: last?.preview,
    last_response_type: r?.response_type, last_opportunity_score: r?.opportunity_score, last_follow_up: r?.follow_up_needed, last_sentiment: r?.sentiment,
  });
}

interface Recipient { id: string; first: string; email: string; language: Language }

function addConversations(tables: ScaleTables, rand: Random, scope: SeedScope, to: Recipient, createdAt: number, count: number) {
  const emails: { conversationId: string; subject: string; text: string; at: number }[] = [];
  let conversation: { id: string; token: string; subject: string } | null = null;
  let at = createdAt;
  for (let i = 0; i < count; i++) {
    at = between(rand, at + 60_000, Math.min(scope.now - 2 * 3_600_000, at + 120 * DAY));
    if (!conversation || rand.chance(0.5)) {
      conversation = { id: id('cv'), token: randomBytes(10).toString('hex').slice(0, 16), subject: subject(rand, to.language) };
      tables.conversations.add({ id: conversation.id, account_id: scope.accountId, customer_id: to.id, subject: conversation.subject, created_at: new Date(at) });
      tables.replyTokens.add({ token: conversation.token, account_id: scope.accountId, conversation_id: conversation.id, issued_at: new Date(at), expires_at: new Date(at + 90 * DAY) });
    }
    const emailId = id('em');
    const text = sentEmailText(rand, to.language, to.first);
    tables.sentEmails.add({
      id: emailId, account_id: scope.accountId, customer_id: to.id, conversation_id: conversation.id, token: conversation.token, to_address: to.email,
      reply_to: `reply+${conversation.token}@${INBOUND_DOMAIN}`, subject: conversation.subject, text, message_id: `<${emailId}@${INBOUND_DOMAIN}>`,
      status: 'sent', attempts: 1, created_at: new Date(at), sent_at: new Date(at + 2000),
    });
    emails.push({ conversationId: conversation.id, subject: conversation.subject, text, at });
  }
  return emails;
}

/** new → contacted at the first email, → replied at the first reply, then sometimes a status a user chose. */
function statusHistory(rand: Random, emails: number, replies: number) {
  const changes: { from: string; to: string; userChosen: boolean }[] = [];
  if (emails > 0) changes.push({ from: 'new', to: 'contacted', userChosen: false });
  if (replies > 0) {
    changes.push({ from: 'contacted', to: 'replied', userChosen: false });
    const chosen = rand.weighted({ none: 74, interested: 12, customer: 8, lost: 6 });
    if (chosen !== 'none') changes.push({ from: 'replied', to: chosen, userChosen: true });
  }
  return changes;
}
