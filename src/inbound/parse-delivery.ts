import type { inboundMessages } from '../db/schema.js';
import { parseMailgun, readMailgunForm } from './mailgun-adapter.js';
import { parseMultipartForm } from './multipart-form.js';
import type { NormalizedMail } from './normalized-mail.js';
import { parsePostmark, readPostmarkJson } from './postmark-adapter.js';
import { parseSendgrid } from './sendgrid-adapter.js';
import { decodeSmtpContentType } from './smtp-envelope.js';
import { parseMime } from '../mail/parse-mime.js';
import { storableMail } from './storable-text.js';

type InboundRow = typeof inboundMessages.$inferSelect;
export type DeliveryParser = (raw: Buffer, contentType: string) => Promise<NormalizedMail>;

/** One parser per provider. */
export const deliveryParsers: Record<string, DeliveryParser> = {
  sendgrid: async (raw, contentType) => parseSendgrid(await parseMultipartForm(raw, contentType)),
  postmark: async (raw) => parsePostmark(readPostmarkJson(raw)),
  mailgun: async (raw, contentType) => parseMailgun(await readMailgunForm(raw, contentType)),
  smtp: async (raw, contentType) => parseMime(raw, decodeSmtpContentType(contentType).rcptTo),
};

export async function parseDelivery(row: InboundRow): Promise<NormalizedMail> {
  const parser = deliveryParsers[row.provider];
  if (!parser) throw new Error(`no parser for provider ${row.provider}`);
  if (!row.raw) throw new Error('raw message no longer stored');
  return storableMail(await parser(row.raw, row.contentType));
}
