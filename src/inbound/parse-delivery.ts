import type { inboundMessages } from '../db/schema.js';
import { parseMultipartForm } from './multipart-form.js';
import type { NormalizedMail } from './normalized-mail.js';
import { parseSendgrid } from './sendgrid-adapter.js';

type InboundRow = typeof inboundMessages.$inferSelect;
export type DeliveryParser = (raw: Buffer, contentType: string) => Promise<NormalizedMail>;

/** One parser per provider; the other inbound paths (Postmark, Mailgun, SMTP) register theirs here. */
export const deliveryParsers: Record<string, DeliveryParser> = {
  sendgrid: async (raw, contentType) => parseSendgrid(await parseMultipartForm(raw, contentType)),
};

export async function parseDelivery(row: InboundRow): Promise<NormalizedMail> {
  const parser = deliveryParsers[row.provider];
  if (!parser) throw new Error(`no parser for provider ${row.provider}`);
  if (!row.raw) throw new Error('raw message no longer stored');
  return parser(row.raw, row.contentType);
}
