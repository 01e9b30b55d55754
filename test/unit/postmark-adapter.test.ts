import { describe, expect, it } from 'vitest';
import { parsePostmark, postmarkIdentity, readPostmarkJson } from '../../src/inbound/postmark-adapter.js';
import { readHttpFixture, readInboundFixture } from '../helpers/inbound-fixtures.js';

const fixture = () => JSON.parse(readInboundFixture('postmark.json').toString('utf8'));
const asBody = (json: unknown) => Buffer.from(JSON.stringify(json), 'utf8');

describe('postmark adapter', () => {
  it('takes the real Message-ID from Headers, never Postmark’s own MessageID', () => {
    const identity = postmarkIdentity(readPostmarkJson(readInboundFixture('postmark.json')));
    expect(identity.messageId).toBe('<CAJx9Q2b+7eFZk3w@mail.customer.example>');
    const { RawEmail: _raw, ...fieldsOnly } = fixture();
    expect(postmarkIdentity(readPostmarkJson(asBody(fieldsOnly))).messageId).toBe('<CAJx9Q2b+7eFZk3w@mail.customer.example>');
  });

  it('gives a retry the same identity even when Postmark’s MessageID differs, and other content another', () => {
    const { RawEmail: _raw, ...fieldsOnly } = fixture();
    const first = postmarkIdentity(readPostmarkJson(asBody(fieldsOnly)));
    const retry = postmarkIdentity(readPostmarkJson(asBody({ ...fieldsOnly, MessageID: 'another-postmark-id' })));
    const edited = postmarkIdentity(readPostmarkJson(asBody({ ...fieldsOnly, TextBody: 'something else' })));
    expect(retry).toEqual(first);
    expect(edited.contentHash).not.toBe(first.contentHash);
  });

  it('parses RawEmail when present, with OriginalRecipient as the envelope recipient', async () => {
    const mail = await parsePostmark(readPostmarkJson(readHttpFixture('postmark.http.txt').body));
    expect(mail.subject).toBe('Re: Votre demande #1042 – café');
    expect(mail.from).toEqual({ address: 'renee@customer.example', name: 'Renée Dubois' });
    expect(mail.envelopeTo).toEqual(['inbound+6bdc3f4d-0bec-4515-a284-5d916fdde489@inbound.example-app.com']);
    expect(mail.to[0].address).toBe('reply+6bdc3f4d-0bec-4515-a284-5d916fdde489@parse.example-app.com');
    expect(mail.text).toContain('Merci, c’est réglé !');
    expect(mail.inReplyTo).toBe('<conversation/6bdc3f4d-0bec-4515-a284-5d916fdde489/messages/4711@mail.example-app.com>');
  });

  it('builds the message from the JSON fields without RawEmail', async () => {
    const { RawEmail: _raw, ...fieldsOnly } = fixture();
    const mail = await parsePostmark(readPostmarkJson(asBody(fieldsOnly)));
    expect(mail.messageId).toBe('<CAJx9Q2b+7eFZk3w@mail.customer.example>');
    expect(mail.inReplyTo).toBe('<conversation/6bdc3f4d-0bec-4515-a284-5d916fdde489/messages/4711@mail.example-app.com>');
    expect(mail.references).toHaveLength(2);
    expect(mail.from).toEqual({ address: 'renee@customer.example', name: 'Renée Dubois' });
    expect(mail.to.map((a) => a.address)).toEqual(['inbound+6bdc3f4d-0bec-4515-a284-5d916fdde489@inbound.example-app.com']);
    expect(mail.cc.map((a) => a.address)).toEqual(['ops@customer.example']);
    expect(mail.subject).toBe('Re: Votre demande #1042 – café');
    expect(mail.html).toContain('<blockquote>');
    expect(mail.attachments).toEqual([{ filename: 'order-1042.txt', contentType: 'text/plain', size: 29 }]);
    expect(mail.headers.get('received-spf')?.[0]).toMatch(/^Pass/);
    expect(mail.date?.toISOString()).toBe('2025-01-14T08:12:44.000Z');
  });

  it('refuses a body that is not Postmark JSON', () => {
    expect(() => readPostmarkJson(Buffer.from('not json'))).toThrow();
    expect(() => readPostmarkJson(asBody({ Headers: 'nope' }))).toThrow();
  });
});
