/**
 * The Belgian (Flemish) telephone spelling alphabet, "A van Arthur, B van Brussel…", as Flemish social workers know it
 * from the phone; the Dutch one (Anton, Bernard…) would sound foreign to them. Only the passphrase's own characters
 * need a word: it has no i, l, o or 0 and 1. Digits are said as Dutch numbers, the dash as "streepje".
 */
const words: Record<string, string> = {
  a: "Arthur", b: "Brussel", c: "Carolina", d: "Desiré", e: "Emiel", f: "Frederik", g: "Gustaaf", h: "Hendrik",
  i: "Isidoor", j: "Jozef", k: "Kilogram", l: "Leopold", m: "Maria", n: "Napoleon", o: "Oscar", p: "Piano",
  q: "Quintus", r: "Robert", s: "Sofie", t: "Telefoon", u: "Ursula", v: "Victor", w: "Waterloo", x: "Xavier",
  y: "Yvonne", z: "Zola",
  "0": "nul", "1": "een", "2": "twee", "3": "drie", "4": "vier", "5": "vijf", "6": "zes", "7": "zeven", "8": "acht", "9": "negen",
  "-": "streepje",
};

export const alphabetName = "Belgisch spellingsalfabet";

/** How one character is read out: "a van Arthur", "7 (zeven)", "streepje". */
export function spell(c: string): string {
  const word = words[c.toLowerCase()];
  if (!word) return c;
  if (c === "-") return word;
  return /[0-9]/.test(c) ? `${c} (${word})` : `${c} van ${word}`;
}
