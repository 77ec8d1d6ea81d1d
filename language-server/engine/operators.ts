// The operator table of the DSL. Each entry is data: its type, its semantics, its cost under the
// hand-set prior (in bits, -log2 p), and how it prints in TypeScript and Python (JavaScript prints
// like TypeScript). Adding an operator means adding one entry here.
//
// Semantics are partial where the target languages disagree: an input on which TypeScript and
// Python would behave differently makes the operator fail (ERR), so a program the engine keeps
// behaves the same in the interpreter and in every emitted language on every input it is defined.
import {
  at,
  atom,
  binary,
  call,
  index,
  method,
  postfix,
  PREC,
  pyConcatStrings,
  pyLambda,
  tsConcat,
  tsArrow,
  tsArrowBody,
  type Printed,
  type PrintedArg,
} from "./printing";
import type { AbstractionDefinition } from "./abstraction";
import { BOOLEAN, fnOf, listOf, NUMBER, STRING, typeVar, type Type, type Value, valuesEqual } from "./types";

/** The failure value: an operator applied outside its domain. Never escapes the engine. */
export const ERR: unique symbol = Symbol("ERR");
export type Err = typeof ERR;
export type Result = Value | Err;

/** A function value inside the interpreter (a lambda applied to its arguments). */
export type Closure = (a: any, b?: any) => Result;

/** Values larger than this fail, so the search never builds huge intermediate values. */
export const MAX_STRING_LENGTH = 10_000;
export const MAX_LIST_LENGTH = 1_000;
export const MAX_SAFE_NUMBER = 2 ** 40;

/**
 * The search tightens these to a few times the largest value in the task's examples (as BUSTLE
 * does): values far larger than anything the examples hold are never part of the answer.
 */
export const sizeLimits = { string: MAX_STRING_LENGTH, list: MAX_LIST_LENGTH };

/** Runs `f` with tighter size limits, restoring the defaults afterwards. */
export function withSizeLimits<T>(string: number, list: number, f: () => T): T {
  const saved = { ...sizeLimits };
  sizeLimits.string = Math.min(string, MAX_STRING_LENGTH);
  sizeLimits.list = Math.min(list, MAX_LIST_LENGTH);
  try {
    return f();
  } finally {
    Object.assign(sizeLimits, saved);
  }
}

/** The concrete types an operator was used at, for printers whose code depends on them. */
export interface UsedTypes {
  readonly params: readonly Type[];
  readonly result: Type;
}

export type Printer = (args: readonly PrintedArg[], types: UsedTypes) => Printed;

export interface Operator {
  readonly name: string;
  readonly params: readonly Type[];
  readonly result: Type;
  /** Hand-set prior cost in bits. */
  readonly cost: number;
  readonly semantics: (a: any, b: any, c: any) => Result;
  readonly typescript: Printer;
  /** Only where TypeScript's code is not valid JavaScript; otherwise JavaScript prints like TypeScript. */
  readonly javascript?: Printer;
  readonly python: Printer;
  /** Arguments may be swapped without changing the result; the search keeps one order. */
  readonly commutative?: boolean;
  /** Type variables that may only be bound to primitive types (string, number, boolean). */
  readonly primitiveVars?: readonly string[];
  /** Operators the search itself never builds (conditionals are assembled from partial solutions). */
  readonly notEnumerated?: boolean;
  /** Extracts part of its first argument; applied to a literal it would only encode a lookup table. */
  readonly takesApart?: boolean;
  /**
   * Names its lambda argument's variables should read as, where the type alone would not say
   * (a fold's accumulator is `acc`, an indexed map's position `i`); undefined keeps the default.
   */
  readonly variableNames?: readonly (string | undefined)[];
  /** For a library function, its definition: emitted code expands the body or calls a helper. */
  readonly abstraction?: AbstractionDefinition;
  /**
   * Words of a function's name or comment that ask for this operator (`countEvens` says count and
   * even): a task whose words include one makes it cheaper. Base forms; `sorted` matches sort.
   */
  readonly words?: readonly string[];
  /** Offered to a search only when the task's words name it (an idiom such as isEven); never learned by the guidance model. */
  readonly onlyWhenNamed?: boolean;
  /** A test one word names (an idiom such as isDigit): a name that also says to pick items asks for it. */
  readonly isTest?: boolean;
  /**
   * Tried before the other operators of its cost, so that where two programs of one cost behave
   * alike on every sample it is the one kept: `item.name === name`, not `name.startsWith(item.name)`.
   */
  readonly plainest?: boolean;
}

const A = typeVar("a");
const B = typeVar("b");
const C = typeVar("c");
const S = STRING;
const N = NUMBER;
const BOOL = BOOLEAN;

const str = (s: string): Result => (s.length > sizeLimits.string ? ERR : s);
const num = (n: number): Result => (Number.isFinite(n) && Math.abs(n) <= MAX_SAFE_NUMBER ? n : ERR);
const list = (xs: readonly Value[]): Result => (xs.length > sizeLimits.list ? ERR : xs);
const isInt = (n: number) => Number.isInteger(n);
/**
 * Whether a string holds UTF-16 surrogates (emoji and other astral characters): JavaScript counts
 * and indexes them as two units, Python as one character, so positions and lengths disagree.
 */
const astral = (s: string) => /[\ud800-\udfff]/.test(s);
/** Whether a string holds characters beyond ASCII, where Python's string tests and JavaScript's regular expressions part ways. */
const beyondAscii = (s: string) => /[^\x00-\x7f]/.test(s);
/**
 * Python's arithmetic stays in floats once a fraction took part, so a whole result made from one
 * is 2.0 there, which str(), indexing and slicing treat unlike 2 (and which prints as 2.0): fails.
 */
const arith = (n: number, ...operands: number[]): Result => (isInt(n) && !operands.every(isInt) ? ERR : num(n));

/**
 * A copy of the list with `removed` elements at `at` taken out and, when `inserted` is given, it
 * put in their place: cons, snoc, insertAt and removeAt in one loop, without spreading (the
 * search runs these on every candidate).
 */
function spliced(xs: readonly Value[], at: number, removed: number, inserted: Value | undefined): Value[] {
  const out: Value[] = new Array(xs.length - removed + (inserted === undefined ? 0 : 1));
  let k = 0;
  for (let i = 0; i < at; i++) out[k++] = xs[i];
  if (inserted !== undefined) out[k++] = inserted;
  for (let i = at + removed; i < xs.length; i++) out[k++] = xs[i];
  return out;
}

/** The list's elements n times over, in one preallocated array (`flat` of copies allocates twice and is slow). */
function repeated(xs: readonly Value[], n: number): Value[] {
  const out: Value[] = new Array(xs.length * n);
  let k = 0;
  for (let r = 0; r < n; r++) for (let i = 0; i < xs.length; i++) out[k++] = xs[i];
  return out;
}

/** 0, 1, ..., n - 1. */
function upTo(n: number): number[] {
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Calls a closure on every element; any failure fails the whole application. */
function mapList(xs: readonly Value[], f: Closure): Result {
  const out: Value[] = new Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const v = f(xs[i]);
    if (v === ERR) return ERR;
    out[i] = v;
  }
  return out;
}

function truthOf(f: Closure, x: Value): boolean | Err {
  const v = f(x);
  if (v === ERR) return ERR;
  return v === true;
}

function compareValues(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  return 0;
}

const result0IsNumberList = (types: UsedTypes) =>
  types.result.kind === "list" && types.result.element.kind === "number";

/**
 * A name for a variable a printer introduces itself (`j` in `(_, j) => j !== i`): `base`, or
 * `base2`, ... when an argument's code or `avoid` already mentions it, so nothing is captured.
 */
function fresh(base: string, avoid: readonly string[], ...args: readonly Printed[]): string {
  const taken = (name: string) => avoid.includes(name) || args.some((a) => mentions(a.code, name));
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}${i}`)) return `${base}${i}`;
}

/** Whether printed code mentions a name (as a whole identifier). */
function mentions(code: string, name: string): boolean {
  return new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(code);
}

// Tokens of printed TypeScript: string literals, arrow heads (`(a, b) =>`, `([a, b]) =>`), identifiers, one character.
const TS_TOKENS =
  /"(?:[^"\\]|\\.)*"|\(\s*\[?\s*([A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)*)?\s*\]?\s*\)\s*=>|[A-Za-z_$][\w$]*|[\s\S]/g;

/** The names arrow functions in printed TypeScript bind. */
function arrowBinders(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(TS_TOKENS)) if (m[1]) for (const n of m[1].split(",")) names.add(n.trim());
  return names;
}

/**
 * Replaces the free variable `name` in printed TypeScript, leaving string literals, property
 * names and the bodies of inner arrows that bind `name` themselves (`(a, b) => a + b`) alone.
 * Arrows only ever appear as call arguments, so an arrow's body ends at a comma or a closing
 * bracket of the depth it started at.
 */
function substitute(code: string, name: string, replacement: string): string {
  let out = "";
  let depth = 0;
  const shadowed: number[] = []; // depths of the arrows binding `name` we are inside
  for (const m of code.matchAll(TS_TOKENS)) {
    const token = m[0];
    const pos = m.index!;
    if (m[1] !== undefined || token.endsWith("=>")) {
      if (m[1]?.split(",").some((n) => n.trim() === name)) shadowed.push(depth);
    } else if (token === "(" || token === "[" || token === "{") depth++;
    else if (token === ")" || token === "]" || token === "}") {
      depth--;
      while (shadowed.length && shadowed[shadowed.length - 1] > depth) shadowed.pop();
    } else if (token === ",") {
      while (shadowed.length && shadowed[shadowed.length - 1] === depth) shadowed.pop();
    } else if (token === name && shadowed.length === 0 && (code[pos - 1] !== "." || code.slice(pos - 3, pos) === "...")) {
      out += replacement;
      continue;
    }
    out += token;
  }
  return out;
}

// Printing helpers used by several entries.
/**
 * Scans code that starts with `[`: whether that bracket closes only at the end (not `[x][::-1]`),
 * and whether a Python comprehension's `for` stands right inside it.
 */
function bracketScan(code: string): { whole: boolean; comprehension: boolean } {
  let depth = 0;
  let comprehension = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"' || ch === "'") {
      // Skips a string literal, escapes included.
      for (i++; i < code.length && code[i] !== ch; i++) if (code[i] === "\\") i++;
      continue;
    }
    if (ch === "[" || ch === "(" || ch === "{") depth++;
    else if (ch === "]" || ch === ")" || ch === "}") depth--;
    if (depth === 0 && i < code.length - 1) return { whole: false, comprehension };
    if (depth === 1 && code.startsWith(" for ", i)) comprehension = true;
  }
  return { whole: true, comprehension };
}

/** Whether printed code is one bracketed expression, `[...]`, and nothing after it. */
function isOneBracket(p: Printed): boolean {
  return p.prec === PREC.atom && p.code.startsWith("[") && p.code.endsWith("]") && bracketScan(p.code).whole;
}

/** The items of an array literal (`[a, b]` gives `a, b`), or undefined when the code is not one. */
function literalItems(p: Printed): string | undefined {
  if (!isOneBracket(p)) return undefined;
  // A Python comprehension (`[f(x) for x in xs]`) is no literal: its items cannot be inlined.
  return bracketScan(p.code).comprehension ? undefined : p.code.slice(1, -1);
}

const ts = {
  lambda: tsArrow,
  /** A spread element; an array literal's items are inlined instead of spread. */
  spread: (p: Printed) => literalItems(p) ?? `...${at(p, PREC.postfix)}`,
  /** An array literal of items, some possibly empty (an inlined `[]`), which must not leave holes. */
  list: (...items: string[]): Printed => ({ ...atom(`[${items.filter((s) => s !== "").join(", ")}]`), newArray: true }),
  /**
   * An array to sort or reverse in place: one the expression creates as it is (`xs.map(f).sort()`),
   * any other copied first, since the caller's array must not change (`[...xs].sort()`).
   */
  own: (p: Printed): string => (p.newArray ? at(p, PREC.postfix) : `[${ts.spread(p)}]`),
  /** A method call on an array `own` gave, which returns that array. */
  inPlace: (code: string): Printed => ({ ...postfix(code), newArray: true }),
};

/** Whether printed code is a number or string literal. */
const isLiteralCode = (p: Printed) => /^(-?\d[\d.e]*|"(?:[^"\\]|\\.)*")$/.test(p.code);

/**
 * Whether a comparison reads better with its sides swapped. A literal goes on the right
 * (`x % 2 === 0`, `age > 17`), and so does what a lambda's variable is compared with (`x > limit`,
 * not `limit < x`): the thing the condition is about comes first.
 */
const swapSides = (a: PrintedArg, b: PrintedArg) => (isLiteralCode(a) && !isLiteralCode(b)) || (b.readsVariable === true && !a.readsVariable);

/** A Python comprehension passed as the only argument of a reducing call reads better as a generator. */
function pyIterable(p: Printed): Printed {
  return isOneBracket(p) && bracketScan(p.code).comprehension ? atom(p.code.slice(1, -1)) : p;
}

/**
 * A fold that adds a term per item to a running total from 0, as Python writes it: `sum(term for
 * item in items)` rather than `functools.reduce(lambda acc, item: acc + term, items, 0)`. Undefined
 * when the fold is not of that shape (the term reads the total, or it starts elsewhere).
 */
function pySumOfFold(xs: Printed, f: PrintedArg, init: Printed): Printed | undefined {
  if (!f.lambda || f.lambda.params.length !== 2 || init.code !== "0") return undefined;
  const [acc, item] = f.lambda.params;
  const { body } = f.lambda;
  const head = `${acc} + `;
  if (body.prec !== PREC.additive || !body.code.startsWith(head)) return undefined;
  // acc + a - b is (acc + a) - b, which is acc + (a - b): the rest is the term, whatever follows.
  const term = body.code.slice(head.length);
  if (new RegExp(`(?<![\\w.])${acc}(?![\\w])`).test(term)) return undefined;
  return term === item ? call("sum", xs) : call("sum", atom(`${term} for ${item} in ${py.source(xs)}`));
}

/** Python list concatenation that merges adjacent list literals (`[a] + [b]` becomes `[a, b]`). */
function pyConcat(left: Printed, right: Printed): Printed {
  const a = literalItems(left);
  const b = literalItems(right);
  if (a !== undefined && b !== undefined) return atom(`[${[a, b].filter((x) => x !== "").join(", ")}]`);
  return binary(left, "+", right, PREC.additive);
}
/** Python comparisons and their negations: `not` prints `c not in s` for `not c in s`. */
const PY_OPPOSITE_COMPARISONS: Readonly<Record<string, string>> = { in: "not in", "not in": "in", "==": "!=", "!=": "==" };

const py = {
  lambda: pyLambda,
  /** Python chains comparisons (`a < b == c` is `a < b and b == c`): comparison operands get parentheses. */
  compare: (a: Printed, op: string, b: Printed): Printed => {
    const code = (o: string) => `${at(a, PREC.relational + 1)} ${o} ${at(b, PREC.relational + 1)}`;
    const opposite = PY_OPPOSITE_COMPARISONS[op];
    return { code: code(op), prec: PREC.relational, ...(opposite ? { negated: { code: code(opposite), prec: PREC.relational } } : {}) };
  },
  /** A comprehension's source: a range or a string is iterated as it is, without the list() that makes it a value. */
  source: (xs: Printed): string => at(xs.iterable ?? xs, PREC.or),
  /** The body of a one-parameter lambda and its parameter name, for comprehensions. */
  comp: (arg: PrintedArg): { v: string; body: Printed } =>
    arg.lambda
      ? { v: arg.lambda.params[0], body: arg.lambda.body }
      : { v: "x", body: postfix(`${at(arg, PREC.postfix)}(x)`) },
};

/** `0 - n` as a person writes it, `-n` (`xs.slice(-n)`); a negative operand keeps its parentheses (`--` is a decrement). */
function negated(a: Printed, b: Printed): Printed | undefined {
  if (a.code !== "0") return undefined;
  // JavaScript refuses a unary minus right before `**`; Python reads `-x ** 2` as -(x ** 2), which
  // is meant but reads ambiguously: both get the parentheses.
  const operand = at(b, b.prec === PREC.power ? PREC.power + 1 : PREC.unary);
  return { code: operand.startsWith("-") ? `-(${operand})` : `-${operand}`, prec: PREC.unary };
}

/** Words that ask for the largest or the smallest item, of a list or by a key. */
const LARGEST_WORDS = ["max", "maximum", "largest", "biggest", "highest", "greatest", "longest", "oldest", "most", "latest", "newest", "top"];
const SMALLEST_WORDS = ["min", "minimum", "smallest", "lowest", "least", "cheapest", "shortest", "youngest", "fewest", "earliest"];

/**
 * The item with the largest (`maxBy`) or smallest (`minBy`) key, the first of them on a tie, as
 * Python's max() and min() and a reduce that replaces only on a strictly better key both pick: the
 * priciest item, the oldest person.
 */
function extremeBy(name: "maxBy" | "minBy", better: ">" | "<", pythonCall: "max" | "min"): Operator {
  return {
    name,
    words: better === ">" ? LARGEST_WORDS : SMALLEST_WORDS,
    params: [listOf(A), fnOf([A], N)],
    result: A,
    cost: 5,
    semantics: (xs: Value[], f: Closure) => {
      if (xs.length === 0) return ERR;
      let best = xs[0];
      let bestKey = f(best);
      if (bestKey === ERR) return ERR;
      for (let i = 1; i < xs.length; i++) {
        const k = f(xs[i]);
        if (k === ERR) return ERR;
        if (better === ">" ? (k as number) > (bestKey as number) : (k as number) < (bestKey as number)) {
          best = xs[i];
          bestKey = k;
        }
      }
      return best;
    },
    typescript: ([xs, f]) => {
      const key = f.lambda;
      if (!key) return method(xs, "reduce", atom(`(a, b) => (${f.code}(b) ${better} ${f.code}(a) ? b : a)`));
      const [p] = key.params;
      const a = fresh("a", [], key.body);
      const b = fresh("b", [a], key.body);
      const keyOf = (v: string) => at({ code: substitute(key.body.code, p, v), prec: key.body.prec }, PREC.relational + 1);
      return method(xs, "reduce", atom(`(${a}, ${b}) => (${keyOf(b)} ${better} ${keyOf(a)} ? ${b} : ${a})`));
    },
    python: ([xs, f]) => postfix(`${pythonCall}(${xs.code}, key=${py.lambda(f).code})`),
  };
}

/** Text padded to a width with one fill character, on the left (`rjust`) or the right (`ljust`). */
function padding(name: "padStart" | "padEnd", pythonMethod: "rjust" | "ljust"): Operator {
  return {
    name,
    words: ["pad"],
    params: [S, N, S],
    result: S,
    cost: 6,
    // Python's rjust and ljust take exactly one fill character.
    semantics: (s: string, n: number, fill: string) =>
      fill.length !== 1 || !isInt(n) || n > sizeLimits.string || astral(s) ? ERR : str(s[name](n, fill)),
    typescript: ([s, n, fill]) => method(s, name, n, fill),
    python: ([s, n, fill]) => method(s, pythonMethod, n, fill),
  };
}

/** The text a printed string literal stands for, or undefined for any other code. */
function stringLiteralOf(p: Printed): string | undefined {
  if (!/^"(?:[^"\\]|\\.)*"$/.test(p.code)) return undefined;
  try {
    return JSON.parse(p.code) as string;
  } catch {
    return undefined;
  }
}

/**
 * `removePrefix` and `removeSuffix`: the text without the given start or end where it has it, as
 * Python's `removeprefix` and `removesuffix` (3.9). TypeScript has no method: a literal becomes an
 * anchored regular expression (`path.replace(/\/$/, "")`), anything else the test spelled out.
 */
function removeAffix(name: "removePrefix" | "removeSuffix"): Operator {
  const prefix = name === "removePrefix";
  return {
    name,
    words: [prefix ? "prefix" : "suffix", prefix ? "leading" : "trailing", "strip", "trim", "remove", "without"],
    params: [S, S],
    result: S,
    cost: 4,
    semantics: prefix
      ? (s: string, x: string) => (s.startsWith(x) ? s.slice(x.length) : s)
      : (s: string, x: string) => (s.endsWith(x) ? s.slice(0, s.length - x.length) : s),
    typescript: ([s, x]) => {
      const literal = stringLiteralOf(x);
      if (literal !== undefined && literal !== "") {
        const pattern = literal
          .replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")
          .replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
        return method(s, "replace", atom(prefix ? `/^${pattern}/` : `/${pattern}$/`), atom('""'));
      }
      const test = method(s, prefix ? "startsWith" : "endsWith", x);
      const cut = prefix ? method(s, "slice", postfix(`${at(x, PREC.postfix)}.length`)) : method(s, "slice", atom("0"), binary(postfix(`${at(s, PREC.postfix)}.length`), "-", postfix(`${at(x, PREC.postfix)}.length`), PREC.additive));
      return { code: `${at(test, PREC.ternary + 1)} ? ${at(cut, PREC.ternary + 1)} : ${at(s, PREC.ternary)}`, prec: PREC.ternary };
    },
    python: ([s, x]) => method(s, prefix ? "removeprefix" : "removesuffix", x),
  };
}

/**
 * A test one word names, on a number or a string (see the idioms at the end of OPERATORS). Its
 * semantics are those of the code it prints, in both languages: `x % 2 === 0` holds for -2 (where
 * `mod` refuses a negative operand, whose remainder JavaScript and Python give differently).
 */
function idiom(name: string, words: readonly string[], param: Type, test: (v: any) => boolean | typeof ERR, typescript: Printer, python: Printer): Operator {
  return { name, words, onlyWhenNamed: true, isTest: true, params: [param], result: BOOL, cost: 4, semantics: (v: Value) => test(v), typescript, python };
}

/**
 * Adjectives of size, age and price in their plain form: a function they name compares with a
 * bound (`isShort`, `cheapItems`, `countOver`). Their comparatives may name the larger of two
 * values instead (`bigger(a, b)`), so they only make the comparisons cheaper.
 */
export const BOUND_WORDS = ["short", "long", "small", "big", "large", "tall", "young", "old", "cheap", "expensive", "over", "above"];
const SIZE_WORDS = [...BOUND_WORDS, "shorter", "longer", "bigger", "larger", "taller", "younger", "older", "cheaper", "greater"];

export const OPERATORS: readonly Operator[] = [
  // ---- strings ----
  {
    name: "concat",
    params: [S, S],
    result: S,
    cost: 3,
    semantics: (a: string, b: string) => str(a + b),
    typescript: ([a, b]) => tsConcat(a, b),
    python: ([a, b]) => pyConcatStrings(a, b),
  },
  {
    name: "slice",
    takesApart: true,
    params: [S, N, N],
    result: S,
    cost: 4,
    semantics: (s: string, i: number, j: number) => (isInt(i) && isInt(j) && !astral(s) ? s.slice(i, j) : ERR),
    typescript: ([s, i, j]) => method(s, "slice", i, j),
    python: ([s, i, j]) => postfix(`${at(s, PREC.postfix)}[${i.code}:${j.code}]`),
  },
  {
    name: "sliceFrom",
    takesApart: true,
    params: [S, N],
    result: S,
    cost: 3,
    semantics: (s: string, i: number) => (isInt(i) && !astral(s) ? s.slice(i) : ERR),
    typescript: ([s, i]) => method(s, "slice", i),
    python: ([s, i]) => postfix(`${at(s, PREC.postfix)}[${i.code}:]`),
  },
  {
    name: "charAt",
    takesApart: true,
    params: [S, N],
    result: S,
    cost: 3,
    semantics: (s: string, i: number) => (isInt(i) && i >= 0 && i < s.length && !astral(s) ? s[i] : ERR),
    typescript: ([s, i]) => index(s, i),
    python: ([s, i]) => index(s, i),
  },
  {
    name: "indexOf",
    words: ["index", "position"],
    takesApart: true,
    params: [S, S],
    result: N,
    cost: 3,
    semantics: (s: string, t: string) => (astral(s) ? ERR : s.indexOf(t)),
    typescript: ([s, t]) => method(s, "indexOf", t),
    python: ([s, t]) => method(s, "find", t),
  },
  {
    name: "indexOfFrom",
    takesApart: true,
    params: [S, S, N],
    result: N,
    cost: 5,
    // Python's find counts a negative start from the end and returns -1 past the end; JavaScript clamps.
    semantics: (s: string, t: string, i: number) =>
      isInt(i) && i >= 0 && i <= s.length && !astral(s) ? s.indexOf(t, i) : ERR,
    typescript: ([s, t, i]) => method(s, "indexOf", t, i),
    python: ([s, t, i]) => method(s, "find", t, i),
  },
  {
    name: "lastIndexOf",
    takesApart: true,
    params: [S, S],
    result: N,
    cost: 4,
    semantics: (s: string, t: string) => (astral(s) ? ERR : s.lastIndexOf(t)),
    typescript: ([s, t]) => method(s, "lastIndexOf", t),
    python: ([s, t]) => method(s, "rfind", t),
  },
  {
    name: "length",
    words: ["length", "len", "size", "long", "longer", "short", "shorter"],
    takesApart: true,
    params: [S],
    result: N,
    cost: 2,
    semantics: (s: string) => (astral(s) ? ERR : s.length),
    typescript: ([s]) => postfix(`${at(s, PREC.postfix)}.length`),
    python: ([s]) => call("len", s),
  },
  {
    name: "toUpperCase",
    words: ["upper", "uppercase", "capital", "capitalize", "caps", "shout", "title"],
    takesApart: true,
    params: [S],
    result: S,
    cost: 3,
    semantics: (s: string) => s.toUpperCase(),
    typescript: ([s]) => method(s, "toUpperCase"),
    python: ([s]) => method(s, "upper"),
  },
  {
    name: "toLowerCase",
    words: ["lower", "lowercase", "slug"],
    takesApart: true,
    params: [S],
    result: S,
    cost: 3,
    semantics: (s: string) => s.toLowerCase(),
    typescript: ([s]) => method(s, "toLowerCase"),
    python: ([s]) => method(s, "lower"),
  },
  {
    // The first letter made upper case, the rest kept: a name, a sentence. A person thinks of it
    // as one step, so it is one operator (spelled out it cost 11 bits and lost to accidents).
    // Python's capitalize() would also lower the rest.
    name: "capitalize",
    words: ["capital", "capitalize", "title", "proper"],
    takesApart: true,
    params: [S],
    result: S,
    cost: 4,
    semantics: (s: string) => (astral(s) ? ERR : s.charAt(0).toUpperCase() + s.slice(1)),
    typescript: ([s]) => tsConcat(postfix(`${at(s, PREC.postfix)}.charAt(0).toUpperCase()`), postfix(`${at(s, PREC.postfix)}.slice(1)`)),
    python: ([s]) => pyConcatStrings(postfix(`${at(s, PREC.postfix)}[:1].upper()`), postfix(`${at(s, PREC.postfix)}[1:]`)),
  },
  {
    name: "trim",
    words: ["trim", "strip"],
    takesApart: true,
    params: [S],
    result: S,
    cost: 4,
    // Python's strip() and JavaScript's trim() disagree on a few exotic spaces; ASCII whitespace is safe.
    // Python's strip() also removes \x1c-\x1f, which trim() keeps: a result that starts or ends with one fails.
    semantics: (s: string) => {
      if (beyondAscii(s)) return ERR;
      const t = s.trim();
      return /^[\x1c-\x1f]|[\x1c-\x1f]$/.test(t) ? ERR : t;
    },
    typescript: ([s]) => method(s, "trim"),
    python: ([s]) => method(s, "strip"),
  },
  {
    name: "replace",
    words: ["replace"],
    params: [S, S, S],
    result: S,
    cost: 5,
    // JavaScript gives `$` patterns in the replacement a meaning; Python does not. An empty pattern
    // is refused: it puts the replacement in front, which a person writes as `b + s`.
    semantics: (s: string, a: string, b: string) => (b.includes("$") || a === "" ? ERR : str(s.replace(a, b))),
    typescript: ([s, a, b]) => method(s, "replace", a, b),
    python: ([s, a, b]) => method(s, "replace", a, b, atom("1")),
  },
  {
    name: "replaceAll",
    words: ["replace", "remove", "strip"],
    params: [S, S, S],
    result: S,
    cost: 5,
    // An empty pattern is refused: it puts the replacement between every two characters and at
    // both ends, which a person writes with join (and JavaScript would split surrogate pairs).
    semantics: (s: string, a: string, b: string) => (b.includes("$") || a === "" ? ERR : str(s.replaceAll(a, b))),
    typescript: ([s, a, b]) => method(s, "replaceAll", a, b),
    python: ([s, a, b]) => method(s, "replace", a, b),
  },
  {
    name: "split",
    words: ["split", "word", "field", "token", "csv"],
    takesApart: true,
    params: [S, S],
    result: listOf(S),
    cost: 3,
    // Python refuses an empty separator.
    semantics: (s: string, sep: string) => (sep === "" ? ERR : list(s.split(sep))),
    typescript: ([s, sep]) => method(s, "split", sep),
    python: ([s, sep]) => method(s, "split", sep),
  },
  {
    name: "chars",
    words: ["char", "character", "letter", "digit"],
    takesApart: true,
    params: [S],
    result: listOf(S),
    cost: 5,
    // Spreading a string splits code points, as Python's list() does; lone surrogates would differ.
    semantics: (s: string) => (/[\ud800-\udfff]/.test(s) ? ERR : list([...s])),
    typescript: ([s]) => atom(`[${ts.spread(s)}]`),
    python: ([s]) => ({ ...call("list", s), iterable: s }),
  },
  {
    name: "reverseString",
    words: ["reverse", "backward", "backwards", "mirror", "palindrome"],
    // Offered only where a word asks: spelled out (chars, reverse, join) it is three steps, which
    // puts `word === [...word].reverse().join("")` behind accidents that fit a few examples.
    onlyWhenNamed: true,
    params: [S],
    result: S,
    cost: 4,
    semantics: (s: string) => (astral(s) ? ERR : str([...s].reverse().join(""))),
    typescript: ([s]) => method(method(atom(`[${ts.spread(s)}]`), "reverse"), "join", atom('""')),
    python: ([s]) => postfix(`${at(s, PREC.postfix)}[::-1]`),
  },
  {
    name: "join",
    words: ["join", "csv"],
    params: [listOf(S), S],
    result: S,
    cost: 3,
    semantics: (xs: string[], sep: string) => str(xs.join(sep)),
    typescript: ([xs, sep]) => method(xs, "join", sep),
    python: ([xs, sep]) => method(sep, "join", pyIterable(xs)),
  },
  { ...removeAffix("removePrefix"), onlyWhenNamed: true },
  { ...removeAffix("removeSuffix"), onlyWhenNamed: true },
  {
    name: "startsWith",
    words: ["start", "begin", "prefix"],
    params: [S, S],
    result: BOOL,
    cost: 4,
    semantics: (s: string, t: string) => s.startsWith(t),
    typescript: ([s, t]) => method(s, "startsWith", t),
    python: ([s, t]) => method(s, "startswith", t),
  },
  {
    name: "endsWith",
    words: ["end", "suffix"],
    params: [S, S],
    result: BOOL,
    cost: 4,
    semantics: (s: string, t: string) => s.endsWith(t),
    typescript: ([s, t]) => method(s, "endsWith", t),
    python: ([s, t]) => method(s, "endswith", t),
  },
  {
    name: "contains",
    words: ["contain", "include"],
    params: [S, S],
    result: BOOL,
    cost: 4,
    semantics: (s: string, t: string) => s.includes(t),
    typescript: ([s, t]) => method(s, "includes", t),
    python: ([s, t]) => py.compare(t, "in", s),
  },
  padding("padStart", "rjust"),
  // Padding on the right is asked for by name (padRight, padEnd); unnamed, it would only widen
  // every string search for what padStart and concatenation already cover.
  { ...padding("padEnd", "ljust"), onlyWhenNamed: true },
  {
    name: "repeat",
    words: ["repeat"],
    params: [S, N],
    result: S,
    cost: 5,
    semantics: (s: string, n: number) =>
      !isInt(n) || n < 0 || s.length * n > sizeLimits.string ? ERR : s.repeat(n),
    typescript: ([s, n]) => method(s, "repeat", n),
    python: ([s, n]) => binary(s, "*", n, PREC.multiplicative),
  },
  {
    name: "numberToString",
    words: ["digit", "format"],
    takesApart: true,
    params: [N],
    result: S,
    cost: 4,
    // Python prints 1e21 and 0.1 + 0.2 differently; integers print alike.
    semantics: (n: number) => (isInt(n) ? String(n) : ERR),
    // Inside a template or f-string the number itself is written: it becomes the same text.
    typescript: ([n]) => ({ ...call("String", n), pieces: [{ expr: call("String", n), embed: n }] }),
    python: ([n]) => ({ ...call("str", n), pieces: [{ expr: call("str", n), embed: n }] }),
  },
  {
    name: "stringToNumber",
    words: ["parse", "digit"],
    takesApart: true,
    params: [S],
    result: N,
    cost: 4,
    // Only plain integers: Number("") is 0 and int("1.5") raises, so anything else fails.
    semantics: (s: string) => (/^-?\d{1,12}$/.test(s) ? Number(s) : ERR),
    typescript: ([s]) => call("Number", s),
    python: ([s]) => call("int", s),
  },
  {
    name: "digits",
    words: ["digit"],
    // Offered only where a word asks for digits: elsewhere `[x // 10, x % 10]` is what two-digit
    // examples mean, and digits(x) fits them as well.
    onlyWhenNamed: true,
    takesApart: true,
    params: [N],
    result: listOf(N),
    cost: 4,
    // A whole number's decimal digits; a sign or a fraction has none a person would mean.
    semantics: (n: number) => (isInt(n) && n >= 0 ? list([...String(n)].map(Number)) : ERR),
    typescript: ([n]) => method(atom(`[...String(${n.code})]`), "map", atom("Number")),
    python: ([n]) => atom(`[int(d) for d in str(${n.code})]`),
  },

  // ---- numbers ----
  {
    name: "add",
    params: [N, N],
    result: N,
    cost: 3,
    commutative: true,
    semantics: (a: number, b: number) => arith(a + b, a, b),
    typescript: ([a, b]) => binary(a, "+", b, PREC.additive),
    python: ([a, b]) => binary(a, "+", b, PREC.additive),
  },
  {
    name: "sub",
    params: [N, N],
    result: N,
    cost: 3,
    semantics: (a: number, b: number) => arith(a - b, a, b),
    typescript: ([a, b]) => negated(a, b) ?? binary(a, "-", b, PREC.additive),
    python: ([a, b]) => negated(a, b) ?? binary(a, "-", b, PREC.additive),
  },
  {
    name: "mul",
    params: [N, N],
    result: N,
    cost: 4,
    commutative: true,
    semantics: (a: number, b: number) => arith(a * b, a, b),
    typescript: ([a, b]) => binary(a, "*", b, PREC.multiplicative),
    python: ([a, b]) => binary(a, "*", b, PREC.multiplicative),
  },
  {
    name: "intDiv",
    words: ["half", "halve"],
    params: [N, N],
    result: N,
    cost: 5,
    semantics: (a: number, b: number) => (b === 0 || !isInt(a) || !isInt(b) ? ERR : Math.floor(a / b)),
    typescript: ([a, b]) => call("Math.floor", binary(a, "/", b, PREC.multiplicative)),
    python: ([a, b]) => binary(a, "//", b, PREC.multiplicative),
  },
  {
    name: "mod",
    words: ["parity", "remainder", "mod", "modulo", "divisible", "multiple"],
    params: [N, N],
    result: N,
    cost: 5,
    // JavaScript's % keeps the dividend's sign and Python's the divisor's; they agree on non-negative operands.
    semantics: (a: number, b: number) => (a < 0 || b <= 0 || !isInt(a) || !isInt(b) ? ERR : a % b),
    typescript: ([a, b]) => binary(a, "%", b, PREC.multiplicative),
    python: ([a, b]) => binary(a, "%", b, PREC.multiplicative),
  },
  {
    name: "divide",
    params: [N, N],
    result: N,
    cost: 7,
    // Python's / always gives a float: a whole quotient (2.0) would print and index unlike 2.
    semantics: (a: number, b: number) => (b === 0 || isInt(a / b) ? ERR : num(a / b)),
    typescript: ([a, b]) => binary(a, "/", b, PREC.multiplicative),
    python: ([a, b]) => binary(a, "/", b, PREC.multiplicative),
  },
  {
    // A line read off the examples (`c * 9 / 5 + 32`) divides where the quotient may be whole, which
    // `divide` leaves undefined. In Python the result is then a float (50.0 for 50), as a function
    // with a fractional rate returns anyway; the search never builds it, only such a fit does.
    name: "quotient",
    params: [N, N],
    result: N,
    cost: 7,
    notEnumerated: true,
    semantics: (a: number, b: number) => (b === 0 ? ERR : num(a / b)),
    typescript: ([a, b]) => binary(a, "/", b, PREC.multiplicative),
    python: ([a, b]) => binary(a, "/", b, PREC.multiplicative),
  },
  {
    name: "pow",
    words: ["power", "pow", "cube", "cubed", "exponent"],
    params: [N, N],
    result: N,
    cost: 7,
    // Integer bases only: V8's and C's pow round fractional powers differently (1.1 ** 7).
    semantics: (a: number, b: number) => (!isInt(a) || !isInt(b) || b < 0 || b > 64 ? ERR : num(a ** b)),
    // `**` is right-associative, so the base needs parentheses at its own level.
    typescript: ([a, b]) => ({ code: `${at(a, PREC.power + 1)} ** ${at(b, PREC.power)}`, prec: PREC.power }),
    python: ([a, b]) => ({ code: `${at(a, PREC.power + 1)} ** ${at(b, PREC.power)}`, prec: PREC.power }),
  },
  {
    name: "min",
    words: ["min", "clamp"],
    params: [N, N],
    result: N,
    cost: 5,
    commutative: true,
    semantics: (a: number, b: number) => Math.min(a, b),
    typescript: ([a, b]) => call("Math.min", a, b),
    python: ([a, b]) => call("min", a, b),
  },
  {
    name: "max",
    words: ["max", "clamp"],
    params: [N, N],
    result: N,
    cost: 5,
    commutative: true,
    semantics: (a: number, b: number) => Math.max(a, b),
    typescript: ([a, b]) => call("Math.max", a, b),
    python: ([a, b]) => call("max", a, b),
  },
  {
    name: "abs",
    words: ["abs", "absolute", "magnitude", "distance"],
    params: [N],
    result: N,
    cost: 5,
    semantics: (a: number) => Math.abs(a),
    typescript: ([a]) => call("Math.abs", a),
    python: ([a]) => call("abs", a),
  },
  {
    // Python has no sign function; the difference of two comparisons is its idiom there.
    name: "sign",
    words: ["sign", "signum"],
    onlyWhenNamed: true,
    params: [N],
    result: N,
    cost: 4,
    semantics: (a: number) => (a > 0 ? 1 : a < 0 ? -1 : 0),
    typescript: ([a]) => call("Math.sign", a),
    python: ([a]) => binary(py.compare(a, ">", atom("0")), "-", py.compare(a, "<", atom("0")), PREC.additive),
  },

  // ---- booleans ----
  {
    name: "equals",
    words: ["equal", "same", "palindrome"],
    params: [A, A],
    result: BOOL,
    cost: 4,
    commutative: true,
    plainest: true,
    primitiveVars: ["a"],
    semantics: (a: Value, b: Value) => a === b,
    typescript: ([a, b]) => {
      const [left, right] = swapSides(a, b) ? [b, a] : [a, b];
      return { ...binary(left, "===", right, PREC.equality), negated: binary(left, "!==", right, PREC.equality) };
    },
    python: ([a, b]) => (swapSides(a, b) ? py.compare(b, "==", a) : py.compare(a, "==", b)),
  },
  {
    // Lists of strings, numbers or booleans, equal item by item: `xs == sorted(xs)` for isSorted.
    // JavaScript has no list equality; their JSON is equal exactly when they are, for such items.
    name: "listEquals",
    words: ["equal", "same", "palindrome", "sorted"],
    params: [listOf(A), listOf(A)],
    result: BOOL,
    cost: 5,
    commutative: true,
    primitiveVars: ["a"],
    semantics: (a: Value[], b: Value[]) => valuesEqual(a, b),
    typescript: ([a, b]) => {
      const json = (p: Printed) => call("JSON.stringify", p);
      return { ...binary(json(a), "===", json(b), PREC.equality), negated: binary(json(a), "!==", json(b), PREC.equality) };
    },
    python: ([a, b]) => py.compare(a, "==", b),
  },
  {
    name: "lessThan",
    // Words of size and age compare with a bound (`len(word) <= 3` for isShort, not `== 3`).
    words: ["less", "below", "under", "smaller", ...SIZE_WORDS],
    params: [N, N],
    result: BOOL,
    cost: 4,
    semantics: (a: number, b: number) => a < b,
    typescript: ([a, b]) => (swapSides(a, b) ? binary(b, ">", a, PREC.relational) : binary(a, "<", b, PREC.relational)),
    python: ([a, b]) => (swapSides(a, b) ? py.compare(b, ">", a) : py.compare(a, "<", b)),
  },
  {
    name: "lessOrEqual",
    words: SIZE_WORDS,
    params: [N, N],
    result: BOOL,
    cost: 4,
    semantics: (a: number, b: number) => a <= b,
    typescript: ([a, b]) => (swapSides(a, b) ? binary(b, ">=", a, PREC.relational) : binary(a, "<=", b, PREC.relational)),
    python: ([a, b]) => (swapSides(a, b) ? py.compare(b, ">=", a) : py.compare(a, "<=", b)),
  },
  {
    // A range check, both ends included. Offered where a word asks for it, and built where the
    // examples put the true ones between false ones (see offerInterval in synthesize.ts).
    name: "between",
    words: ["between", "within", "inside", "range"],
    onlyWhenNamed: true,
    params: [N, N, N],
    result: BOOL,
    cost: 4,
    semantics: (x: number, low: number, high: number) => low <= x && x <= high,
    typescript: ([x, low, high]) => binary(binary(x, ">=", low, PREC.relational), "&&", binary(x, "<=", high, PREC.relational), PREC.and),
    python: ([x, low, high]) => {
      const code = `${at(low, PREC.relational + 1)} <= ${at(x, PREC.relational + 1)} <= ${at(high, PREC.relational + 1)}`;
      return { code, prec: PREC.relational };
    },
  },
  {
    name: "and",
    params: [BOOL, BOOL],
    result: BOOL,
    cost: 4,
    commutative: true,
    semantics: (a: boolean, b: boolean) => a && b,
    typescript: ([a, b]) => binary(a, "&&", b, PREC.and),
    python: ([a, b]) => binary(a, "and", b, PREC.and),
  },
  {
    name: "or",
    params: [BOOL, BOOL],
    result: BOOL,
    cost: 4,
    commutative: true,
    semantics: (a: boolean, b: boolean) => a || b,
    typescript: ([a, b]) => binary(a, "||", b, PREC.or),
    python: ([a, b]) => binary(a, "or", b, PREC.or),
  },
  {
    name: "not",
    params: [BOOL],
    result: BOOL,
    cost: 3,
    semantics: (a: boolean) => !a,
    typescript: ([a]) => a.negated ?? { code: `!${at(a, PREC.unary)}`, prec: PREC.unary },
    python: ([a]) => a.negated ?? { code: `not ${at(a, PREC.not)}`, prec: PREC.not },
  },
  {
    name: "if",
    params: [BOOL, A, A],
    result: A,
    cost: 6,
    notEnumerated: true,
    semantics: (c: boolean, a: Value, b: Value) => (c ? a : b),
    typescript: ([c, a, b]) => ({
      code: `${at(c, PREC.ternary + 1)} ? ${at(a, PREC.ternary + 1)} : ${at(b, PREC.ternary)}`,
      prec: PREC.ternary,
    }),
    python: ([c, a, b]) => ({
      code: `${at(a, PREC.ternary + 1)} if ${at(c, PREC.ternary + 1)} else ${at(b, PREC.ternary)}`,
      prec: PREC.ternary,
    }),
  },

  // ---- lists ----
  {
    name: "map",
    params: [listOf(A), fnOf([A], B)],
    result: listOf(B),
    cost: 3,
    semantics: (xs: Value[], f: Closure) => mapList(xs, f),
    typescript: ([xs, f]) =>
      // `Array.from({ length: n }, (_, i) => i * i)`: the range and the map in one call.
      xs.rangeLength && f.lambda
        ? { ...call("Array.from", atom(`{ length: ${xs.rangeLength.code} }`), atom(`(_, ${f.lambda.params[0]}) => ${tsArrowBody(f.lambda.body.code)}`)), newArray: true }
        : method(xs, "map", ts.lambda(f)),
    python: ([xs, f]) => {
      const { v, body } = py.comp(f);
      // A map over a filter with the same variable is one comprehension: `[x // 2 for x in xs if x % 2 == 0]`.
      const filtered = isOneBracket(xs) ? /^\[([A-Za-z_]\w*) for \1 in (.+) if (.+)\]$/.exec(xs.code) : null;
      if (filtered && filtered[1] === v && !/ for | if /.test(`${filtered[2]} ${filtered[3]}`))
        return atom(`[${body.code} for ${v} in ${filtered[2]} if ${filtered[3]}]`);
      return atom(`[${body.code} for ${v} in ${py.source(xs)}]`);
    },
  },
  {
    name: "mapIndexed",
    words: ["running", "cumulative", "accumulate", "numbered"],
    params: [listOf(A), fnOf([A, N], B)],
    result: listOf(B),
    // Dearer than map: the position is a second variable every lambda body may read.
    cost: 5,
    variableNames: [undefined, "i"],
    semantics: (xs: Value[], f: Closure) => {
      const out: Value[] = new Array(xs.length);
      for (let i = 0; i < xs.length; i++) {
        const v = f(xs[i], i);
        if (v === ERR) return ERR;
        out[i] = v;
      }
      return out;
    },
    typescript: ([xs, f]) => method(xs, "map", ts.lambda(f)),
    python: ([xs, f]) => {
      const lam = f.lambda;
      const [v, i] = lam ? lam.params : ["x", "i"];
      const body = lam ? lam.body.code : `${f.code}(${v}, ${i})`;
      return atom(`[${body} for ${i}, ${v} in enumerate(${py.source(xs)})]`);
    },
  },
  {
    name: "filter",
    words: ["filter", "only", "keep", "select", "remove", "without", "exclude", "reject"],
    params: [listOf(A), fnOf([A], BOOL)],
    result: listOf(A),
    cost: 3,
    semantics: (xs: Value[], f: Closure) => {
      const out: Value[] = [];
      for (const x of xs) {
        const keep = truthOf(f, x);
        if (keep === ERR) return ERR;
        if (keep) out.push(x);
      }
      return out;
    },
    typescript: ([xs, f]) => method(xs, "filter", ts.lambda(f)),
    python: ([xs, f]) => {
      const { v, body } = py.comp(f);
      return atom(`[${v} for ${v} in ${py.source(xs)} if ${at(body, PREC.ternary + 1)}]`);
    },
  },
  {
    // A filter whose test also reads the item's position (every other item). Built only by the
    // deduction of a filter with positions, never enumerated: the guidance model has no output for it.
    name: "filterIndexed",
    notEnumerated: true,
    params: [listOf(A), fnOf([A, N], BOOL)],
    result: listOf(A),
    cost: 5,
    variableNames: [undefined, "i"],
    semantics: (xs: Value[], f: Closure) => {
      const out: Value[] = [];
      for (let i = 0; i < xs.length; i++) {
        const keep = f(xs[i], i);
        if (keep === ERR) return ERR;
        if (keep === true) out.push(xs[i]);
      }
      return out;
    },
    typescript: ([xs, f]) => {
      const lam = f.lambda;
      // A test of the position alone leaves the item unnamed, as a person writes it.
      if (lam && !mentions(lam.body.code, lam.params[0])) return method(xs, "filter", atom(`(_, ${lam.params[1]}) => ${lam.body.code}`));
      return method(xs, "filter", ts.lambda(f));
    },
    python: ([xs, f]) => {
      const lam = f.lambda;
      const [v, i] = lam ? lam.params : ["x", "i"];
      const body = lam ? lam.body : postfix(`${f.code}(${v}, ${i})`);
      return atom(`[${v} for ${i}, ${v} in enumerate(${py.source(xs)}) if ${at(body, PREC.ternary + 1)}]`);
    },
  },
  {
    name: "fold",
    params: [listOf(A), fnOf([B, A], B), B],
    result: B,
    cost: 6,
    // Folds that build lists or records are better written with the list operators.
    primitiveVars: ["b"],
    variableNames: ["acc", undefined],
    semantics: (xs: Value[], f: Closure, init: Value) => {
      let acc: Result = init;
      for (const x of xs) {
        acc = f(acc, x);
        if (acc === ERR) return ERR;
      }
      return acc;
    },
    typescript: ([xs, f, init]) => method(xs, "reduce", ts.lambda(f), init),
    python: ([xs, f, init]) => pySumOfFold(xs, f, init) ?? call("functools.reduce", py.lambda(f), xs, init),
  },
  {
    name: "some",
    words: ["any", "some", "has"],
    params: [listOf(A), fnOf([A], BOOL)],
    result: BOOL,
    cost: 5,
    semantics: (xs: Value[], f: Closure) => {
      for (const x of xs) {
        const t = truthOf(f, x);
        if (t === ERR) return ERR;
        if (t) return true;
      }
      return false;
    },
    typescript: ([xs, f]) => method(xs, "some", ts.lambda(f)),
    python: ([xs, f]) => {
      const { v, body } = py.comp(f);
      return call("any", atom(`${body.code} for ${v} in ${at(xs, PREC.or)}`));
    },
  },
  {
    name: "every",
    words: ["every", "all"],
    params: [listOf(A), fnOf([A], BOOL)],
    result: BOOL,
    cost: 5,
    semantics: (xs: Value[], f: Closure) => {
      for (const x of xs) {
        const t = truthOf(f, x);
        if (t === ERR) return ERR;
        if (!t) return false;
      }
      return true;
    },
    typescript: ([xs, f]) => method(xs, "every", ts.lambda(f)),
    python: ([xs, f]) => {
      const { v, body } = py.comp(f);
      return call("all", atom(`${body.code} for ${v} in ${at(xs, PREC.or)}`));
    },
  },
  {
    name: "find",
    words: ["find", "lookup"],
    params: [listOf(A), fnOf([A], BOOL)],
    result: A,
    cost: 6,
    semantics: (xs: Value[], f: Closure) => {
      for (const x of xs) {
        const t = truthOf(f, x);
        if (t === ERR) return ERR;
        if (t) return x;
      }
      return ERR;
    },
    // The search only keeps programs whose find succeeds on the examples; `!` states that in TypeScript.
    typescript: ([xs, f]) => postfix(`${method(xs, "find", ts.lambda(f)).code}!`),
    javascript: ([xs, f]) => method(xs, "find", ts.lambda(f)),
    python: ([xs, f]) => {
      const { v, body } = py.comp(f);
      return call("next", atom(`${v} for ${v} in ${at(xs, PREC.or)} if ${at(body, PREC.ternary + 1)}`));
    },
  },
  {
    name: "count",
    words: ["count", "many", "tally"],
    params: [listOf(A), fnOf([A], BOOL)],
    result: N,
    cost: 5,
    semantics: (xs: Value[], f: Closure) => {
      let n = 0;
      for (const x of xs) {
        const t = truthOf(f, x);
        if (t === ERR) return ERR;
        if (t) n++;
      }
      return n;
    },
    typescript: ([xs, f]) => postfix(`${method(xs, "filter", ts.lambda(f)).code}.length`),
    python: ([xs, f]) => {
      const { v, body } = py.comp(f);
      return call("sum", atom(`1 for ${v} in ${at(xs, PREC.or)} if ${at(body, PREC.ternary + 1)}`));
    },
  },
  {
    name: "sort",
    words: ["sort", "order", "ascending", "rank"],
    takesApart: true,
    params: [listOf(A)],
    result: listOf(A),
    cost: 4,
    primitiveVars: ["a"],
    semantics: (xs: Value[]) => {
      if (xs.length > 0 && typeof xs[0] === "boolean") return ERR;
      // JavaScript orders strings by UTF-16 units, Python by code points: they differ on astral characters.
      if (xs.some((x) => typeof x === "string" && astral(x))) return ERR;
      return [...xs].sort(compareValues);
    },
    // The default sort compares strings by code unit, as Python does; numbers need a comparator.
    typescript: ([xs], types) =>
      result0IsNumberList(types)
        ? ts.inPlace(`${ts.own(xs)}.sort((a, b) => a - b)`)
        : ts.inPlace(`${ts.own(xs)}.sort()`),
    python: ([xs]) => call("sorted", pyIterable(xs)),
  },
  {
    name: "sortBy",
    words: ["sort", "order", "rank"],
    params: [listOf(A), fnOf([A], N)],
    result: listOf(A),
    cost: 6,
    semantics: (xs: Value[], f: Closure) => {
      const keyed: { x: Value; k: number }[] = [];
      for (const x of xs) {
        const k = f(x);
        if (k === ERR) return ERR;
        keyed.push({ x, k: k as number });
      }
      // Both Array.prototype.sort and sorted() are stable, so ties keep their order.
      keyed.sort((p, q) => p.k - q.k);
      return keyed.map((e) => e.x);
    },
    typescript: ([xs, f]) => {
      const key = f.lambda;
      if (!key) return ts.inPlace(`${ts.own(xs)}.sort((a, b) => ${f.code}(a) - ${f.code}(b))`);
      const [p] = key.params;
      const a = fresh("a", [], key.body);
      const b = fresh("b", [a], key.body);
      const bodyA = substitute(key.body.code, p, a);
      const bodyB = substitute(key.body.code, p, b);
      return ts.inPlace(
        `${ts.own(xs)}.sort((${a}, ${b}) => ${tsArrowBody(`${at({ code: bodyA, prec: key.body.prec }, PREC.additive)} - ${at({ code: bodyB, prec: key.body.prec }, PREC.additive + 1)}`)})`,
      );
    },
    python: ([xs, f]) => postfix(`sorted(${xs.code}, key=${py.lambda(f).code})`),
  },
  extremeBy("maxBy", ">", "max"),
  extremeBy("minBy", "<", "min"),
  {
    name: "reverse",
    words: ["reverse", "backward", "backwards", "flip", "mirror", "palindrome"],
    takesApart: true,
    params: [listOf(A)],
    result: listOf(A),
    cost: 4,
    semantics: (xs: Value[]) => xs.slice().reverse(),
    typescript: ([xs]) => ts.inPlace(`${ts.own(xs)}.reverse()`),
    python: ([xs]) => postfix(`${at(xs, PREC.postfix)}[::-1]`),
  },
  {
    name: "listSlice",
    takesApart: true,
    params: [listOf(A), N, N],
    result: listOf(A),
    cost: 5,
    semantics: (xs: Value[], i: number, j: number) => (isInt(i) && isInt(j) ? xs.slice(i, j) : ERR),
    typescript: ([xs, i, j]) => method(xs, "slice", i, j),
    python: ([xs, i, j]) => postfix(`${at(xs, PREC.postfix)}[${i.code}:${j.code}]`),
  },
  {
    name: "take",
    words: ["first", "take"],
    takesApart: true,
    params: [listOf(A), N],
    result: listOf(A),
    cost: 4,
    // A negative count leaves that many off the end, in JavaScript's slice and Python's slicing alike.
    semantics: (xs: Value[], n: number) => (isInt(n) ? xs.slice(0, n) : ERR),
    typescript: ([xs, n]) => method(xs, "slice", atom("0"), n),
    python: ([xs, n]) => postfix(`${at(xs, PREC.postfix)}[:${n.code}]`),
  },
  {
    name: "drop",
    words: ["drop", "skip", "rest", "tail"],
    takesApart: true,
    params: [listOf(A), N],
    result: listOf(A),
    cost: 4,
    semantics: (xs: Value[], n: number) => (isInt(n) ? xs.slice(n) : ERR),
    typescript: ([xs, n]) => method(xs, "slice", n),
    python: ([xs, n]) => postfix(`${at(xs, PREC.postfix)}[${n.code}:]`),
  },
  {
    name: "head",
    words: ["first", "head", "front"],
    takesApart: true,
    params: [listOf(A)],
    result: A,
    cost: 3,
    semantics: (xs: Value[]) => (xs.length > 0 ? xs[0] : ERR),
    typescript: ([xs]) => index(xs, atom("0")),
    python: ([xs]) => index(xs, atom("0")),
  },
  {
    name: "last",
    words: ["last", "final"],
    takesApart: true,
    params: [listOf(A)],
    result: A,
    cost: 3,
    semantics: (xs: Value[]) => (xs.length > 0 ? xs[xs.length - 1] : ERR),
    // The search only keeps programs whose list is non-empty on the examples; `!` states that in TypeScript.
    typescript: ([xs]) => postfix(`${method(xs, "at", { code: "-1", prec: PREC.unary }).code}!`),
    javascript: ([xs]) => method(xs, "at", { code: "-1", prec: PREC.unary }),
    python: ([xs]) => index(xs, { code: "-1", prec: PREC.unary }),
  },
  {
    name: "at",
    takesApart: true,
    params: [listOf(A), N],
    result: A,
    cost: 4,
    semantics: (xs: Value[], i: number) => (isInt(i) && i >= 0 && i < xs.length ? xs[i] : ERR),
    typescript: ([xs, i]) => index(xs, i),
    python: ([xs, i]) => index(xs, i),
  },
  {
    // The k-th item from the end, counted from 1 (`sorted(xs)[-2]`, the second largest). Printed
    // with `at`, as TypeScript's `xs[-2]` is undefined; `at(xs, i)` keeps to positions from the front.
    name: "atFromEnd",
    takesApart: true,
    params: [listOf(A), N],
    result: A,
    cost: 5,
    semantics: (xs: Value[], k: number) => (isInt(k) && k >= 1 && k <= xs.length ? xs[xs.length - k] : ERR),
    typescript: ([xs, k]) => postfix(`${method(xs, "at", negated(atom("0"), k)!).code}!`),
    javascript: ([xs, k]) => method(xs, "at", negated(atom("0"), k)!),
    python: ([xs, k]) => index(xs, negated(atom("0"), k)!),
  },
  {
    name: "listLength",
    words: ["length", "len", "size", "count", "many"],
    takesApart: true,
    params: [listOf(A)],
    result: N,
    cost: 2,
    semantics: (xs: Value[]) => xs.length,
    typescript: ([xs]) => postfix(`${at(xs, PREC.postfix)}.length`),
    python: ([xs]) => call("len", xs),
  },
  {
    name: "sum",
    words: ["sum", "total"],
    takesApart: true,
    params: [listOf(N)],
    result: N,
    cost: 4,
    semantics: (xs: number[]) => {
      // Partial sums stay exact (Python's ints never round); with fractions, Python 3.12's sum()
      // compensates rounding (Neumaier) where reduce does not, so the two must agree.
      let s = 0;
      let c = 0;
      for (const x of xs) {
        const t = s + x;
        c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
        s = t;
        if (Math.abs(s) > MAX_SAFE_NUMBER) return ERR;
      }
      if (xs.every(isInt)) return s;
      return s + c !== s || isInt(s) ? ERR : num(s);
    },
    typescript: ([xs]) => method(xs, "reduce", atom("(a, b) => a + b"), atom("0")),
    python: ([xs]) => call("sum", pyIterable(xs)),
  },
  {
    name: "product",
    words: ["product", "multiply", "factorial"],
    takesApart: true,
    params: [listOf(N)],
    result: N,
    cost: 6,
    semantics: (xs: number[]) => {
      let p = 1;
      for (const x of xs) p *= x;
      return arith(p, ...xs);
    },
    typescript: ([xs]) => method(xs, "reduce", atom("(a, b) => a * b"), atom("1")),
    python: ([xs]) => call("math.prod", pyIterable(xs)),
  },
  {
    name: "mean",
    words: ["mean", "average", "avg"],
    takesApart: true,
    params: [listOf(N)],
    result: N,
    cost: 5,
    // Whole numbers only: their sum is exact in both languages, and one rounding of it divided by
    // the count is what both give. statistics.mean() returns an int when the mean is whole, as the
    // engine's numbers and TypeScript's do (sum(xs) / len(xs) would be 3.0, which prints and
    // indexes unlike 3). An empty list has no mean (statistics.mean raises; TypeScript gives NaN).
    semantics: (xs: number[]) => {
      if (xs.length === 0) return ERR;
      let s = 0;
      for (const x of xs) {
        if (!isInt(x)) return ERR;
        s += x;
      }
      return Math.abs(s) > MAX_SAFE_NUMBER ? ERR : num(s / xs.length);
    },
    typescript: ([xs]) =>
      binary(method(xs, "reduce", atom("(a, b) => a + b"), atom("0")), "/", postfix(`${at(xs, PREC.postfix)}.length`), PREC.multiplicative),
    python: ([xs]) => call("statistics.mean", pyIterable(xs)),
  },
  {
    name: "maximum",
    words: LARGEST_WORDS,
    takesApart: true,
    params: [listOf(N)],
    result: N,
    cost: 4,
    semantics: (xs: number[]) => (xs.length === 0 ? ERR : Math.max(...xs)),
    typescript: ([xs]) => call("Math.max", atom(ts.spread(xs))),
    python: ([xs]) => call("max", pyIterable(xs)),
  },
  {
    name: "minimum",
    words: SMALLEST_WORDS,
    takesApart: true,
    params: [listOf(N)],
    result: N,
    cost: 4,
    semantics: (xs: number[]) => (xs.length === 0 ? ERR : Math.min(...xs)),
    typescript: ([xs]) => call("Math.min", atom(ts.spread(xs))),
    python: ([xs]) => call("min", pyIterable(xs)),
  },
  {
    name: "includes",
    words: ["contain", "include", "has", "member"],
    params: [listOf(A), A],
    result: BOOL,
    cost: 4,
    primitiveVars: ["a"],
    semantics: (xs: Value[], x: Value) => xs.includes(x),
    typescript: ([xs, x]) => method(xs, "includes", x),
    python: ([xs, x]) => py.compare(x, "in", xs),
  },
  {
    // How often a value occurs: count(xs, (y) => y === x) with x from an enclosing lambda, which a
    // nested lambda cannot read (it sees only its own variables), so frequencies need it whole.
    name: "occurrences",
    words: ["count", "occurrence", "frequency"],
    params: [listOf(A), A],
    result: N,
    cost: 5,
    primitiveVars: ["a"],
    semantics: (xs: Value[], x: Value) => {
      let n = 0;
      for (let i = 0; i < xs.length; i++) if (xs[i] === x) n++;
      return n;
    },
    typescript: ([xs, x], types) => {
      const y = fresh(types.params[1].kind === "string" ? "w" : "y", [], x);
      return postfix(`${method(xs, "filter", atom(`(${y}) => ${y} === ${at(x, PREC.equality + 1)}`)).code}.length`);
    },
    python: ([xs, x]) => method(xs, "count", x),
  },
  {
    name: "listIndexOf",
    words: ["index", "position"],
    params: [listOf(A), A],
    result: N,
    cost: 5,
    primitiveVars: ["a"],
    semantics: (xs: Value[], x: Value) => xs.indexOf(x),
    typescript: ([xs, x]) => method(xs, "indexOf", x),
    // list.index raises when the item is missing; the guard gives JavaScript's -1.
    python: ([xs, x]) => ({
      code: `${method(xs, "index", x).code} if ${py.compare(x, "in", xs).code} else -1`,
      prec: PREC.ternary,
    }),
  },
  {
    name: "append",
    params: [listOf(A), listOf(A)],
    result: listOf(A),
    cost: 4,
    semantics: (xs: Value[], ys: Value[]) => list(xs.concat(ys)),
    typescript: ([xs, ys]) => ts.list(ts.spread(xs), ts.spread(ys)),
    python: ([xs, ys]) => pyConcat(xs, ys),
  },
  {
    name: "cons",
    params: [A, listOf(A)],
    result: listOf(A),
    cost: 5,
    semantics: (x: Value, xs: Value[]) => (xs.length >= sizeLimits.list ? ERR : spliced(xs, 0, 0, x)),
    typescript: ([x, xs]) => ts.list(x.code, ts.spread(xs)),
    python: ([x, xs]) => pyConcat(atom(`[${x.code}]`), xs),
  },
  {
    name: "snoc",
    params: [listOf(A), A],
    result: listOf(A),
    cost: 5,
    semantics: (xs: Value[], x: Value) => (xs.length >= sizeLimits.list ? ERR : spliced(xs, xs.length, 0, x)),
    typescript: ([xs, x]) => ts.list(ts.spread(xs), x.code),
    python: ([xs, x]) => pyConcat(xs, atom(`[${x.code}]`)),
  },
  {
    name: "singleton",
    params: [A],
    result: listOf(A),
    cost: 4,
    semantics: (x: Value) => [x],
    typescript: ([x]) => atom(`[${x.code}]`),
    python: ([x]) => atom(`[${x.code}]`),
  },
  {
    name: "unique",
    words: ["unique", "distinct", "dedupe", "dedup", "duplicate"],
    takesApart: true,
    params: [listOf(A)],
    result: listOf(A),
    cost: 5,
    primitiveVars: ["a"],
    semantics: (xs: Value[]) => [...new Set(xs)],
    typescript: ([xs]) => atom(`[...new Set(${xs.code})]`),
    python: ([xs]) => call("list", call("dict.fromkeys", xs)),
  },
  {
    name: "flatMap",
    params: [listOf(A), fnOf([A], listOf(B))],
    result: listOf(B),
    cost: 6,
    // Built by the deduction that reads each item's part off the output (`[x, x]`, a number's
    // two digits); the search itself enumerates flatten over map.
    notEnumerated: true,
    semantics: (xs: Value[], f: Closure) => {
      const out: Value[] = [];
      for (const x of xs) {
        const part = f(x);
        if (part === ERR) return ERR;
        for (const y of part as Value[]) out.push(y);
        if (out.length > sizeLimits.list) return ERR;
      }
      return out;
    },
    typescript: ([xs, f]) => method(xs, "flatMap", ts.lambda(f)),
    python: ([xs, f]) => {
      const { v, body } = py.comp(f);
      const y = fresh("y", [v], body, xs);
      return atom(`[${y} for ${v} in ${at(xs, PREC.or)} for ${y} in ${at(body, PREC.or)}]`);
    },
  },
  {
    name: "flatten",
    words: ["flatten", "flat"],
    params: [listOf(listOf(A))],
    result: listOf(A),
    cost: 5,
    semantics: (xss: Value[][]) => {
      let n = 0;
      for (const xs of xss) n += xs.length;
      return n > sizeLimits.list ? ERR : ([] as Value[]).concat(...xss);
    },
    typescript: ([xss]) => method(xss, "flat"),
    python: ([xss]) => atom(`[y for x in ${at(xss, PREC.or)} for y in x]`),
  },
  {
    name: "range",
    words: ["range", "sequence", "position", "index", "indices"],
    params: [N],
    result: listOf(N),
    cost: 5,
    semantics: (n: number) =>
      !isInt(n) || n < 0 || n > sizeLimits.list ? ERR : upTo(n),
    typescript: ([n]) => ({ ...call("Array.from", atom(`{ length: ${n.code} }`), atom("(_, i) => i")), newArray: true, rangeLength: n }),
    python: ([n]) => ({ ...call("list", call("range", n)), iterable: call("range", n) }),
  },
  {
    name: "repeatList",
    params: [listOf(A), N],
    result: listOf(A),
    cost: 6,
    semantics: (xs: Value[], n: number) =>
      !isInt(n) || n < 0 || n > sizeLimits.list || xs.length * n > sizeLimits.list
        ? ERR
        : repeated(xs, n),
    typescript: ([xs, n]) => method(call("Array.from", atom(`{ length: ${n.code} }`), atom(`() => ${tsArrowBody(xs.code)}`)), "flat"),
    python: ([xs, n]) => binary(xs, "*", n, PREC.multiplicative),
  },
  {
    name: "insertAt",
    params: [listOf(A), N, A],
    result: listOf(A),
    cost: 6,
    semantics: (xs: Value[], i: number, x: Value) =>
      !isInt(i) || i < 0 || i > xs.length || xs.length >= sizeLimits.list ? ERR : spliced(xs, i, 0, x),
    typescript: ([xs, i, x]) =>
      atom(`[${ts.spread(method(xs, "slice", atom("0"), i))}, ${x.code}, ${ts.spread(method(xs, "slice", i))}]`),
    python: ([xs, i, x]) => ({
      code: `${at(xs, PREC.postfix)}[:${i.code}] + [${x.code}] + ${at(xs, PREC.postfix)}[${i.code}:]`,
      prec: PREC.additive,
    }),
  },
  {
    name: "removeAt",
    params: [listOf(A), N],
    result: listOf(A),
    cost: 6,
    semantics: (xs: Value[], i: number) =>
      !isInt(i) || i < 0 || i >= xs.length ? ERR : spliced(xs, i, 1, undefined),
    typescript: ([xs, i]) => {
      const [_, j] = [fresh("_", [], i), fresh("j", [], i)];
      return method(xs, "filter", atom(`(${_}, ${j}) => ${j} !== ${at(i, PREC.equality + 1)}`));
    },
    python: ([xs, i]) => {
      const [j, x] = [fresh("j", [], i), fresh("x", [], i)];
      return atom(`[${x} for ${j}, ${x} in enumerate(${xs.code}) if ${py.compare(atom(j), "!=", i).code}]`);
    },
  },
  {
    name: "setAt",
    params: [listOf(A), N, A],
    result: listOf(A),
    cost: 6,
    semantics: (xs: Value[], i: number, x: Value) =>
      !isInt(i) || i < 0 || i >= xs.length ? ERR : xs.map((y, j) => (j === i ? x : y)),
    typescript: ([xs, i, x]) => {
      const [y, j] = [fresh("y", [], i, x), fresh("j", [], i, x)];
      return method(xs, "map", atom(`(${y}, ${j}) => (${j} === ${at(i, PREC.equality + 1)} ? ${at(x, PREC.ternary + 1)} : ${y})`));
    },
    python: ([xs, i, x]) => {
      const [y, j] = [fresh("y", [], i, x), fresh("j", [], i, x)];
      return atom(`[${at(x, PREC.ternary + 1)} if ${py.compare(atom(j), "==", i).code} else ${y} for ${j}, ${y} in enumerate(${xs.code})]`);
    },
  },
  {
    name: "zipWith",
    params: [listOf(A), listOf(B), fnOf([A, B], C)],
    result: listOf(C),
    cost: 6,
    semantics: (xs: Value[], ys: Value[], f: Closure) => {
      if (xs.length !== ys.length) return ERR;
      const out: Value[] = new Array(xs.length);
      for (let i = 0; i < xs.length; i++) {
        const v = f(xs[i], ys[i]);
        if (v === ERR) return ERR;
        out[i] = v;
      }
      return out;
    },
    typescript: ([xs, ys, f]) => {
      const lam = f.lambda;
      if (!lam) return method(xs, "map", atom(`(x, i) => ${f.code}(x, ${at(ys, PREC.postfix)}[i])`));
      const [p, q] = lam.params;
      const i = fresh("i", [p, q], lam.body, ys);
      const pairs = () =>
        method(
          method(xs, "map", atom(`(${p}, ${i}) => [${p}, ${at(ys, PREC.postfix)}[${i}]]`)),
          "map",
          atom(`([${p}, ${q}]) => ${tsArrowBody(lam.body.code)}`),
        );
      // `ys[i]` moves into the body: an arrow there binding a name ys mentions would capture it.
      const binders = arrowBinders(lam.body.code);
      if ([...binders].some((n) => fresh(n, [], ys) !== n)) return pairs();
      // A list with its first k items dropped is read at i + k (neighbouring pairs: `xs[i + 1]`),
      // not copied for every item.
      const dropped = /^([A-Za-z_$][\w$]*)\.slice\(([1-9])\)$/.exec(ys.code);
      const item = dropped ? `${dropped[1]}[${i} + ${dropped[2]}]` : `${at(ys, PREC.postfix)}[${i}]`;
      const body = substitute(lam.body.code, q, item);
      return method(xs, "map", atom(`(${p}, ${i}) => ${tsArrowBody(body)}`));
    },
    python: ([xs, ys, f]) => {
      const lam = f.lambda;
      const [p, q] = lam ? lam.params : ["x", "y"];
      const body = lam ? lam.body.code : `${f.code}(x, y)`;
      return atom(`[${body} for ${p}, ${q} in zip(${xs.code}, ${ys.code})]`);
    },
  },
  // ---- idioms: tests a word names (`countEvens`, `removeVowels`), offered only to a task whose
  // words name them. Spelled out, they cost more than the accident that fits a few examples
  // (`n < 7` for isEven); named, they are what the person means. Emitted as the code they stand for.
  idiom("isEven", ["even"], N, (n: number) => n % 2 === 0, ([n]) => binary(binary(n, "%", atom("2"), PREC.multiplicative), "===", atom("0"), PREC.equality), ([n]) => py.compare(binary(n, "%", atom("2"), PREC.multiplicative), "==", atom("0"))),
  idiom("isOdd", ["odd"], N, (n: number) => n % 2 !== 0, ([n]) => binary(binary(n, "%", atom("2"), PREC.multiplicative), "!==", atom("0"), PREC.equality), ([n]) => py.compare(binary(n, "%", atom("2"), PREC.multiplicative), "!=", atom("0"))),
  idiom("isPositive", ["positive"], N, (n: number) => n > 0, ([n]) => binary(n, ">", atom("0"), PREC.relational), ([n]) => py.compare(n, ">", atom("0"))),
  idiom("isNegative", ["negative"], N, (n: number) => n < 0, ([n]) => binary(n, "<", atom("0"), PREC.relational), ([n]) => py.compare(n, "<", atom("0"))),
  idiom(
    "isZero",
    // To compact a list (as lodash's compact does) is to drop what is falsy: for numbers, zeros.
    ["zeros", "zeroes", "compact"],
    N,
    (n: number) => n === 0,
    ([n]) => ({ ...binary(n, "===", atom("0"), PREC.equality), negated: binary(n, "!==", atom("0"), PREC.equality) }),
    ([n]) => py.compare(n, "==", atom("0")),
  ),
  idiom("isVowel", ["vowel"], S, (c: string) => "aeiouAEIOU".includes(c), ([c]) => method(atom('"aeiouAEIOU"'), "includes", c), ([c]) => py.compare(c, "in", atom('"aeiouAEIOU"'))),
  idiom("isUpperCase", ["upper", "uppercase", "capitals"], S, (c: string) => c !== c.toLowerCase(), ([c]) => binary(c, "!==", method(c, "toLowerCase"), PREC.equality), ([c]) => py.compare(c, "!=", method(c, "lower"))),
  idiom("isEmptyText", ["empty", "compact"], S, (s: string) => s === "", ([s]) => binary(s, "===", atom('""'), PREC.equality), ([s]) => py.compare(s, "==", atom('""'))),
  idiom("isEmptyList", ["empty"], listOf(A), (xs: readonly Value[]) => xs.length === 0, ([xs]) => binary(postfix(`${at(xs, PREC.postfix)}.length`), "===", atom("0"), PREC.equality), ([xs]) => py.compare(call("len", xs), "==", atom("0"))),
  idiom("isLowerCase", ["lower", "lowercase"], S, (c: string) => c !== c.toUpperCase(), ([c]) => binary(c, "!==", method(c, "toUpperCase"), PREC.equality), ([c]) => py.compare(c, "!=", method(c, "upper"))),
  idiom("isPunctuation", ["punctuation", "punct"], S, (c: string) => PUNCTUATION.includes(c), ([c]) => method(atom(JSON.stringify(PUNCTUATION)), "includes", c), ([c]) => py.compare(c, "in", atom(JSON.stringify(PUNCTUATION)))),
  // Python's isalpha() and isdigit() also accept letters and digits beyond ASCII, which the
  // regular expressions do not: such text is refused rather than tested two ways.
  idiom("isLetter", ["letter", "alpha", "alphabetic"], S, (s: string) => (beyondAscii(s) ? ERR : /^[a-z]+$/i.test(s)), ([s]) => method(atom("/^[a-z]+$/i"), "test", s), ([s]) => method(s, "isalpha")),
  // Python's isqrt refuses negative and fractional numbers; so does the search. Beyond 2^52 the
  // nearest double to the root of a non-square can be whole, where isqrt stays exact.
  idiom("isPerfectSquare", ["square"], N, (n: number) => (n < 0 || n > 2 ** 52 || !Number.isInteger(n) ? ERR : Number.isInteger(Math.sqrt(n))), ([n]) => call("Number.isInteger", call("Math.sqrt", n)), ([n]) => py.compare(binary(call("math.isqrt", n), "**", atom("2"), PREC.power), "==", n)),
  idiom("isDigit", ["digit", "numeric"], S, (s: string) => (beyondAscii(s) ? ERR : /^[0-9]+$/.test(s)), ([s]) => method(atom("/^[0-9]+$/"), "test", s), ([s]) => method(s, "isdigit")),
];

/** The punctuation isPunctuation names: what ends or splits a sentence, and quotes. */
const PUNCTUATION = `.,;:!?'"()`;

/** Python modules an operator's printed code needs. */
export const PYTHON_IMPORTS: Readonly<Record<string, string>> = {
  fold: "functools",
  product: "math",
  isPerfectSquare: "math",
  mean: "statistics",
};

export const OPERATOR_BY_NAME: ReadonlyMap<string, Operator> = new Map(OPERATORS.map((op) => [op.name, op]));

/** What reading a record's field costs, before any discount for a field the task's words name. */
export const FIELD_COST = 2;

/** Field access for a record type, made per task from the field names its types declare. */
export function fieldOperator(record: Type, field: string, fieldType: Type): Operator {
  const safe = /^[A-Za-z_$][\w$]*$/.test(field);
  return {
    name: `field:${field}`,
    params: [record],
    result: fieldType,
    cost: FIELD_COST,
    semantics: (r: { [k: string]: Value }) => (Object.prototype.hasOwnProperty.call(r, field) ? r[field] : ERR),
    typescript: ([r]) =>
      safe ? postfix(`${at(r, PREC.postfix)}.${field}`) : index(r, atom(JSON.stringify(field))),
    python: ([r]) => index(r, atom(JSON.stringify(field))),
  };
}

