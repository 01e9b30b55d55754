/**
 * The cues a lexicon can signal. Each cue is a label the rules combine (see ../signals.ts for what each one feeds).
 * Phrase syntax: a regular-expression fragment matched on lower-case text without accents, on word boundaries
 * (so "cancelación" is written either way); `*` after a letter ends a word with any suffix ("frustrat*");
 * `~` allows up to three words in between ("remove me ~ list"); `(a|b)`, `?` and `\\d` work as in a RegExp.
 * Phrases are lower-cased when compiled, so write `[^\\s]` rather than `\\S`.
 * Every language's phrases are matched on every reply: customers mix languages ("Mándame pricing").
 */
export const cueNames = [
  'autoReply', // machine-written: out of office, ticket received, delivery failure
  'unsubscribe', // stop emailing me, remove me
  'emailComplaint', // too many of our emails
  'meetingNoun', // demo, call, meeting
  'meetingAsk', // can we do / let's / schedule
  'meetingAccept', // "works for me", "me va perfecto"
  'meetingDecline', // "no need for a call"
  'timeWord', // weekdays, tomorrow, next week
  'referral', // talk to my colleague, write to her
  'wrongPerson', // not the right person, no longer work here
  'bug', // broken, error, stopped working, outage, data loss
  'resolved', // fixed, solved: a problem named as over
  'billing', // charged twice, refund, disputed charge
  'churn', // cancel, leave, switch away, uninstall
  'privacy', // GDPR, personal data, security, compliance
  'anger', // frustration, hostility
  'urgency', // urgent, asap, today
  'softener', // "not urgent", "FYI", "sorry"
  'praiseStrong', // love it, delighted
  'praise', // works well, good
  'ack', // "perfect", "sounds good": a warm acknowledgement, not feedback on the product
  'thanks',
  'polite', // please, kindly: a courteous ask
  'working', // "everything works": the product discussed without praise
  'affirm', // yes, sure (at the start of a reply)
  'interest', // sounds useful, interested
  'infoRequest', // send me more info
  'priceRequest', // what would it cost, send pricing
  'trial', // start a trial
  'expansion', // more seats, bigger plan, upgrade, add users
  'readyNow', // contract, quote, payment link, sign this week
  'budget', // set aside budget, approved budget
  'firmDecline', // not interested, staying with a competitor
  'decline', // no thanks, no need, we'll pass
  'notNow', // not now, maybe later
  'getBackLater', // I'll review and get back to you
  'request', // imperative asks: send me, please check, can you
  'featureWish', // would be nice, I miss
  'incumbent', // the tool they use today ("our current vendor"): its problems are their pain, not ours
  'usage', // how they work today: we use, we send, spreadsheet
  'workPain', // manual work, chaos, struggling
  'expensive', // too expensive, not cheap
  'noAction', // "no action needed", "just so you know": a report that asks for nothing
  'nearDate', // today, this week, this month: a date close enough to make an expansion ready now
] as const;
export type Cue = (typeof cueNames)[number];

export interface Lexicon {
  language: string;
  /** Frequent function words, used to tell the language of a short reply. */
  stopwords: readonly string[];
  cues: Partial<Record<Cue, readonly string[]>>;
}
