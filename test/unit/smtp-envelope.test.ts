import { describe, expect, it } from 'vitest';
import { decodeSmtpContentType, encodeSmtpContentType } from '../../src/inbound/smtp-envelope.js';
import { isReplyAddress } from '../../src/inbound/smtp-listener.js';

describe('smtp envelope in the content type', () => {
  it('round-trips the envelope and reads as message/rfc822', () => {
    const envelope = { mailFrom: 'renée@customer.example', rcptTo: ['reply+abc@reply.test', 'reply+def@reply.test'], remoteAddress: '203.0.113.25', helo: 'mail.customer.example' };
    const contentType = encodeSmtpContentType(envelope);
    expect(contentType).toMatch(/^message\/rfc822; x-smtp-envelope=[A-Za-z0-9_-]+$/);
    expect(decodeSmtpContentType(contentType)).toEqual(envelope);
  });

  it('reads a missing or damaged envelope as empty', () => {
    const empty = { mailFrom: null, rcptTo: [], remoteAddress: null, helo: null };
    expect(decodeSmtpContentType('message/rfc822')).toEqual(empty);
    expect(decodeSmtpContentType('message/rfc822; x-smtp-envelope=bm90IGpzb24')).toEqual(empty);
  });
});

describe('isReplyAddress', () => {
  it('accepts reply+… at the inbound domain only', () => {
    expect(isReplyAddress('reply+abcdefghijklmnop@reply.test', 'reply.test')).toBe(true);
    expect(isReplyAddress('Reply+X@REPLY.TEST', 'reply.test')).toBe(true);
    expect(isReplyAddress('reply+abc@other.test', 'reply.test')).toBe(false);
    expect(isReplyAddress('reply@reply.test', 'reply.test')).toBe(false);
    expect(isReplyAddress('postmaster@reply.test', 'reply.test')).toBe(false);
    expect(isReplyAddress('reply+abc@reply.test@evil.example', 'reply.test')).toBe(false);
    expect(isReplyAddress('reply+abc@sub.reply.test', 'reply.test')).toBe(false);
  });
});
