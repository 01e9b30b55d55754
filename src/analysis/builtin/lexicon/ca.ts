import type { Lexicon } from './types.js';

export const ca: Lexicon = {
  language: 'ca',
  stopwords: ['el', 'la', 'els', 'les', 'de', 'del', 'dels', 'i', 'que', 'en', 'un', 'una', 'per', 'amb', 'no', 'es', 'em', 'et', 'ens', 'us', 'ho', 'hi', 'mes', 'pero', 'doncs', 'ara', 'mateix', 'malament', 'des', 'ahir', 'puc', 'cap', 'tinc', 'podeu', 'avui', 'gracies', 'bon', 'dia', 'molt', 'aquest', 'aquesta', 'amb', 'teniu', 'tenim', 'estem', 'fins', 'tambe', 'nosaltres', 'vosaltres', 'perque', 'quan', 'surt', 'pantalla', 'blanc', 'esperant', 'trimestre', 'final', 'tanco', 'descarregar', 'cap'],
  cues: {
    autoReply: ['fora de l\'oficina', 'estic de vacances', 'resposta automatica', 'missatge automatic'],
    unsubscribe: ['doneu-me de baixa', 'donar-me de baixa', 'deixeu d\'enviar', 'no m\'escrigueu'],
    meetingNoun: ['demo', 'trucada', 'reunio', 'videotrucada'],
    meetingAsk: ['podem fer', 'quedem'],
    referral: ['el meu soci', 'la meva companya', 'el meu company', 's\'encarrega'],
    bug: ['no funciona', 'no puc', 'no podem', 'error', 'pantalla en blanc', 'ha deixat de funcionar'],
    billing: ['cobrat dues vegades', 'devolucio', 'reemborsament'],
    churn: ['cancel·lar', 'cancellar', 'donar de baixa el servei'],
    anger: ['malament', 'inacceptable'],
    urgency: ['urgent'],
    praiseStrong: ['genial', 'encantats', 'fantastic'],
    praise: ['molt be', 'tot be'],
    ack: ['perfecte', 'genial'],
    thanks: ['gracies', 'merces'],
    affirm: ['si', 'i tant', 'd\'acord'],
    interest: ['ens interessa', 'm\'interessa', 'interessant'],
    priceRequest: ['preu', 'preus', 'pressupost'],
    request: ['si us plau', 'podeu', 'ho podeu mirar', 'envieu-me'],
    usage: ['fem servir', 'utilitzem', 'enviem'],
    workPain: ['a ma', 'clients esperant', 'caos'],
  },
};
