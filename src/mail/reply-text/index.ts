import { htmlToPlain } from './html-to-plain.js';
import { toBoundedLines } from './input-limits.js';
import { removeQuotes } from './remove-quotes.js';
import { removeSignature } from './remove-signature.js';

export interface ReplyInput {
  text?: string | null;
  html?: string | null;
}

export interface ExtractOptions {
  /** Keep the customer's signature and client banner; only quoted messages are removed. */
  keepSignature?: boolean;
}

/** The customer's new words in a reply: quoted messages, signatures and disclaimers removed. */
export function extractNewText(input: ReplyInput): string {
  return extractReplyText(input, {});
}

export function extractReplyText(input: ReplyInput, options: ExtractOptions): string {
  const source = input.text?.trim() ? input.text : input.html ? htmlToPlain(input.html) : '';
  const unquoted = removeQuotes(toBoundedLines(source));
  const lines = options.keepSignature ? unquoted : removeSignature(unquoted);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
