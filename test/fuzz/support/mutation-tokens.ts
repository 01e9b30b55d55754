/**
 * Byte sequences that mean something to a MIME, multipart, JSON or HTML parser: inserted at random places they
 * open, close or confuse structure (the "dictionary" of a mutation fuzzer).
 */
export const structuralTokens: string[] = [
  '\r\n', '\r\n\r\n', '\n', '\r', '\0', '\t', ' ', ':', ';', '"', "'", '\\', '=', '%', '<', '>', '&',
  '--', '--xYzZY', '--xYzZY--', '--boundary', '--boundary--', 'boundary=', 'boundary=""', 'boundary="--"',
  'Content-Type: multipart/mixed\r\n', 'Content-Type: multipart/mixed; boundary=\r\n',
  'Content-Type: text/plain; charset=x-bogus-42\r\n', 'Content-Type: text/html; charset="utf-7"\r\n',
  'Content-Type: text/plain; charset=iso-2022-jp\r\n', 'Content-Type: message/rfc822\r\n',
  'Content-Transfer-Encoding: base64\r\n', 'Content-Transfer-Encoding: quoted-printable\r\n',
  'Content-Transfer-Encoding: x-uuencode\r\n', 'Content-Disposition: form-data; name="email"\r\n',
  'Content-Disposition: form-data; name="attachment1"; filename="a.exe"\r\n', 'Content-Disposition: attachment; filename*=utf-8\'\'%FF%FE\r\n',
  '=?utf-8?B?', '=?utf-8?Q?=FF=FE?=', '=?x-unknown?B?////?=', '=?iso-8859-1?q?caf=E9?=', '?=', '=\r\n', '=FF', '=G0',
  'Message-ID: <>\r\n', 'Message-ID: \r\n', 'From: <>\r\n', 'From: "\\"<a@b>\r\n', 'Date: Thu, 99 Foo 20260 99:99:99 +9999\r\n',
  'Return-Path: <>\r\n', 'Auto-Submitted: auto-replied\r\n', 'To: undisclosed-recipients:;\r\n', 'To: reply+@reply.test\r\n',
  '{', '}', '[', ']', '{"', '":', 'null', '[[', ']]', '\\u0000', '\\ud800', '1e309', '-0', '"__proto__"', '"constructor"',
  '<script>', '</script>', '<!--', '-->', '<![CDATA[', ']]>', '<div>', '</div>', '<svg>', '<table>', '&#0;', '&#x110000;', '&amp',
  '\u00e9', '\u00ff', '\ufeff', '\ufffd', '\u200b', '\u202e', '\ud83d\ude00', '\ud800', '> ', '>>>>>>>> ', 'On Mon, Jan 1 wrote:\n',
];
