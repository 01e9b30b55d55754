import { describe, expect, it } from 'vitest';
import { mailgunIdentity, parseMailgun, readMailgunForm } from '../../src/inbound/mailgun-adapter.js';
import { readHttpFixture } from '../helpers/inbound-fixtures.js';

const formOf = (name: string) => {
  const request = readHttpFixture(name);
  return readMailgunForm(request.body, request.headers['content-type']);
};

const urlEncoded = (fields: Record<string, string>) => Buffer.from(new URLSearchParams(fields).toString(), 'utf8');

describe('mailgun adapter', () => {
  it('parses the parsed form: headers from message-headers, bodies and attachments from fields', async () => {
    const mail = await parseMailgun(await formOf('mailgun-parsed.multipart.txt'));
    expect(mail.messageId).toBe('<CAJx9Q2b+7eFZk3w@mail.customer.example>');
    expect(mail.inReplyTo).toBe('<conversation/6bdc3f4d-0bec-4515-a284-5d916fdde489/messages/4711@mail.example-app.com>');
    expect(mail.references).toHaveLength(2);
    expect(mail.from).toEqual({ address: 'renee@customer.example', name: 'Renée Dubois' });
    expect(mail.envelopeTo).toEqual(['reply+6bdc3f4d-0bec-4515-a284-5d916fdde489@mg.example-app.com']);
    expect(mail.subject).toBe('Re: Votre demande #1042 – café');
    expect(mail.text).toContain('Merci, c’est réglé !');
    expect(mail.html).toContain('<blockquote>');
    expect(mail.attachments).toEqual([{ filename: 'order-1042.txt', contentType: 'text/plain', size: expect.any(Number) }]);
  });

  it('parses body-mime as the full message', async () => {
    const mail = await parseMailgun(await formOf('mailgun-mime.multipart.txt'));
    expect(mail.subject).toBe('Re: Votre demande #1042 – café');
    expect(mail.text).toContain('Merci, c’est réglé !');
    expect(mail.cc.map((a) => a.address)).toEqual(['ops@customer.example']);
    expect(mail.envelopeTo).toEqual(['reply+6bdc3f4d-0bec-4515-a284-5d916fdde489@mg.example-app.com']);
  });

  it('leaves timestamp, token and signature out of the identity, so a re-signed retry dedupes', async () => {
    const base = { recipient: 'reply+abc@mg.example', from: 'a@b.example', subject: 'Hi', 'body-plain': 'Hello', 'Message-Id': '<m1@b.example>' };
    const first = mailgunIdentity(await readMailgunForm(urlEncoded({ ...base, timestamp: '1', token: 't1', signature: 's1' }), 'application/x-www-form-urlencoded'));
    const retry = mailgunIdentity(await readMailgunForm(urlEncoded({ ...base, timestamp: '2', token: 't2', signature: 's2' }), 'application/x-www-form-urlencoded'));
    const other = mailgunIdentity(await readMailgunForm(urlEncoded({ ...base, 'body-plain': 'Other' }), 'application/x-www-form-urlencoded'));
    expect(first).toEqual(retry);
    expect(first.messageId).toBe('<m1@b.example>');
    expect(other.contentHash).not.toBe(first.contentHash);
  });

  it('takes the Message-ID of body-mime and of the parsed form alike', async () => {
    expect(mailgunIdentity(await formOf('mailgun-mime.multipart.txt')).messageId).toBe('<CAJx9Q2b+7eFZk3w@mail.customer.example>');
    expect(mailgunIdentity(await formOf('mailgun-parsed.multipart.txt')).messageId).toBe('<CAJx9Q2b+7eFZk3w@mail.customer.example>');
  });

  it('refuses a body that is neither form nor a Mailgun form', async () => {
    await expect(readMailgunForm(Buffer.from('{}'), 'application/json')).rejects.toThrow(/expected a form/);
    expect(() => mailgunIdentity({ parts: [], field: () => undefined, text: () => undefined })).toThrow(/not a Mailgun inbound form/);
  });
});
