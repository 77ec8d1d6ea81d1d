// Synthesis for a whole source document: read the functions with examples, search for each, and
// say how the text changes. Plain functions and data: the CLI and the language server both use it.
import type { Candidate, CancellationToken, OperatorPrior, TargetLanguage } from "../engine/api";
import { synthesize } from "../engine/synthesize";
import type { Task, Value } from "../engine/types";
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

/** The part of a candidate that emitting code needs; it survives being sent between threads. */
export type EmittedCandidate = Pick<Candidate, "expression" | "cost" | "code" | "returns" | "pythonImports">;

/** Keeps only the plain data of a candidate (drops its interpreter closure). */
export function emittedCandidate(c: EmittedCandidate): EmittedCandidate {
  return { expression: c.expression, cost: c.cost, code: c.code, returns: c.returns, pythonImports: c.pythonImports };
}

/** Why nothing was found, in words. */
export function unsolvedMessage(status: "unsolved" | "cancelled", exampleCount: number, timeoutMs: number): string {
  if (status === "cancelled") return "cancelled";
  return `no program fits the ${exampleCount} example${exampleCount === 1 ? "" : "s"} within ${Math.round(timeoutMs / 100) / 10} s`;
}

/** The edits and the new function text for one candidate. */
export function candidateEdits(text: string, fn: FoundFunction, candidate: EmittedCandidate): { edits: TextEdit[]; code: string } {
  const edits = editsFor(text, fn, candidate);
  return { edits, code: functionText(text, fn, edits, candidate) };
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
  });
  if (!result.best) {
    return { ...base, status: "unsolved", ms: result.ms, message: unsolvedMessage(result.status as "unsolved" | "cancelled", task.examples.length, options.timeoutMs) };
  }
  const lang = fn.language as TargetLanguage;
  const { edits, code } = candidateEdits(text, fn, result.best);
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
  const edits: TextEdit[] = [];
  for (const module of modules) {
    if (new RegExp(`^\\s*(import\\s+${module}\\b|from\\s+${module}\\s+import)`, "m").test(text)) continue;
    const at = importOffset(text);
    edits.push({ start: at, end: at, newText: `import ${module}\n` });
  }
  return edits;
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

