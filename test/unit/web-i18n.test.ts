import { describe, expect, test } from 'vitest';
import en from '../../web/src/i18n/locales/en.json';
import es from '../../web/src/i18n/locales/es.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const english = flatten(en);
const spanish = flatten(es);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('dashboard translations', () => {
  test('Spanish and English have exactly the same keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test('every translation keeps the placeholders of the English text', () => {
    for (const [key, text] of english) expect([key, placeholders(spanish.get(key) ?? '')]).toEqual([key, placeholders(text)]);
  });

  test('Spanish uses the words of the product page', () => {
    expect(spanish.get('customer.logResponse')).toBe('Registrar respuesta');
    expect(spanish.get('customer.tab.timeline')).toBe('Timeline');
    expect(spanish.get('settings.outreachTitle')).toBe('Configuración de alcance');
    expect(spanish.get('settings.replyEmail')).toBe('Email de respuesta');
    expect(spanish.get('responseType.standard')).toBe('Estándar');
    expect(spanish.get('responseType.high_value')).toBe('Alto valor');
    expect(spanish.get('responseType.needs_attention')).toBe('Necesita atención');
  });
});
