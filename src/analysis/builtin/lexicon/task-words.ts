/**
 * Words the action items lift out of a reply, in every language we read: days and times for a meeting, the
 * documents a buyer asks for, and the nouns a price request counts. Matched case-insensitively on the original text.
 */

export const weekdays = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado',
  'segunda(?:-feira)?', 'terça(?:-feira)?', 'terca(?:-feira)?', 'quarta(?:-feira)?', 'quinta(?:-feira)?', 'sexta(?:-feira)?',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag',
  'lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi',
  'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres',
];

export const relativeDays = [
  'today', 'tomorrow', 'next week', 'this week', 'hoy', 'mañana', 'la semana que viene', 'la próxima semana',
  'hoje', 'amanhã', 'semana que vem', "aujourd'hui", 'demain', 'la semaine prochaine', 'heute', 'morgen', 'nächste woche',
  'oggi', 'domani', 'la prossima settimana', 'avui', 'demà', 'la setmana que ve',
];

export const dayParts = [
  'morning', 'afternoon', 'por la mañana', 'por la tarde', 'de manhã', 'à tarde', 'matin', 'après-midi',
  'vormittag', 'nachmittag', 'mattina', 'pomeriggio',
];

/** Documents a buyer asks us to send, by how they are written → the task's English name. */
export const buyerDocuments: ReadonlyArray<[RegExp, string]> = [
  [/\bmsa\b/, 'MSA'],
  [/contra[ct]|vertrag|agreement/, 'contract'],
  [/order form|purchase order|orden de compra|bon de commande|ordine/, 'order form'],
  [/upgrade[ -]link|payment link|checkout link|link de pago|enlace|link d[oe] (?:pagamento|plano)|\blink\b|\blien\b|zahlungslink/, 'upgrade or payment link'],
  [/invoice|factura|fatura|rechnung|fattura/, 'updated invoice'],
  [/propo/, 'proposal'],
  [/paperwork|papeleo|papelada|documentation/, 'paperwork'],
  [/quote|cotizacion|presupuesto|orcamento|devis|soumission|preventivo|angebot/, 'formal quote'],
];

/** Invitation words: a reply asking for the invite wants a calendar invitation, not another scheduling round. */
export const INVITE_WORDS = /\b(?:invite|invitation|invitación|invitacion|convite|einladung|invito|invitació)\b/i;

/** Counted nouns a price request names that the volume units do not, → English plural. */
export const pricedNouns: Readonly<Record<string, string>> = {
  agentes: 'agents', agents: 'agents', atendentes: 'agents', agenti: 'agents', agent: 'agents',
  sucursales: 'branches', filiales: 'branches', branches: 'branches', tiendas: 'stores', lojas: 'stores', stores: 'stores',
  magasins: 'stores', negozi: 'stores', standorte: 'locations', locations: 'locations', sedes: 'locations', sedi: 'locations',
  standorten: 'locations', unidades: 'locations', sites: 'sites', employees: 'employees', empleados: 'employees',
  mitarbeiter: 'employees', mitarbeitende: 'employees', mitarbeitenden: 'employees', people: 'people', personas: 'people', pessoas: 'people', personnes: 'people', persone: 'people', dipendenti: 'employees', licenses: 'licenses', lizenzen: 'licenses', licencias: 'licenses',
};

/** A ready-now phrase that renews what the customer already has (renew, renovar, renouveler, verlängern, rinnovare). */
export const RENEWAL_WORDS = /renew|renov|renouvel|verlang|rinnov/;
