import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../src/analysis/builtin/index.js';

const flagsOf = (newText: string, autoReplyHeader = false) => analyzeReply({ newText, autoReplyHeader }).result.flags;

describe('flags.auto_reply', () => {
  it.each([
    'I am out of the office until Monday, March 9, with limited access to email.',
    'Estoy de vacaciones hasta el lunes 13 de abril y no voy a revisar el correo.',
    'Hemos recibido tu solicitud y le asignamos el número de ticket #20931.',
    "Your message wasn't delivered to kevin@example.com because the address couldn't be found.",
    'Je suis absente du bureau jusqu\'au lundi 6 avril inclus.',
  ])('%s', (text) => expect(flagsOf(text).auto_reply).toBe(true));

  it('is set by the pipeline header even when the words look human', () => {
    expect(flagsOf('Thanks, noted.', true).auto_reply).toBe(true);
  });

  it('an auto-reply pointing to a colleague is not a referral', () => {
    expect(flagsOf('Estaré fuera de la oficina. Para asuntos urgentes escribe a admin@example.es.')).toMatchObject({ auto_reply: true, referral: false });
  });
});

describe('flags.unsubscribe', () => {
  it.each([
    'Unsubscribe me please.',
    'Take me off your list and stop emailing me.',
    'Te agradecería que me dieras de baja de vuestra lista de correos.',
    'Peço que retirem o meu endereço da vossa lista de contactos.',
    'Merci de supprimer définitivement mon adresse de vos fichiers.',
  ])('%s', (text) => expect(flagsOf(text).unsubscribe).toBe(true));

  it.each([
    "Ha, no, please don't take me off the list! The updates are useful.",
    'No me quiero dar de baja, pero bajen la frecuencia por favor.',
  ])('not when they refuse it: %s', (text) => expect(flagsOf(text).unsubscribe).toBe(false));
});

describe('flags.meeting_request', () => {
  it.each([
    'Could you run a demo for me and our front desk leads next week?',
    'Wednesday at 3pm ET works. Send the invite to this address.',
    'El jueves a las 10:30 me va perfecto.',
    'Jeudi 14h ou vendredi matin, ça vous irait ?',
    'Podemos fazer uma call na quarta às 14h?',
  ])('%s', (text) => expect(flagsOf(text).meeting_request).toBe(true));

  it.each([
    'Gracias, pero no hace falta la llamada, lo tenemos todo controlado.',
    'We liked the demo, but I need to know where the data is stored.',
    'Two new physios start Monday. Please add them.',
  ])('not for %s', (text) => expect(flagsOf(text).meeting_request).toBe(false));
});

describe('flags.referral', () => {
  it.each([
    'Budget decisions sit with our CTO, Ben Adler (ben@example.dev). Please reach out to him directly.',
    'Quem trata das marcações é a minha colega Camila Sousa (camila@example.pt).',
    'Eso lo maneja mi socio Ricardo Paz. Mejor escríbele a ricardo@example.mx.',
    "I'm not the right person for this. Priya Nair runs the online store, you can reach her at priya@example.com.",
  ])('%s', (text) => expect(flagsOf(text).referral).toBe(true));

  it('not for an address that is only where to send an invoice', () => {
    expect(flagsOf('Please add them and send the updated invoice to accounts@example.com.').referral).toBe(false);
  });
});
