// Phrase lists that drive quote and signature detection. Matching is case-insensitive and done on
// whole, trimmed lines, so entries are plain text, not regular expressions.

/** Words that open a "On <date>, <name> wrote:" header (en, es, pt, fr, de, it, nl, nordic, pl…). */
export const QUOTE_HEADER_OPENERS = [
  'on', 'el', 'em', 'le', 'am', 'il', 'op', 'den', 'på', 'dne', 'w dniu', 'dnia', 'в', 'vào', 'ngày',
];

/** Verbs that close a quote header; a header line contains one of these and ends with a colon. */
export const QUOTE_HEADER_VERBS = [
  'wrote', 'writes', 'sent', 'escribió', 'escreveu', 'a écrit', 'schrieb', 'ha scritto', 'schreef',
  'skrev', 'kirjoitti', 'napisał', 'napisała', 'napsal', 'написал', 'написала', 'írta', 'yazdı',
  'a scris', 'đã viết', '写道', 'wrote on', 'ha escrit', 'pisze', 'написав', '작성', 'skriver',
  'escribi', 'a écrit le', 'geschreven', 'het volgende geschreven', 'のメッセージ',
];

/** Lines such as "-----Original Message-----"; compared after stripping dashes, stars and colons. */
export const QUOTE_SEPARATOR_PHRASES = [
  'original message', 'original', 'mensaje original', 'mensagem original', "message d'origine",
  'message d’origine', 'ursprüngliche nachricht', 'originalnachricht', 'messaggio originale',
  'oorspronkelijk bericht', 'originalmeddelande', 'oprindelig meddelelse', 'oprindelig besked',
  'opprinnelig melding', 'alkuperäinen viesti', 'originalna wiadomość', 'reply message',
  'forwarded message', 'forwarded message follows', 'mensaje reenviado', 'mensagem encaminhada',
  'message transféré', 'weitergeleitete nachricht', 'messaggio inoltrato', 'doorgestuurd bericht',
  'begin forwarded message', 'inicio del mensaje reenviado', 'início da mensagem reencaminhada',
  'início da mensagem encaminhada', 'début du message réexpédié', 'début du message transféré',
  'anfang der weitergeleiteten nachricht', 'inizio messaggio inoltrato', 'antwort nachricht',
];

/** Words that mark a dash-framed line ("----- Antwort Nachricht -----") as a message separator. */
export const SEPARATOR_MESSAGE_WORDS = [
  'message', 'nachricht', 'mensaje', 'mensagem', 'messaggio', 'bericht', 'meddelande', 'melding',
  'meddelelse', 'besked', 'viesti', 'wiadomość', 'сообщение', 'mail', 'e-mail', 'email', 'correo',
];

/** Outlook-style header block field names, per role, in the languages we see. */
export const HEADER_FIELDS = {
  from: [
    'from', 'de', 'von', 'da', 'van', 'från', 'fra', 'od', 'от', 'lähettäjä', 'feladó', 'kimden',
    'expéditeur', 'remitente', 'afzender', 'mittente', 'từ', '发件人', '寄件者', '差出人', '보낸 사람',
  ],
  date: [
    'sent', 'date', 'enviado', 'enviado el', 'enviada em', 'enviado em', 'fecha', 'data', 'gesendet',
    'datum', 'envoyé', 'envoyé le', 'inviato', 'verzonden', 'skickat', 'sendt', 'dato', 'wysłano',
    'wysłane', 'отправлено', 'дата', 'lähetetty', 'elküldve', 'odesláno', 'gönderildi', 'tarih', 'gửi',
    'ngày', '发送时间', '日期', '寄件日期', '送信日時', '보낸 날짜',
  ],
  other: [
    'to', 'cc', 'bcc', 'subject', 'reply-to', 'para', 'asunto', 'assunto', 'an', 'betreff', 'kopie',
    'à', 'objet', 'a', 'oggetto', 'aan', 'onderwerp', 'till', 'ämne', 'til', 'emne', 'kopi', 'do',
    'temat', 'кому', 'тема', 'vastaanottaja', 'aihe', 'címzett', 'tárgy', 'komu', 'předmět', 'kime',
    'konu', 'đến', 'chủ đề', '收件人', '抄送', '主题', '收件者', '主旨', '宛先', '件名', '받는 사람', '제목',
  ],
};

/** Lines that start a mobile or client signature ("Sent from my iPhone"). */
export const CLIENT_SIGNATURE_PREFIXES = [
  'sent from my', 'sent from mail for', 'gesendet von outlook', 'gesendet von mail für', 'sent from yahoo mail', 'sent from outlook', 'sent from samsung',
  'sent via', 'sent using', 'sent with', 'get outlook for', 'envoyé de mon', 'envoyé depuis mon',
  'envoyé à partir de', 'obtenir outlook pour', 'enviado desde mi', 'enviado desde', 'obtener outlook para',
  'enviado do meu', 'enviado de meu', 'enviado do', 'obter o outlook para', 'von meinem',
  'gesendet von meinem', 'gesendet mit', 'holen sie sich outlook für', 'inviato da', 'inviato dal mio',
  'scarica outlook per', 'verzonden vanaf mijn', 'verstuurd vanaf mijn', 'download outlook voor',
  'skickat från min', 'sendt fra min', 'wysłane z mojego', 'отправлено с моего', 'lähetetty iphonesta',
];

/** Opening words of legal disclaimers appended by mail servers. */
export const DISCLAIMER_PREFIXES = [
  'this message is intended only', 'this message is intended solely', 'this email is intended only',
  'this e-mail is intended only', 'this message and any attachments', 'this email and any attachments',
  'this e-mail and any attachments', 'this message contains confidential', 'this email contains confidential',
  'this email may contain confidential', 'this message may contain confidential', 'confidentiality notice',
  'confidential notice', 'disclaimer:', 'the information contained in this', 'the information in this email',
  'if you are not the intended recipient', 'este mensaje es confidencial', 'este mensaje y sus anexos',
  'este mensaje y sus adjuntos', 'este correo electrónico y', 'este correo es confidencial',
  'aviso de confidencialidad', 'aviso legal', 'la información contenida en este', 'esta mensagem é confidencial',
  'esta mensagem e seus anexos', 'esta mensagem pode conter', 'este e-mail e', 'aviso de confidencialidade',
  'ce message et', 'ce courriel et', 'ce message est confidentiel', 'diese e-mail enthält',
  'diese nachricht enthält', 'diese e-mail ist vertraulich', 'questo messaggio è', 'questo messaggio e i suoi',
  'il presente messaggio', 'dit bericht is', 'deze e-mail is',
];

/** Closing phrases; a trailing block that starts with one of these is the signature. */
export const SIGN_OFFS = [
  'best', 'best regards', 'best wishes', 'kind regards', 'warm regards', 'regards', 'many thanks',
  'thanks', 'thank you', 'thanks again', 'thanks in advance', 'thx', 'cheers', 'sincerely',
  'yours sincerely', 'yours truly', 'all the best', 'talk soon', 'take care', 'warmly', 'br',
  'saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'cordialmente', 'muchas gracias', 'gracias',
  'un abrazo', 'abrazos', 'quedo atento', 'quedo atenta',
  'atenciosamente', 'beijinhos', 'beijos', 'besos', 'bisous', 'abraços', 'abraço', 'obrigado', 'obrigada', 'cumprimentos', 'att', 'grato',
  'cordialement', 'bien cordialement', 'bien à vous', 'merci', 'salutations', 'amicalement',
  'mit freundlichen grüßen', 'mit freundlichen grüssen', 'viele grüße', 'viele grüsse', 'beste grüße',
  'liebe grüße', 'grüße', 'gruß', 'danke', 'vielen dank', 'lg', 'mfg',
  'cordiali saluti', 'distinti saluti', 'saluti', 'grazie', 'un saluto',
  'met vriendelijke groet', 'groeten', 'groet', 'bedankt', 'mvg',
];

/** Lower-case words allowed inside a capitalised name, title or company line ("Gerente de Compras"). */
export const NAME_PARTICLES = ['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'of', 'the', 'and', 'y', 'e', 'von', 'van', 'der', 'du', 'di', '&', '|', '-', '–', 'at'];
