// Reads literal values from tree-sitter nodes, never evaluating anything. Anything that is not a
// literal (an identifier, a call, an operation, a template with `${}`) is refused with the node's span.
import type { Node } from "web-tree-sitter";
import type { Value } from "../engine/types";

export type Flavor = "js" | "python";

export interface LiteralProblem {
  message: string;
  /** Offsets in the parsed text. */
  start: number;
  end: number;
}

export type LiteralResult = { ok: true; value: Value } | { ok: false; problem: LiteralProblem };

/** Values nested deeper than this are refused (also keeps every walk over values shallow). */
export const MAX_DEPTH = 100;

export function snippet(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

const fail = (node: Node, message: string): LiteralResult => ({
  ok: false,
  problem: { message, start: node.startIndex, end: node.endIndex },
});

const notLiteral = (node: Node): LiteralResult =>
  fail(node, `\`${snippet(node.text)}\` is not a literal: examples may only use literal values`);

const noNull = (node: Node): LiteralResult =>
  fail(node, `\`${node.text}\` is not supported: Grimoire's values have no null or undefined (yet)`);

const elements = (node: Node): Node[] => node.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");

export function readLiteral(node: Node, flavor: Flavor, depth = 0): LiteralResult {
  if (depth > MAX_DEPTH) return fail(node, `this value is nested more than ${MAX_DEPTH} levels deep`);
  return flavor === "js" ? readJs(node, depth) : readPython(node, depth);
}

// ---------------------------------------------------------------- JavaScript / TypeScript

function readJs(node: Node, depth: number): LiteralResult {
  switch (node.type) {
    case "parenthesized_expression": {
      const inner = elements(node);
      return inner.length === 1 ? readLiteral(inner[0], "js", depth + 1) : notLiteral(node);
    }
    case "string":
      return { ok: true, value: decodeJsEscapes(node.text.slice(1, -1)) };
    case "template_string": {
      if (node.namedChildren.some((c) => c?.type === "template_substitution"))
        return fail(node, `\`${snippet(node.text)}\` is a template with substitutions: examples may only use literal values`);
      return { ok: true, value: decodeJsEscapes(node.text.slice(1, -1).replace(/\r\n?/g, "\n")) };
    }
    case "number":
      return jsNumber(node, node.text);
    case "true":
      return { ok: true, value: true };
    case "false":
      return { ok: true, value: false };
    case "null":
    case "undefined":
      return noNull(node);
    case "identifier":
      if (node.text === "NaN") return { ok: true, value: NaN };
      if (node.text === "Infinity") return { ok: true, value: Infinity };
      if (node.text === "undefined") return noNull(node);
      return notLiteral(node);
    case "unary_expression": {
      const op = node.childForFieldName("operator")?.type ?? node.child(0)?.type;
      const arg = node.childForFieldName("argument");
      if ((op === "-" || op === "+") && arg && (arg.type === "number" || (arg.type === "identifier" && (arg.text === "Infinity" || arg.text === "NaN")))) {
        const inner = readJs(arg, depth + 1);
        if (!inner.ok) return inner;
        return { ok: true, value: op === "-" ? -(inner.value as number) : (inner.value as number) };
      }
      return notLiteral(node);
    }
    case "array": {
      const out: Value[] = [];
      let afterSeparator = true;
      for (const child of node.children) {
        if (!child || child.type === "comment" || child.type === "]") continue;
        if (child.type === "[") { afterSeparator = true; continue; }
        if (child.type === ",") {
          if (afterSeparator) return fail(node, `\`${snippet(node.text)}\` has a hole (an empty element): write every element`);
          afterSeparator = true;
          continue;
        }
        if (child.type === "spread_element") return fail(child, `\`${snippet(child.text)}\` is a spread: examples may only use literal values`);
        const r = readLiteral(child, "js", depth + 1);
        if (!r.ok) return r;
        out.push(r.value);
        afterSeparator = false;
      }
      return { ok: true, value: out };
    }
    case "object": {
      const out: { [k: string]: Value } = {};
      for (const child of elements(node)) {
        if (child.type !== "pair") {
          if (child.type === "shorthand_property_identifier")
            return fail(child, `\`${child.text}\` is a shorthand property: write \`${child.text}: value\` with a literal value`);
          return fail(child, `\`${snippet(child.text)}\` is not a literal property: examples may only use \`key: value\` pairs`);
        }
        const keyNode = child.childForFieldName("key");
        const valueNode = child.childForFieldName("value");
        if (!keyNode || !valueNode) return notLiteral(child);
        let key: string;
        if (keyNode.type === "property_identifier") key = keyNode.text;
        else if (keyNode.type === "string") key = decodeJsEscapes(keyNode.text.slice(1, -1));
        else if (keyNode.type === "number") {
          const n = jsNumber(keyNode, keyNode.text);
          if (!n.ok) return n;
          key = String(n.value);
        } else return fail(keyNode, `\`${snippet(keyNode.text)}\` is a computed key: examples may only use literal keys`);
        const r = readLiteral(valueNode, "js", depth + 1);
        if (!r.ok) return r;
        Object.defineProperty(out, key, { value: r.value, enumerable: true, writable: true, configurable: true });
      }
      return { ok: true, value: out };
    }
    default:
      return notLiteral(node);
  }
}

function jsNumber(node: Node, text: string): LiteralResult {
  const t = text.replace(/_/g, "");
  if (/n$/.test(t)) return fail(node, `\`${snippet(text)}\` is a bigint: examples may only use plain numbers`);
  const n = /^0[0-7]+$/.test(t) ? parseInt(t, 8) : Number(t);
  if (Number.isNaN(n)) return fail(node, `\`${snippet(text)}\` is not a number Grimoire can read`);
  return { ok: true, value: n };
}

export function decodeJsEscapes(s: string): string {
  if (!s.includes("\\")) return s;
  return s.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_m, e: string) => {
    switch (e[0]) {
      case "n": return "\n";
      case "t": return "\t";
      case "r": return e === "r" ? "\r" : "";
      case "b": return "\b";
      case "f": return "\f";
      case "v": return "\v";
      case "0": return "\0";
      case "\n": case "\u2028": case "\u2029": return "";
      case "\r": return "";
      case "x": return e.length === 3 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e;
      case "u": {
        if (e.length === 1) return e;
        const hex = e[1] === "{" ? e.slice(2, -1) : e.slice(1);
        const cp = parseInt(hex, 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : e;
      }
      default: return e;
    }
  });
}

// ---------------------------------------------------------------- Python

function readPython(node: Node, depth: number): LiteralResult {
  switch (node.type) {
    case "parenthesized_expression": {
      const inner = elements(node);
      return inner.length === 1 ? readLiteral(inner[0], "python", depth + 1) : notLiteral(node);
    }
    case "string":
      return pythonString(node);
    case "concatenated_string": {
      let s = "";
      for (const part of elements(node)) {
        const r = pythonString(part);
        if (!r.ok) return r;
        s += r.value as string;
      }
      return { ok: true, value: s };
    }
    case "integer":
    case "float": {
      const t = node.text.replace(/_/g, "");
      if (/[jJ]$/.test(t)) return fail(node, `\`${snippet(node.text)}\` is a complex number: examples may only use real numbers`);
      const n = /^0[oO]/.test(t) ? parseInt(t.slice(2), 8) : Number(t);
      if (Number.isNaN(n)) return fail(node, `\`${snippet(node.text)}\` is not a number Grimoire can read`);
      return { ok: true, value: n };
    }
    case "true":
      return { ok: true, value: true };
    case "false":
      return { ok: true, value: false };
    case "none":
      return noNull(node);
    case "unary_operator": {
      const op = node.childForFieldName("operator")?.type ?? node.child(0)?.type;
      const arg = node.childForFieldName("argument");
      if ((op === "-" || op === "+") && arg && (arg.type === "integer" || arg.type === "float")) {
        const inner = readPython(arg, depth + 1);
        if (!inner.ok) return inner;
        return { ok: true, value: op === "-" ? -(inner.value as number) : (inner.value as number) };
      }
      return notLiteral(node);
    }
    case "list":
    case "tuple": {
      const out: Value[] = [];
      for (const child of elements(node)) {
        if (child.type === "list_splat" || child.type === "dictionary_splat")
          return fail(child, `\`${snippet(child.text)}\` is a splat: examples may only use literal values`);
        const r = readLiteral(child, "python", depth + 1);
        if (!r.ok) return r;
        out.push(r.value);
      }
      return { ok: true, value: out };
    }
    case "dictionary": {
      const out: { [k: string]: Value } = {};
      for (const child of elements(node)) {
        if (child.type !== "pair") return fail(child, `\`${snippet(child.text)}\` is not a literal entry: examples may only use \`"key": value\` pairs`);
        const keyNode = child.childForFieldName("key");
        const valueNode = child.childForFieldName("value");
        if (!keyNode || !valueNode) return notLiteral(child);
        if (keyNode.type !== "string" && keyNode.type !== "concatenated_string")
          return fail(keyNode, `\`${snippet(keyNode.text)}\` is not a string key: Grimoire reads dicts as records with string keys`);
        const k = readPython(keyNode, depth + 1);
        if (!k.ok) return k;
        const r = readLiteral(valueNode, "python", depth + 1);
        if (!r.ok) return r;
        Object.defineProperty(out, k.value as string, { value: r.value, enumerable: true, writable: true, configurable: true });
      }
      return { ok: true, value: out };
    }
    case "set":
      return fail(node, `\`${snippet(node.text)}\` is a set: Grimoire has no sets, use a list`);
    default:
      return notLiteral(node);
  }
}

function pythonString(node: Node): LiteralResult {
  if (node.type !== "string") return notLiteral(node);
  const start = node.children.find((c) => c?.type === "string_start");
  const end = node.children.find((c) => c?.type === "string_end");
  if (!start || !end) return notLiteral(node);
  const prefix = start.text.replace(/['"]+$/, "").toLowerCase();
  if (prefix.includes("b")) return fail(node, `\`${snippet(node.text)}\` is a bytes literal: examples may only use str`);
  if (node.namedChildren.some((c) => c?.type === "interpolation"))
    return fail(node, `\`${snippet(node.text)}\` is an f-string with substitutions: examples may only use literal values`);
  let body = node.text.slice(start.endIndex - node.startIndex, end.startIndex - node.startIndex).replace(/\r\n?/g, "\n");
  if (!prefix.includes("r")) body = decodePythonEscapes(body);
  if (prefix.includes("f")) body = body.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
  return { ok: true, value: body };
}

export function decodePythonEscapes(s: string): string {
  if (!s.includes("\\")) return s;
  return s.replace(/\\(U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-7]{1,3}|[\s\S])/g, (m, e: string) => {
    switch (e[0]) {
      case "\n": return "";
      case "\\": return "\\";
      case "'": return "'";
      case '"': return '"';
      case "a": return "\x07";
      case "b": return "\b";
      case "f": return "\f";
      case "n": return "\n";
      case "r": return "\r";
      case "t": return "\t";
      case "v": return "\v";
      case "x": return String.fromCharCode(parseInt(e.slice(1), 16));
      case "u": case "U": {
        if (e.length === 1) return m;
        const cp = parseInt(e.slice(1), 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      default:
        if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
        return m;
    }
  });
}
