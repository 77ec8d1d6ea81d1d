// Turns type annotations (their source text) into engine types. A small parser over the text keeps
// this independent of how each grammar version shapes its type nodes.
import { BOOLEAN, NUMBER, STRING, listOf, recordOf, type RecordField, type Type } from "../engine/types";

/** What an annotation says: a type, "work it out from the examples" (with a shape), or something Grimoire cannot use. */
export type Declared =
  | { kind: "type"; type: Type }
  | { kind: "infer"; shape?: "list" | "record" }
  | { kind: "unsupported"; reason: string };

const infer = (shape?: "list" | "record"): Declared => ({ kind: "infer", shape });
const unsupported = (reason: string): Declared => ({ kind: "unsupported", reason });
const ok = (type: Type): Declared => ({ kind: "type", type });

interface Token { text: string; kind: "id" | "str" | "num" | "punct" }

function tokenize(text: string): Token[] | undefined {
  const out: Token[] = [];
  const re = /\s+|(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|([A-Za-z_$][\w$]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(-?\d[\d_.]*)|(=>|\.\.\.|[|&\[\]<>(){},;:?.=*])/y;
  let i = 0;
  while (i < text.length) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return undefined;
    i = re.lastIndex;
    if (m[2]) out.push({ text: m[2], kind: "id" });
    else if (m[3]) out.push({ text: m[3], kind: "str" });
    else if (m[4]) out.push({ text: m[4], kind: "num" });
    else if (m[5]) out.push({ text: m[5], kind: "punct" });
    if (out.length > 10_000) return undefined;
  }
  return out;
}

class Cursor {
  i = 0;
  constructor(readonly tokens: Token[]) {}
  peek(k = 0): Token | undefined { return this.tokens[this.i + k]; }
  is(text: string, k = 0): boolean { return this.tokens[this.i + k]?.text === text; }
  eat(text: string): boolean { if (this.is(text)) { this.i++; return true; } return false; }
  done(): boolean { return this.i >= this.tokens.length; }
}

function sameType(a: Type, b: Type): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Joins the members of a union, dropping null/undefined/None; literal members count as their base type. */
function union(members: Declared[], shown: string): Declared {
  const kept = members.filter((m) => !(m.kind === "unsupported" && m.reason === "null"));
  if (kept.length === 0) return unsupported(`\`${shown}\` is only null`);
  if (kept.length === 1) return kept[0];
  const first = kept[0];
  if (first.kind === "type" && kept.every((m) => m.kind === "type" && sameType(m.type, first.type))) return first;
  return unsupported(`\`${shown}\` is a union: Grimoire needs one type`);
}

// ---------------------------------------------------------------- TypeScript

export type Lookup = (name: string) => string | Declared | undefined;

export function typeScriptType(text: string, lookup: Lookup, seen: ReadonlySet<string> = new Set()): Declared {
  const tokens = tokenize(text);
  if (!tokens) return unsupported(`Grimoire cannot read the type \`${text}\``);
  const c = new Cursor(tokens);
  const result = tsUnion(c, lookup, seen, 0);
  if (!c.done()) return unsupported(`Grimoire cannot use the type \`${text.trim()}\``);
  return result;
}

function tsUnion(c: Cursor, lookup: Lookup, seen: ReadonlySet<string>, depth: number): Declared {
  if (depth > 50) return unsupported("this type is nested too deeply");
  const start = c.i;
  c.eat("|");
  const members = [tsPostfix(c, lookup, seen, depth)];
  while (c.eat("|")) members.push(tsPostfix(c, lookup, seen, depth));
  if (c.is("&")) return unsupported("intersection types are not supported");
  if (members.length === 1) return members[0];
  return union(members, c.tokens.slice(start, c.i).map((t) => t.text).join(" "));
}

function tsPostfix(c: Cursor, lookup: Lookup, seen: ReadonlySet<string>, depth: number): Declared {
  if (c.eat("readonly")) return tsPostfix(c, lookup, seen, depth + 1);
  let t = tsPrimary(c, lookup, seen, depth);
  while (c.is("[") && c.is("]", 1)) {
    c.i += 2;
    t = t.kind === "type" ? ok(listOf(t.type)) : t.kind === "infer" ? infer("list") : t;
  }
  return t;
}

function tsPrimary(c: Cursor, lookup: Lookup, seen: ReadonlySet<string>, depth: number): Declared {
  const tok = c.peek();
  if (!tok) return unsupported("missing type");
  if (c.eat("(")) {
    const inner = tsUnion(c, lookup, seen, depth + 1);
    if (!c.eat(")")) return unsupported("function types are not supported");
    return inner;
  }
  if (c.eat("{")) return tsObject(c, lookup, seen, depth + 1);
  if (tok.kind === "str") { c.i++; return ok(STRING); }
  if (tok.kind === "num") { c.i++; return ok(NUMBER); }
  if (tok.kind !== "id") { c.i++; return unsupported(`Grimoire cannot use the type \`${tok.text}\``); }
  c.i++;
  let name = tok.text;
  while (c.is(".") && c.peek(1)?.kind === "id") { name += `.${c.peek(1)!.text}`; c.i += 2; }
  const args: Declared[] = [];
  if (c.eat("<")) {
    do args.push(tsUnion(c, lookup, seen, depth + 1)); while (c.eat(","));
    if (!c.eat(">")) return unsupported(`Grimoire cannot read the type arguments of \`${name}\``);
  }
  switch (name) {
    case "string": case "String": return ok(STRING);
    case "number": case "Number": return ok(NUMBER);
    case "boolean": case "Boolean": case "true": case "false": return ok(BOOLEAN);
    case "null": case "undefined": case "void": return unsupported("null");
    case "any": case "unknown": return infer();
    case "Array": case "ReadonlyArray":
      if (args.length !== 1) return infer("list");
      return args[0].kind === "type" ? ok(listOf(args[0].type)) : args[0].kind === "infer" ? infer("list") : args[0];
    case "Record":
      return infer("record");
    case "Promise": case "PromiseLike":
      return args.length === 1 ? args[0] : unsupported("`Promise` needs one type argument");
  }
  if (args.length > 0) return unsupported(`Grimoire cannot use the generic type \`${name}<…>\``);
  if (seen.has(name)) return unsupported(`\`${name}\` refers to itself: recursive types are not supported`);
  const found = lookup(name);
  if (found === undefined) return unsupported(`Grimoire does not know the type \`${name}\` (declare it as an interface or type alias in this file)`);
  if (typeof found !== "string") return found;
  const next = new Set(seen);
  next.add(name);
  return typeScriptType(found, lookup, next);
}

function tsObject(c: Cursor, lookup: Lookup, seen: ReadonlySet<string>, depth: number): Declared {
  const fields: RecordField[] = [];
  const names = new Set<string>();
  while (!c.eat("}")) {
    if (c.done()) return unsupported("unfinished object type");
    if (c.eat(";") || c.eat(",")) continue;
    if (c.is("readonly") && c.peek(1) && c.peek(1)!.text !== ":" && c.peek(1)!.text !== "?") c.i++;
    const nameTok = c.peek();
    if (!nameTok || (nameTok.kind !== "id" && nameTok.kind !== "str" && nameTok.kind !== "num"))
      return unsupported("index signatures and computed keys are not supported in records");
    c.i++;
    const name = nameTok.kind === "str" ? nameTok.text.slice(1, -1) : nameTok.text;
    if (c.is("?")) return unsupported(`the field \`${name}\` is optional: records need every field`);
    if (c.is("(") || c.is("<")) return unsupported(`\`${name}\` is a method: records may only have fields`);
    if (!c.eat(":")) return unsupported(`Grimoire cannot read the field \`${name}\``);
    const t = tsUnion(c, lookup, seen, depth + 1);
    if (t.kind === "unsupported") return t;
    if (t.kind === "infer") return unsupported(`the field \`${name}\` has no type Grimoire can use`);
    if (names.has(name)) return unsupported(`the field \`${name}\` is declared twice`);
    names.add(name);
    fields.push({ name, type: t.type });
  }
  return ok(recordOf(fields));
}

// ---------------------------------------------------------------- Python

export function pythonType(text: string, depth = 0): Declared {
  const tokens = tokenize(text);
  if (!tokens || depth > 20) return unsupported(`Grimoire cannot read the type \`${text}\``);
  const c = new Cursor(tokens);
  const result = pyUnion(c, depth);
  if (!c.done()) return unsupported(`Grimoire cannot use the type \`${text.trim()}\``);
  return result;
}

function pyUnion(c: Cursor, depth: number): Declared {
  if (depth > 50) return unsupported("this type is nested too deeply");
  const start = c.i;
  const members = [pyPrimary(c, depth)];
  while (c.eat("|")) members.push(pyPrimary(c, depth));
  if (members.length === 1) return members[0];
  return union(members, c.tokens.slice(start, c.i).map((t) => t.text).join(" "));
}

function pyPrimary(c: Cursor, depth: number): Declared {
  const tok = c.peek();
  if (!tok) return unsupported("missing type");
  if (tok.kind === "str") { c.i++; return pythonType(tok.text.slice(1, -1), depth + 1); }
  if (tok.kind !== "id") { c.i++; return unsupported(`Grimoire cannot use the type \`${tok.text}\``); }
  c.i++;
  let name = tok.text;
  while (c.is(".") && c.peek(1)?.kind === "id") { name = c.peek(1)!.text; c.i += 2; }
  const args: Declared[] = [];
  let ellipsis = false;
  if (c.eat("[")) {
    do {
      if (c.eat("...")) { ellipsis = true; continue; }
      args.push(pyUnion(c, depth + 1));
    } while (c.eat(","));
    if (!c.eat("]")) return unsupported(`Grimoire cannot read the type arguments of \`${name}\``);
  }
  const listOfArg = (a: Declared): Declared => (a.kind === "type" ? ok(listOf(a.type)) : a.kind === "infer" ? infer("list") : a);
  switch (name) {
    case "str": return ok(STRING);
    case "int": case "float": return ok(NUMBER);
    case "bool": return ok(BOOLEAN);
    case "None": case "NoneType": return unsupported("null");
    case "Any": case "object": return infer();
    case "list": case "List": case "Sequence": case "MutableSequence": case "Iterable": case "Collection":
      return args.length === 1 ? listOfArg(args[0]) : infer("list");
    case "tuple": case "Tuple": {
      if (args.length === 0) return infer("list");
      if (ellipsis || args.length === 1) return listOfArg(args[0]);
      return listOfArg(union(args, `tuple[${args.length} types]`));
    }
    case "dict": case "Dict": case "Mapping": case "MutableMapping":
      if (args.length === 2 && !(args[0].kind === "type" && args[0].type.kind === "string") && args[0].kind !== "infer")
        return unsupported(`\`${name}\` keys must be str: Grimoire reads dicts as records`);
      return infer("record");
    case "Optional":
      return args.length === 1 ? args[0] : unsupported("`Optional` needs one type");
    case "Union":
      return union(args, `Union[…]`);
  }
  return unsupported(`Grimoire cannot use the type \`${name}\``);
}
