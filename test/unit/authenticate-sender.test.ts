import { describe, expect, it } from 'vitest';
import { authenticateSender, providerVerdict } from '../../src/inbound/authenticate-sender.js';
import { dkimSigned, makeSigningDomain, mapResolver, replyMessage } from '../helpers/sender-auth-fixtures.js';

const GOOD_IP = '203.0.113.25';
const OTHER_IP = '198.51.100.9';
const signer = makeSigningDomain('customer.example');
const resolver = mapResolver(signer.dns(GOOD_IP));
const mta = 'reply.test';
const plain = (clientIp?: string) => replyMessage({ from: 'renee@customer.example', to: 'reply+abc@reply.test', clientIp });

describe('authenticateSender', () => {
  it('passes SPF, DKIM and DMARC for a signed message from an authorized IP (connection from SMTP)', async () => {
    const mime = Buffer.from(await dkimSigned(plain(), signer));
    const auth = await authenticateSender(mime, { connection: { ip: GOOD_IP, helo: 'mail.customer.example', sender: 'renee@customer.example' }, resolver, mta });
    expect(auth).toMatchObject({ evaluatedBy: 'replytrack', spf: 'pass', dkim: 'pass', dmarc: 'pass', spoofSuspected: false });
  });

  it('reads the client IP from the provider’s Received header when there is no SMTP connection', async () => {
    const mime = Buffer.from(await dkimSigned(plain(GOOD_IP), signer));
    const auth = await authenticateSender(mime, { resolver, mta });
    expect(auth).toMatchObject({ spf: 'pass', dkim: 'pass', dmarc: 'pass' });
  });

  it('flags an unsigned message from an unauthorized IP as spoofed (DMARC fail)', async () => {
    const auth = await authenticateSender(Buffer.from(plain()), { connection: { ip: OTHER_IP, helo: 'evil.example', sender: 'renee@customer.example' }, resolver, mta });
    expect(auth).toMatchObject({ spf: 'fail', dkim: 'none', dmarc: 'fail', spoofSuspected: true });
  });

  it('does not pass DKIM for a body changed after signing (body hash: neutral); SPF alone still aligns', async () => {
    const signed = await dkimSigned(plain(), signer);
    const tampered = Buffer.from(signed.replace('Let us talk on Monday.', 'Please wire the money.'));
    const fromBadIp = await authenticateSender(tampered, { connection: { ip: OTHER_IP, sender: 'renee@customer.example' }, resolver, mta });
    expect(fromBadIp).toMatchObject({ dkim: 'neutral', dmarc: 'fail', spoofSuspected: true });
    const fromGoodIp = await authenticateSender(tampered, { connection: { ip: GOOD_IP, sender: 'renee@customer.example' }, resolver, mta });
    expect(fromGoodIp).toMatchObject({ spf: 'pass', dkim: 'neutral', dmarc: 'pass', spoofSuspected: false });
  });

  it('does not flag a domain without a DMARC record', async () => {
    const auth = await authenticateSender(Buffer.from(replyMessage({ from: 'someone@nodmarc.example', to: 'reply+abc@reply.test' })), { connection: { ip: OTHER_IP, sender: 'someone@nodmarc.example' }, resolver, mta });
    expect(auth).toMatchObject({ dmarc: 'none', spoofSuspected: false });
  });

  it('records a provider verdict, or unavailable when the provider gave none', () => {
    expect(providerVerdict({ spf: 'pass', dkim: '{@customer.example : pass}' }, 'parsed form')).toMatchObject({ evaluatedBy: 'provider', spf: 'pass', dmarc: null });
    expect(providerVerdict({}, 'parsed form')).toMatchObject({ evaluatedBy: 'unavailable', spf: null, spoofSuspected: false });
  });
});
