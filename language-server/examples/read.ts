// Reads functions and the examples in their comments from TypeScript, JavaScript and Python source,
// with tree-sitter. Example values are literals read from the syntax tree, never evaluated.
import { LineIndex, type TextPosition } from "../text/lines";
import type { Edit, Node, Tree } from "web-tree-sitter";
import type { Task, Type, Value } from "../engine/types";
import { pythonType, typeScriptType, type Declared } from "./annotations";
import { parserFor, type GrammarName } from "./grammars";
import { readLiteral, snippet, type Flavor } from "./literals";
import { fileSpan, scanArrowExamples, scanDoctests, stripBlockComment, stripLineComments, type RawExample, type Virtual } from "./scan";
import { proseOf } from "./hints";
import { buildTask, checkDeclaredTypes } from "./task";

export { setGrammarDirectory } from "./grammars";

export type SourceLanguage = "typescript" | "javascript" | "python";

/** The language of a file from its extension (.ts/.mts/.cts/.tsx, .js/.mjs/.cjs/.jsx, .py). */
export function languageOfPath(path: string): SourceLanguage | undefined {
  const m = /\.([A-Za-z]+)$/.exec(path);
  switch (m?.[1].toLowerCase()) {
    case "ts": case "mts": case "cts": case "tsx": return "typescript";
    case "js": case "mjs": case "cjs": case "jsx": return "javascript";
    case "py": case "pyi": return "python";
    default: return undefined;
  }
}

/** Whether a file needs the JSX-aware grammar (.tsx); pass the answer as `readFunctions(…, { jsx })`. */
export function isJsxPath(path: string): boolean {
  return /\.tsx$/i.test(path);
}

/** 0-based line and column (LSP style); offset and column in UTF-16 code units. */
export type Position = TextPosition;
export interface Range { start: Position; end: Position }
export interface ExampleProblem { message: string; range: Range }

export interface ReadExample {
  inputs: Value[];
  output: Value;
  /** The example's text in the comment. */
  range: Range;
  /** Where each input value and the output are written. */
  inputRanges: Range[];
  outputRange: Range;
  /** The call as written, e.g. `titleCase("hello")` (for messages). */
  call: string;
}

/** A type annotation as written; `problem` says why Grimoire cannot use it, `shape` what it requires of inferred types. */
export interface Annotation { text: string; range: Range; problem?: string; shape?: "list" | "record" }

export interface FoundParam {
  name: string;
  type?: Type;
  annotation?: Annotation;
  /** A rest parameter (`...xs`, `*args`): its annotation types the whole list, not one argument. */
  rest?: boolean;
  /** Has a default value or is optional. */
  optional?: boolean;
}

export interface FoundFunction {
  name: string;
  language: SourceLanguage;
  params: FoundParam[];
  returnType?: Type;
  returnAnnotation?: Annotation;
  examples: ReadExample[];
  problems: ExampleProblem[];
  exists: boolean;
  isStub: boolean;
  range: Range;
  bodyRange?: Range;
  commentRange: Range;
  indent: string;
  isMethod: boolean;
  isAsync: boolean;
  exported: boolean;
  /** The comment's prose before its examples (literals and words there hint at constants). */
  description?: string;
}

export interface ReadOptions {
  /** Parse TypeScript with the TSX grammar (for .tsx files). */
  jsx?: boolean;
  /** A document's previous syntax tree: the read re-parses only what changed since. */
  incremental?: IncrementalParse;
}

/**
 * Keeps one document's last syntax tree, so that reading it again after an edit re-parses only the
 * edited region (the language server reads a document at every pause in typing). Dispose it when
 * the document closes: the tree lives in WebAssembly memory.
 */
export class IncrementalParse {
  private tree: Tree | undefined;
  private text = "";
  private grammar: GrammarName | undefined;

  /** A tree of `text` that the caller owns (and deletes); this object keeps its own copy for next time. */
  async parse(text: string, grammar: GrammarName): Promise<Tree | null> {
    const parser = await parserFor(grammar);
    let old: Tree | undefined;
    if (this.tree && this.grammar === grammar) {
      old = this.tree;
      old.edit(editBetween(this.text, text));
    } else this.dispose();
    parser.reset();
    const tree = parser.parse(text, old ?? null);
    old?.delete();
    this.tree = tree ?? undefined;
    this.text = tree ? text : "";
    this.grammar = tree ? grammar : undefined;
    return tree ? tree.copy() : null;
  }

  dispose(): void {
    this.tree?.delete();
    this.tree = undefined;
    this.text = "";
    this.grammar = undefined;
  }
}

/** The single edit that turns `before` into `after` (their common prefix and suffix are kept), as tree-sitter wants it. */
function editBetween(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const point = (text: string, index: number) => {
    let row = 0;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
      row++;
      lineStart = i + 1;
    }
    return { row, column: index - lineStart };
  };
  return {
    startIndex: prefix,
    oldEndIndex: before.length - suffix,
    newEndIndex: after.length - suffix,
    startPosition: point(before, prefix),
    oldEndPosition: point(before, before.length - suffix),
    newEndPosition: point(after, after.length - suffix),
  };
}

/** Reads every function that has examples in its comment, and comment blocks with examples and no function yet. Never throws. */
export async function readFunctions(text: string, language: SourceLanguage, options: ReadOptions = {}): Promise<FoundFunction[]> {
  try {
    return await readFunctionsOrThrow(text, language, options);
  } catch {
    return [];
  }
}

/** Builds the synthesis task of a function; see task.ts. */
export function taskOf(fn: FoundFunction): { task: Task } | { problems: ExampleProblem[] } {
  return buildTask(fn);
}

// ---------------------------------------------------------------- positions

class Lines extends LineIndex {
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
  indentAt(offset: number): string {
    const s = this.lineStart(this.position(offset).line);
    return /^[ \t]*/.exec(this.text.slice(s, Math.min(this.text.length, s + 1000)))![0];
  }
}

// ---------------------------------------------------------------- the file's functions

interface FnInfo {
  name: string;
  node: Node;
  anchorStart: number;
  anchorEnd: number;
  params: { name: string; annotation?: Node; optional: boolean; rest: boolean }[];
  returnAnnotation?: Node;
  body?: Node;
  isMethod: boolean;
  isAsync: boolean;
  exported: boolean;
  docstring?: Node;
}

const JS_FUNCTION_VALUES = new Set(["arrow_function", "function_expression", "function", "generator_function"]);

function hasToken(node: Node, type: string): boolean {
  for (const c of node.children) if (c?.type === type) return true;
  return false;
}

function jsParams(fn: Node): FnInfo["params"] {
  const single = fn.childForFieldName("parameter");
  if (single) return [{ name: single.text, optional: false, rest: false }];
  const list = fn.childForFieldName("parameters");
  const out: FnInfo["params"] = [];
  for (const p of list?.namedChildren ?? []) {
    if (!p || p.type === "comment") continue;
    if (p.type === "required_parameter" || p.type === "optional_parameter") {
      const pattern = p.childForFieldName("pattern");
      if (!pattern || pattern.text === "this") continue;
      const annotation = p.childForFieldName("type") ?? undefined;
      const rest = pattern.type === "rest_pattern";
      out.push({
        name: rest ? pattern.text.replace(/^\.\.\./, "") : pattern.text,
        annotation: annotation ? (annotation.namedChildren[0] ?? annotation) : undefined,
        optional: p.type === "optional_parameter" || p.childForFieldName("value") !== null,
        rest,
      });
    } else if (p.type === "assignment_pattern") {
      out.push({ name: p.childForFieldName("left")?.text ?? p.text, optional: true, rest: false });
    } else if (p.type === "rest_pattern") {
      out.push({ name: p.text.replace(/^\.\.\./, ""), optional: true, rest: true });
    } else {
      out.push({ name: p.text, optional: false, rest: false });
    }
  }
  return out;
}

function pythonParams(fn: Node, dropFirst: boolean): FnInfo["params"] {
  const out: FnInfo["params"] = [];
  for (const p of fn.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p || p.type === "comment" || p.type === "keyword_separator" || p.type === "positional_separator") continue;
    if (p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern") {
      out.push({ name: p.text, optional: true, rest: true });
      continue;
    }
    if (p.type === "identifier") out.push({ name: p.text, optional: false, rest: false });
    else if (p.type === "typed_parameter") {
      const inner = p.namedChildren.find((c) => c && c.type !== "type");
      const rest = inner?.type === "list_splat_pattern" || inner?.type === "dictionary_splat_pattern";
      out.push({ name: inner?.text ?? p.text, annotation: p.childForFieldName("type") ?? undefined, optional: rest, rest });
    } else if (p.type === "default_parameter" || p.type === "typed_default_parameter") {
      out.push({ name: p.childForFieldName("name")?.text ?? p.text, annotation: p.childForFieldName("type") ?? undefined, optional: true, rest: false });
    } else out.push({ name: p.text, optional: false, rest: false });
  }
  if (dropFirst && out.length > 0 && !out[0].rest) out.shift();
  return out;
}

function jsFunction(node: Node): FnInfo | undefined {
  let name: string | undefined;
  let fn = node;
  let anchor = node;
  let isMethod = false;
  switch (node.type) {
    case "function_declaration":
    case "generator_function_declaration":
    case "function_signature":
      name = node.childForFieldName("name")?.text;
      break;
    case "method_definition":
      name = node.childForFieldName("name")?.text;
      isMethod = true;
      break;
    case "variable_declarator": {
      const value = node.childForFieldName("value");
      const id = node.childForFieldName("name");
      if (!value || !id || id.type !== "identifier" || !JS_FUNCTION_VALUES.has(value.type)) return undefined;
      name = id.text;
      fn = value;
      const decl = node.parent;
      if (decl && (decl.type === "lexical_declaration" || decl.type === "variable_declaration")) anchor = decl;
      break;
    }
    case "public_field_definition":
    case "field_definition": {
      const value = node.childForFieldName("value");
      const id = node.childForFieldName("name") ?? node.childForFieldName("property");
      if (!value || !id || !JS_FUNCTION_VALUES.has(value.type)) return undefined;
      name = id.text;
      fn = value;
      isMethod = true;
      break;
    }
    default:
      return undefined;
  }
  if (!name) return undefined;
  let parent = anchor.parent;
  if (parent?.type === "ambient_declaration") { anchor = parent; parent = anchor.parent; }
  const exported = parent?.type === "export_statement";
  if (exported && parent) anchor = parent;
  let anchorStart = anchor.startIndex;
  // Decorators in a class body are siblings before the member.
  let prev = anchor.previousNamedSibling;
  while (prev && prev.type === "decorator") { anchorStart = prev.startIndex; prev = prev.previousNamedSibling; }
  const ret = fn.childForFieldName("return_type");
  return {
    name, node: fn, anchorStart, anchorEnd: anchor.endIndex,
    params: jsParams(fn),
    returnAnnotation: ret ? (ret.namedChildren[0] ?? ret) : undefined,
    body: fn.childForFieldName("body") ?? undefined,
    isMethod, isAsync: hasToken(fn, "async"), exported,
  };
}

function pythonFunction(node: Node): FnInfo | undefined {
  const name = node.childForFieldName("name")?.text;
  if (!name) return undefined;
  const decorated = node.parent?.type === "decorated_definition" ? node.parent : undefined;
  const anchor = decorated ?? node;
  const container = anchor.parent;
  const isMethod = container?.type === "block" && container.parent?.type === "class_definition";
  const decorators = decorated ? decorated.namedChildren.filter((c) => c?.type === "decorator").map((c) => c!.text) : [];
  const isStatic = decorators.some((d) => /^@\s*staticmethod\b/.test(d));
  const body = node.childForFieldName("body") ?? undefined;
  const first = body?.namedChildren.find((c) => c && c.type !== "comment");
  const doc = first?.type === "expression_statement" && first.namedChildren.length === 1 && first.namedChildren[0]?.type === "string" ? first.namedChildren[0]! : undefined;
  return {
    name, node, anchorStart: anchor.startIndex, anchorEnd: anchor.endIndex,
    params: pythonParams(node, isMethod && !isStatic),
    returnAnnotation: node.childForFieldName("return_type") ?? undefined,
    body, isMethod, isAsync: hasToken(node, "async"),
    exported: !isMethod && (container?.type === "module") && !name.startsWith("_"),
    docstring: doc,
  };
}

/** Stubs: empty bodies, `throw new …Error(…)`, `pass`, `...`, `raise NotImplementedError`, and docstrings/comments. */
function isStubBody(body: Node | undefined, language: SourceLanguage, docstring?: Node): boolean {
  if (!body) return true;
  if (language !== "python") {
    if (body.type !== "statement_block") return false;
    const stmts = body.namedChildren.filter((c) => c && c.type !== "comment" && c.type !== "empty_statement");
    if (stmts.length === 0) return true;
    if (stmts.length > 1) return false;
    const s = stmts[0]!;
    if (s.type !== "throw_statement") return false;
    const e = s.namedChildren.find((c) => c && c.type !== "comment");
    return e?.type === "new_expression" && /Error$/.test(e.childForFieldName("constructor")?.text ?? "");
  }
  for (const s of body.namedChildren) {
    if (!s || s.type === "comment" || s.type === "pass_statement") continue;
    if (docstring && s.startIndex <= docstring.startIndex && docstring.endIndex <= s.endIndex) continue;
    if (s.type === "expression_statement" && s.namedChildren.length === 1 && s.namedChildren[0]?.type === "ellipsis") continue;
    if (s.type === "raise_statement" && /^raise\s+NotImplementedError\b/.test(s.text)) continue;
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- comments

interface CommentBlock {
  start: number;
  end: number;
  virtual: Virtual;
  kind: "block" | "line" | "docstring";
  /** There is code before the comment on its first line (a trailing comment). */
  trailing: boolean;
}

function groupComments(comments: Node[], text: string, language: SourceLanguage): CommentBlock[] {
  const blocks: CommentBlock[] = [];
  const marker = language === "python" ? "#" : "//";
  let group: Node[] = [];
  const codeBefore = (n: Node): boolean => {
    let i = n.startIndex - 1;
    while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
    return i >= 0 && text[i] !== "\n" && text[i] !== "\r";
  };
  const flush = () => {
    if (group.length === 0) return;
    const virtual = stripLineComments(group.map((c) => ({ text: c.text, offset: c.startIndex })), marker);
    blocks.push({ start: group[0].startIndex, end: group[group.length - 1].endIndex, virtual, kind: "line", trailing: false });
    group = [];
  };
  for (const c of comments) {
    const t = c.text;
    if (codeBefore(c)) { flush(); continue; }
    if (t.startsWith(marker)) {
      if (group.length > 0) {
        const gap = text.slice(group[group.length - 1].endIndex, c.startIndex);
        if (!/^[ \t]*\r?\n[ \t]*$/.test(gap)) flush();
      }
      group.push(c);
    } else {
      flush();
      if (t.startsWith("/*")) blocks.push({ start: c.startIndex, end: c.endIndex, virtual: stripBlockComment(t, c.startIndex), kind: "block", trailing: false });
    }
  }
  flush();
  return blocks;
}

/**
 * The text doctest reads: the docstring's value, its escapes decoded unless it is a raw string.
 * `'a\\nb'` in the file is `'a\nb'` in the docstring, an expected output of "a", a newline, "b".
 */
function docstringVirtual(str: Node, source: string): Virtual {
  const start = str.children.find((c) => c?.type === "string_start");
  const end = str.children.find((c) => c?.type === "string_end");
  const s = start ? start.endIndex : str.startIndex;
  const e = end ? end.startIndex : str.endIndex;
  const raw = start ? /r/i.test(start.text) : false;
  const out: string[] = [];
  const map: number[] = [];
  for (let i = s; i < e; ) {
    const escape = raw || source[i] !== "\\" ? undefined : pythonEscape(source, i + 1, e);
    if (escape) {
      if (escape.text) {
        out.push(escape.text);
        for (let k = 0; k < escape.text.length; k++) map.push(i);
      }
      i = escape.end;
    } else {
      out.push(source[i]);
      map.push(i);
      i++;
    }
  }
  map.push(e);
  return { text: out.join(""), map };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/**
 * A Python string escape whose backslash is just before `at`: what it stands for and where it
 * ends. Undefined for one Python leaves as written (an unknown letter, `\N{...}`).
 */
function pythonEscape(source: string, at: number, end: number): { text: string; end: number } | undefined {
  const c = source[at];
  if (at >= end) return undefined;
  if (c === "\n") return { text: "", end: at + 1 };
  if (c === "\r") return { text: "", end: source[at + 1] === "\n" ? at + 2 : at + 1 };
  if (Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, c)) return { text: SIMPLE_ESCAPES[c], end: at + 1 };
  const hex = (digits: number) => {
    const h = source.slice(at + 1, at + 1 + digits);
    if (at + 1 + digits > end || !new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(h)) return undefined;
    const code = parseInt(h, 16);
    return code > 0x10ffff ? undefined : { text: String.fromCodePoint(code), end: at + 1 + digits };
  };
  if (c === "x") return hex(2);
  if (c === "u") return hex(4);
  if (c === "U") return hex(8);
  const octal = /^[0-7]{1,3}/.exec(source.slice(at, Math.min(end, at + 3)));
  if (octal) return { text: String.fromCharCode(parseInt(octal[0], 8)), end: at + octal[0].length };
  return undefined;
}

// ---------------------------------------------------------------- reading

const grammarOf = (language: SourceLanguage, jsx: boolean): GrammarName =>
  language === "python" ? "python" : language === "javascript" ? "javascript" : jsx ? "tsx" : "typescript";

async function parse(text: string, grammar: GrammarName): Promise<Tree | null> {
  const parser = await parserFor(grammar);
  parser.reset();
  return parser.parse(text);
}

interface ParsedValue { node: Node; prefix: number }

/** Parses a value (or call) written in a comment as `(text)`, and hands its node to `use` before the tree is freed. */
async function withValue<T>(v: Virtual, grammar: GrammarName, use: (parsed: ParsedValue | { error: string }) => T): Promise<T> {
  const wrapped = `(${v.text}\n)`;
  const tree = await parse(wrapped, grammar);
  if (!tree) return use({ error: "could not be parsed" });
  try {
    const root = tree.rootNode;
    const stmts = root.namedChildren.filter((c) => c && c.type !== "comment");
    const stmt = stmts.length === 1 ? stmts[0]! : undefined;
    const paren = stmt?.type === "expression_statement" ? stmt.namedChildren.find((c) => c && c.type !== "comment") : undefined;
    const inner = paren?.type === "parenthesized_expression" ? paren.namedChildren.filter((c) => c && c.type !== "comment") : [];
    if (root.hasError || inner.length !== 1 || paren!.startIndex !== 0) return use({ error: "syntax" });
    return use({ node: inner[0]!, prefix: 1 });
  } finally {
    tree.delete();
  }
}

interface Context {
  text: string;
  lines: Lines;
  language: SourceLanguage;
  grammar: GrammarName;
  flavor: Flavor;
}

/** File range of a span of the parsed value text. */
function valueRange(ctx: Context, v: Virtual, start: number, end: number): Range {
  const [s, e] = fileSpan(v, start, end);
  return ctx.lines.range(s, e);
}

interface ExampleOutcome { example?: ReadExample; problems: ExampleProblem[]; argc?: number }

async function readExample(ctx: Context, block: Virtual, raw: RawExample): Promise<ExampleOutcome> {
  const whole = valueRange(ctx, block, raw.start, raw.end);
  if (raw.problem) return { problems: [{ message: raw.problem.message, range: valueRange(ctx, block, raw.problem.start, raw.problem.end) }] };
  if (!raw.output) return { problems: [{ message: `\`${snippet(raw.call.text, 60)}\` has no expected value`, range: whole }] };
  const langName = ctx.language === "python" ? "Python" : ctx.language === "javascript" ? "JavaScript" : "TypeScript";
  const problems: ExampleProblem[] = [];
  const inputs: Value[] = [];
  const inputRanges: Range[] = [];
  const call = raw.call;
  const args = await withValue(call, ctx.grammar, (parsed) => {
    if ("error" in parsed) {
      problems.push({ message: `\`${snippet(call.text, 60)}\` is not a call Grimoire can read (it is not valid ${langName})`, range: valueRange(ctx, call, 0, call.text.length) });
      return undefined;
    }
    const node = parsed.node;
    const argList = node.type === "call_expression" || node.type === "call" ? node.childForFieldName("arguments") : null;
    if (!argList || (argList.type !== "arguments" && argList.type !== "argument_list")) {
      problems.push({ message: `\`${snippet(call.text, 60)}\` is not a plain call: examples must look like \`f(…)\``, range: valueRange(ctx, call, 0, call.text.length) });
      return undefined;
    }
    let count = 0;
    for (const a of argList.namedChildren) {
      if (!a || a.type === "comment") continue;
      count++;
      const start = a.startIndex - parsed.prefix;
      const end = a.endIndex - parsed.prefix;
      if (a.type === "keyword_argument") {
        problems.push({ message: `\`${snippet(a.text)}\` is a keyword argument: examples must pass arguments by position`, range: valueRange(ctx, call, start, end) });
        continue;
      }
      if (a.type === "spread_element" || a.type === "list_splat" || a.type === "dictionary_splat") {
        problems.push({ message: `\`${snippet(a.text)}\` is a spread: examples may only use literal values`, range: valueRange(ctx, call, start, end) });
        continue;
      }
      const r = readLiteral(a, ctx.flavor);
      if (!r.ok) {
        problems.push({ message: r.problem.message, range: valueRange(ctx, call, r.problem.start - parsed.prefix, r.problem.end - parsed.prefix) });
        continue;
      }
      inputs.push(r.value);
      inputRanges.push(valueRange(ctx, call, start, end));
    }
    return count;
  });
  const out = raw.output;
  const outputRange = valueRange(ctx, out, 0, out.text.length);
  let output: Value | undefined;
  await withValue(out, ctx.grammar, (parsed) => {
    if ("error" in parsed) {
      problems.push({ message: `\`${snippet(out.text)}\` is not a value Grimoire can read (it is not valid ${langName})`, range: outputRange });
      return;
    }
    const r = readLiteral(parsed.node, ctx.flavor);
    if (!r.ok) problems.push({ message: r.problem.message, range: valueRange(ctx, out, r.problem.start - parsed.prefix, r.problem.end - parsed.prefix) });
    else output = r.value;
  });
  if (problems.length > 0 || output === undefined || args === undefined) return { problems, argc: args };
  return { problems, argc: args, example: { inputs, output, range: whole, inputRanges, outputRange, call: call.text.replace(/\s*\n\s*/g, " ") } };
}

function annotationOf(ctx: Context, node: Node | undefined, lookup: (name: string) => string | Declared | undefined): { type?: Type; annotation?: Annotation } {
  if (!node) return {};
  const text = node.text;
  const declared = ctx.language === "python" ? pythonType(text) : typeScriptType(text, lookup);
  const annotation: Annotation = { text, range: ctx.lines.range(node.startIndex, node.endIndex) };
  if (declared.kind === "type") return { type: declared.type, annotation };
  if (declared.kind === "infer") return { annotation: { ...annotation, shape: declared.shape } };
  return { annotation: { ...annotation, problem: declared.reason === "null" ? `\`${text}\` is only null: Grimoire needs a value type` : declared.reason } };
}

/** Statements that wrap a function whose comment sits before the wrapper (`export function`, `const f = () => …`, decorators). */
const WRAPPERS = new Set(["export_statement", "lexical_declaration", "variable_declaration", "decorated_definition", "ambient_declaration"]);

/** Where the text has `@example`, `=>`, `->` or `>>>`: every example and every example problem has one of them. */
function markerOffsets(text: string): number[] {
  const offsets: number[] = [];
  const marker = /@example|=>|->|>>>/g;
  for (let m = marker.exec(text); m; m = marker.exec(text)) offsets.push(m.index);
  return offsets;
}

/** Whether a marker starts in [start, end); `offsets` is sorted. */
function containsMarker(offsets: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle] < start) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low] < end;
}

export async function readFunctionsOrThrow(text: string, language: SourceLanguage, options: ReadOptions = {}): Promise<FoundFunction[]> {
  if (typeof text !== "string") return [];
  const grammar = grammarOf(language, options.jsx === true);
  const valueGrammar: GrammarName = grammar === "tsx" ? "typescript" : grammar;
  const tree = options.incremental ? await options.incremental.parse(text, grammar) : await parse(text, grammar);
  if (!tree) return [];
  const ctx: Context = { text, lines: new Lines(text), language, grammar: valueGrammar, flavor: language === "python" ? "python" : "js" };
  const found: FoundFunction[] = [];
  try {
    // One walk (with a cursor, so deep trees cost no stack) for functions, comments and type declarations.
    const fns: FnInfo[] = [];
    const comments: Node[] = [];
    const typeDecls = new Map<string, Node>();
    const FUNCTION_TYPES = language === "python"
      ? new Set(["function_definition"])
      : new Set(["function_declaration", "generator_function_declaration", "function_signature", "method_definition", "variable_declarator", "public_field_definition", "field_definition"]);
    const LEAVES = new Set(["string", "template_string", "comment", "number", "integer", "float", "regex", "string_fragment"]);
    // Only subtrees that hold an example marker can hold a comment with examples or a function
    // whose docstring has some, so the walk skips the others (most of a large file).
    const markers = markerOffsets(text);
    const cursor = tree.walk();
    try {
      let more = markers.length > 0;
      while (more) {
        const type = cursor.nodeType;
        if (type === "comment") comments.push(cursor.currentNode);
        else if (FUNCTION_TYPES.has(type)) {
          const n = cursor.currentNode;
          const info = language === "python" ? pythonFunction(n) : jsFunction(n);
          if (info) fns.push(info);
        } else if (type === "interface_declaration" || type === "type_alias_declaration") {
          const n = cursor.currentNode;
          const name = n.childForFieldName("name")?.text;
          if (name && !typeDecls.has(name)) typeDecls.set(name, n);
        }
        if (!LEAVES.has(type) && (WRAPPERS.has(type) || containsMarker(markers, cursor.startIndex, cursor.endIndex)) && cursor.gotoFirstChild()) continue;
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) { more = false; break; }
        }
      }
    } finally {
      cursor.delete();
    }

    const lookup = (name: string): string | Declared | undefined => {
      const n = typeDecls.get(name);
      if (!n) return undefined;
      if (n.childForFieldName("type_parameters")) return { kind: "unsupported", reason: `\`${name}\` is generic: Grimoire cannot use generic types` };
      if (n.type === "interface_declaration") {
        if (n.namedChildren.some((c) => c?.type === "extends_type_clause" || c?.type === "extends_clause"))
          return { kind: "unsupported", reason: `\`${name}\` extends another interface: write all its fields in one interface` };
        return n.childForFieldName("body")?.text;
      }
      return n.childForFieldName("value")?.text;
    };

    const byStart = new Map<number, FnInfo>();
    for (const f of fns) if (!byStart.has(f.anchorStart)) byStart.set(f.anchorStart, f);

    // Comment blocks, attached to the function right below them (through other comments).
    const blocks = groupComments(comments, text, language);
    const attached = new Map<FnInfo, CommentBlock[]>();
    const loose: CommentBlock[] = [];
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      let p = b.end;
      let k2 = k + 1;
      let blankLine = false;
      for (;;) {
        const ws = /^\s*/.exec(text.slice(p, p + 10_000))![0];
        if (/\n[ \t]*\r?\n/.test(ws)) blankLine = true;
        p += ws.length;
        if (k2 < blocks.length && blocks[k2].start === p) { p = blocks[k2].end; k2++; continue; }
        break;
      }
      const fn = byStart.get(p);
      const names = () => scanBlock(b, fn?.name).examples.map((e) => e.name);
      if (fn && (!blankLine || b.kind === "block" || names().includes(fn.name))) {
        const list = attached.get(fn) ?? [];
        list.push(b);
        attached.set(fn, list);
      } else loose.push(b);
    }
    function scanBlock(b: CommentBlock, expected: string | undefined) {
      return b.kind === "docstring" ? scanDoctests(b.virtual) : scanArrowExamples(b.virtual, ctx.flavor, expected);
    }

    for (const fn of fns) {
      const blocksOf = [...(attached.get(fn) ?? [])];
      if (fn.docstring) {
        blocksOf.push({ start: fn.docstring.startIndex, end: fn.docstring.endIndex, virtual: docstringVirtual(fn.docstring, text), kind: "docstring", trailing: false });
      }
      if (blocksOf.length === 0) continue;
      const problems: ExampleProblem[] = [];
      const examples: ReadExample[] = [];
      const withExamples: CommentBlock[] = [];
      const required = fn.params.filter((p) => !p.optional && !p.rest).length;
      const rest = fn.params.some((p) => p.rest);
      const max = fn.params.filter((p) => !p.rest).length;
      for (const b of blocksOf) {
        const scan = scanBlock(b, fn.name);
        if (scan.examples.length > 0 || scan.truncated) withExamples.push(b);
        if (scan.truncated) problems.push({ message: "this comment is too large or tangled to read all its examples", range: ctx.lines.range(b.start, b.end) });
        for (const raw of scan.examples) {
          if (raw.name !== fn.name) {
            problems.push({ message: `this example calls \`${raw.name}\` but the function is \`${fn.name}\``, range: valueRange(ctx, b.virtual, raw.nameStart, raw.nameEnd) });
            continue;
          }
          const r = await readExample(ctx, b.virtual, raw);
          problems.push(...r.problems);
          if (!r.example) continue;
          const n = r.argc ?? r.example.inputs.length;
          if (n < required || (!rest && n > max)) {
            const takes = required === max ? `${max}` : rest ? `at least ${required}` : `${required} to ${max}`;
            problems.push({ message: `\`${snippet(r.example.call, 60)}\` passes ${n} argument${n === 1 ? "" : "s"} but ${fn.name} takes ${takes}`, range: r.example.range });
            continue;
          }
          examples.push(r.example);
        }
      }
      if (withExamples.length === 0) continue;
      const first = withExamples[0];
      const last = withExamples[withExamples.length - 1];
      const params: FoundParam[] = fn.params.map((p) => ({
        name: p.name, ...annotationOf(ctx, p.annotation, lookup), ...(p.rest ? { rest: true } : {}), ...(p.optional && !p.rest ? { optional: true } : {}),
      }));
      const ret = annotationOf(ctx, fn.returnAnnotation, lookup);
      const body = fn.body;
      let bodyRange: Range | undefined;
      if (body) {
        if (language === "python" && fn.docstring) {
          const after = body.namedChildren.find((c) => c && c.startIndex >= fn.docstring!.endIndex && c.type !== "comment");
          bodyRange = after ? ctx.lines.range(after.startIndex, body.endIndex) : ctx.lines.range(body.endIndex, body.endIndex);
        } else bodyRange = ctx.lines.range(body.startIndex, body.endIndex);
      }
      const found1: FoundFunction = {
        name: fn.name, language, params, returnType: ret.type, returnAnnotation: ret.annotation,
        examples, problems, exists: true,
        isStub: isStubBody(body, language, fn.docstring),
        range: ctx.lines.range(fn.anchorStart, fn.anchorEnd), bodyRange,
        commentRange: ctx.lines.range(Math.min(first.start, last.start), Math.max(first.end, last.end)),
        indent: ctx.lines.indentAt(fn.anchorStart),
        isMethod: fn.isMethod, isAsync: fn.isAsync, exported: fn.exported,
        description: blocksOf.map((b) => proseOf(b.virtual.text)).filter((t) => t.length > 0).join("\n"),
      };
      // Values that do not fit the declared types are bad examples; the others still count.
      const checked = checkDeclaredTypes(found1);
      found1.examples = checked.kept;
      found1.problems.push(...checked.problems);
      found1.problems.sort((a, b) => a.range.start.offset - b.range.start.offset);
      found.push(found1);
    }

    // Comment blocks with examples and no function below them yet.
    for (const b of loose) {
      const scan = scanArrowExamples(b.virtual, ctx.flavor, undefined);
      const real = scan.examples.filter((e) => e.output !== undefined);
      if (real.length === 0) continue;
      const name = real[0].name;
      const problems: ExampleProblem[] = [];
      const examples: ReadExample[] = [];
      let argc: number | undefined;
      for (const raw of scan.examples) {
        if (raw.name !== name) {
          problems.push({ message: `this example calls \`${raw.name}\` but the examples above call \`${name}\``, range: valueRange(ctx, b.virtual, raw.nameStart, raw.nameEnd) });
          continue;
        }
        const r = await readExample(ctx, b.virtual, raw);
        problems.push(...r.problems);
        if (!r.example) continue;
        const n = r.argc ?? r.example.inputs.length;
        if (argc === undefined) argc = n;
        else if (n !== argc) {
          problems.push({ message: `\`${snippet(r.example.call, 60)}\` passes ${n} argument${n === 1 ? "" : "s"} but the first example passes ${argc}`, range: r.example.range });
          continue;
        }
        examples.push(r.example);
      }
      const count = argc ?? 0;
      const params: FoundParam[] = Array.from({ length: count }, (_, i) => ({ name: count <= 26 ? String.fromCharCode(97 + i) : `arg${i}` }));
      const range = ctx.lines.range(b.start, b.end);
      found.push({
        name, language, params, examples, problems, exists: false, isStub: true,
        range, commentRange: range, indent: ctx.lines.indentAt(b.start),
        isMethod: false, isAsync: false, exported: false,
      });
    }
  } finally {
    tree.delete();
  }
  found.sort((a, b) => a.commentRange.start.offset - b.commentRange.start.offset);
  return found;
}
