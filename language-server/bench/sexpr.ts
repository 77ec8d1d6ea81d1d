// A small reader for SMT-LIB/SyGuS s-expressions that remembers where every node starts.
import { BenchmarkFormatError, LineIndex, describeCharacter, type SourcePosition } from "./errors";

export type SExpr =
  | { readonly kind: "list"; readonly items: readonly SExpr[]; readonly position: SourcePosition }
  | { readonly kind: "string"; readonly value: string; readonly position: SourcePosition }
  /** A decimal integer, kept as text so that the reader never loses digits; `-5` counts too (SyGuS v1 allows it). */
  | { readonly kind: "numeral"; readonly text: string; readonly position: SourcePosition }
  /** Symbols, keywords (`:name`) and literals this reader has no use for (`1.5`, `#x1F`). */
  | { readonly kind: "symbol"; readonly name: string; readonly position: SourcePosition };

const SYMBOL_CHARACTER = /[A-Za-z0-9~!@$%^&*_\-+=<>.?/:#]/;
const NUMERAL = /^-?[0-9]+$/;
const MAX_DEPTH = 500;

/** Reads every top-level s-expression of a file; throws BenchmarkFormatError on malformed text. */
export function readSExpressions(text: string, file: string): SExpr[] {
  const lines = new LineIndex(text);
  const fail = (offset: number, detail: string): never => {
    throw BenchmarkFormatError.at(file, lines.positionAt(offset), detail);
  };
  const top: SExpr[] = [];
  // Each open list keeps its items and where it started, so an unclosed one can be named.
  const open: { items: SExpr[]; offset: number }[] = [];
  const add = (node: SExpr) => (open.length > 0 ? open[open.length - 1].items : top).push(node);
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v") {
      i++;
    } else if (c === ";") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "(") {
      // A depth limit keeps hostile nesting from overflowing the stack of the recursive readers above this one.
      if (open.length >= MAX_DEPTH) fail(i, `lists are nested more than ${MAX_DEPTH} levels deep`);
      open.push({ items: [], offset: i });
      i++;
    } else if (c === ")") {
      const list = open.pop();
      if (!list) fail(i, "unexpected ')' with no list open");
      else add({ kind: "list", items: list.items, position: lines.positionAt(list.offset) });
      i++;
    } else if (c === '"') {
      const start = i;
      const { value, end } = readString(text, i, fail);
      add({ kind: "string", value, position: lines.positionAt(start) });
      i = end;
    } else if (c === "|") {
      const close = text.indexOf("|", i + 1);
      if (close < 0) fail(i, "quoted symbol '|...' is not closed before the end of the file");
      add({ kind: "symbol", name: text.slice(i + 1, close), position: lines.positionAt(i) });
      i = close + 1;
    } else if (SYMBOL_CHARACTER.test(c)) {
      const start = i;
      while (i < text.length && SYMBOL_CHARACTER.test(text[i])) i++;
      const word = text.slice(start, i);
      const position = lines.positionAt(start);
      add(NUMERAL.test(word) ? { kind: "numeral", text: word, position } : { kind: "symbol", name: word, position });
    } else {
      fail(i, `unexpected character ${describeCharacter(String.fromCodePoint(text.codePointAt(i) ?? 0))}`);
    }
  }
  if (open.length > 0) {
    const innermost = lines.positionAt(open[open.length - 1].offset);
    fail(text.length, `expected ')' but the file ended (the list opened at ${innermost.line}:${innermost.column} is not closed)`);
  }
  return top;
}

/**
 * Reads one string literal starting at the opening quote. SMT-LIB writes a quote inside a string as `""`;
 * older SyGuS (SMT-LIB 2.0) files may use backslash escapes instead, so the common ones are accepted.
 * An unknown backslash escape is an error rather than a guess, because the two conventions disagree on it.
 */
function readString(text: string, start: number, fail: (offset: number, detail: string) => never): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  for (;;) {
    if (i >= text.length) fail(start, "string literal is not closed before the end of the file");
    const c = text[i];
    if (c === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    if (c !== "\\") {
      value += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    const simple: Record<string, string> = { '"': '"', "\\": "\\", n: "\n", t: "\t", r: "\r" };
    if (next !== undefined && Object.prototype.hasOwnProperty.call(simple, next)) {
      value += simple[next];
      i += 2;
      continue;
    }
    const unicode = /^u\{([0-9A-Fa-f]{1,5})\}|^u([0-9A-Fa-f]{4})|^x([0-9A-Fa-f]{2})/.exec(text.slice(i + 1, i + 10));
    if (unicode) {
      const code = parseInt(unicode[1] ?? unicode[2] ?? unicode[3], 16);
      if (code > 0x10ffff) fail(i, `escape '\\${unicode[0]}' is not a Unicode code point`);
      value += String.fromCodePoint(code);
      i += 1 + unicode[0].length;
      continue;
    }
    if (next === undefined || next === "\n" || next === "\r") fail(i, "a backslash must be followed by an escape character in a string literal");
    fail(i, `unknown escape '\\${next}' in a string literal`);
  }
}

export function describeSExpr(node: SExpr): string {
  switch (node.kind) {
    case "list":
      return node.items.length > 0 && node.items[0].kind === "symbol" ? `(${node.items[0].name} ...)` : "a list";
    case "string":
      return JSON.stringify(node.value);
    case "numeral":
      return node.text;
    case "symbol":
      return `'${node.name}'`;
  }
}
