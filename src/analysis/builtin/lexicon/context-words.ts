/**
 * Words that tell what our own email offered, matched on the normalized subject and sent text. A reply is read
 * against them: "lo reviso" after a proposal is interest, after a usage report it is not; "Tuesday 3pm works" after
 * a demo offer is a meeting, after a maintenance window it is not.
 */
export const OFFER_WORDS =
  /\b(?:propos[a-z]*|propu[a-z]*|quote|pricing|prices?|precios?|cotiza[a-z]*|presupuesto|orcamento|devis|preventivo|angebot|pressupost|deck|trial|prueba|demo[a-z]*|plan(?:es|os)?|tarif[a-z]*|oferta|offre|offerta|upgrade|seats?|licen[a-z]*|brochure|one-pager|case stud[a-z]*)\b/;

export const MEETING_WORDS =
  /\b(?:call|meeting|demo[a-z]*|walk ?through|show|chat|montrer|mostrar[a-z]*|ensenar[a-z]*|mostrare|zeigen|llamada|reunion|videollamada|ensenar|mostrar|chamada|reuniao|conversa|appel|rendez-vous|reunion|chiamata|riunione|incontro|telefonat|termin|gesprach|zeigen|trucada|reunio)\b/;
