// The engine's vocabulary: types, values, examples and tasks. Nothing here knows about LSP,
// VS Code, files or benchmark formats; everything that reaches the engine is turned into these.

/** A type of the DSL. Type variables appear only in operator signatures, never in a task. */
export type Type =
  | { readonly kind: "string" }
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  | { readonly kind: "list"; readonly element: Type }
  | { readonly kind: "record"; readonly fields: readonly RecordField[] }
  | { readonly kind: "function"; readonly params: readonly Type[]; readonly result: Type }
  | { readonly kind: "var"; readonly name: string };

export interface RecordField {
  readonly name: string;
  readonly type: Type;
}

export const STRING: Type = { kind: "string" };
export const NUMBER: Type = { kind: "number" };
export const BOOLEAN: Type = { kind: "boolean" };
export const listOf = (element: Type): Type => ({ kind: "list", element });
export const fnOf = (params: readonly Type[], result: Type): Type => ({ kind: "function", params, result });
export const typeVar = (name: string): Type => ({ kind: "var", name });
export const recordOf = (fields: readonly RecordField[]): Type => ({
  kind: "record",
  fields: [...fields].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
});

/** A runtime value. Records are plain objects; lists are arrays; functions only exist inside the interpreter. */
export type Value = string | number | boolean | readonly Value[] | { readonly [field: string]: Value };

export interface Parameter {
  readonly name: string;
  readonly type: Type;
}

export interface Example {
  readonly inputs: readonly Value[];
  readonly output: Value;
}

/** One synthesis problem: a signature and the examples the program must satisfy. */
export interface Task {
  readonly name: string;
  readonly params: readonly Parameter[];
  readonly returnType: Type;
  /** Examples the search must satisfy. */
  readonly examples: readonly Example[];
  /** Examples kept back from the search, used only to check that the program generalizes. */
  readonly heldOut?: readonly Example[];
  /** Extra literals worth trying (for example those a SyGuS grammar offers). */
  readonly constants?: readonly Value[];
  /** The words of the function's name and comment, lower-cased: operators they name cost less. */
  readonly words?: readonly string[];
}

/** A canonical, stable text for a type; equal types give equal keys. Used to index value banks. */
export function typeKey(t: Type): string {
  switch (t.kind) {
    case "string":
      return "str";
    case "number":
      return "num";
    case "boolean":
      return "bool";
    case "list":
      return `[${typeKey(t.element)}]`;
    case "record":
      return `{${t.fields.map((f) => `${f.name}:${typeKey(f.type)}`).join(",")}}`;
    case "function":
      return `(${t.params.map(typeKey).join(",")})=>${typeKey(t.result)}`;
    case "var":
      return `'${t.name}`;
  }
}

/** Reads the compact notation used in tests and benchmark adapters: `str`, `num`, `bool`, `[num]`. */
export function parseTypeKey(text: string): Type {
  const s = text.trim();
  if (s === "str" || s === "string") return STRING;
  if (s === "num" || s === "number" || s === "int") return NUMBER;
  if (s === "bool" || s === "boolean") return BOOLEAN;
  if (s.startsWith("[") && s.endsWith("]")) return listOf(parseTypeKey(s.slice(1, -1)));
  throw new Error(`unknown type '${text}'`);
}

/** Deep structural equality of values, the test every example is checked with. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const aList = Array.isArray(a);
  if (aList !== Array.isArray(b)) return false;
  if (aList) {
    const x = a as readonly Value[];
    const y = b as readonly Value[];
    if (x.length !== y.length) return false;
    // Equal primitives, the common case, need no call.
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !valuesEqual(x[i], y[i])) return false;
    return true;
  }
  const x = a as { readonly [k: string]: Value };
  const y = b as { readonly [k: string]: Value };
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  for (const k of kx) if (!(k in y) || !valuesEqual(x[k], y[k])) return false;
  return true;
}

/** The type of a value, when it can be told from the value alone (empty lists cannot). */
export function typeOfValue(v: Value): Type | undefined {
  if (typeof v === "string") return STRING;
  if (typeof v === "number") return NUMBER;
  if (typeof v === "boolean") return BOOLEAN;
  if (Array.isArray(v)) {
    for (const item of v as readonly Value[]) {
      const t = typeOfValue(item);
      if (t) return listOf(t);
    }
    return undefined;
  }
  const fields: RecordField[] = [];
  for (const [name, fieldValue] of Object.entries(v as { [k: string]: Value })) {
    const t = typeOfValue(fieldValue);
    if (!t) return undefined;
    fields.push({ name, type: t });
  }
  return recordOf(fields);
}

/** Human-readable value text (JSON-like), used in messages and questions. */
export function showValue(v: Value): string {
  return JSON.stringify(v);
}
