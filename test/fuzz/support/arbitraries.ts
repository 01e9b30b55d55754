import fc from 'fast-check';

/** Text as mail carries it: any Unicode, with the line breaks, quote marks and tabs that mail is full of. */
export const mailText = (maxLength = 2_000) => fc.oneof(
  fc.string({ unit: 'grapheme', maxLength }),
  fc.string({ unit: 'binary', maxLength }),
  fc.array(fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('> ', '>', '-- ', '--', 'On Mon, 2 Jan 2026, Ana <ana@example.com> wrote:', 'Sent from my iPhone', '\r\n', '\n', '\t')), { maxLength: 60 }).map((parts) => parts.join('\n')),
);

/** A header-safe token: what an address local part or a boundary looks like, and some that are not safe. */
export const boundary = fc.oneof(fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,70}$/), fc.constant('xYzZY'));

export const emailAddress = fc.oneof(fc.emailAddress(), fc.string({ maxLength: 60 }), fc.constantFrom('reply+abcdefghijklmnop@reply.test', '<>', '"a, b" <c@d>', 'undisclosed-recipients:;'));

/** JSON-ish field values: valid JSON of any shape, or text that only looks like it. */
export const jsonField = fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 200 }), fc.constantFrom('{"to":["reply+abcdefghijklmnop@reply.test"]}', '{"text":"x-bogus"}', '{"to":"not-a-list"}', '{"to":[1,null,{}]}'));
