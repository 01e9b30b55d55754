const MAX_EXCERPT = 180;

/** A sentence trimmed to fit a label: whitespace collapsed, cut at a word boundary. */
export function excerpt(text: string, max = MAX_EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
