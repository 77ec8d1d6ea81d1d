// Random well-typed programs and inputs for the differential tests. Everything is built from a
// stream of choices (natural numbers) so that fast-check can shrink it: a choice of 0 always
// means the simplest option (a leaf, the first constant, an empty string, a short list), and a
// stream that runs out reads as zeros, so shrinking the stream shrinks the program and its inputs.
import { OPERATOR_BY_NAME, OPERATORS } from "../../language-server/engine/operators";
import { instantiateOperators, type Instance } from "../../language-server/engine/instantiate";
import { apply, constant, lambda, lambdaVar, param, type Program } from "../../language-server/engine/program";
import {
  BOOLEAN,
  listOf,
  NUMBER,
  recordOf,
  STRING,
  typeKey,
  type Parameter,
  type Type,
  type Value,
} from "../../language-server/engine/types";

export class Choices {
  private i = 0;
  constructor(private readonly stream: readonly number[]) {}
  /** A number in [0, n). */
  pick(n: number): number {
    if (n <= 1) return 0;
    const v = this.stream[this.i++];
    return v === undefined ? 0 : v % n;
  }
  /** An index into `weights`, chosen with those weights; index 0 when the stream has run out. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.pick(total);
    for (let i = 0; i < weights.length; i++) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.length - 1;
  }
  one<T>(items: readonly T[]): T {
    return items[this.pick(items.length)];
  }
}

export const BASE_UNIVERSE: readonly Type[] = [STRING, NUMBER, BOOLEAN, listOf(STRING), listOf(NUMBER)];
export const NESTED_UNIVERSE: readonly Type[] = [
  ...BASE_UNIVERSE,
  listOf(BOOLEAN),
  listOf(listOf(STRING)),
  listOf(listOf(NUMBER)),
];

/** A record type with an ordinary field name, one that is a JavaScript keyword, and one that is no identifier. */
export const PERSON = recordOf([
  { name: "name", type: STRING },
  { name: "age", type: NUMBER },
  { name: "class", type: STRING },
  { name: "is admin", type: BOOLEAN },
]);
export const RECORD_UNIVERSE: readonly Type[] = [...BASE_UNIVERSE, PERSON, listOf(PERSON)];

// ---- values ----

/** Pieces strings are made of: single characters of every kind, and a few short words. */
const STRING_PIECES = [
  "a", "b", "A", "Z", "x", "w", "0", "1", "7", " ", " ", ",", ".", "-", "_", "$", "&", "'", '"', "\\", "/", ":",
  "ab", "Cd", "hello", "World", "42", "-3", "a b", ", ", "$&", "$1", "é", "ß", "\t", "\n",
  // Rarer characters where JavaScript and Python are known to differ: astral code points (two
  // UTF-16 units, one Python character), control characters Python's strip() removes and trim()
  // keeps, and letters with context-dependent case mappings.
  "😀", "\x1f", "\x0b", "Σ",
];

const STRING_CONSTANTS = ["", " ", ",", "-", "a", "b", "A", "ab", "x", ".", "$", "$&", "a b", "0", "12", "-3", "é", ", "];
const NUMBER_CONSTANTS = [0, 1, 2, 3, -1, 4, 5, -2, 10, -7, 100, 0.5, -2.5];

export function drawValue(t: Type, c: Choices, forConstant = false): Value {
  switch (t.kind) {
    case "string": {
      if (forConstant) return c.one(STRING_CONSTANTS);
      const n = c.weighted([2, 2, 3, 3, 2, 1, 1]);
      let s = "";
      for (let i = 0; i < n; i++) s += c.one(STRING_PIECES);
      return s;
    }
    case "number": {
      if (forConstant) return c.one(NUMBER_CONSTANTS);
      const kind = c.weighted([6, 3, 1, 1]);
      if (kind === 0) return c.pick(8); // 0..7
      if (kind === 1) return -1 - c.pick(8); // -1..-8
      if (kind === 2) return c.pick(2001) - 1000;
      return (c.pick(33) - 16) / 4; // quarters: fractions reach Python as floats

    }
    case "boolean":
      return c.pick(2) === 1;
    case "list": {
      const n = c.weighted(forConstant ? [3, 2, 2, 1] : [2, 2, 3, 3, 2]);
      const out: Value[] = [];
      for (let i = 0; i < n; i++) out.push(drawValue(t.element, c, forConstant));
      return out;
    }
    case "record": {
      const out: { [field: string]: Value } = {};
      for (const f of t.fields) out[f.name] = drawValue(f.type, c, forConstant);
      return out;
    }
    default:
      throw new Error(`no values of type ${typeKey(t)}`);
  }
}

// ---- programs ----

export interface GeneratedCase {
  readonly program: Program;
  readonly params: readonly Parameter[];
  readonly returnType: Type;
  readonly inputs: readonly (readonly Value[])[];
}

/** Names a task may give its parameters, including the names printers like to use internally. */
const PARAM_NAMES = ["s", "n", "xs", "text", "words", "k", "x", "y", "i", "j", "a", "b", "w", "acc", "xs2", "nums"];

interface Scope {
  readonly params: readonly Parameter[];
  /** The innermost lambda's variables; outer lambdas' variables are shadowed, as in the interpreter. */
  readonly vars: readonly Type[];
}

export class ProgramGenerator {
  private readonly byResult = new Map<string, Map<string, Instance[]>>();

  constructor(
    readonly universe: readonly Type[],
    readonly maxDepth = 4,
  ) {
    // Every operator's words, so that idioms (offered only to a task whose words name them) are drawn too.
    const instances = instantiateOperators(universe, OPERATORS, OPERATORS.flatMap((op) => op.words ?? []));
    // Conditionals are not enumerated by the search but appear in its answers.
    const ifOp = OPERATOR_BY_NAME.get("if")!;
    for (const t of universe) {
      const params = [BOOLEAN, t, t];
      instances.push({ op: ifOp, params, paramKeys: params.map(typeKey), result: t, resultKey: typeKey(t) });
    }
    for (const inst of instances) {
      let byName = this.byResult.get(inst.resultKey);
      if (!byName) this.byResult.set(inst.resultKey, (byName = new Map()));
      const list = byName.get(inst.op.name) ?? [];
      list.push(inst);
      byName.set(inst.op.name, list);
    }
  }

  /** Names of the operators the generator can use. */
  operatorNames(): Set<string> {
    const names = new Set<string>();
    for (const byName of this.byResult.values()) for (const name of byName.keys()) names.add(name);
    return names;
  }

  generate(c: Choices, inputTuples = 4): GeneratedCase {
    const paramCount = 1 + c.weighted([3, 3, 1]);
    const names = [...PARAM_NAMES];
    const params: Parameter[] = [];
    for (let i = 0; i < paramCount; i++) {
      const name = names.splice(c.pick(names.length), 1)[0];
      params.push({ name, type: c.one(this.universe) });
    }
    const returnType = c.one(this.universe);
    const program = this.program(returnType, this.maxDepth, { params, vars: [] }, c);
    const inputs: Value[][] = [];
    for (let k = 0; k < inputTuples; k++) inputs.push(params.map((p) => drawValue(p.type, c)));
    return { program, params, returnType, inputs };
  }

  program(t: Type, depth: number, scope: Scope, c: Choices): Program {
    const key = typeKey(t);
    const ops = this.byResult.get(key);
    const growWeight = depth <= 0 || !ops ? 0 : depth === this.maxDepth ? 8 : 3;
    if (c.weighted([2, growWeight]) === 0) return this.leaf(t, scope, c);
    const names = [...ops!.keys()];
    const inst = c.one(ops!.get(c.one(names))!);
    const args = inst.params.map((p) => {
      if (p.kind !== "function") return this.program(p, depth - 1, scope, c);
      const body = this.program(p.result, Math.max(depth - 1, 1), { params: scope.params, vars: p.params }, c);
      return lambda(p.params, body);
    });
    return apply(inst.op, { params: inst.params, result: inst.result }, args);
  }

  private leaf(t: Type, scope: Scope, c: Choices): Program {
    const key = typeKey(t);
    const options: { program: () => Program; weight: number }[] = [
      { program: () => constant(drawValue(t, c, true), t), weight: 2 },
    ];
    scope.vars.forEach((v, i) => {
      if (typeKey(v) === key) options.push({ program: () => lambdaVar(i, v), weight: 6 });
    });
    scope.params.forEach((p, i) => {
      if (typeKey(p.type) === key) options.push({ program: () => param(i, p.type), weight: 4 });
    });
    return options[c.weighted(options.map((o) => o.weight))].program();
  }
}
