import { expect, test } from 'vitest';
import { matchPath } from '../../web/src/route-match.js';

test('matches literal segments and captures decoded parameters', () => {
  expect(matchPath('/customers', '/customers')).toEqual({});
  expect(matchPath('/customers/:id', '/customers/c%2F1')).toEqual({ id: 'c/1' });
  expect(matchPath('/customers/:id', '/customers/abc/')).toEqual({ id: 'abc' });
});

test('rejects other paths and other lengths', () => {
  expect(matchPath('/customers/:id', '/customers')).toBeNull();
  expect(matchPath('/customers/:id', '/settings/abc')).toBeNull();
  expect(matchPath('/settings', '/settings/outreach')).toBeNull();
});
