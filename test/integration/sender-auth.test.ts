import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpListener, type SmtpListener } from '../../src/inbound/smtp-listener.js';
import { ApiClient, eventually, postSimulatedReply } from '../helpers/api-client.js';
import { deliverRawReply, inboundRows, openConversation, processedInbound, repliesOnTimeline, startInboundTestApp, type OpenConversation } from '../helpers/inbound-scenario.js';
import { dkimSigned, makeSigningDomain, replyMessage } from '../helpers/sender-auth-fixtures.js';
import type { TestApp } from '../helpers/test-app.js';

const CUSTOMER = 'renee@customer.example';
// The customer's domain signs with DKIM and lets only its own MX send (SPF); DMARC p=reject.
const customerDomain = makeSigningDomain('customer.example');
const AUTHORIZED_IP = '203.0.113.25';
const FORGER_IP = '198.51.100.9';

let testApp: TestApp;
let api: ApiClient;
let conversation: OpenConversation;
let listener: SmtpListener;

async function replyOf(row: { replyId: string | null }) {
  return (await repliesOnTimeline(api, conversation.customerId)).find((r) => r.id === row.replyId);
}

async function sendSmtp(raw: string) {
  await nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true }).sendMail({ envelope: { from: CUSTOMER, to: [conversation.replyTo] }, raw });
  const messageId = raw.match(/^Message-ID: (.*)$/im)![1];
  const [row] = (await inboundRows(testApp, 'smtp')).filter((r) => r.messageId === messageId);
  return processedInbound(testApp, row.id);
}

beforeAll(async () => {
  testApp = await startInboundTestApp({}, customerDomain.dns(AUTHORIZED_IP));
  api = await ApiClient.signUp(testApp.url);
  conversation = await openConversation(api, CUSTOMER);
  listener = await startSmtpListener(testApp.runtime.ctx, 0, '127.0.0.1');
});
afterAll(async () => {
  await listener?.close();
  await testApp?.stop();
});

describe('sender authentication', () => {
  it('passes DKIM and DMARC for a reply the customer’s domain signed, and does not flag it', async () => {
    const signed = await dkimSigned(replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<auth-signed@customer.example>' }), customerDomain);
    // Over our SMTP listener from 127.0.0.1, which SPF does not authorize: DKIM alone aligns.
    const reply = await replyOf(await sendSmtp(signed));
    expect(reply.auth).toMatchObject({ evaluatedBy: 'replytrack', spf: 'fail', dkim: 'pass', dmarc: 'pass', spoofSuspected: false });
    expect(reply.senderMismatch).toBe(false);
  });

  it('flags a reply with the customer’s From that the domain did not sign or send (DMARC fail)', async () => {
    const forged = replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<auth-forged@customer.example>', body: 'Please pay the new account.' });
    const reply = await replyOf(await sendSmtp(forged));
    expect(reply).toMatchObject({ from: CUSTOMER, senderMismatch: true, matchedBy: 'token' });
    expect(reply.auth).toMatchObject({ dkim: 'none', dmarc: 'fail', spoofSuspected: true });
  });

  it('evaluates webhook raw MIME against the client IP the provider’s MX recorded', async () => {
    const viaAuthorizedMx = replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<auth-pm-ok@customer.example>', clientIp: AUTHORIZED_IP });
    const viaForger = replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<auth-pm-forged@customer.example>', clientIp: FORGER_IP });
    const ok = await replyOf(await deliverRawReply(testApp, viaAuthorizedMx, conversation.replyTo));
    const forged = await replyOf(await deliverRawReply(testApp, viaForger, conversation.replyTo));
    expect(ok.auth).toMatchObject({ spf: 'pass', dmarc: 'pass', spoofSuspected: false });
    expect(ok.senderMismatch).toBe(false);
    expect(forged.auth).toMatchObject({ spf: 'fail', dmarc: 'fail', spoofSuspected: true });
    expect(forged.senderMismatch).toBe(true);
  });

  it('records auth as unavailable for a SendGrid parsed-form delivery (no raw MIME)', async () => {
    const response = await postSimulatedReply(testApp.url, { to: conversation.replyTo, from: CUSTOMER, subject: 'Re: parsed form', text: 'From the parsed form' });
    expect(response.status).toBe(200);
    const reply = await eventually(async () => (await repliesOnTimeline(api, conversation.customerId)).find((r) => r.subject === 'Re: parsed form'));
    expect(reply.auth).toMatchObject({ evaluatedBy: 'unavailable', spf: null, dmarc: null, spoofSuspected: false });
    expect(reply.senderMismatch).toBe(false);
  });
});
