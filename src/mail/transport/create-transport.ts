import type { Config } from '../../config.js';
import type { MailTransport } from './mail-transport.js';
import { createOutboxTransport } from './outbox-transport.js';
import { createSendgridTransport } from './sendgrid-transport.js';
import { createSmtpTransport } from './smtp-transport.js';

export function createMailTransport(config: Config['mail']): MailTransport {
  if (config.transport === 'smtp') return createSmtpTransport(config.smtpUrl!);
  if (config.transport === 'sendgrid') return createSendgridTransport({ apiKey: config.sendgridApiKey!, apiUrl: config.sendgridApiUrl });
  return createOutboxTransport();
}
