// The byline as printed under the headline (`By Jane Doe`), and read into its people for formats
// that mark them up (NITF <person>). The words are never changed: the parts join up to the line.

import { firstStrongDirection } from '../direction';

/**
 * `By Jane Doe`: the word is added unless the editor typed it, or the byline runs right to left
 * (an English `By` before Arabic names reads wrongly in either direction).
 */
export function printedByline(byline: string): string {
  if (/^by\b/i.test(byline) || firstStrongDirection(byline) === 'rtl') return byline;
  return `By ${byline}`;
}

export interface BylinePart {
  text: string;
  /** The part names a person. */
  person?: true;
}

// Words that make a name an organisation or a role, not a person: `Associated Press`, `Staff Writer`.
const NOT_A_PERSON =
  /\b(?:press|news|agency|agencies|staff|reporters?|correspondents?|writers?|editors?|desk|bureau|service|wires?|times|post|team|newsroom|online|reuters|afp|ap|dpa|upi|bbc|cnn)\b/i;
// Particles inside a name: `Ursula von der Leyen`, `Omar al Bashir`.
const PARTICLE = /^(?:de|da|del|der|di|du|la|le|van|von|al|el|bin|ibn|bint|abu|ben)$/i;
// A word of a name: letters with the apostrophes, hyphens and full stops names hold.
const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;

function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || NOT_A_PERSON.test(text)) return false;
  return words.every((word, i) => {
    if (!NAME_WORD.test(word)) return false;
    if (i > 0 && PARTICLE.test(word)) return true;
    // Cased scripts start a name with a capital; scripts without case (Arabic) have no capitals.
    return /^[\p{Lu}\p{Lo}]/u.test(word);
  });
}

/**
 * The printed byline in parts, each person's name marked: `By ` + Jane Doe + ` and ` + John Roe +
 * `, Associated Press`. The names are read before the first comma (after it come titles and
 * agencies), after a place and a dash (`Beirut - Jane Doe`), split on `and` and `&`; a part that
 * does not look like a person's name stays plain text.
 */
export function bylineParts(printed: string): BylinePart[] {
  const parts: BylinePart[] = [];
  const text = (t: string) => {
    if (t === '') return;
    const last = parts.at(-1);
    if (last && !last.person) last.text += t;
    else parts.push({ text: t });
  };
  const comma = printed.indexOf(',');
  const names = comma < 0 ? printed : printed.slice(0, comma);
  const lead = /^(?:by\s+|.*\s[-–—]\s+)/i.exec(names)?.[0] ?? '';
  text(lead);
  for (const piece of names.slice(lead.length).split(/(\s+(?:and|&)\s+)/i)) {
    if (looksLikeName(piece) && piece === piece.trim()) parts.push({ text: piece, person: true });
    else text(piece);
  }
  text(comma < 0 ? '' : printed.slice(comma));
  return parts;
}
