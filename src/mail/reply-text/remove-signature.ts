import { isBlank } from './text-lines.js';
import {
  isClientSignature,
  isDisclaimerStart,
  isSignOff,
  isSignatureDelimiter,
  looksLikeName,
  looksLikeSignatureLine,
} from './signature-lines.js';

// A sign-off block longer than this is more likely content than a signature.
const MAX_SIGNATURE_LINES = 7;

/** Cuts the signature, client banner and legal disclaimer off the end of the customer's text. */
export function removeSignature(lines: string[]): string[] {
  let result = cutAtFirst(lines, (line, index) => isSignatureDelimiter(line) && hasContentBefore(lines, index));
  result = cutAtFirst(result, (line, index) => isDisclaimerStart(line) && hasContentBefore(result, index));
  result = cutAtFirst(result, (line, index) => isClientSignature(line) && hasContentBefore(result, index));
  result = cutSignOffBlock(trimBlankEnd(result));
  // A short name often precedes the full signature block ("Nico\n\nNicolás Ferreyra\nHead of CX").
  return trimBlankEnd(cutTrailingNameBlock(trimBlankEnd(cutTrailingNameBlock(result))));
}

function cutAtFirst(lines: string[], isCut: (line: string, index: number) => boolean): string[] {
  const index = lines.findIndex(isCut);
  return index === -1 ? lines : lines.slice(0, index);
}

function hasContentBefore(lines: string[], index: number): boolean {
  return lines.slice(0, index).some((line) => !isBlank(line));
}

// Blank lines and the dashed rules left above a removed disclaimer or signature.
const isFiller = (line: string) => isBlank(line) || /^\s*[-_=*]{1,80}\s*$/.test(line);

function trimBlankEnd(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && isFiller(lines[end - 1])) end--;
  return lines.slice(0, end);
}

/** "Best,\nAna\nCTO, Acme\n+34 600 000 000" at the end, after some real content. */
function cutSignOffBlock(lines: string[]): string[] {
  const first = Math.max(0, lines.length - MAX_SIGNATURE_LINES);
  for (let index = lines.length - 1; index >= first; index--) {
    const line = lines[index];
    if (isBlank(line)) continue;
    if (isSignOff(line)) return hasContentBefore(lines, index) ? lines.slice(0, index) : lines;
    if (!looksLikeSignatureLine(line)) return lines;
  }
  return lines;
}

/** A last paragraph that is only a name, perhaps with title and phone ("Jane", "Dr. Ana Ruiz\nAcme"). */
function cutTrailingNameBlock(lines: string[]): string[] {
  let start = lines.length;
  while (start > 0 && !isBlank(lines[start - 1])) start--;
  const block = lines.slice(start);
  if (start === 0 || block.length === 0 || block.length > 4 || !hasContentBefore(lines, start)) return lines;
  const [name, ...rest] = block;
  return looksLikeName(name) && rest.every(looksLikeSignatureLine) ? lines.slice(0, start) : lines;
}
