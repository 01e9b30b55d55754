import { describe, expect, it } from 'vitest';
import { extractNewText, extractReplyText } from '../../src/mail/reply-text/index.js';

const extract = (text: string) => extractNewText({ text });

describe('extractNewText: quote headers per language', () => {
  const cases: Array<[string, string]> = [
    ['en', 'On Tue, Mar 17, 2026 at 2:05 PM Hana Ito <hana@pipewright.dev> wrote:'],
    ['es', 'El mié, 5 mar 2025 a las 18:02, Soporte Acme (<soporte@acme.example>) escribió:'],
    ['pt', 'Em qui., 19 de mar. de 2026 às 15:02, Hana Ito <hana@pipewright.dev> escreveu:'],
    ['fr', 'Le mar. 17 mars 2026 à 10:02, Sara Lindqvist <sara@mailpilot.io> a écrit :'],
    ['de', 'Am 14.01.2024 um 10:00 schrieb Hans Mueller <hans@example.de>:'],
    ['it', 'Il giorno gio 8 dic 2016 alle ore 10:00 Marco Rossi <marco@example.it> ha scritto:'],
    ['nl', 'Op 12 december 2016 19:05 schreef Company Questions <questions@company.com>:'],
  ];
  it.each(cases)('removes the %s header and the quote under it', (_, header) => {
    expect(extract(`Sounds good.\n\n${header}\n> Earlier message\n> more`)).toBe('Sounds good.');
  });

  it('removes a header that the client wrapped over two lines', () => {
    const text = 'Gracias.\n\nEl mié, 5 mar 2025 a las 18:02, Equipo de Soporte (<\nsoporte@acme.example>) escribió:\n\n> Hola';
    expect(extract(text)).toBe('Gracias.');
  });

  it('removes everything after a header that is followed by unmarked quoted text', () => {
    expect(extract('Thank you.\n\nEl 19/03/2014 11:34, Juan <juan@x.com> escribió:\n\nMy previous mail')).toBe('Thank you.');
  });

  it('keeps a sentence that starts like a header', () => {
    expect(extract('On Monday we will ship the order.\nThanks for waiting')).toBe('On Monday we will ship the order.\nThanks for waiting');
  });
});

describe('extractNewText: Outlook blocks and separators', () => {
  it('cuts at an English From/Sent/To/Subject block', () => {
    const text = 'Works for me.\n\nFrom: Tom <tom@x.com>\nSent: Wednesday, March 11, 2026 10:05\nTo: Nina <n@y.co>\nSubject: Hi\n\nOld text';
    expect(extract(text)).toBe('Works for me.');
  });

  it('cuts at a Spanish De/Enviado el/Para/Asunto block', () => {
    const text = 'Recibido.\n\nDe: Soporte <s@acme.com>\nEnviado el: martes, 4 de marzo de 2025 11:20\nPara: Carlos <c@d.es>\nAsunto: RE: Factura\n\nEstimado Carlos';
    expect(extract(text)).toBe('Recibido.');
  });

  it.each(['-----Original Message-----', '-----Mensaje original-----', '-------- Message d\'origine --------', '-----Ursprüngliche Nachricht-----', '________________________________', '---------- Forwarded message ---------', 'Begin forwarded message:'])(
    'cuts at "%s"',
    (separator) => {
      expect(extract(`See below.\n\n${separator}\nFrom: someone\nold text`)).toBe('See below.');
    },
  );

  it('does not mistake a "From:" line in the body for a header block', () => {
    expect(extract('From: the warehouse team, all good.\nWe ship Monday.')).toBe('From: the warehouse team, all good.\nWe ship Monday.');
  });
});

describe('extractNewText: inline and bottom-posted replies', () => {
  it('keeps the answers between quoted lines', () => {
    const text = 'Answers below.\n\n> How many warehouses?\nJust one, in Reno.\n\n> Which printer?\nA Zebra ZD421.';
    expect(extract(text)).toBe('Answers below.\n\nJust one, in Reno.\n\nA Zebra ZD421.');
  });

  it('keeps a reply written under the quote', () => {
    expect(extract('On 04/19/2011 07:10 AM, Roman wrote:\n\n> Test\nTest reply')).toBe('Test reply');
  });

  it('keeps the reply that shares a line with the header', () => {
    expect(extract('reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:\n> Hi')).toBe('reply');
  });
});

describe('extractNewText: signatures and disclaimers', () => {
  it.each([
    'Enviado desde mi iPhone', 'Sent from my iPhone', 'Enviado do meu iPhone', 'Envoyé de mon iPhone',
    'Von meinem iPhone gesendet', 'Inviato da iPhone', 'Get Outlook for iOS',
  ])('drops "%s"', (banner) => {
    expect(extract(`Perfecto, mañana lo reviso.\n\n${banner}`)).toBe('Perfecto, mañana lo reviso.');
  });

  it('keeps a sentence that starts with "Sent from my"', () => {
    const text = 'Here is another email\n\nSent from my desk, is much easier then my mobile phone.';
    expect(extract(text)).toBe(text);
  });

  it('drops a "-- " signature', () => {
    expect(extract('Can you check?\n\n-- \nJake Turner\nTurner Bikes')).toBe('Can you check?');
  });

  it('drops a sign-off with name, title and phone', () => {
    expect(extract('We are in.\n\nBest,\nAna\nCTO, Acme\n+34 600 000 000')).toBe('We are in.');
  });

  it('drops a short closing and a bare name', () => {
    expect(extract('Please go ahead.\n\nThanks,\nAna')).toBe('Please go ahead.');
    expect(extract('Yes, please go ahead with the replacement.\n\nJane')).toBe('Yes, please go ahead with the replacement.');
  });

  it('keeps a reply that is only a closing phrase', () => {
    expect(extract('Thanks!')).toBe('Thanks!');
  });

  it('never drops a content line that follows a sign-off-like word', () => {
    const text = 'Thanks,\nbut we need the invoice corrected before we can pay it this month.';
    expect(extract(text)).toBe(text);
  });

  it.each([
    'This message is intended only for the named recipient and may contain confidential information.',
    'CONFIDENTIALITY NOTICE: This e-mail may contain protected health information.',
    'Este mensaje es confidencial y se dirige exclusivamente a su destinatario.',
  ])('drops the disclaimer "%s"', (disclaimer) => {
    expect(extract(`Please call me tomorrow.\n\n${disclaimer}`)).toBe('Please call me tomorrow.');
  });

  it('keeps the signature when asked to', () => {
    const text = 'Perfecto.\n\nEnviado desde mi iPhone\n\n> On Mar 4, 2025, at 10:02 AM, Acme <a@acme.com> wrote:\n> Hi';
    expect(extractReplyText({ text }, { keepSignature: true })).toBe('Perfecto.\n\nEnviado desde mi iPhone');
  });
});

describe('extractNewText: HTML and empty input', () => {
  it('converts HTML and drops the Gmail quote and image debris', () => {
    const html =
      '<div dir="ltr">Yes, <b>book</b> the demo.<br><img src="cid:logo">[image: logo]</div>' +
      '<div class="gmail_quote"><div class="gmail_attr">On Mon, Ana wrote:</div><blockquote>Old</blockquote></div>';
    expect(extractNewText({ html })).toBe('Yes, book the demo.');
  });

  it('drops an Outlook HTML header block found in the converted text', () => {
    const html = '<p>Agreed.</p><div id="divRplyFwdMsg"><b>From:</b> Tom<br><b>Sent:</b> Monday<br><b>To:</b> Ana<br><b>Subject:</b> Hi</div><p>Old</p>';
    expect(extractNewText({ html })).toBe('Agreed.');
  });

  it('prefers the text part over the HTML part', () => {
    expect(extractNewText({ text: 'plain words', html: '<p>html words</p>' })).toBe('plain words');
  });

  it('returns an empty string for empty or missing input', () => {
    expect(extractNewText({})).toBe('');
    expect(extractNewText({ text: null, html: null })).toBe('');
    expect(extractNewText({ text: '   \n  ' })).toBe('');
  });
});

describe('extractNewText: worst cases stay fast', () => {
  const MEGABYTE = 1_000_000;
  const inputs: Record<string, string> = {
    'quoted lines': '> '.concat('x'.repeat(70), '\n').repeat(MEGABYTE / 73),
    'nested quote markers': '>'.repeat(5_000).concat(' text\n').repeat(MEGABYTE / 5_006),
    'one huge line': 'word '.repeat(MEGABYTE / 5),
    'dashes and colons': '-'.repeat(1_000).concat(' : ', '-'.repeat(1_000), '\n').repeat(MEGABYTE / 2_004),
    'header-like lines': 'On Mon, Ana <ana@x.com> and '.repeat(60).concat('\n').repeat(MEGABYTE / 1_681),
    'spaces before colons': 'On '.concat(' '.repeat(1_990), ':\n').repeat(MEGABYTE / 1_996),
    'field-like lines': 'From: a\nTo: b\n'.repeat(MEGABYTE / 14),
  };
  it.each(Object.keys(inputs))('%s (1 MB) finishes well under a second', (name) => {
    const started = performance.now();
    extract(inputs[name]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('1 MB of nested HTML blockquotes finishes well under a second', () => {
    const html = '<blockquote>'.repeat(2_000).concat('x'.repeat(MEGABYTE - 50_000), '</blockquote>'.repeat(2_000));
    const started = performance.now();
    extractNewText({ html });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
