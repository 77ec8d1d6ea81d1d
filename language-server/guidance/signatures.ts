// Property signatures of synthesis tasks (Odena & Sutton, "Learning to Represent Programs with
// Property Signatures", ICLR 2020): the input features of the model that predicts which DSL
// operators a task's solution uses.
//
// A property is a cheap test of one example (an input–output pair) that says true, false or "not
// applicable" (when the values' types do not fit it). Over a task's examples each property is
// summarised as a 4-way one-hot: all true, all false, mixed, or not applicable anywhere (examples
// where it does not apply are left out of the summary). The vector is the task's type signature
// (one-hots of the return kind, the parameter count and each of the first three parameters' kinds)
// followed by the 4 floats of every property, in the fixed order of `featureNames()`.
//
// Properties are deliberately redundant with one another in places (for instance "output equals
// input" and "same length"): a learned model combines them, and redundancy costs little.
import type { Task, Type, Value } from "../engine/types";

// ---------------------------------------------------------------- limits

// Values are clipped before any property looks at them, so that a megabyte string or a list of a
// million elements costs the same as a short one. Lengths are kept exact (they come from the
// unclipped value); comparisons of content on clipped values are approximations, which is fine for
// features.
/** Characters kept of a string given directly as an input or output. */
const MAX_STRING = 1024;
/** Characters kept of a string nested in a list or record. */
const MAX_INNER_STRING = 256;
/** Elements kept of a list given directly as an input or output. */
const MAX_LIST = 1000;
/** Elements kept of a nested list. */
const MAX_INNER_LIST = 64;
/** Fields kept of a record. */
const MAX_FIELDS = 64;
/** Nesting below this depth is dropped (lists become empty), which also bounds recursion. */
const MAX_DEPTH = 6;
/** Nodes (elements and fields) a single value may keep in all; once spent, the rest is dropped. */
const NODE_BUDGET = 4000;
/** Examples looked at; later ones are ignored. */
const MAX_EXAMPLES = 64;
/** Inputs looked at by the properties that relate inputs to one another. */
const MAX_RELATED_INPUTS = 4;
/** Parameter slots that get their own one-hot and their own copy of the input–output relations. */
const SLOTS = 3;

// ---------------------------------------------------------------- truth values

/** A property's answer on one example: true, false, or not applicable. */
const T = 1;
const F = 0;
const NA = -1;
const tf = (b: boolean): number => (b ? T : F);

// ---------------------------------------------------------------- values, clipped and described

const STR = 0;
const NUM = 1;
const BOOL = 2;
const LIST = 3;
const REC = 4;
const OTHER = 5;

const NO_VALUES: readonly Value[] = [];
const NO_STRINGS: readonly string[] = [];
const NO_RECORD: { readonly [field: string]: Value } = {};

function clip(v: unknown, depth: number, budget: { left: number }): Value {
  if (typeof v === "string") {
    const max = depth === 0 ? MAX_STRING : MAX_INNER_STRING;
    return v.length > max ? v.slice(0, max) : v;
  }
  if (Array.isArray(v)) {
    if (depth >= MAX_DEPTH) return NO_VALUES;
    const n = Math.max(0, Math.min(v.length, depth === 0 ? MAX_LIST : MAX_INNER_LIST, budget.left));
    budget.left -= n;
    // Copy only when something changes, so that ordinary small values are used as they are.
    let copy: Value[] | undefined;
    for (let i = 0; i < n; i++) {
      const item = v[i] as unknown;
      const c = clip(item, depth + 1, budget);
      if (copy === undefined && c !== item) copy = v.slice(0, i) as Value[];
      if (copy !== undefined) copy.push(c);
    }
    if (copy !== undefined) return copy;
    return n === v.length ? (v as readonly Value[]) : (v.slice(0, n) as Value[]);
  }
  if (v !== null && typeof v === "object") {
    if (depth >= MAX_DEPTH) return NO_RECORD;
    const out: { [field: string]: Value } = {};
    let kept = 0;
    for (const field in v) {
      if (!Object.prototype.hasOwnProperty.call(v, field)) continue;
      if (kept >= MAX_FIELDS || budget.left <= 0) break;
      kept++;
      budget.left--;
      out[field] = clip((v as { [field: string]: unknown })[field], depth + 1, budget);
    }
    return out;
  }
  return v as Value;
}

/** A text for a value that is equal exactly for equal values (on clipped values, up to the clip). */
function keyOf(v: Value): string {
  switch (typeof v) {
    case "string":
      return "s" + v;
    case "number":
      return "n" + v;
    case "boolean":
      return v ? "t" : "f";
    default:
      try {
        return "j" + JSON.stringify(v);
      } catch {
        return "?";
      }
  }
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/**
 * One input or output value of one example, clipped, with what several properties need computed
 * once on first use (a value is tested by many properties and, as an output, against every input).
 */
class Info {
  readonly kind: number;
  readonly v: Value;
  /** The (clipped) string, for STR. */
  readonly s: string = "";
  readonly n: number = 0;
  readonly b: boolean = false;
  /** The (clipped) elements, for LIST. */
  readonly items: readonly Value[] = NO_VALUES;
  readonly rec: { readonly [field: string]: Value } = NO_RECORD;
  /** The exact length of a string or list, before clipping. */
  readonly len: number = 0;
  /** The key of the last element of a list, or the last character of a string, before clipping. */
  readonly lastKey: string | undefined;

  constructor(raw: unknown) {
    this.v = clip(raw, 0, { left: NODE_BUDGET });
    if (typeof raw === "string") {
      this.kind = STR;
      this.s = this.v as string;
      this.len = raw.length;
      this.lastKey = raw.length > 0 ? raw[raw.length - 1] : undefined;
    } else if (typeof raw === "number") {
      this.kind = NUM;
      this.n = raw;
    } else if (typeof raw === "boolean") {
      this.kind = BOOL;
      this.b = raw;
    } else if (Array.isArray(raw)) {
      this.kind = LIST;
      this.items = this.v as readonly Value[];
      this.len = raw.length;
      if (raw.length > 0) this.lastKey = keyOf(clip(raw[raw.length - 1], 1, { left: NODE_BUDGET }));
    } else if (raw !== null && typeof raw === "object") {
      this.kind = REC;
      this.rec = this.v as { readonly [field: string]: Value };
    } else this.kind = OTHER;
  }

  private _key: string | undefined;
  /** The whole value's key, for equality with other values. */
  get key(): string {
    return (this._key ??= keyOf(this.v));
  }

  private _lower: string | undefined;
  get lower(): string {
    return (this._lower ??= this.s.toLowerCase());
  }

  private _upper: string | undefined;
  get upper(): string {
    return (this._upper ??= this.s.toUpperCase());
  }

  private _trimmed: string | undefined;
  get trimmed(): string {
    return (this._trimmed ??= this.s.trim());
  }

  private _words = -1;
  /** The number of maximal runs of non-space characters. */
  get words(): number {
    if (this._words < 0) {
      let count = 0;
      let inWord = false;
      const s = this.s;
      for (let i = 0; i < s.length; i++) {
        const space = isSpaceCode(s.charCodeAt(i));
        if (!space && !inWord) count++;
        inWord = !space;
      }
      this._words = count;
    }
    return this._words;
  }

  private _cuts: (readonly string[])[] | undefined;
  /** The string cut at each separator it contains, in SEPARATORS order (the token relations share them). */
  get cuts(): readonly (readonly string[])[] {
    return (this._cuts ??= SEPARATORS.filter((d) => this.s.includes(d)).map((d) => this.s.split(d)));
  }

  private _lowerChars: Set<number> | undefined;
  /** The UTF-16 units of the lower-cased string. */
  get lowerChars(): Set<number> {
    if (this._lowerChars === undefined) {
      const set = new Set<number>();
      const s = this.lower;
      for (let i = 0; i < s.length; i++) set.add(s.charCodeAt(i));
      this._lowerChars = set;
    }
    return this._lowerChars;
  }

  private _chars: Set<number> | undefined;
  get chars(): Set<number> {
    if (this._chars === undefined) {
      const set = new Set<number>();
      const s = this.s;
      for (let i = 0; i < s.length; i++) set.add(s.charCodeAt(i));
      this._chars = set;
    }
    return this._chars;
  }

  private _sortedChars: Uint16Array | undefined;
  /** The string's UTF-16 units sorted (a typed array sorts numerically, far faster than strings), to compare strings as multisets. */
  get sortedChars(): Uint16Array {
    if (this._sortedChars === undefined) {
      const s = this.s;
      const units = new Uint16Array(s.length);
      for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
      this._sortedChars = units.sort();
    }
    return this._sortedChars;
  }

  private _keys: readonly string[] | undefined;
  /** The elements' keys, for LIST. */
  get keys(): readonly string[] {
    return (this._keys ??= this.kind === LIST ? this.items.map(keyOf) : NO_STRINGS);
  }

  private _keySet: Set<string> | undefined;
  get keySet(): Set<string> {
    return (this._keySet ??= new Set(this.keys));
  }

  private _sortedKeys: readonly string[] | undefined;
  get sortedKeys(): readonly string[] {
    return (this._sortedKeys ??= [...this.keys].sort());
  }

  private _nums: readonly number[] | null | undefined;
  /** The elements, when the value is a list of numbers only. */
  get nums(): readonly number[] | null {
    if (this._nums === undefined) {
      let ok = this.kind === LIST;
      for (let i = 0; ok && i < this.items.length; i++) if (typeof this.items[i] !== "number") ok = false;
      this._nums = ok ? (this.items as readonly number[]) : null;
    }
    return this._nums;
  }

  private _strs: readonly string[] | null | undefined;
  /** The elements, when the value is a list of strings only. */
  get strs(): readonly string[] | null {
    if (this._strs === undefined) {
      let ok = this.kind === LIST;
      for (let i = 0; ok && i < this.items.length; i++) if (typeof this.items[i] !== "string") ok = false;
      this._strs = ok ? (this.items as readonly string[]) : null;
    }
    return this._strs;
  }

  /** -2 until computed. */
  private _order = -2;
  /**
   * For a list of at least two numbers or two strings: bit 1 when non-decreasing, bit 2 when
   * non-increasing; NA otherwise (too short, or elements that do not compare).
   */
  get order(): number {
    if (this._order === -2) {
      const xs = (this.nums ?? this.strs) as readonly (number | string)[] | null;
      if (xs === null || xs.length < 2) this._order = NA;
      else {
        let asc = true;
        let desc = true;
        for (let i = 1; i < xs.length && (asc || desc); i++) {
          if (xs[i - 1] > xs[i]) asc = false;
          if (xs[i - 1] < xs[i]) desc = false;
        }
        this._order = (asc ? 1 : 0) | (desc ? 2 : 0);
      }
    }
    return this._order;
  }

  private _hasDuplicates: boolean | undefined;
  get hasDuplicates(): boolean {
    return (this._hasDuplicates ??= this.keySet.size < this.keys.length);
  }

  private _stringFields: readonly string[] | undefined;
  /** The non-empty string values among a record's fields. */
  get stringFields(): readonly string[] {
    if (this._stringFields === undefined) {
      const out: string[] = [];
      for (const field in this.rec) {
        const value = this.rec[field];
        if (typeof value === "string" && value.length > 0) out.push(value);
      }
      this._stringFields = out;
    }
    return this._stringFields;
  }
}

/** Whether two values are both strings or both lists, the pairs that sequence relations apply to. */
function sameSeq(x: Info, o: Info): boolean {
  return (x.kind === STR && o.kind === STR) || (x.kind === LIST && o.kind === LIST);
}

function keysStartWith(a: readonly string[], b: readonly string[]): boolean {
  if (b.length > a.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function keysEndWith(a: readonly string[], b: readonly string[]): boolean {
  if (b.length > a.length) return false;
  const d = a.length - b.length;
  for (let i = 0; i < b.length; i++) if (a[d + i] !== b[i]) return false;
  return true;
}

function unitsEqual(a: Uint16Array, b: Uint16Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function keysEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && keysStartWith(a, b);
}

/** Whether `b` occurs in `a` as a contiguous run. */
function keysContain(a: readonly string[], b: readonly string[]): boolean {
  if (b.length === 0) return true;
  for (let start = 0; start + b.length <= a.length; start++) {
    let i = 0;
    while (i < b.length && a[start + i] === b[i]) i++;
    if (i === b.length) return true;
  }
  return false;
}

/** Whether `parts` joined with one separator (the same between every two parts) gives `whole`. */
function joinMatches(parts: readonly string[], whole: string): boolean {
  if (parts.length === 0) return whole === "";
  if (parts.length === 1) return parts[0] === whole;
  let total = 0;
  for (const p of parts) total += p.length;
  const extra = whole.length - total;
  if (extra < 0 || extra % (parts.length - 1) !== 0) return false;
  const sep = whole.slice(parts[0].length, parts[0].length + extra / (parts.length - 1));
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      if (!whole.startsWith(sep, at)) return false;
      at += sep.length;
    }
    if (!whole.startsWith(parts[i], at)) return false;
    at += parts[i].length;
  }
  return at === whole.length;
}

const near = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function sumOf(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function maxOf(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

function minOf(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

// ---------------------------------------------------------------- properties of the output alone

type OutputProperty = readonly [name: string, test: (o: Info) => number];

const OUTPUT_PROPERTIES: readonly OutputProperty[] = [
  // Strings. Upper/lower/title case are not applicable to strings without letters of either case.
  ["out.str.empty", (o) => (o.kind === STR ? tf(o.len === 0) : NA)],
  ["out.str.upper", (o) => (o.kind === STR && o.upper !== o.lower ? tf(o.s === o.upper) : NA)],
  ["out.str.lower", (o) => (o.kind === STR && o.upper !== o.lower ? tf(o.s === o.lower) : NA)],
  ["out.str.titleCase", (o) => (o.kind === STR ? titleCase(o.s) : NA)],
  ["out.str.hasSpace", (o) => (o.kind === STR ? tf(/\s/.test(o.s)) : NA)],
  ["out.str.hasDigit", (o) => (o.kind === STR ? tf(/[0-9]/.test(o.s)) : NA)],
  ["out.str.hasPunctuation", (o) => (o.kind === STR ? tf(hasPunctuation(o.s)) : NA)],
  ["out.str.onlyLetters", (o) => (o.kind === STR && o.len > 0 ? tf(/^\p{L}+$/u.test(o.s)) : NA)],
  ["out.str.onlyDigits", (o) => (o.kind === STR && o.len > 0 ? tf(/^[0-9]+$/.test(o.s)) : NA)],
  ["out.str.singleChar", (o) => (o.kind === STR ? tf(o.len === 1) : NA)],
  // Numbers.
  ["out.num.integer", (o) => (o.kind === NUM ? tf(Number.isInteger(o.n)) : NA)],
  ["out.num.negative", (o) => (o.kind === NUM ? tf(o.n < 0) : NA)],
  ["out.num.zero", (o) => (o.kind === NUM ? tf(o.n === 0) : NA)],
  ["out.num.even", (o) => (o.kind === NUM && Number.isInteger(o.n) ? tf(o.n % 2 === 0) : NA)],
  ["out.num.minusOne", (o) => (o.kind === NUM ? tf(o.n === -1) : NA)],
  // Booleans.
  ["out.bool.true", (o) => (o.kind === BOOL ? tf(o.b) : NA)],
  // Lists. Order is not applicable to lists shorter than two or whose elements do not compare.
  ["out.list.empty", (o) => (o.kind === LIST ? tf(o.len === 0) : NA)],
  ["out.list.singleton", (o) => (o.kind === LIST ? tf(o.len === 1) : NA)],
  ["out.list.sorted", (o) => (o.kind === LIST && o.order !== NA ? tf((o.order & 1) !== 0) : NA)],
  ["out.list.sortedDescending", (o) => (o.kind === LIST && o.order !== NA ? tf((o.order & 2) !== 0) : NA)],
  ["out.list.hasDuplicates", (o) => (o.kind === LIST ? tf(o.hasDuplicates) : NA)],
  ["out.list.consecutiveNumbers", (o) => consecutive(o)],
  ["out.list.allSingleChars", (o) => (o.strs !== null && o.len > 0 ? tf(o.strs.every((s) => s.length === 1)) : NA)],
  ["out.list.allEven", (o) => (o.nums !== null && o.len > 0 ? tf(o.nums.every((n) => n % 2 === 0)) : NA)],
  // Records.
  ["out.rec.atMostTwoFields", (o) => (o.kind === REC ? tf(Object.keys(o.rec).length <= 2) : NA)],
];

/** Every whitespace-separated word starts with an upper-case letter and has no other upper-case letter. */
function titleCase(s: string): number {
  let letters = 0;
  let wordStart = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      wordStart = true;
      continue;
    }
    const upper = isUpperCode(c);
    if (upper || isLowerCode(c)) {
      letters++;
      if (wordStart !== upper) return F;
    }
    wordStart = false;
  }
  return letters > 0 ? T : NA;
}

function hasPunctuation(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isAsciiPunctuation(s.charCodeAt(i))) return true;
  return false;
}

function consecutive(o: Info): number {
  const xs = o.nums;
  if (xs === null || xs.length < 2) return NA;
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[i - 1] + 1) return F;
  return T;
}

// ---------------------------------------------------------------- relations of one input and the output

type Relation = readonly [name: string, test: (x: Info, o: Info) => number];

const RELATIONS: readonly Relation[] = [
  // The input alone: characters that hint at a separator (split, indexOf, slice) or at case changes.
  ["str.hasSpace", (x) => (x.kind === STR ? tf(/\s/.test(x.s)) : NA)],
  ["str.hasDigit", (x) => (x.kind === STR ? tf(/[0-9]/.test(x.s)) : NA)],
  ["str.hasAt", (x) => (x.kind === STR ? tf(x.s.includes("@")) : NA)],
  ["str.hasDot", (x) => (x.kind === STR ? tf(x.s.includes(".")) : NA)],
  ["str.hasDash", (x) => (x.kind === STR ? tf(x.s.includes("-")) : NA)],
  ["str.hasComma", (x) => (x.kind === STR ? tf(x.s.includes(",")) : NA)],
  ["str.hasUpper", (x) => (x.kind === STR ? tf(x.s !== x.lower) : NA)],
  ["list.sorted", (x) => (x.kind === LIST && x.order !== NA ? tf((x.order & 1) !== 0) : NA)],

  // Any two values of one kind: the identity.
  ["eq", (x, o) => (x.kind !== o.kind || x.kind === OTHER ? NA : tf(equalInfo(x, o)))],
  // Strings and lists alike (both strings or both lists): lengths, ends, containment, order.
  ["seq.sameLength", (x, o) => (sameSeq(x, o) ? tf(o.len === x.len) : NA)],
  ["seq.outLonger", (x, o) => (sameSeq(x, o) ? tf(o.len > x.len) : NA)],
  ["seq.outShorter", (x, o) => (sameSeq(x, o) ? tf(o.len < x.len) : NA)],
  ["seq.lengthDiffers1or2", (x, o) => (sameSeq(x, o) ? tf(Math.abs(o.len - x.len) === 1 || Math.abs(o.len - x.len) === 2) : NA)],
  ["seq.outPrefixOfIn", (x, o) => (sameSeq(x, o) ? tf(o.len <= x.len && (x.kind === STR ? x.s.startsWith(o.s) : keysStartWith(x.keys, o.keys))) : NA)],
  ["seq.outSuffixOfIn", (x, o) => (sameSeq(x, o) ? tf(o.len <= x.len && (x.kind === STR ? x.s.endsWith(o.s) : keysEndWith(x.keys, o.keys))) : NA)],
  ["seq.inPrefixOfOut", (x, o) => (sameSeq(x, o) ? tf(x.len <= o.len && (x.kind === STR ? o.s.startsWith(x.s) : keysStartWith(o.keys, x.keys))) : NA)],
  ["seq.inSuffixOfOut", (x, o) => (sameSeq(x, o) ? tf(x.len <= o.len && (x.kind === STR ? o.s.endsWith(x.s) : keysEndWith(o.keys, x.keys))) : NA)],
  ["seq.inContainsOut", (x, o) => (sameSeq(x, o) ? tf(o.len <= x.len && (x.kind === STR ? x.s.includes(o.s) : keysContain(x.keys, o.keys))) : NA)],
  ["seq.outContainsIn", (x, o) => (sameSeq(x, o) ? tf(x.len <= o.len && (x.kind === STR ? o.s.includes(x.s) : keysContain(o.keys, x.keys))) : NA)],
  ["seq.reversed", (x, o) => reversed(x, o)],
  ["seq.sameFirst", (x, o) => (sameSeq(x, o) && x.len > 0 && o.len > 0 ? tf(x.kind === STR ? x.s[0] === o.s[0] : x.keys[0] === o.keys[0]) : NA)],
  ["seq.sameLast", (x, o) => (sameSeq(x, o) && x.len > 0 && o.len > 0 ? tf(x.lastKey === o.lastKey) : NA)],
  ["seq.outSubsequenceOfIn", (x, o) => (sameSeq(x, o) ? tf(subsequence(x, o)) : NA)],
  ["seq.outElementsAllInIn", (x, o) => (sameSeq(x, o) ? tf(elementsIn(x, o)) : NA)],
  ["seq.permutation", (x, o) => (sameSeq(x, o) ? tf(o.len === x.len && (x.kind === STR ? unitsEqual(x.sortedChars, o.sortedChars) : keysEqual(x.sortedKeys, o.sortedKeys))) : NA)],

  // Strings to strings: case, spaces, words.
  ["str.eqIgnoringCase", (x, o) => (x.kind === STR && o.kind === STR ? tf(x.len === o.len && x.lower === o.lower) : NA)],
  ["str.outHasCharNotInInIgnoringCase", (x, o) => (x.kind === STR && o.kind === STR && o.len > 0 ? tf(charNotIn(x, o)) : NA)],
  ["str.outSubstringOfLowerIn", (x, o) => (x.kind === STR && o.kind === STR ? tf(x.lower.includes(o.s)) : NA)],
  ["str.sameWordCount", (x, o) => (x.kind === STR && o.kind === STR ? tf(x.words === o.words) : NA)],
  ["str.fewerWords", (x, o) => (x.kind === STR && o.kind === STR ? tf(o.words < x.words) : NA)],
  // Only applicable when the input has surrounding space, so that it says more than "eq".
  ["str.eqTrimmed", (x, o) => (x.kind === STR && o.kind === STR && x.trimmed !== x.s ? tf(o.s === x.trimmed) : NA)],

  // Lists to lists: unique, flatten, and element-wise (map-like) relations of numbers.
  ["list.uniqueOf", (x, o) => (x.kind === LIST && o.kind === LIST && x.hasDuplicates ? tf(keysEqual(o.keys, [...x.keySet])) : NA)],
  ["list.flattenOf", (x, o) => flattenOf(x, o)],
  ["list.mapGreater", (x, o) => elementwise(x, o, (a, b) => b > a)],
  ["list.mapLess", (x, o) => elementwise(x, o, (a, b) => b < a)],
  ["list.mapAddsConstant", (x, o) => mapAddsConstant(x, o)],
  ["list.mapScales", (x, o) => mapScales(x, o)],

  // Numbers to numbers.
  ["num.plus1to3", (x, o) => (x.kind === NUM && o.kind === NUM ? tf(o.n - x.n >= 1 && o.n - x.n <= 3 && Number.isInteger(o.n - x.n)) : NA)],
  ["num.minus1to3", (x, o) => (x.kind === NUM && o.kind === NUM ? tf(x.n - o.n >= 1 && x.n - o.n <= 3 && Number.isInteger(x.n - o.n)) : NA)],
  ["num.double", (x, o) => (x.kind === NUM && o.kind === NUM && x.n !== 0 ? tf(o.n === 2 * x.n) : NA)],
  ["num.square", (x, o) => (x.kind === NUM && o.kind === NUM && x.n !== 0 && x.n !== 1 ? tf(near(o.n, x.n * x.n)) : NA)],
  ["num.outLess", (x, o) => (x.kind === NUM && o.kind === NUM ? tf(o.n < x.n) : NA)],
  ["num.outGreater", (x, o) => (x.kind === NUM && o.kind === NUM ? tf(o.n > x.n) : NA)],
  // Only applicable to negative inputs, where it differs from "eq".
  ["num.absOf", (x, o) => (x.kind === NUM && o.kind === NUM && x.n < 0 ? tf(o.n === -x.n) : NA)],

  // Strings and lists to one value: aggregates and lookups.
  ["agg.lengthOf", (x, o) => ((x.kind === STR || x.kind === LIST) && o.kind === NUM ? tf(o.n === x.len) : NA)],
  ["agg.wordCountOf", (x, o) => (x.kind === STR && o.kind === NUM ? tf(o.n === x.words) : NA)],
  ["agg.indexInRange", (x, o) => ((x.kind === STR || x.kind === LIST) && o.kind === NUM ? tf(Number.isInteger(o.n) && o.n >= 0 && o.n < x.len) : NA)],
  ["agg.sumOf", (x, o) => (x.nums !== null && o.kind === NUM ? tf(near(o.n, sumOf(x.nums))) : NA)],
  ["agg.maxOf", (x, o) => (x.nums !== null && x.len > 0 && o.kind === NUM ? tf(o.n === maxOf(x.nums)) : NA)],
  ["agg.minOf", (x, o) => (x.nums !== null && x.len > 0 && o.kind === NUM ? tf(o.n === minOf(x.nums)) : NA)],
  ["agg.firstOf", (x, o) => (x.kind === LIST && x.len > 0 ? tf(o.key === x.keys[0]) : NA)],
  ["agg.lastOf", (x, o) => (x.kind === LIST && x.len > 0 ? tf(o.key === x.lastKey) : NA)],
  ["agg.memberOf", (x, o) => (x.kind === LIST && x.len > 0 ? tf(x.keySet.has(o.key)) : NA)],
  ["agg.joinOf", (x, o) => (x.strs !== null && o.kind === STR ? tf(joinMatches(x.strs, o.s)) : NA)],
  // Splitting: the output's strings joined with one separator give the input.
  ["split.splitOf", (x, o) => (x.kind === STR && o.strs !== null ? tf(joinMatches(o.strs, x.s)) : NA)],
  ["split.partsSubstringsOfIn", (x, o) => (x.kind === STR && o.strs !== null && o.len > 0 ? tf(o.strs.every((p) => x.s.includes(p))) : NA)],

  // Tokens: the input cut at a separator it contains (split, then head, last, at, join, listLength).
  ["tok.outFirstToken", (x, o) => tokenTest(x, o, (parts) => o.s === parts[0])],
  ["tok.outLastToken", (x, o) => tokenTest(x, o, (parts) => o.s === parts[parts.length - 1])],
  ["tok.outInnerToken", (x, o) => tokenTest(x, o, (parts) => parts.length > 2 && parts.indexOf(o.s, 1) > 0 && parts.indexOf(o.s, 1) < parts.length - 1)],
  ["tok.outContainsToken", (x, o) => tokenTest(x, o, (parts) => o.s !== x.s && parts.some((t) => t.length > 1 && o.s.includes(t)))],
  ["tok.outStartsWithTokenInitials", (x, o) => tokenTest(x, o, (parts) => parts.length > 1 && o.s.length >= 2 && startsWithInitials(parts, o.s))],
  ["tok.outRejoinsTokens", (x, o) => tokenTest(x, o, (parts) => parts.length > 2 && o.s !== x.s && rejoins(parts, o.s))],
  ["tok.countOf", (x, o) => (x.kind === STR && o.kind === NUM && Number.isInteger(o.n) ? tf(x.cuts.some((parts) => o.n === parts.length || o.n === parts.length - 1)) : NA)],

  // Numbers and text: printing, parsing, and sizes given by a number (padStart, repeat, range).
  ["conv.numberAsString", (x, o) => numberAsString(x, o)],
  ["conv.outLengthIsIn", (x, o) => (x.kind === NUM && (o.kind === STR || o.kind === LIST) ? tf(o.len === x.n) : NA)],

  // Records: field access and combinations of string fields.
  ["rec.fieldEqOut", (x, o) => (x.kind === REC && Object.keys(x.rec).length > 0 ? tf(fieldEquals(x, o)) : NA)],
  ["rec.outContainsField", (x, o) => (x.kind === REC && o.kind === STR && x.stringFields.length > 0 ? tf(x.stringFields.some((f) => o.s.includes(f))) : NA)],
  ["rec.outJoinsTwoFields", (x, o) => (x.kind === REC && o.kind === STR && x.stringFields.length > 1 ? tf(joinsTwoFields(x.stringFields, o)) : NA)],
];

function equalInfo(x: Info, o: Info): boolean {
  switch (x.kind) {
    case STR:
      return x.len === o.len && x.s === o.s;
    case NUM:
      return x.n === o.n || (Number.isNaN(x.n) && Number.isNaN(o.n));
    case BOOL:
      return x.b === o.b;
    case LIST:
      return x.len === o.len && keysEqual(x.keys, o.keys);
    default:
      return x.key === o.key;
  }
}

/** Not applicable to sequences shorter than two, where reversing changes nothing. */
function reversed(x: Info, o: Info): number {
  if (!sameSeq(x, o) || x.len < 2) return NA;
  if (o.len !== x.len) return F;
  if (x.kind === STR) {
    const n = Math.min(x.s.length, o.s.length);
    for (let i = 0; i < n; i++) if (o.s.charCodeAt(i) !== x.s.charCodeAt(n - 1 - i)) return F;
    return T;
  }
  const a = x.keys;
  const b = o.keys;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (b[i] !== a[n - 1 - i]) return F;
  return T;
}

/** The output's elements (characters) occur in the input in the same order: filter-like. */
function subsequence(x: Info, o: Info): boolean {
  if (o.len > x.len) return false;
  let j = 0;
  if (x.kind === STR) {
    for (let i = 0; i < x.s.length && j < o.s.length; i++) if (x.s.charCodeAt(i) === o.s.charCodeAt(j)) j++;
    return j === o.s.length;
  }
  const a = x.keys;
  const b = o.keys;
  for (let i = 0; i < a.length && j < b.length; i++) if (a[i] === b[j]) j++;
  return j === b.length;
}

/** Every element (character) of the output occurs somewhere in the input. */
function elementsIn(x: Info, o: Info): boolean {
  if (x.kind === STR) {
    const set = x.chars;
    for (let i = 0; i < o.s.length; i++) if (!set.has(o.s.charCodeAt(i))) return false;
    return true;
  }
  const set = x.keySet;
  for (const k of o.keys) if (!set.has(k)) return false;
  return true;
}

function charNotIn(x: Info, o: Info): boolean {
  const set = x.lowerChars;
  const s = o.lower;
  for (let i = 0; i < s.length; i++) if (!set.has(s.charCodeAt(i))) return true;
  return false;
}

function flattenOf(x: Info, o: Info): number {
  if (x.kind !== LIST || o.kind !== LIST || x.len === 0) return NA;
  let at = 0;
  const out = o.keys;
  for (const inner of x.items) {
    if (!Array.isArray(inner)) return NA;
    for (const item of inner as readonly Value[]) if (at >= out.length || out[at++] !== keyOf(item)) return F;
  }
  return tf(at === out.length);
}

/** Number lists of equal, non-zero length whose elements pair up by `rel`; not applicable otherwise. */
function elementwise(x: Info, o: Info, rel: (a: number, b: number) => boolean): number {
  const a = x.nums;
  const b = o.nums;
  if (a === null || b === null || a.length === 0 || x.len !== o.len) return NA;
  for (let i = 0; i < a.length && i < b.length; i++) if (!rel(a[i], b[i])) return F;
  return T;
}

function mapAddsConstant(x: Info, o: Info): number {
  const a = x.nums;
  const b = o.nums;
  if (a === null || b === null || a.length === 0 || b.length === 0 || x.len !== o.len) return NA;
  const d = b[0] - a[0];
  if (d === 0) return F;
  for (let i = 1; i < a.length && i < b.length; i++) if (!near(b[i] - a[i], d)) return F;
  return T;
}

/** The output's numbers are the input's times one constant other than 0 and 1. */
function mapScales(x: Info, o: Info): number {
  const a = x.nums;
  const b = o.nums;
  if (a === null || b === null || x.len !== o.len) return NA;
  let c = NaN;
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] !== 0) {
      c = b[i] / a[i];
      break;
    }
  }
  if (Number.isNaN(c)) return NA;
  if (c === 0 || c === 1) return F;
  for (let i = 0; i < a.length && i < b.length; i++) if (!near(b[i], c * a[i])) return F;
  return T;
}

/** A number printed is the string, or a string parsed is the number. */
function numberAsString(x: Info, o: Info): number {
  if (x.kind === NUM && o.kind === STR) return tf(o.s === String(x.n));
  if (x.kind === STR && o.kind === NUM) return tf(x.trimmed !== "" && Number(x.s) === o.n);
  return NA;
}

function fieldEquals(x: Info, o: Info): boolean {
  const key = o.key;
  for (const field in x.rec) if (keyOf(x.rec[field]) === key) return true;
  return false;
}

/** The output is one string field, a separator of at most two characters, and another string field. */
function joinsTwoFields(fields: readonly string[], o: Info): boolean {
  for (let i = 0; i < fields.length; i++) {
    const a = fields[i];
    if (!o.s.startsWith(a)) continue;
    for (let j = 0; j < fields.length; j++) {
      if (i === j) continue;
      const b = fields[j];
      const gap = o.s.length - a.length - b.length;
      if (gap >= 0 && gap <= 2 && o.s.endsWith(b)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- relations among several inputs and the output

type MultiProperty = readonly [name: string, test: (ins: readonly Info[], o: Info) => number];

const MULTI_PROPERTIES: readonly MultiProperty[] = [
  // Only applicable with two inputs or more: with one, "in0.eq" says the same.
  ["io.outAmongInputs", (ins, o) => (ins.length < 2 ? NA : tf(ins.some((x) => x.kind === o.kind && equalInfo(x, o))))],
  ["io.outConcatOfTwoInputs", (ins, o) => concatOfTwo(ins, o)],
  ["io.outContainsAllStringInputs", (ins, o) => containsAllStrings(ins, o)],
  ["io.outSumOfInputs", (ins, o) => numbersOf(ins, o, (xs) => near(o.n, sumOf(xs)))],
  ["io.outProductOfInputs", (ins, o) => numbersOf(ins, o, (xs) => near(o.n, xs.reduce((p, x) => p * x, 1)))],
  ["io.outMinOrMaxOfInputs", (ins, o) => numbersOf(ins, o, (xs) => o.n === minOf(xs) || o.n === maxOf(xs))],
  ["io.outDifferenceOfTwoInputs", (ins, o) => pairs(ins, o, (a, b) => (a.kind === NUM && b.kind === NUM && o.kind === NUM ? tf(near(o.n, a.n - b.n)) : NA))],
  ["io.outIsInputsEqual", (ins, o) => pairs(ins, o, (a, b) => (o.kind === BOOL && a.kind === b.kind ? tf(o.b === equalInfo(a, b)) : NA))],
  ["io.outIsInputsOrdered", (ins, o) => pairs(ins, o, (a, b) => ordered(a, b, o))],
  ["io.outIsContains", (ins, o) => pairs(ins, o, (a, b) => containsTest(a, b, o))],
  ["io.outIsStartsOrEndsWith", (ins, o) => pairs(ins, o, (a, b) => (o.kind === BOOL && a.kind === STR && b.kind === STR ? tf(o.b === a.s.startsWith(b.s) || o.b === a.s.endsWith(b.s)) : NA))],
  ["io.outIndexOfInputInInput", (ins, o) => pairs(ins, o, (a, b) => indexOfTest(a, b, o))],
  ["io.outAtIndexGivenByInput", (ins, o) => pairs(ins, o, (a, b) => atTest(a, b, o))],
  ["io.outSliceByInputs", (ins, o) => sliceTest(ins, o)],
  ["io.outReplaceByInputs", (ins, o) => replaceTest(ins, o)],
];

/**
 * Tries `test` on every ordered pair of distinct inputs: true when one pair says true, false when
 * one applies and none says true, not applicable when none applies.
 */
function pairs(ins: readonly Info[], o: Info, test: (a: Info, b: Info) => number): number {
  let result = NA;
  for (let i = 0; i < ins.length; i++) {
    for (let j = 0; j < ins.length; j++) {
      if (i === j) continue;
      const r = test(ins[i], ins[j]);
      if (r === T) return T;
      if (r === F) result = F;
    }
  }
  return result;
}

function concatOfTwo(ins: readonly Info[], o: Info): number {
  return pairs(ins, o, (a, b) => {
    if (!sameSeq(a, o) || !sameSeq(b, o)) return NA;
    if (a.len + b.len !== o.len) return F;
    if (o.kind === STR) return tf(o.s.startsWith(a.s) && o.s.endsWith(b.s));
    return tf(keysStartWith(o.keys, a.keys) && keysEndWith(o.keys, b.keys));
  });
}

/** Not applicable unless two inputs or more are strings. */
function containsAllStrings(ins: readonly Info[], o: Info): number {
  if (o.kind !== STR) return NA;
  let strings = 0;
  let all = true;
  for (const x of ins) {
    if (x.kind !== STR) continue;
    strings++;
    if (!o.s.includes(x.s)) all = false;
  }
  return strings >= 2 ? tf(all) : NA;
}

/** Applies `test` to the numeric inputs when the output is a number and there are two of them or more. */
function numbersOf(ins: readonly Info[], o: Info, test: (xs: readonly number[]) => boolean): number {
  if (o.kind !== NUM) return NA;
  const xs: number[] = [];
  for (const x of ins) if (x.kind === NUM) xs.push(x.n);
  return xs.length >= 2 ? tf(test(xs)) : NA;
}

function ordered(a: Info, b: Info, o: Info): number {
  if (o.kind !== BOOL) return NA;
  if (a.kind === NUM && b.kind === NUM) return tf(o.b === a.n < b.n || o.b === a.n <= b.n);
  if (a.kind === STR && b.kind === STR) return tf(o.b === a.s < b.s || o.b === a.s <= b.s);
  return NA;
}

function containsTest(a: Info, b: Info, o: Info): number {
  if (o.kind !== BOOL) return NA;
  if (a.kind === STR && b.kind === STR) return tf(o.b === a.s.includes(b.s));
  if (a.kind === LIST) return tf(o.b === a.keySet.has(b.key));
  return NA;
}

function indexOfTest(a: Info, b: Info, o: Info): number {
  if (o.kind !== NUM) return NA;
  if (a.kind === STR && b.kind === STR) return tf(o.n === a.s.indexOf(b.s) || o.n === a.s.lastIndexOf(b.s));
  if (a.kind === LIST) return tf(o.n === a.keys.indexOf(b.key));
  return NA;
}

/** `a.at(b)`, with negative indices from the end; not applicable when the index is out of range. */
function atTest(a: Info, b: Info, o: Info): number {
  if ((a.kind !== STR && a.kind !== LIST) || b.kind !== NUM || !Number.isInteger(b.n)) return NA;
  const i = b.n < 0 ? a.len + b.n : b.n;
  if (i < 0 || i >= a.len) return NA;
  if (a.kind === STR) return i < a.s.length ? tf(o.kind === STR && o.s === a.s[i]) : NA;
  return i < a.keys.length ? tf(o.key === a.keys[i]) : NA;
}

/** `a.slice(i)` or `a.slice(i, j)` for integer inputs i and j, on strings and lists. */
function sliceTest(ins: readonly Info[], o: Info): number {
  let result = NA;
  for (const a of ins) {
    if (!sameSeq(a, o)) continue;
    for (const i of ins) {
      if (i.kind !== NUM || !Number.isInteger(i.n)) continue;
      result = F;
      if (sliceEquals(a, i.n, undefined, o)) return T;
      for (const j of ins) {
        if (j !== i && j.kind === NUM && Number.isInteger(j.n) && sliceEquals(a, i.n, j.n, o)) return T;
      }
    }
  }
  return result;
}

function sliceEquals(a: Info, i: number, j: number | undefined, o: Info): boolean {
  if (a.kind === STR) return a.s.slice(i, j) === o.s;
  return keysEqual(a.keys.slice(i, j), o.keys);
}

/** `a.replace(b, c)` or `a.replaceAll(b, c)` for three string inputs, b not empty. */
function replaceTest(ins: readonly Info[], o: Info): number {
  if (o.kind !== STR) return NA;
  let result = NA;
  for (const a of ins) {
    if (a.kind !== STR) continue;
    for (const b of ins) {
      if (b === a || b.kind !== STR || b.s === "") continue;
      for (const c of ins) {
        if (c === a || c === b || c.kind !== STR) continue;
        result = F;
        const at = a.s.indexOf(b.s);
        const once = at < 0 ? a.s : a.s.slice(0, at) + c.s + a.s.slice(at + b.s.length);
        if (once === o.s || a.s.split(b.s).join(c.s) === o.s) return T;
      }
    }
  }
  return result;
}

/** The separators people cut text at, in the order they are tried. */
const SEPARATORS = [" ", ",", "-", "/", ".", "_", "@", ":", ";", "|", "\n"] as const;

/**
 * True when the output relates, as `test` says, to the input's parts for some separator the input
 * contains; not applicable unless both are strings and the input has a separator.
 */
function tokenTest(x: Info, o: Info, test: (parts: readonly string[]) => boolean): number {
  if (x.kind !== STR || o.kind !== STR || x.cuts.length === 0) return NA;
  return x.cuts.some(test) ? T : F;
}

/** The output begins with the first letters of two or more parts, in order (initials). */
function startsWithInitials(parts: readonly string[], o: string): boolean {
  let j = 0;
  let matched = 0;
  for (const part of parts) {
    if (part.length === 0) continue;
    if (j >= o.length) break;
    if (o[j].toLowerCase() !== part[0].toLowerCase()) break;
    matched++;
    j++;
    // Initials may be followed by a dot or a space ("J. S.").
    while (j < o.length && (o[j] === "." || o[j] === " ")) j++;
  }
  return matched >= 2;
}

/** The output is some of the parts (at least two, or one dropped) joined by one separator. */
function rejoins(parts: readonly string[], o: string): boolean {
  for (const d of [...SEPARATORS, ""]) {
    const pieces = o.split(d);
    if (d === "" || pieces.length < 2) continue;
    if (pieces.every((p) => parts.includes(p))) return true;
  }
  return false;
}

// ---------------------------------------------------------------- the property table

/** A property of one example, on its output and inputs. */
interface Property {
  readonly name: string;
  readonly test: (ins: readonly Info[], o: Info) => number;
}

const PROPERTIES: readonly Property[] = [
  ...OUTPUT_PROPERTIES.map(([name, test]): Property => ({ name, test: (_ins, o) => test(o) })),
  ...Array.from({ length: SLOTS }, (_, k) =>
    RELATIONS.map(([name, test]): Property => ({ name: `in${k}.${name}`, test: (ins, o) => (k < ins.length ? test(ins[k], o) : NA) })),
  ).flat(),
  ...MULTI_PROPERTIES.map(([name, test]): Property => ({ name, test })),
];

// ---------------------------------------------------------------- the type signature

const KIND_NAMES = ["string", "number", "boolean", "list<string>", "list<number>", "list<boolean>", "list<list>", "list<record>", "record", "other"] as const;

/** The index of a type's kind in KIND_NAMES. */
function kindIndex(t: Type | undefined): number {
  switch (t?.kind) {
    case "string":
      return 0;
    case "number":
      return 1;
    case "boolean":
      return 2;
    case "list":
      // A malformed list type (no element) counts as "other" rather than throwing.
      switch (t.element?.kind) {
        case "string":
          return 3;
        case "number":
          return 4;
        case "boolean":
          return 5;
        case "list":
          return 6;
        case "record":
          return 7;
        default:
          return 9;
      }
    case "record":
      return 8;
    default:
      return 9;
  }
}

const PARAM_COUNT_NAMES = ["0", "1", "2", "3+"] as const;
const SUMMARY_NAMES = ["allTrue", "allFalse", "mixed", "notApplicable"] as const;

const TYPE_FEATURE_NAMES: readonly string[] = [
  ...KIND_NAMES.map((k) => `type.return.${k}`),
  ...PARAM_COUNT_NAMES.map((n) => `type.paramCount.${n}`),
  ...Array.from({ length: SLOTS }, (_, k) => [...KIND_NAMES.map((n) => `type.param${k}.${n}`), `type.param${k}.absent`]).flat(),
];

const FEATURE_NAMES: readonly string[] = Object.freeze([
  ...TYPE_FEATURE_NAMES,
  ...PROPERTIES.flatMap((p) => SUMMARY_NAMES.map((s) => `${p.name}.${s}`)),
]);

/** The length of the vector `taskFeatures` returns. */
export const FEATURE_COUNT: number = FEATURE_NAMES.length;

/** Names, one per feature, for debugging and for checking that a saved model matches. */
export function featureNames(): readonly string[] {
  return FEATURE_NAMES;
}

/** The names of the properties (each gives four features), in vector order. */
export function propertyNames(): readonly string[] {
  return PROPERTIES.map((p) => p.name);
}

/** The task's property signature plus its type signature: a fixed-length vector of 0/1. Never throws. */
export function taskFeatures(task: Task): Float32Array {
  const out = new Float32Array(FEATURE_COUNT);
  let at = 0;
  // A malformed task (from a benchmark file, say) still gets a vector: what cannot be read counts
  // as "other", "absent" or "not applicable".
  const params = Array.isArray(task?.params) ? task.params : [];
  out[at + kindIndex(task?.returnType)] = 1;
  at += KIND_NAMES.length;
  out[at + Math.min(params.length, PARAM_COUNT_NAMES.length - 1)] = 1;
  at += PARAM_COUNT_NAMES.length;
  for (let k = 0; k < SLOTS; k++) {
    out[at + (k < params.length ? kindIndex(params[k]?.type) : KIND_NAMES.length)] = 1;
    at += KIND_NAMES.length + 1;
  }

  const examples = Array.isArray(task?.examples) ? task.examples.slice(0, MAX_EXAMPLES) : [];
  const described: { ins: Info[]; o: Info }[] = [];
  for (const ex of examples) {
    try {
      const inputs: readonly unknown[] = Array.isArray(ex?.inputs) ? ex.inputs : [];
      const ins: Info[] = [];
      for (let i = 0; i < inputs.length && i < MAX_RELATED_INPUTS; i++) ins.push(new Info(inputs[i]));
      described.push({ ins, o: new Info(ex?.output) });
    } catch {
      // An example whose values cannot even be described says nothing.
    }
  }

  for (const p of PROPERTIES) {
    let trues = 0;
    let falses = 0;
    for (const { ins, o } of described) {
      let r: number;
      try {
        r = p.test(ins, o);
      } catch {
        r = NA;
      }
      if (r === T) trues++;
      else if (r === F) falses++;
    }
    if (trues + falses === 0) out[at + 3] = 1;
    else if (falses === 0) out[at] = 1;
    else if (trues === 0) out[at + 1] = 1;
    else out[at + 2] = 1;
    at += SUMMARY_NAMES.length;
  }
  return out;
}
