import { expect, test } from 'vitest';
import { formatRelative, toLocalInputValue } from '../../web/src/format/time.js';

const now = Date.parse('2026-11-26T12:00:00Z');

test('says how long ago in the interface language, in the largest whole unit', () => {
  expect(formatRelative('2026-11-26T09:00:00Z', 'en', now)).toBe('3 hours ago');
  expect(formatRelative('2026-11-26T09:00:00Z', 'es', now)).toBe('hace 3 horas');
  expect(formatRelative('2026-11-25T12:00:00Z', 'en', now)).toBe('yesterday');
  expect(formatRelative('2026-11-26T11:59:40Z', 'en', now)).toBe('this minute');
  expect(formatRelative('2026-11-27T12:00:00Z', 'en', now)).toBe('tomorrow');
});

test('gives datetime-local inputs a minute-precision local value', () => {
  expect(toLocalInputValue(new Date(2026, 10, 26, 8, 5, 59))).toBe('2026-11-26T08:05');
});
