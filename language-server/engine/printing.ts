// Small building blocks for the operator printers: precedence-aware joining of printed code.
// Precedence numbers are shared by TypeScript and Python; a higher number binds tighter.

export interface Printed {
  readonly code: string;
  readonly prec: number;
  /** A string literal's or a concatenation's pieces, in order: templates and f-strings are printed from them. */
  readonly pieces?: readonly StringPiece[];
  /** An array this TypeScript expression creates (`xs.map(...)`, `[a, ...b]`): it may be sorted or reversed in place, without a copy. */
  readonly newArray?: boolean;
  /** What a Python comprehension iterates instead of this list (`s` for `list(s)`, `range(n)` for `list(range(n))`). */
  readonly iterable?: Printed;
  /** For a TypeScript range `Array.from({ length: n }, (_, i) => i)`, its length: a map over it is one `Array.from`. */
  readonly rangeLength?: Printed;
  /** The test negated as a person writes it (`a !== b`, `c not in s`), which `not` prints instead of `!(a === b)`. */
  readonly negated?: Printed;
}

/**
 * A piece of a string built by concatenation: literal text, or an expression. `embed` is what goes
 * inside a template's `${}`: the expression itself, or for `String(n)` the number, which a template
 * turns to text the same way.
 */
export type StringPiece = { readonly text: string } | { readonly expr: Printed; readonly embed: Printed };

/** An argument as handed to a printer; lambdas also expose their parameter names and body. */
export interface PrintedArg extends Printed {
  readonly lambda?: { readonly params: readonly string[]; readonly body: Printed };
  /** Whether it reads a variable of the lambda it is in (`x`, `person.age`): such a side of a comparison reads better on the left. */
  readonly readsVariable?: boolean;
}

export const PREC = {
  lambda: 1,
  ternary: 2,
  or: 3,
  and: 4,
  not: 5, // Python's `not` sits between `and` and comparisons.
  equality: 6,
  relational: 7,
  additive: 9,
  multiplicative: 10,
  unary: 11,
  power: 12,
  postfix: 14, // calls, member access, indexing
  atom: 15,
} as const;

export const atom = (code: string): Printed => ({ code, prec: PREC.atom });
export const postfix = (code: string): Printed => ({ code, prec: PREC.postfix });

/** The code of `p`, parenthesised when it binds looser than `min`. */
export function at(p: Printed, min: number): string {
  return p.prec < min ? `(${p.code})` : p.code;
}

/** Array methods that return a new array. */
const NEW_ARRAY_METHODS = new Set(["map", "filter", "slice", "flatMap", "flat", "concat", "split"]);

/** `receiver.name(args)`: the receiver must bind as a postfix expression. */
export function method(receiver: Printed, name: string, ...args: Printed[]): Printed {
  const code = `${at(receiver, PREC.postfix)}.${name}(${args.map((a) => a.code).join(", ")})`;
  return NEW_ARRAY_METHODS.has(name) ? { ...postfix(code), newArray: true } : postfix(code);
}

export function call(name: string, ...args: Printed[]): Printed {
  return postfix(`${name}(${args.map((a) => a.code).join(", ")})`);
}

/** A left-associative binary operator. */
export function binary(left: Printed, op: string, right: Printed, prec: number): Printed {
  return { code: `${at(left, prec)} ${op} ${at(right, prec + 1)}`, prec };
}

export function index(receiver: Printed, i: Printed): Printed {
  return postfix(`${at(receiver, PREC.postfix)}[${i.code}]`);
}

/** A TypeScript arrow function, or the lambda's own body when the printer inlines it. */
export function tsArrow(arg: PrintedArg): Printed {
  if (!arg.lambda) return arg;
  const params = arg.lambda.params.length === 1 ? `(${arg.lambda.params[0]})` : `(${arg.lambda.params.join(", ")})`;
  const body = arg.lambda.body;
  return { code: `${params} => ${tsArrowBody(body.code)}`, prec: PREC.lambda };
}

/** An arrow function's body: an object literal needs parentheses, or it reads as a block. */
export function tsArrowBody(code: string): string {
  return code.startsWith("{") ? `(${code})` : code;
}

export function pyLambda(arg: PrintedArg): Printed {
  if (!arg.lambda) return arg;
  return { code: `lambda ${arg.lambda.params.join(", ")}: ${arg.lambda.body.code}`, prec: PREC.lambda };
}

/** Prints a string literal the way a person writes it in TypeScript: double quotes, escapes only where needed. */
export function tsString(s: string): string {
  return JSON.stringify(s);
}

export function pyString(s: string): string {
  // JSON escapes are valid Python escapes for everything JSON.stringify produces.
  return JSON.stringify(s);
}

export function numberLiteral(n: number): Printed {
  const code = Object.is(n, -0) ? "0" : String(n);
  return n < 0 ? { code, prec: PREC.unary } : atom(code);
}

/** The pieces of a string expression: its own, or the expression as one piece. */
function piecesOf(p: Printed): readonly StringPiece[] {
  return p.pieces ?? [{ expr: p, embed: p }];
}

/** The pieces of `a + b`, adjacent texts merged. */
function joinedPieces(a: Printed, b: Printed): StringPiece[] {
  const out: StringPiece[] = [...piecesOf(a)];
  for (const piece of piecesOf(b)) {
    const last = out[out.length - 1];
    if ("text" in piece && last && "text" in last) out[out.length - 1] = { text: last.text + piece.text };
    else out.push(piece);
  }
  return out;
}

/**
 * Whether a concatenation reads better as a template: it mixes text with expressions and has at
 * least three pieces (`${first} ${last}`), or it converts a number (`${n}%` rather than `String(n) + "%"`).
 */
function wantsTemplate(pieces: readonly StringPiece[]): boolean {
  const texts = pieces.filter((p) => "text" in p).length;
  if (texts === 0 || texts === pieces.length) return false;
  return pieces.length >= 3 || pieces.some((p) => "expr" in p && p.expr !== p.embed);
}

/** `a + b + c` from pieces, each joined at the precedence string concatenation needs. */
function plusChain(pieces: readonly StringPiece[], literal: (text: string) => string): Printed {
  const code = pieces.map((p, i) => ("text" in p ? literal(p.text) : at(p.expr, i === 0 ? PREC.additive : PREC.additive + 1))).join(" + ");
  return { code, prec: PREC.additive };
}

/** String concatenation in TypeScript: a template literal where one reads better, else a chain of `+`. */
export function tsConcat(a: Printed, b: Printed): Printed {
  const pieces = joinedPieces(a, b);
  if (!wantsTemplate(pieces)) return { ...plusChain(pieces, tsString), pieces };
  const body = pieces.map((p) => ("text" in p ? tsTemplateText(p.text) : `\${${p.embed.code}}`)).join("");
  return { code: `\`${body}\``, prec: PREC.atom, pieces };
}

/** Text inside a template literal: backslashes, backticks and `${` escaped, control characters as escapes. */
function tsTemplateText(text: string): string {
  return text.replace(/[\\`]|\$(?=\{)|[\u0000-\u001f]/g, (c) => (c === "\\" || c === "`" || c === "$" ? `\\${c}` : JSON.stringify(c).slice(1, -1)));
}

/**
 * String concatenation in Python: an f-string where one reads better and Python before 3.12 can
 * parse it (no backslash, brace or comment sign inside the braces, and a quote the expressions do
 * not use), else a chain of `+`.
 */
export function pyConcatStrings(a: Printed, b: Printed): Printed {
  const pieces = joinedPieces(a, b);
  const embedded = pieces.flatMap((p) => ("embed" in p ? [p.embed.code] : []));
  const quote = ['"', "'"].find((q) => embedded.every((code) => !code.includes(q)));
  if (!wantsTemplate(pieces) || !quote || embedded.some((code) => /[\\{}#\n]/.test(code))) return { ...plusChain(pieces, pyString), pieces };
  const body = pieces.map((p) => ("text" in p ? pyFStringText(p.text, quote) : `{${p.embed.code}}`)).join("");
  return { code: `f${quote}${body}${quote}`, prec: PREC.atom, pieces };
}

/** Text inside a Python f-string: braces doubled, backslashes, the quote and control characters escaped. */
function pyFStringText(text: string, quote: string): string {
  return text.replace(/[\\{}"'\u0000-\u001f]/g, (c) => {
    if (c === "{" || c === "}") return c + c;
    if (c === "\\" || c === quote) return `\\${c}`;
    if (c === '"' || c === "'") return c;
    return JSON.stringify(c).slice(1, -1);
  });
}
