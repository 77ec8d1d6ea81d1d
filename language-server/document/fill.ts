// Synthesis for a whole source document: read the functions with examples, search for each, and
// say how the text changes. Plain functions and data: the CLI and the language server both use it.
import { helperName, inlineAbstractions } from "../engine/abstraction";
import type { Candidate, CancellationToken, OperatorPrior, TargetLanguage } from "../engine/api";
import { calledAbstractions, emitFunction, emitHelper, helperPythonImports, printExpression, pythonImports } from "../engine/emit";
import { synthesize } from "../engine/synthesize";
import type { Operator } from "../engine/operators";
import type { Task, Value } from "../engine/types";
import { programToJson, type ProgramJson } from "../library/library-file";
import { readFunctions, taskOf, type FoundFunction, type Range, type SourceLanguage } from "../examples/read";

export interface TextEdit {
  /** UTF-16 offsets into the original text. */
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface FunctionOutcome {
  readonly function: string;
  readonly language: SourceLanguage;
  readonly status: "solved" | "unsolved" | "error" | "skipped";
  /** The complete function that replaces the stub (signature included), when solved. */
  readonly code?: string;
  readonly alternatives: readonly string[];
  /** An input on which the best candidates disagree. */
  readonly question?: readonly Value[];
  readonly ms: number;
  /** What is wrong (errors), or why the function was left alone (skipped). */
  readonly message?: string;
  /** Where the problem is, for errors on a specific example. */
  readonly range?: Range;
  /** How the document changes when this result is accepted. */
  readonly edits: readonly TextEdit[];
}

export interface FillOptions {
  readonly timeoutMs: number;
  readonly alternatives?: number;
  /** Only this function. */
  readonly only?: string;
  /** Also replace functions that have a real body. */
  readonly force?: boolean;
  readonly cancellation?: CancellationToken;
  /** The neural prior, when searches are guided. */
  readonly prior?: OperatorPrior;
  /** Library functions the searches may use; the code they emit expands them in place. */
  readonly library?: readonly Operator[];
}

/** Reads every function with examples in the text and synthesizes each one. */
export async function fillDocument(text: string, language: SourceLanguage, options: FillOptions): Promise<FunctionOutcome[]> {
  const functions = await readFunctions(text, language);
  const outcomes: FunctionOutcome[] = [];
  for (const fn of functions) {
    if (options.only !== undefined && fn.name !== options.only) continue;
    if (fn.examples.length === 0 && fn.problems.length === 0) continue;
    outcomes.push(fillFunction(text, fn, options));
  }
  return outcomes;
}

/** What a search needs to fill a function, or why it cannot be filled. */
export type FunctionPlan =
  | { readonly kind: "search"; readonly task: Task }
  | { readonly kind: "error" | "skipped"; readonly message: string; readonly range?: Range };

/** Decides whether a function can be synthesized: its examples must read cleanly and it must be a stub (unless forced). */
export function planFunction(fn: FoundFunction, force = false): FunctionPlan {
  if (fn.problems.length > 0) {
    const [first] = fn.problems;
    return { kind: "error", message: first.message, range: first.range };
  }
  if (fn.exists && !fn.isStub && !force) {
    return { kind: "skipped", message: `${fn.name} already has a body (use --force to replace it)` };
  }
  const made = taskOf(fn);
  if ("problems" in made) {
    const [first] = made.problems;
    return { kind: "error", message: first.message, range: first.range };
  }
  return { kind: "search", task: made.task };
}

const TARGETS: readonly TargetLanguage[] = ["typescript", "javascript", "python"];

/** A candidate that calls library functions, printed with those functions called by name. */
export interface LibraryCalls {
  /** The whole function in each language, calling the library functions (their definitions not included). */
  readonly code: Readonly<Record<TargetLanguage, string>>;
  /** The expression the function returns, calling them. */
  readonly returns: Readonly<Record<TargetLanguage, string>>;
  /** Their definitions, those they call first, without import lines. */
  readonly helpers: readonly { readonly name: string; readonly code: Readonly<Record<TargetLanguage, string>> }[];
  /** Modules the Python function and its helpers import. */
  readonly pythonImports: readonly string[];
  /** The candidate's own code could not expand them in place and calls them too: the helpers must be inserted. */
  readonly required: boolean;
}

/** The part of a candidate that emitting code needs; it survives being sent between threads. */
export type EmittedCandidate = Pick<Candidate, "expression" | "cost" | "code" | "returns" | "pythonImports"> & {
  /** The program with library functions expanded where they can be (so it outlives the library), for learning. */
  readonly program?: ProgramJson;
  /** Present when the program calls library functions. */
  readonly libraryCalls?: LibraryCalls;
};

/** Keeps only the plain data of a candidate (drops its interpreter closure and operators). */
export function emittedCandidate(c: Candidate, task: Pick<Task, "name" | "params" | "returnType">): EmittedCandidate {
  const plain = { expression: c.expression, cost: c.cost, code: c.code, returns: c.returns, pythonImports: c.pythonImports };
  const inlined = inlineAbstractions(c.program);
  const called = calledAbstractions(c.program);
  if (called.length === 0) return { ...plain, program: programToJson(c.program) };
  const byLanguage = (f: (language: TargetLanguage) => string) => Object.fromEntries(TARGETS.map((l) => [l, f(l)])) as Record<TargetLanguage, string>;
  const imports = new Set(pythonImports(c.program, printExpression(c.program, "python", task.params.map((p) => p.name))));
  for (const d of called) for (const m of helperPythonImports(d)) imports.add(m);
  const libraryCalls: LibraryCalls = {
    code: byLanguage((l) => withoutImports(emitFunction(task.name, task.params, task.returnType, c.program, l))),
    returns: byLanguage((l) => printExpression(c.program, l, task.params.map((p) => p.name))),
    helpers: called.map((d) => ({ name: d.name, code: byLanguage((l) => withoutImports(emitHelper(d, l))) })),
    pythonImports: [...imports].sort(),
    required: inlined === undefined,
  };
  return { ...plain, program: programToJson(inlined ?? c.program), libraryCalls };
}

/** Emitted code without its import lines and the blank lines after them (imports go at the top of the file). */
export function withoutImports(code: string): string {
  return code.split("\n").filter((line) => !line.startsWith("import ")).join("\n").replace(/^\n+/, "");
}

/** How the code of a candidate that calls library functions is written. */
export interface EmitOptions {
  /** `inline` (default): library functions expanded in place; `helper`: called by name, their definitions inserted once. */
  readonly libraryEmit?: "inline" | "helper";
  /** The text in which an existing definition of a helper is looked for (default: the document's). */
  readonly definedIn?: string;
}

/**
 * Whether the text already defines a function of this name (a declaration, or a variable holding
 * one) at one of the given indentations: by default the top level only, since a function defined
 * inside another one, or a method, cannot be called from elsewhere.
 */
export function definesFunction(text: string, name: string, language: SourceLanguage, indents: readonly string[] = [""]): boolean {
  const escaped = name.replace(/\$/g, "\\$");
  const indent = `(?:${[...new Set(indents)].map((i) => i.replace(/\t/g, "\\t")).join("|")})`;
  const pattern =
    language === "python"
      ? new RegExp(`^${indent}(?:async[ \\t]+)?def[ \\t]+${escaped}[ \\t]*\\(`, "m")
      : new RegExp(`^${indent}(?:export[ \\t]+(?:default[ \\t]+)?)?(?:(?:async[ \\t]+)?function[ \\t]*\\*?[ \\t]*${escaped}[ \\t]*[(<]|(?:const|let|var)[ \\t]+${escaped}[ \\t]*[:=])`, "m");
  return pattern.test(text);
}

/**
 * Where helpers for a method go: at the top level, above the statement that holds the method (its
 * class) and above that statement's comments and decorators, since a helper inside a class body
 * would be a member, not a function the method can call.
 */
function topLevelStart(text: string, offset: number): number {
  const lineAt = (start: number) => {
    const end = text.indexOf("\n", start);
    return text.slice(start, end === -1 ? text.length : end);
  };
  const previousLine = (start: number) => (start === 0 ? -1 : text.lastIndexOf("\n", start - 2) + 1);
  let start = text.lastIndexOf("\n", offset - 1) + 1;
  // Up to the nearest line above that starts a statement at column 0 (not a closing bracket).
  while (start > 0 && !/^[^\s})\]]/.test(lineAt(start))) start = previousLine(start);
  // Then above the comments and decorators right on top of it.
  for (let above = previousLine(start); above >= 0 && /^(?:@|\/\/|\/\*|[ \t]*\*|#)/.test(lineAt(above)); above = previousLine(above)) start = above;
  return start;
}

/** Why nothing was found, in words. */
export function unsolvedMessage(status: "unsolved" | "cancelled", exampleCount: number, timeoutMs: number): string {
  if (status === "cancelled") return "cancelled";
  return `no program fits the ${exampleCount} example${exampleCount === 1 ? "" : "s"} within ${Math.round(timeoutMs / 100) / 10} s`;
}

/**
 * The edits and the new function text for one candidate, and the Python modules it imports. With
 * library helpers, their definitions that the text lacks go above the function (and into `code`).
 */
export function candidateEdits(
  text: string,
  fn: FoundFunction,
  candidate: EmittedCandidate,
  options: EmitOptions = {},
): { edits: TextEdit[]; code: string; pythonImports: readonly string[] } {
  const language = fn.language as TargetLanguage;
  const calls = candidate.libraryCalls;
  // A method's helper would have to go outside its class; it is expanded in place when it can be.
  // So is a helper named like the function being filled: the call would call the function itself.
  const clash = calls?.helpers.some((h) => helperName(h.name, language) === fn.name) ?? false;
  const helpers = calls !== undefined && (calls.required || (options.libraryEmit === "helper" && !fn.isMethod && !clash));
  const chosen: EmittedCandidate = helpers ? { ...candidate, code: calls.code, returns: calls.returns, pythonImports: calls.pythonImports } : candidate;
  const edits = editsFor(text, fn, chosen);
  const code = functionText(text, fn, edits, chosen);
  if (!helpers) return { edits, code, pythonImports: chosen.pythonImports };
  // The function being filled is not a definition of its helpers (it is replaced); a definition
  // counts at the level the helpers go to: the top level for a method, else the function's own.
  const definedIn = options.definedIn ?? (fn.exists ? text.slice(0, fn.range.start.offset) + text.slice(fn.range.end.offset) : text);
  const indent = fn.isMethod ? "" : fn.indent;
  const missing = calls.helpers.filter((h) => !definesFunction(definedIn, helperName(h.name, language), fn.language, ["", indent]));
  // Top-level Python definitions are kept apart by two blank lines (PEP 8), everything else by one.
  const gap = language === "python" && indent === "" ? "\n\n" : "\n";
  const indented = (helper: string) =>
    helper.trimEnd().split("\n").map((line) => (line ? indent + line : line)).join("\n") + "\n" + gap;
  if (missing.length > 0) {
    // Above the function and its comment (a Python docstring is inside the function, so its start counts).
    const start = fn.exists && fn.range.start.offset < fn.commentRange.start.offset ? fn.range.start.offset : fn.commentRange.start.offset;
    const at = fn.isMethod ? topLevelStart(text, start) : text.lastIndexOf("\n", start - 1) + 1;
    edits.push({ start: at, end: at, newText: missing.map((h) => indented(h.code[language])).join("") });
  }
  const definitions = calls.helpers.map((h) => h.code[language].trimEnd() + "\n" + gap).join("");
  return { edits, code: definitions + code, pythonImports: chosen.pythonImports };
}

function fillFunction(text: string, fn: FoundFunction, options: FillOptions): FunctionOutcome {
  const base = { function: fn.name, language: fn.language, alternatives: [] as string[], ms: 0, edits: [] as TextEdit[] };
  const plan = planFunction(fn, options.force);
  if (plan.kind !== "search") return { ...base, status: plan.kind, message: plan.message, range: plan.range };
  const { task } = plan;
  const result = synthesize(task, {
    timeoutMs: options.timeoutMs,
    alternatives: options.alternatives ?? 2,
    cancellation: options.cancellation,
    prior: options.prior,
    library: options.library,
  });
  if (!result.best) {
    return { ...base, status: "unsolved", ms: result.ms, message: unsolvedMessage(result.status as "unsolved" | "cancelled", task.examples.length, options.timeoutMs) };
  }
  const lang = fn.language as TargetLanguage;
  const { edits, code } = candidateEdits(text, fn, emittedCandidate(result.best, task));
  return {
    ...base,
    status: "solved",
    ms: result.ms,
    code,
    alternatives: result.alternatives.map((c) => c.code[lang]),
    question: result.question,
    edits,
  };
}

/** The body that returns the candidate's expression, indented like the function. */
function newBody(text: string, fn: FoundFunction, candidate: EmittedCandidate): string {
  const expr = candidate.returns[fn.language as TargetLanguage];
  if (fn.language === "python") {
    // The body range starts after the docstring; when nothing follows it, the range is empty.
    const range = fn.bodyRange!;
    if (range.start.offset === range.end.offset) return `\n${fn.indent}    return ${expr}`;
    return lineIndent(text, range.start.offset) ? `return ${expr}` : `\n${fn.indent}    return ${expr}`;
  }
  return `{\n${fn.indent}  return ${expr};\n${fn.indent}}`;
}

/** The indentation of the line that holds `offset`, when only whitespace precedes it there. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(prefix) ? prefix : "";
}

function editsFor(text: string, fn: FoundFunction, candidate: EmittedCandidate): TextEdit[] {
  const edits: TextEdit[] = [];
  if (fn.exists && fn.bodyRange) {
    edits.push({ start: fn.bodyRange.start.offset, end: fn.bodyRange.end.offset, newText: newBody(text, fn, candidate) });
  } else {
    // No function yet: it goes right below its comment.
    const lang = fn.language as TargetLanguage;
    const code = candidate.code[lang]
      .split("\n")
      .map((line) => (line && !line.startsWith("import ") ? fn.indent + line : line))
      .filter((line) => !line.startsWith("import "))
      .join("\n")
      .replace(/^\n+/, "");
    const at = fn.commentRange.end.offset;
    edits.push({ start: at, end: at, newText: `\n${code.trimEnd()}` });
  }
  if (fn.language === "python") edits.push(...pythonImportEdits(text, candidate.pythonImports));
  return edits;
}

/** The `import` lines a Python text lacks for these modules, placed with its other imports. */
export function pythonImportEdits(text: string, modules: readonly string[]): TextEdit[] {
  const missing = modules.filter((module) => !new RegExp(`^\\s*(import\\s+${module}\\b|from\\s+${module}\\s+import)`, "m").test(text));
  if (missing.length === 0) return [];
  const at = importOffset(text);
  const lines = missing.map((module) => `import ${module}\n`).join("");
  // The file's first import: PEP 8's two blank lines part it from a definition that follows.
  const rest = text.slice(at);
  const separator = /^(import|from)\s/m.test(text) || rest.trim() === "" ? "" : rest.startsWith("\n\n") ? "" : rest.startsWith("\n") ? "\n" : "\n\n";
  return [{ start: at, end: at, newText: lines + separator }];
}

/** Where a new Python import goes: before the first import, else after a shebang, encoding line and module docstring. */
function importOffset(text: string): number {
  const firstImport = /^(import|from)\s/m.exec(text);
  if (firstImport) return firstImport.index;
  let offset = 0;
  const header = /^(#![^\n]*\n|#[^\n]*coding[^\n]*\n)*/.exec(text);
  if (header) offset = header[0].length;
  const doc = /^\s*[rRuU]?("""|''')[\s\S]*?\1[^\n]*\n/.exec(text.slice(offset));
  if (doc) offset += doc[0].length;
  return offset;
}

/** The whole function as it reads after the edit (for reports); a new function is its emitted code. */
function functionText(text: string, fn: FoundFunction, edits: readonly TextEdit[], candidate: EmittedCandidate): string {
  if (!fn.exists || !fn.bodyRange) return candidate.code[fn.language as TargetLanguage];
  const body = edits[0];
  return (
    text.slice(fn.range.start.offset, body.start) + body.newText + text.slice(body.end, fn.range.end.offset)
  );
}

/** Applies non-overlapping edits; edits at the same offset keep their order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

