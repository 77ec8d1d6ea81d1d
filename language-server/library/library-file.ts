// The library's file format: learned functions as JSON, each body a program tree whose operators
// are named (built-in ones, record fields, or functions defined earlier in the same file). Reading
// checks every node's types, so a damaged or hand-edited file is reported, never half-loaded.
// Reading and writing the file itself is the LibraryStore's (library-store.ts), which locks it.
import * as path from "node:path";
import { defaultStorageDirectory } from "./accepted-store";
import { abstractionOperator, type AbstractionDefinition } from "../engine/abstraction";
import { fieldOperator, OPERATOR_BY_NAME, type Operator } from "../engine/operators";
import { apply, constant, lambda, lambdaVar, param, type Program } from "../engine/program";
import { typeKey, type Type, type Value } from "../engine/types";

/**
 * The format version this Grimoire writes. Version 2 added each function's `id`, `pinned` and
 * `learnedAt`; version 1 files are still read (the store fills those in).
 */
export const LIBRARY_VERSION = 2;

export type ProgramJson =
  | { readonly param: number; readonly type: Type }
  | { readonly var: number; readonly type: Type }
  | { readonly const: Value; readonly type: Type }
  | { readonly op: string; readonly params: readonly Type[]; readonly result: Type; readonly args: readonly ProgramJson[] }
  | { readonly lambda: readonly Type[]; readonly body: ProgramJson };

export interface LibraryFunctionJson {
  readonly name: string;
  readonly params: readonly Type[];
  readonly result: Type;
  readonly body: ProgramJson;
  readonly cost: number;
  readonly uses: number;
  readonly tasks: readonly string[];
  /** Since version 2: a stable identity that survives renaming. */
  readonly id?: string;
  /** Since version 2: kept by `clear` unless everything is cleared. */
  readonly pinned?: boolean;
  /** Since version 2: when the function was added to this library (ISO 8601). */
  readonly learnedAt?: string;
}

export interface LibraryJson {
  readonly version: number;
  readonly functions: readonly LibraryFunctionJson[];
}

export function programToJson(p: Program): ProgramJson {
  switch (p.kind) {
    case "param":
      return { param: p.index, type: p.type };
    case "var":
      return { var: p.index, type: p.type };
    case "const":
      return { const: p.value, type: p.type };
    case "lambda":
      return { lambda: p.params, body: programToJson(p.body) };
    case "apply":
      return { op: p.op.name, params: p.types.params, result: p.types.result, args: p.args.map(programToJson) };
  }
}

/** What reading a library found wrong, with where. */
export class LibraryFormatError extends Error {
  override readonly name = "LibraryFormatError";
}

/**
 * A program from its JSON, its operators looked up with `resolve` (built-ins and field reads are
 * found without it). Throws LibraryFormatError naming the first problem.
 */
export function programFromJson(json: unknown, resolve: (name: string) => Operator | undefined = () => undefined): Program {
  const fail = (why: string): never => {
    throw new LibraryFormatError(why);
  };
  const read = (j: unknown): Program => {
    if (typeof j !== "object" || j === null) return fail(`a program node must be an object, not ${JSON.stringify(j)}`);
    const o = j as Record<string, unknown>;
    if ("param" in o) return param(index(o.param), typeOf(o.type));
    if ("var" in o) return lambdaVar(index(o.var), typeOf(o.type));
    if ("const" in o) return constant(o.const as Value, typeOf(o.type));
    if ("lambda" in o) {
      if (!Array.isArray(o.lambda)) return fail("a lambda's parameters must be a list of types");
      return lambda(o.lambda.map(typeOf), read(o.body));
    }
    if (typeof o.op !== "string") return fail(`unknown program node ${JSON.stringify(j).slice(0, 80)}`);
    const params = Array.isArray(o.params) ? o.params.map(typeOf) : fail(`operator ${o.op}: its parameter types are missing`);
    const result = typeOf(o.result);
    const args = Array.isArray(o.args) ? o.args.map(read) : fail(`operator ${o.op}: its arguments are missing`);
    const op = o.op.startsWith("field:") && params.length === 1 ? fieldOperator(params[0], o.op.slice(6), result) : (OPERATOR_BY_NAME.get(o.op) ?? resolve(o.op));
    if (!op) return fail(`unknown operator '${o.op}'`);
    if (args.length !== params.length || args.length !== op.params.length) return fail(`operator ${o.op} takes ${op.params.length} arguments, not ${args.length}`);
    args.forEach((a, i) => {
      if (typeKey(a.type) !== typeKey(params[i])) fail(`operator ${o.op}: argument ${i + 1} is ${typeKey(a.type)}, not ${typeKey(params[i])}`);
    });
    return apply(op, { params, result }, args);
  };
  const index = (v: unknown): number => (Number.isInteger(v) && (v as number) >= 0 && (v as number) < 3 ? (v as number) : fail(`bad index ${JSON.stringify(v)}`));
  const typeOf = (t: unknown): Type => (isType(t) ? t : fail(`bad type ${JSON.stringify(t)}`));
  return read(json);
}

function isType(t: unknown): t is Type {
  if (typeof t !== "object" || t === null) return false;
  const o = t as Record<string, unknown>;
  switch (o.kind) {
    case "string":
    case "number":
    case "boolean":
      return true;
    case "list":
      return isType(o.element);
    case "record":
      return Array.isArray(o.fields) && o.fields.every((f) => typeof f?.name === "string" && isType(f.type));
    case "function":
      return Array.isArray(o.params) && o.params.every(isType) && isType(o.result);
    default:
      return false;
  }
}

export function libraryFunctionToJson(def: AbstractionDefinition, uses: number, tasks: readonly string[]): LibraryFunctionJson {
  return { name: def.name, params: def.params, result: def.result, body: programToJson(def.body), cost: def.cost, uses, tasks };
}

/** A name a library function may have: an identifier in every target language. */
export const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `base`, or when it is taken, `base_2`, `base_3`, ...: numbered after an underscore, because a
 * bare digit would read as a constant of the function (take3 takes 3).
 */
export function freeName(base: string, isTaken: (name: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) if (!isTaken(`${base}_${n}`)) return `${base}_${n}`;
}

/**
 * The operators of a library's functions, in file order (a function may call those before it).
 * Throws LibraryFormatError naming the function at fault.
 */
export function libraryOperators(json: unknown): Operator[] {
  if (typeof json !== "object" || json === null || !Array.isArray((json as LibraryJson).functions)) {
    throw new LibraryFormatError("a library is an object with a 'functions' list");
  }
  const version = (json as LibraryJson).version;
  if (typeof version !== "number" || version > LIBRARY_VERSION) {
    throw new LibraryFormatError(`library format version ${JSON.stringify(version)} is not one this Grimoire reads (${LIBRARY_VERSION})`);
  }
  return compileLibraryFunctions((json as LibraryJson).functions);
}

/**
 * Checks and compiles library functions in order. `outer` names functions defined elsewhere (the
 * project library, when the global one is merged with it) that bodies may call; their names are
 * taken. Throws LibraryFormatError naming the function at fault.
 */
export function compileLibraryFunctions(functions: readonly unknown[], outer: (name: string) => Operator | undefined = () => undefined): Operator[] {
  const byName = new Map<string, Operator>();
  return functions.map((raw, i) => {
    const f = raw as LibraryFunctionJson;
    const where = `function ${i + 1}${typeof f?.name === "string" ? ` (${f.name})` : ""}`;
    try {
      if (typeof f !== "object" || f === null) throw new LibraryFormatError("it is not an object");
      if (typeof f.name !== "string" || !FUNCTION_NAME.test(f.name)) throw new LibraryFormatError("its name must be an identifier");
      if (OPERATOR_BY_NAME.has(f.name) || byName.has(f.name) || outer(f.name)) throw new LibraryFormatError(`the name '${f.name}' is taken`);
      if (!Array.isArray(f.params) || !f.params.every(isType) || !isType(f.result)) throw new LibraryFormatError("its parameter or result types are missing or bad");
      if (typeof f.cost !== "number" || !(f.cost > 0)) throw new LibraryFormatError("its cost must be a positive number");
      const body = programFromJson(f.body, (name) => byName.get(name) ?? outer(name));
      if (typeKey(body.type) !== typeKey(f.result)) throw new LibraryFormatError(`its body is ${typeKey(body.type)}, not ${typeKey(f.result)}`);
      checkParams(body, f.params);
      const op = abstractionOperator({ name: f.name, params: f.params, result: f.result, body, cost: f.cost });
      byName.set(f.name, op);
      return op;
    } catch (error) {
      if (error instanceof Error) throw new LibraryFormatError(`${where}: ${error.message}`);
      throw error;
    }
  });
}

/** Every parameter the body reads is declared, with the declared type. */
function checkParams(p: Program, params: readonly Type[]): void {
  if (p.kind === "param") {
    if (p.index >= params.length) throw new LibraryFormatError(`its body reads parameter ${p.index + 1} of ${params.length}`);
    if (typeKey(p.type) !== typeKey(params[p.index])) throw new LibraryFormatError(`its parameter ${p.index + 1} is used as ${typeKey(p.type)}`);
  } else if (p.kind === "apply") p.args.forEach((a) => checkParams(a, params));
  else if (p.kind === "lambda") checkParams(p.body, params);
}

/** Where the CLI keeps its library when none is given: $GRIMOIRE_HOME/library.json, else ~/.grimoire/library.json. */
export function defaultLibraryFile(): string {
  return path.join(defaultStorageDirectory(), "library.json");
}
