// Programs of the DSL and the interpreter that runs them. Programs are trees; running one compiles
// it once into nested closures, so the search and the checks never re-walk the tree per input.
import { ERR, type Operator, type Result, type UsedTypes } from "./operators";
import { fnOf, typeKey, type Type, type Value } from "./types";

export type Program =
  | { readonly kind: "param"; readonly index: number; readonly type: Type }
  | { readonly kind: "var"; readonly index: number; readonly type: Type }
  | { readonly kind: "const"; readonly value: Value; readonly type: Type }
  | {
      readonly kind: "apply";
      readonly op: Operator;
      readonly types: UsedTypes;
      readonly args: readonly Program[];
      readonly type: Type;
    }
  | { readonly kind: "lambda"; readonly params: readonly Type[]; readonly body: Program; readonly type: Type };

export const param = (index: number, type: Type): Program => ({ kind: "param", index, type });
export const lambdaVar = (index: number, type: Type): Program => ({ kind: "var", index, type });
export const constant = (value: Value, type: Type): Program => ({ kind: "const", value, type });
export const apply = (op: Operator, types: UsedTypes, args: readonly Program[]): Program => ({
  kind: "apply",
  op,
  types,
  args,
  type: types.result,
});
export const lambda = (params: readonly Type[], body: Program): Program => ({
  kind: "lambda",
  params,
  body,
  type: fnOf(params, body.type),
});

/** Shared step budget: every operator application spends one step. */
export class StepBudget {
  remaining = 0;
  deadline = Infinity;
  reset(steps: number, deadline = Infinity): void {
    this.remaining = steps;
    this.deadline = deadline;
  }
  /** Spends a step; false once the budget or the deadline is exhausted. */
  spend(): boolean {
    if (--this.remaining < 0) return false;
    // Checking the clock is costly, so it happens only every 4096 steps.
    if ((this.remaining & 4095) === 0 && Date.now() > this.deadline) {
      this.remaining = -1;
      return false;
    }
    return true;
  }
}

export const budget = new StepBudget();
budget.reset(Number.MAX_SAFE_INTEGER);

/** A compiled program: the function inputs, then the innermost lambda's arguments. */
export type Compiled = (inputs: readonly Value[], x: any, y: any) => Result;

export function compile(p: Program): Compiled {
  switch (p.kind) {
    case "param": {
      const i = p.index;
      return (inputs) => inputs[i];
    }
    case "var":
      return p.index === 0 ? (_inputs, x) => x : (_inputs, _x, y) => y;
    case "const": {
      const v = p.value;
      return () => v;
    }
    case "lambda": {
      const body = compile(p.body);
      // A lambda evaluates to a closure over the current inputs; its variables shadow any outer ones.
      return (inputs) => ((a: any, b: any) => body(inputs, a, b)) as unknown as Result;
    }
    case "apply": {
      const f = p.op.semantics;
      const args = p.args.map(compile);
      if (args.length === 1) {
        const [a0] = args;
        return (inputs, x, y) => {
          if (!budget.spend()) return ERR;
          const a = a0(inputs, x, y);
          return a === ERR ? ERR : f(a, undefined, undefined);
        };
      }
      if (args.length === 2) {
        const [a0, a1] = args;
        return (inputs, x, y) => {
          if (!budget.spend()) return ERR;
          const a = a0(inputs, x, y);
          if (a === ERR) return ERR;
          const b = a1(inputs, x, y);
          return b === ERR ? ERR : f(a, b, undefined);
        };
      }
      if (p.op.name === "if") {
        // Only the branch taken is evaluated, as in the emitted code.
        const [c0, t0, e0] = args;
        return (inputs, x, y) => {
          if (!budget.spend()) return ERR;
          const c = c0(inputs, x, y);
          if (c === ERR) return ERR;
          return c ? t0(inputs, x, y) : e0(inputs, x, y);
        };
      }
      const [a0, a1, a2] = args;
      return (inputs, x, y) => {
        if (!budget.spend()) return ERR;
        const a = a0(inputs, x, y);
        if (a === ERR) return ERR;
        const b = a1(inputs, x, y);
        if (b === ERR) return ERR;
        const c = a2(inputs, x, y);
        return c === ERR ? ERR : f(a, b, c);
      };
    }
  }
}

export interface RunLimits {
  readonly steps?: number;
  readonly timeoutMs?: number;
}

/** Runs a whole program on one input tuple with step and time limits. */
export function runProgram(
  p: Program,
  inputs: readonly Value[],
  limits: RunLimits = {},
): { ok: true; value: Value } | { ok: false; error: string } {
  const compiled = compile(p);
  budget.reset(limits.steps ?? 1_000_000, Date.now() + (limits.timeoutMs ?? 1000));
  let v: Result;
  try {
    v = compiled(inputs, undefined, undefined);
  } catch (e) {
    return { ok: false, error: `the program failed: ${(e as Error).message}` };
  } finally {
    budget.reset(Number.MAX_SAFE_INTEGER);
  }
  if (v === ERR) return { ok: false, error: "the program is undefined on this input" };
  if (typeof v === "function") return { ok: false, error: "the program returned a function" };
  return { ok: true, value: v };
}

/** A neutral, language-independent rendering, used in logs, benchmarks and tests. */
export function showProgram(p: Program, paramNames: readonly string[] = []): string {
  switch (p.kind) {
    case "param":
      return paramNames[p.index] ?? `$${p.index}`;
    case "var":
      return ["x", "y"][p.index] ?? `v${p.index}`;
    case "const":
      return JSON.stringify(p.value);
    case "lambda":
      return `(${p.params.map((_, i) => ["x", "y"][i]).join(", ")}) => ${showProgram(p.body, paramNames)}`;
    case "apply":
      return `${p.op.name}(${p.args.map((a) => showProgram(a, paramNames)).join(", ")})`;
  }
}

/** Operators a program applies, by name (for the just-in-time cost update and the words' checks). */
export function operatorsOf(p: Program, into = new Map<string, Operator>()): Map<string, Operator> {
  if (p.kind === "apply") {
    into.set(p.op.name, p.op);
    p.args.forEach((a) => operatorsOf(a, into));
  } else if (p.kind === "lambda") operatorsOf(p.body, into);
  return into;
}

/** Number of nodes, used by ranking tie-breaks. */
export function programSize(p: Program): number {
  switch (p.kind) {
    case "apply":
      return 1 + p.args.reduce((n, a) => n + programSize(a), 0);
    case "lambda":
      return 1 + programSize(p.body);
    default:
      return 1;
  }
}

/** A structural key, equal for equal programs. */
export function programKey(p: Program): string {
  switch (p.kind) {
    case "param":
      return `$${p.index}`;
    case "var":
      return `%${p.index}`;
    case "const":
      return `#${JSON.stringify(p.value)}:${typeKey(p.type)}`;
    case "lambda":
      return `\\(${programKey(p.body)})`;
    case "apply":
      return `${p.op.name}<${typeKey(p.type)}>(${p.args.map(programKey).join(",")})`;
  }
}
