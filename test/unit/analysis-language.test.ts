import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/analysis/builtin/language.js';

describe('detectLanguage', () => {
  it.each([
    ['Thanks!', 'en'], ['Gracias!', 'es'], ['Obrigada, está tudo ótimo.', 'pt'], ['Merci, je reviens vers vous.', 'fr'],
    ['Grazie mille, ci interessa parecchio.', 'it'], ['Vielen Dank für Ihre Nachricht.', 'de'],
    ["Doncs ara mateix malament: des d'ahir no puc descarregar cap factura.", 'ca'],
    ['Recibido, gracias.', 'es'], ['Sounds good, thanks for sorting it.', 'en'],
  ])('%s → %s', (text, language) => expect(detectLanguage(text)).toBe(language));

  it('a reply with no words takes the language of the email we sent', () => {
    expect(detectLanguage('👍', 'Hola Ana, ¿qué tal va todo con la cuenta?')).toBe('es');
  });
});
