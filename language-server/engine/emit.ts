// Emission: programs printed as the code a person would write, in TypeScript, JavaScript or
// Python. Operator entries print themselves; this module names lambda variables, prints
// literals, and wraps the expression into a whole function with the task's names and types.
import { helperName, inlineAbstractions, type AbstractionDefinition } from "./abstraction";
import { tidy } from "./tidy";
import type { TargetLanguage } from "./api";
import { PYTHON_IMPORTS } from "./operators";
import { atom, numberLiteral, PREC, pyString, tsString, type Printed, type PrintedArg } from "./printing";
import type { Program } from "./program";
import { typeKey, type Parameter, type Type, type Value } from "./types";

interface Scope {
  readonly params: readonly string[];
  /** Names of the innermost lambda's variables. */
  readonly vars: readonly string[];
  readonly taken: ReadonlySet<string>;
}

const PY_RESERVED = new Set(["lambda", "def", "class", "in", "is", "not", "and", "or", "if", "else", "for", "list", "str", "int", "len", "sum", "max", "min", "map", "filter", "sorted", "type", "id", "input"]);

/** A readable name for a lambda variable of this type that clashes with nothing in scope. */
function variableName(t: Type, preferred: string | undefined, taken: ReadonlySet<string>): string {
  const base =
    preferred ??
    (t.kind === "number" ? "x" : t.kind === "string" ? "w" : t.kind === "boolean" ? "b" : t.kind === "list" ? "xs" : t.kind === "record" ? "item" : "v");
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

function lambdaNames(p: Program & { kind: "lambda" }, taken: ReadonlySet<string>, preferred: readonly (string | undefined)[]): string[] {
  const names: string[] = [];
  const used = new Set(taken);
  p.params.forEach((t, i) => {
    const name = variableName(t, preferred[i], used);
    used.add(name);
    names.push(name);
  });
  // Two variables of one type read better as x and y than as x and x2.
  if (p.params.length === 2 && names[1] === `${names[0]}2`) names[1] = variableName(p.params[1], "y", used);
  return names;
}

export function printLiteral(v: Value, language: TargetLanguage): Printed {
  if (typeof v === "string") return { ...atom(language === "python" ? pyString(v) : tsString(v)), pieces: [{ text: v }] };
  if (typeof v === "number") return numberLiteral(v);
  if (typeof v === "boolean") return atom(language === "python" ? (v ? "True" : "False") : String(v));
  if (Array.isArray(v)) return atom(`[${(v as readonly Value[]).map((x) => printLiteral(x, language).code).join(", ")}]`);
  const entries = Object.entries(v as { [k: string]: Value });
  if (language === "python") return atom(`{${entries.map(([k, x]) => `${pyString(k)}: ${printLiteral(x, language).code}`).join(", ")}}`);
  return atom(`{ ${entries.map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : tsString(k)}: ${printLiteral(x, language).code}`).join(", ")} }`);
}

function printIn(p: Program, language: TargetLanguage, scope: Scope, preferredNames: readonly (string | undefined)[] = []): PrintedArg {
  switch (p.kind) {
    case "param":
      return atom(scope.params[p.index]);
    case "var":
      return { ...atom(scope.vars[p.index] ?? "_"), readsVariable: true };
    case "const":
      return printLiteral(p.value, language);
    case "lambda": {
      const names = lambdaNames(p, scope.taken, preferredNames);
      const inner: Scope = { params: scope.params, vars: names, taken: new Set([...scope.taken, ...names]) };
      const body = printIn(p.body, language, inner);
      const code = language === "python" ? `lambda ${names.join(", ")}: ${body.code}` : `(${names.join(", ")}) => ${body.code}`;
      return { code, prec: PREC.lambda, lambda: { params: names, body } };
    }
    case "apply": {
      // The operator may name its lambda's variables (a fold's accumulator); zipWith's pairs read as x and y.
      const names = itemName(p, scope) ?? p.op.variableNames;
      const args = p.args.map((a) => printIn(a, language, scope, names));
      const printer =
        language === "python" ? p.op.python : language === "javascript" ? (p.op.javascript ?? p.op.typescript) : p.op.typescript;
      const printed = printer(args, p.types);
      return args.some((a) => a.readsVariable) ? { ...printed, readsVariable: true } : printed;
    }
  }
}

/** Operators that keep a list's items (and so what they are called): a lambda over the result reads them. */
const KEEPS_ITEMS = new Set(["filter", "sort", "sortBy", "reverse", "take", "drop", "listSlice", "unique"]);

/**
 * The name of the items of a list an operator's lambda reads: records after the list they come
 * from (`people.filter((person) => ...)`, `users.map((user) => user.email)`), positions `i`,
 * a string's characters `c`;
 * undefined (the type's usual name) where the list is not a parameter's or a range (or some of
 * their items), or its name has no singular.
 */
function itemName(p: Program & { kind: "apply" }, scope: Scope): (string | undefined)[] | undefined {
  const source = p.args[0];
  if (!source || source.type.kind !== "list") return undefined;
  // A fold's first variable is its accumulator, named by the operator.
  if (p.op.variableNames?.[0] !== undefined) return undefined;
  const element = source.type.element;
  if (!p.args.some((a) => a.kind === "lambda" && a.params[0] && typeKey(a.params[0]) === typeKey(element))) return undefined;
  let list: Program = source;
  while (list.kind === "apply" && KEEPS_ITEMS.has(list.op.name)) list = list.args[0];
  // Positions read as i: `Array.from({ length: xs.length }, (_, i) => i).filter((i) => xs[i] % 2 === 0)`.
  if (list.kind === "apply" && list.op.name === "range") return ["i", ...(p.op.variableNames ?? []).slice(1)];
  // A string's characters read as c: `[...s].filter((c) => c !== " ")`.
  if (list.kind === "apply" && list.op.name === "chars") return ["c", ...(p.op.variableNames ?? []).slice(1)];
  if (list.kind !== "param" || element.kind !== "record") return undefined;
  const name = singular(scope.params[list.index] ?? "");
  if (!name || PY_RESERVED.has(name)) return undefined;
  return [name, ...(p.op.variableNames ?? []).slice(1)];
}

const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ["people", "person"],
  ["children", "child"],
  ["men", "man"],
  ["women", "woman"],
]);

/** An English plural's singular (`people` person, `entries` entry, `users` user), or undefined. */
function singular(plural: string): string | undefined {
  const lower = plural.toLowerCase();
  const cut = (n: number, add = "") => plural.slice(0, plural.length - n) + add;
  const name =
    IRREGULAR_PLURALS.get(lower) ??
    (/ies$/.test(lower) && lower.length > 4
      ? cut(3, "y")
      : /(ss|sh|ch|x)es$/.test(lower)
        ? cut(2)
        : /[^su]s$/.test(lower) && lower.length > 2
          ? cut(1)
          : undefined);
  return name && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : undefined;
}

/** The program as one expression in the target language, with the given parameter names. */
export function printExpression(p: Program, language: TargetLanguage, paramNames: readonly string[]): string {
  const taken = new Set(paramNames);
  if (language === "python") for (const r of PY_RESERVED) taken.add(r);
  return printIn(tidy(p), language, { params: paramNames, vars: [], taken }).code;
}

export function tsType(t: Type): string {
  switch (t.kind) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "list": {
      const inner = tsType(t.element);
      return /^[\w.]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
    }
    case "record":
      return `{ ${t.fields.map((f) => `${/^[A-Za-z_$][\w$]*$/.test(f.name) ? f.name : JSON.stringify(f.name)}: ${tsType(f.type)}`).join("; ")} }`;
    case "function":
      return `(${t.params.map((p, i) => `a${i}: ${tsType(p)}`).join(", ")}) => ${tsType(t.result)}`;
    case "var":
      return "unknown";
  }
}

export function pyType(t: Type): string {
  switch (t.kind) {
    case "string":
      return "str";
    case "number":
      return "int";
    case "boolean":
      return "bool";
    case "list":
      return `list[${pyType(t.element)}]`;
    case "record":
      return "dict";
    case "function":
      // Python evaluates annotations when it defines a function, so the name must resolve.
      return "typing.Callable";
    case "var":
      return "object";
  }
}

function collectPythonImports(p: Program, into: Set<string>): void {
  if (p.kind === "apply") {
    const m = PYTHON_IMPORTS[p.op.name];
    if (m) into.add(m);
    p.args.forEach((a) => collectPythonImports(a, into));
  } else if (p.kind === "lambda") collectPythonImports(p.body, into);
}

/**
 * Modules the program's Python code needs, sorted: those of its operators that the printed code
 * uses (a fold that prints as `sum(...)` needs no functools).
 */
export function pythonImports(p: Program, code: string): string[] {
  const into = new Set<string>();
  collectPythonImports(p, into);
  return [...into].filter((m) => code.includes(`${m}.`)).sort();
}

/**
 * A valid function name in the target language: the task's name when it is one, otherwise its
 * words joined in the language's style (`add-k with k=0` becomes `addKWithK0` or `add_k_with_k_0`).
 */
export function functionName(name: string, language: TargetLanguage): string {
  const valid = language === "python" ? /^[A-Za-z_]\w*$/ : /^[A-Za-z_$][\w$]*$/;
  if (valid.test(name) && !(language === "python" && PY_RESERVED.has(name))) return name;
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0) return "synthesized";
  let out =
    language === "python"
      ? words.map((w) => w.toLowerCase()).join("_")
      : words.map((w, i) => (i === 0 ? w[0].toLowerCase() : w[0].toUpperCase()) + w.slice(1)).join("");
  if (/^[0-9]/.test(out)) out = (language === "python" ? "f_" : "f") + out;
  return out;
}

/** The whole function: signature with the task's names and types, and a body returning the program. */
export function emitFunction(
  name: string,
  params: readonly Parameter[],
  returnType: Type,
  program: Program,
  language: TargetLanguage,
): string {
  const names = params.map((p) => p.name);
  const body = printExpression(program, language, names);
  name = functionName(name, language);
  if (language === "python") {
    const head = signatureImports(pythonImports(program, body), params, returnType).map((m) => `import ${m}\n`).join("");
    const sig = params.map((p) => `${p.name}: ${pyType(p.type)}`).join(", ");
    return `${head}${head ? "\n\n" : ""}def ${name}(${sig}) -> ${pyType(returnType)}:\n    return ${body}\n`;
  }
  if (language === "typescript") {
    const sig = params.map((p) => `${p.name}: ${tsType(p.type)}`).join(", ");
    return `function ${name}(${sig}): ${tsType(returnType)} {\n  return ${body};\n}\n`;
  }
  return `function ${name}(${names.join(", ")}) {\n  return ${body};\n}\n`;
}

/** The modules a Python function needs: its body's, and typing where its signature names a function type. */
function signatureImports(modules: readonly string[], params: readonly Parameter[], returnType: Type): string[] {
  const needsTyping = [...params.map((p) => p.type), returnType].some(mentionsFunction);
  return needsTyping && !modules.includes("typing") ? [...modules, "typing"].sort() : [...modules];
}

function mentionsFunction(t: Type): boolean {
  if (t.kind === "function") return true;
  if (t.kind === "list") return mentionsFunction(t.element);
  if (t.kind === "record") return t.fields.some((f) => mentionsFunction(f.type));
  return false;
}

/** The modules a library function's Python definition imports. */
export function helperPythonImports(def: AbstractionDefinition): string[] {
  const body = printExpression(def.body, "python", helperParameterNames(def));
  return signatureImports(pythonImports(def.body, body), def.params.map((type) => ({ name: "", type })), def.result);
}

/** The library functions a program calls, each once, those they call first. */
export function calledAbstractions(p: Program, into: AbstractionDefinition[] = []): AbstractionDefinition[] {
  if (p.kind === "lambda") calledAbstractions(p.body, into);
  if (p.kind !== "apply") return into;
  p.args.forEach((a) => calledAbstractions(a, into));
  const def = p.op.abstraction;
  if (def && !into.some((d) => d.name === def.name)) {
    calledAbstractions(def.body, into);
    if (!into.some((d) => d.name === def.name)) into.push(def);
  }
  return into;
}

/** A helper's parameters are named a, b, c. */
function helperParameterNames(def: AbstractionDefinition): string[] {
  return def.params.map((_, i) => "abc"[i]);
}

/** A library function as a helper definition in the target language, its parameters named a, b, c. */
export function emitHelper(def: AbstractionDefinition, language: TargetLanguage): string {
  const names = helperParameterNames(def);
  const params = def.params.map((type, i) => ({ name: names[i], type }));
  return emitFunction(helperName(def.name, language), params, def.result, def.body, language);
}

export interface EmittedProgram {
  /** The whole function in each target language, any helpers it needs defined above it. */
  readonly code: Readonly<Record<TargetLanguage, string>>;
  /** The expression the function returns, in each target language. */
  readonly returns: Readonly<Record<TargetLanguage, string>>;
  readonly pythonImports: readonly string[];
}

/**
 * A program as code in every target language. Library functions are expanded in place; where an
 * argument would be captured by a lambda of the body, the code calls them as helpers instead.
 */
export function emitProgram(name: string, params: readonly Parameter[], returnType: Type, program: Program): EmittedProgram {
  const names = params.map((p) => p.name);
  const inlined = inlineAbstractions(program);
  const emitted = inlined ?? program;
  const helpers = inlined ? [] : calledAbstractions(program);
  const code = {} as Record<TargetLanguage, string>;
  const returns = {} as Record<TargetLanguage, string>;
  for (const language of ["typescript", "javascript", "python"] as const) {
    const definitions = helpers.map((d) => emitHelper(d, language) + "\n").join("");
    code[language] = definitions + emitFunction(name, params, returnType, emitted, language);
    returns[language] = printExpression(emitted, language, names);
  }
  const imports = new Set(pythonImports(emitted, returns.python));
  for (const d of helpers) for (const m of helperPythonImports(d)) imports.add(m);
  return { code, returns, pythonImports: [...imports].sort() };
}
