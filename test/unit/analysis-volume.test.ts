import { describe, expect, it } from 'vitest';
import { parseNumeral, parseNumberWords } from '../../src/analysis/builtin/numbers.js';
import { findMonthlyVolume } from '../../src/analysis/builtin/volume.js';

const volumeOf = (text: string) => findMonthlyVolume([text])?.volume ?? null;

describe('parseNumeral', () => {
  it.each([
    ['20.000', 20000], ['20,000', 20000], ['1.234.567', 1234567], ['1,5', 1.5], ['4.5', 4.5],
    ['1,234.56', 1234.56], ['1.234,56', 1234.56], ['15 000', 15000], ['300', 300],
  ])('%s → %d', (raw, value) => expect(parseNumeral(raw)).toBe(value));
});

describe('parseNumberWords', () => {
  it.each([
    [['two', 'hundred'], 200], [['veinte', 'mil'], 20000], [['dos', 'mil', 'quinientos'], 2500], [['cinco', 'millones'], 5e6],
  ])('%j → %d', (words, value) => expect(parseNumberWords(words)).toBe(value));
});

describe('findMonthlyVolume: figures in every regional form', () => {
  it.each([
    ['We send 20,000 emails a month.', 20000, 'email', 'month'],
    ['Enviamos 20.000 correos al mes.', 20000, 'email', 'month'],
    ['We send 20k emails per month', 20000, 'email', 'month'],
    ['Mandamos unos 20 mil correos mensuales', 20000, 'email', 'month'],
    ['Enviamos veinte mil correos al mes', 20000, 'email', 'month'],
    ['Enviamos 1,5 millones de correos al año', 1500000, 'email', 'year'],
    ['We reach 1.5 lakh users a month', 150000, 'user', 'month'],
    ['about 4.5k builds a month', 4500, 'build', 'month'],
    ['On envoie environ 15 000 e-mails par mois', 15000, 'email', 'month'],
    ['Estamos processando uns 1,2 mil pedidos por semana', 1200, 'order', 'week'],
    ['calculamos 80.000 emails semanales', 80000, 'email', 'week'],
    ['repartimos unos 150 pedidos diarios', 150, 'order', 'day'],
    ['we answer around two hundred tickets a week', 200, 'ticket', 'week'],
    ['We run payroll for 140 hourly employees every week', 140, 'employee', 'week'],
  ])('%s', (text, amount, unit, period) => expect(volumeOf(text)).toEqual({ amount, unit, period }));
});

describe('findMonthlyVolume: currencies', () => {
  it.each([
    ['We pay about $1,150 a month', 1150, 'USD', 'month'],
    ['pagamos como $1,800 MXN al mes', 1800, 'MXN', 'month'],
    ['un presupuesto de 6.000 € al año', 6000, 'EUR', 'year'],
    ['gastamos uns R$ 2.500 por mês', 2500, 'BRL', 'month'],
    ['nos cuesta 300 euros al mes', 300, 'EUR', 'month'],
    ['pagamos 1.200 pesos mexicanos mensuales', 1200, 'MXN', 'month'],
    ['we spend $2,400/mo on it', 2400, 'USD', 'month'],
  ])('%s', (text, amount, unit, period) => expect(volumeOf(text)).toEqual({ amount, unit, period }));
});

describe('findMonthlyVolume: a period stated before the figure', () => {
  it('reads "Este año … 1,5 millones de correos" as a yearly volume', () => {
    expect(volumeOf('Este año hemos enviado cerca de 1,5 millones de correos')).toEqual({ amount: 1500000, unit: 'email', period: 'year' });
  });
});

describe('findMonthlyVolume: numbers that are not volumes stay null', () => {
  it.each([
    ['phone', 'Call me at +1 (415) 555-0199 or 612 345 678.'],
    ['date', 'We launch on 12/03/2026, el 1 de abril.'],
    ['time', 'Thursday at 10:30 works, or 14h on Friday.'],
    ['version', 'Since version 3.2 the export fails; we are on v2.4.1.'],
    ['id', 'Ticket #20931, invoice PD-20932, order 48213-B.'],
    ['postal code', 'Calle Mayor 12, 28013 Madrid.'],
    ['count without period', 'We have 3 shops and 40 employees.'],
    ['percentage', 'A 25% increase every month is too much.'],
    ['times per week', 'We log in 3 times a week.'],
    ['unit price we quoted', 'Your plan is 15 € per user a month.'],
    ['price talk', 'El precio que nos pasaste (29 € al mes) está bien.'],
    ['word "once"', 'Once a month is plenty.'],
  ])('%s', (_kind, text) => expect(volumeOf(text)).toBeNull());
});

describe('findMonthlyVolume: several figures', () => {
  it('takes the figure that owns the period', () => {
    expect(volumeOf("We're a team of 8 and send around 40k emails monthly.")).toEqual({ amount: 40000, unit: 'email', period: 'month' });
  });
  it('skips sentences the caller marks unreadable', () => {
    expect(findMonthlyVolume([null, 'We ship 300 orders a day.'])).toMatchObject({ sentence: 1, volume: { amount: 300 } });
  });
});
