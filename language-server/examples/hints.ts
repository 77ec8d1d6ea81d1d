// What the words around the examples say: literals quoted or written in a function's comment
// ("adds "..." when cut", "18 or older") and a few constants that a word of its name or comment
// names and no example shows (a count of vowels needs "aeiou", `count_a` needs "a"). They join
// the task as constants, which the search tries before the small numbers and inserted text it
// finds itself. Nothing here runs the user's text: literals are matched as plain text.
import type { Value } from "../engine/types";

/** Lines from the first example on are not prose: JSDoc `@example`, doctest `>>>`, `f(x) => y`. */
const EXAMPLE_LINE = /@example|^\s*>>>|=>/;
/** Longest quoted literal taken from prose, as long as the constants the search finds itself. */
const MAX_LITERAL = 24;
/** At most this many constants come from one function's words, so prose cannot flood the search. */
const MAX_HINTS = 6;

/**
 * The prose of a comment: its lines before the first example, without the leading `*` of block
 * comments and with JSDoc tags dropped but their text kept (`@param max the longest` says `max
 * the longest`).
 */
export function proseOf(comment: string): string {
  const lines: string[] = [];
  for (const line of comment.split(/\r?\n/)) {
    if (EXAMPLE_LINE.test(line)) break;
    lines.push(line.replace(/^\s*\*?\s?/, "").replace(/@\w+\s*/g, ""));
  }
  return lines.join("\n").trim();
}

/**
 * Constants a word names, where no example would show them: the vowels a count or a test of
 * vowels (or consonants) reads, the 100 of a percentage, the age of an adult, and the factors of
 * units (60 for minutes, 1024 for kilobytes).
 */
const NAMED_CONSTANTS: readonly { readonly word: RegExp; readonly value: Value }[] = [
  { word: /^(vowels?|consonants?)$/, value: "aeiou" },
  { word: /^(percent|percentages?|pct)$/, value: 100 },
  { word: /^(adults?|minors?)$/, value: 18 },
  // Units: the factor a conversion or a part of a time or size is read with (`seconds // 60 % 60`).
  { word: /^(minutes?|mins?|seconds?|secs?)$/, value: 60 },
  { word: /^(hours?|hrs?)$/, value: 60 },
  { word: /^(hours?|hrs?|days?|daily)$/, value: 24 },
  { word: /^(weeks?|weekly)$/, value: 7 },
  { word: /^(kb|kib|kilobytes?|mb|mib|megabytes?|gb|gib|gigabytes?)$/, value: 1024 },
  { word: /^(cents?|dollars?|euros?|pounds?|centimet(er|re)s?|cm)$/, value: 100 },
  { word: /^(ms|millis|milliseconds?|km|kilomet(er|re)s?|kg|kilograms?|grams?|millimet(er|re)s?|mm)$/, value: 1000 },
  { word: /^(dozens?|months?|monthly)$/, value: 12 },
];

/** The words of an identifier or of prose, lower-cased: `countVowels`, `count_vowels` and "Count vowels" give count, vowels. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/**
 * The constants a function's name and comment prose offer: quoted strings and numbers written in
 * the prose, then constants its words name. A quote inside a word (an apostrophe) opens no literal.
 */
export function hintedConstants(name: string, prose: string): Value[] {
  const found: Value[] = [];
  const add = (v: Value) => {
    if (found.length < MAX_HINTS && !found.includes(v)) found.push(v);
  };
  const literal = /(?<![\w"'`])(["'`])([^"'`\n\\]{1,24})\1(?![\w"'`])|(?<![\w.])(-?\d+(?:\.\d+)?)(?![\w.]|\.\d)/g;
  for (const m of prose.matchAll(literal)) {
    if (m[3] !== undefined) add(Number(m[3]));
    // Backticks name code (`max`, `text`), not text the function writes.
    else if (m[1] !== "`" && m[2].length <= MAX_LITERAL) add(m[2]);
  }
  const nameWords = wordsOf(name);
  const words = new Set([...nameWords, ...wordsOf(prose)]);
  for (const { word, value } of NAMED_CONSTANTS) if ([...words].some((w) => word.test(w))) add(value);
  // A name that ends in one letter names the character it works on: `count_a`, `splitOnX`. (An
  // article is never last, so `get_a_name` offers nothing.)
  const last = nameWords.at(-1);
  if (nameWords.length > 1 && last?.length === 1) add(last);
  return found;
}
