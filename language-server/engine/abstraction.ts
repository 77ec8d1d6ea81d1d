// Library functions as operators. An abstraction is a program body whose parameters are the
// abstraction's own (`param i` is its i-th argument); as an operator it runs that body in the
// engine's interpreter, and in emitted code it is either expanded in place or called as a helper.
import { ERR, type Operator, type Result } from "./operators";
import { usesVariables } from "./enumerate";
import { call, tsArrow, pyLambda } from "./printing";
import { apply, compile, type Program } from "./program";
import { simplified } from "./tidy";
import type { Type, Value } from "./types";
import type { TargetLanguage } from "./api";

export interface AbstractionDefinition {
  /** The name emitted helpers are called by (a valid identifier in every target language). */
  readonly name: string;
  readonly params: readonly Type[];
  readonly result: Type;
  /** The body; `param i` is the i-th argument. It holds no free lambda variables. */
  readonly body: Program;
  /** Search cost in bits. */
  readonly cost: number;
}

/**
 * A library function's name as code in a target language calls it. Python's is in snake case, as
 * PEP 8 names functions (`mapModAdd` is called `map_mod_add` there, `concatCharAt0` `concat_char_at_0`); the library keeps one name.
 */
export function helperName(name: string, language: TargetLanguage): string {
  if (language !== "python") return name;
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/([A-Za-z])([0-9])/g, "$1_$2")
    .toLowerCase();
}

/** Whether two library function names would be the same function in some target language. */
export function namesClash(a: string, b: string): boolean {
  return a === b || helperName(a, "python") === helperName(b, "python");
}

/**
 * The operator for an abstraction. Arguments are evaluated before the body runs (as a helper call
 * would), so an argument that fails makes the application fail even where the body would not need it.
 */
export function abstractionOperator(def: AbstractionDefinition): Operator {
  if (def.params.length < 1 || def.params.length > 3) throw new Error(`an abstraction takes 1 to 3 arguments, not ${def.params.length}`);
  const body = compile(def.body);
  return {
    name: def.name,
    params: def.params,
    result: def.result,
    cost: def.cost,
    semantics: (a: Value, b: Value, c: Value): Result => {
      const v = body([a, b, c], undefined, undefined);
      return typeof v === "function" ? ERR : v;
    },
    typescript: (args) => call(def.name, ...args.map((a) => tsArrow(a))),
    python: (args) => call(helperName(def.name, "python"), ...args.map((a) => pyLambda(a))),
    abstraction: def,
  };
}

/**
 * The program with every abstraction application replaced by the abstraction's body, its
 * arguments put in place of its parameters (innermost first, so an abstraction built from others
 * expands fully). Undefined when an argument with free lambda variables would land under a lambda
 * of the body, where its variables would mean the body's: such a program is emitted with helpers.
 */
export function inlineAbstractions(p: Program): Program | undefined {
  switch (p.kind) {
    case "apply": {
      const args: Program[] = [];
      for (const a of p.args) {
        const inlined = inlineAbstractions(a);
        if (!inlined) return undefined;
        args.push(inlined);
      }
      const def = p.op.abstraction;
      if (!def) return apply(p.op, p.types, args);
      const body = inlineAbstractions(def.body);
      return body && substitute(body, args, false);
    }
    case "lambda": {
      const body = inlineAbstractions(p.body);
      return body && { ...p, body };
    }
    default:
      return p;
  }
}

function substitute(body: Program, args: readonly Program[], underLambda: boolean): Program | undefined {
  switch (body.kind) {
    case "param": {
      const arg = args[body.index];
      if (underLambda && usesVariables(arg)) return undefined;
      return arg;
    }
    case "apply": {
      const out: Program[] = [];
      for (const a of body.args) {
        const s = substitute(a, args, underLambda);
        if (!s) return undefined;
        out.push(s);
      }
      return simplified(body.op, body.types, out);
    }
    case "lambda": {
      const inner = substitute(body.body, args, true);
      return inner && { ...body, body: inner };
    }
    default:
      return body;
  }
}
