// Small building blocks for the operator printers: precedence-aware joining of printed code.
// Precedence numbers are shared by TypeScript and Python; a higher number binds tighter.

export interface Printed {
  readonly code: string;
  readonly prec: number;
}

/** An argument as handed to a printer; lambdas also expose their parameter names and body. */
export interface PrintedArg extends Printed {
  readonly lambda?: { readonly params: readonly string[]; readonly body: Printed };
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

/** `receiver.name(args)`: the receiver must bind as a postfix expression. */
export function method(receiver: Printed, name: string, ...args: Printed[]): Printed {
  return postfix(`${at(receiver, PREC.postfix)}.${name}(${args.map((a) => a.code).join(", ")})`);
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
