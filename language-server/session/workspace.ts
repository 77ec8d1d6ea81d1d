// What the language server knows about the open documents: their functions with examples, the
// problems in those examples, and the searches for them. Plain data in, plain data out: the LSP
// wiring in ../server turns these into diagnostics, code lenses and code actions.
import { applyEdits, candidateEdits, planFunction, pythonImportEdits, unsolvedMessage, type EmittedCandidate, type FunctionPlan, type TextEdit } from "../document/fill";
import type { TargetLanguage } from "../engine/api";
import { functionName, printLiteral, pyType, tsType } from "../engine/emit";
import type { Task, Type, Value } from "../engine/types";
import { IncrementalParse, readFunctions, type FoundFunction, type Range, type SourceLanguage } from "../examples/read";
import { LineIndex } from "../text/lines";
import type { GrimoireSettings, NewAcceptedFunction } from "../server/protocol";
import type { SearchOutcome, SearchPool } from "./search-pool";
import type { LibraryBundle } from "./search-protocol";
import { taskKey } from "./task-key";

/** An LSP-style position: 0-based line and UTF-16 character. */
export interface Position {
  readonly line: number;
  readonly character: number;
}
export interface PlainRange {
  readonly start: Position;
  readonly end: Position;
}
export interface PlainEdit {
  readonly range: PlainRange;
  readonly newText: string;
}

/** Structurally the same as LSP's cancellation token, so the server passes its own. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export interface DocumentSnapshot {
  readonly uri: string;
  readonly version: number;
  readonly language: SourceLanguage;
  /** Parse TypeScript with the TSX grammar. */
  readonly jsx: boolean;
  readonly text: string;
}

/** One function with examples (or problems) in a document. */
export interface AnalyzedFunction {
  readonly fn: FoundFunction;
  readonly plan: FunctionPlan;
  /** The task's content key, when it can be searched (its searches' keys add the library's, see searchKeyOf). */
  readonly key?: string;
  /** From the start of its comment to the end of the function: where the cursor offers its actions. */
  readonly span: PlainRange;
}

export interface DocumentAnalysis {
  readonly snapshot: DocumentSnapshot;
  readonly functions: readonly AnalyzedFunction[];
  readonly lines: LineIndex;
}

export interface Problem {
  readonly range: PlainRange;
  readonly message: string;
}

export type FunctionState =
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "idle" | "queued" | "searching" }
  | { readonly kind: "solved"; readonly ms: number }
  | { readonly kind: "unsolved" | "failed"; readonly message: string };

export interface LensInfo {
  readonly range: PlainRange;
  readonly name: string;
  readonly exampleCount: number;
  readonly state: FunctionState;
  /** Where the function is, for the command the lens runs. */
  readonly position: Position;
}

/** A code action to list; listing never waits for a search. */
export type ActionInfo =
  | { readonly kind: "synthesize"; readonly title: string; readonly name: string; readonly candidate: number }
  | { readonly kind: "ask"; readonly title: string; readonly edit: PlainEdit; readonly cursor: Position };

export type SynthesisAnswer =
  | { readonly status: "solved"; readonly name: string; readonly version: number; readonly edits: PlainEdit[]; readonly accepted: NewAcceptedFunction; readonly ms: number; readonly message: string }
  | { readonly status: "unsolved" | "error" | "cancelled"; readonly name?: string; readonly message: string };

export interface WorkspaceEvents {
  /** A document's functions were read again: diagnostics and lenses should be refreshed. */
  analyzed?(uri: string): void;
  /** A search finished: lenses and actions may have changed. */
  searched?(): void;
}

export class Workspace {
  private readonly documents = new Map<string, DocumentSnapshot>();
  private readonly analyses = new Map<string, Promise<DocumentAnalysis>>();
  private readonly latest = new Map<string, DocumentAnalysis>();
  private readonly analysisTimers = new Map<string, NodeJS.Timeout>();
  private readonly parses = new Map<string, IncrementalParse>();
  /** Documents just opened, whose first reading starts their searches without waiting for a pause. */
  private readonly openedNow = new Set<string>();
  private backgroundTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: SearchPool,
    private settings: GrimoireSettings,
    private readonly events: WorkspaceEvents = {},
    /** The neural model that guides searches when the `guidance` setting is on. */
    private modelDirectory?: string,
    /**
     * The library functions a document's searches use (by its URI): in a window with several
     * folders, each folder's project library is merged with the global one for its own documents.
     * Asked at each use, so that a changed library applies at once.
     */
    private readonly libraryFor: (uri: string) => LibraryBundle | undefined = () => undefined,
  ) {
    pool.setModelDirectory(settings.guidance ? modelDirectory : undefined);
  }

  configure(settings: GrimoireSettings): void {
    this.settings = settings;
    this.pool.setMemoryLimit(settings.memoryLimitMb);
    this.pool.setModelDirectory(settings.guidance ? this.modelDirectory : undefined);
    for (const uri of this.documents.keys()) this.scheduleAnalysis(uri, 0);
  }

  /** Another model guides the next searches (the user's, after learning; the shipped one, after a reset). */
  setModel(directory: string | undefined): void {
    this.modelDirectory = directory;
    this.pool.setModelDirectory(this.settings.guidance ? directory : undefined);
  }

  get timeoutMs(): number {
    return Math.round(this.settings.timeoutSeconds * 1000);
  }

  isEnabled(language: SourceLanguage): boolean {
    return this.settings.languages.includes(language);
  }

  /**
   * A document was opened or changed. A changed one is read again after a short pause in typing,
   * and searched after a longer one; an opened one is read and searched at once.
   */
  update(snapshot: DocumentSnapshot, opened = false): void {
    const known = this.documents.get(snapshot.uri);
    if (known && known.version === snapshot.version && known.text === snapshot.text) return;
    this.documents.set(snapshot.uri, snapshot);
    this.analyses.delete(snapshot.uri);
    if (opened) this.openedNow.add(snapshot.uri);
    this.scheduleAnalysis(snapshot.uri, opened ? 0 : 150);
  }

  close(uri: string): void {
    this.documents.delete(uri);
    this.parses.get(uri)?.dispose();
    this.parses.delete(uri);
    this.analyses.delete(uri);
    this.latest.delete(uri);
    this.openedNow.delete(uri);
    clearTimeout(this.analysisTimers.get(uri));
    this.analysisTimers.delete(uri);
    this.scheduleBackground();
  }

  /** The analysis of the document's current text, read now if it is not ready yet. */
  async analysis(uri: string): Promise<DocumentAnalysis | undefined> {
    const snapshot = this.documents.get(uri);
    if (!snapshot || !this.isEnabled(snapshot.language)) return undefined;
    let pending = this.analyses.get(uri);
    if (!pending) {
      clearTimeout(this.analysisTimers.get(uri));
      this.analysisTimers.delete(uri);
      let incremental = this.parses.get(uri);
      if (!incremental) this.parses.set(uri, (incremental = new IncrementalParse()));
      pending = analyze(snapshot, incremental);
      this.analyses.set(uri, pending);
      void pending.then((analysis) => {
        if (this.documents.get(uri) !== snapshot) return;
        this.latest.set(uri, analysis);
        this.events.analyzed?.(uri);
        this.scheduleBackground(this.openedNow.delete(uri) ? 0 : this.settings.backgroundDelayMs);
      });
    }
    return pending;
  }

  /** The most recent finished analysis (possibly of an older version), without waiting. */
  latestAnalysis(uri: string): DocumentAnalysis | undefined {
    return this.latest.get(uri);
  }

  private scheduleAnalysis(uri: string, delayMs: number): void {
    clearTimeout(this.analysisTimers.get(uri));
    this.analysisTimers.set(
      uri,
      setTimeout(() => {
        this.analysisTimers.delete(uri);
        void this.analysis(uri);
      }, delayMs),
    );
  }

  // ------------------------------------------------------------ background search

  /** After the user pauses, searches every open function whose examples have no result yet. */
  private scheduleBackground(delayMs = this.settings.backgroundDelayMs): void {
    clearTimeout(this.backgroundTimer);
    this.backgroundTimer = setTimeout(() => this.startBackground(), delayMs);
  }

  /** The library changed and results were forgotten: the open functions are searched again (lenses first show it). */
  refreshSearches(): void {
    this.events.searched?.();
    this.scheduleBackground(0);
  }

  private startBackground(): void {
    const wanted = new Map<string, { task: Task; library: LibraryBundle | undefined }>();
    for (const analysis of this.latest.values()) {
      const uri = analysis.snapshot.uri;
      if (this.documents.get(uri) !== analysis.snapshot) continue;
      const library = this.libraryFor(uri);
      for (const f of analysis.functions) if (f.key && f.plan.kind === "search") wanted.set(this.pool.keyOf(f.key, library), { task: f.plan.task, library });
    }
    this.pool.cancelBackgroundExcept(new Set(wanted.keys()));
    if (!this.settings.backgroundSearch) return;
    for (const [key, { task, library }] of wanted) {
      if (this.pool.cached(key, this.timeoutMs) || this.pool.isPending(key)) continue;
      void this.pool.search(task, { timeoutMs: this.timeoutMs, alternatives: this.settings.alternatives, priority: "background", library }).outcome.then((o) => {
        if (o.status !== "cancelled") this.events.searched?.();
      });
    }
  }

  // ------------------------------------------------------------ what the editor shows

  problems(analysis: DocumentAnalysis): Problem[] {
    const out: Problem[] = [];
    for (const f of analysis.functions) {
      if (f.plan.kind !== "error") continue;
      const found = f.fn.problems.length > 0 ? f.fn.problems : [{ message: f.plan.message, range: f.plan.range ?? f.fn.commentRange }];
      for (const p of found) out.push({ range: plainRange(p.range), message: p.message });
    }
    return out;
  }

  /** The key of a function's search with the library its document uses now. */
  private searchKeyOf(uri: string, f: AnalyzedFunction): string | undefined {
    return f.key === undefined ? undefined : this.pool.keyOf(f.key, this.libraryFor(uri));
  }

  /** What is known of a function of the document `uri`. */
  state(uri: string, f: AnalyzedFunction): FunctionState {
    if (f.plan.kind === "error") return { kind: "error", message: f.plan.message };
    const key = this.searchKeyOf(uri, f);
    if (!key) return { kind: "idle" };
    const outcome = this.pool.cached(key, this.timeoutMs);
    if (outcome) {
      if (outcome.status === "solved") return { kind: "solved", ms: outcome.ms };
      if (outcome.status === "failed") return { kind: "failed", message: outcome.message ?? "the search failed" };
      return { kind: "unsolved", message: unsolvedMessage("unsolved", f.fn.examples.length, outcome.timeoutMs) };
    }
    if (this.pool.isRunning(key)) return { kind: "searching" };
    if (this.pool.isPending(key)) return { kind: "queued" };
    return { kind: "idle" };
  }

  lenses(analysis: DocumentAnalysis): LensInfo[] {
    return analysis.functions
      .filter((f) => f.plan.kind !== "skipped")
      .map((f) => ({
        range: plainRange(f.fn.exists ? f.fn.range : f.fn.commentRange),
        name: f.fn.name,
        exampleCount: f.fn.examples.length,
        state: this.state(analysis.snapshot.uri, f),
        position: plainPosition((f.fn.exists ? f.fn.range : f.fn.commentRange).start),
      }));
  }

  /** The function whose comment, signature or body holds the line. */
  functionAt(analysis: DocumentAnalysis, position: Position): AnalyzedFunction | undefined {
    const inside = analysis.functions.filter((f) => contains(f.span, position));
    // Nested functions: the innermost (the one that starts last) wins.
    return inside.sort((a, b) => b.span.start.line - a.span.start.line)[0];
  }

  /** The actions for a range; they come from what is already known and never wait for a search. */
  actions(analysis: DocumentAnalysis, range: PlainRange): ActionInfo[] {
    const f = this.functionAt(analysis, range.start);
    if (!f || f.plan.kind !== "search" || !f.key) return [];
    const name = f.fn.name;
    const count = f.fn.examples.length;
    const out: ActionInfo[] = [
      { kind: "synthesize", title: `Synthesize ${name} from ${count} example${count === 1 ? "" : "s"}`, name, candidate: 0 },
    ];
    const outcome = this.pool.cached(this.searchKeyOf(analysis.snapshot.uri, f)!, this.timeoutMs);
    if (outcome?.status !== "solved") return out;
    const language = f.fn.language as TargetLanguage;
    outcome.alternatives.forEach((c, i) => {
      const returns = oneLine(c.returns[language]);
      out.push({ kind: "synthesize", title: `Synthesize ${name} as: ${returns}`, name, candidate: i + 1 });
    });
    if (outcome.question) {
      const ask = questionEdit(analysis, f.fn, outcome.question);
      if (ask) out.push({ kind: "ask", title: `Add an example for ${ask.call}`, edit: ask.edit, cursor: ask.cursor });
    }
    return out;
  }

  // ------------------------------------------------------------ searching on request

  /** Synthesizes a function of the current document (by name, or the one at a position) and returns the edits. */
  async synthesize(uri: string, at: { name: string } | { position: Position }, candidate: number, cancellation?: Cancellation): Promise<SynthesisAnswer> {
    const analysis = await this.analysis(uri);
    if (!analysis) return { status: "error", message: "Grimoire is not enabled for this document (see grimoire.languages)" };
    const f = "name" in at ? analysis.functions.find((g) => g.fn.name === at.name) : this.functionAt(analysis, at.position);
    if (!f) {
      return {
        status: "error",
        message: "name" in at ? `${at.name} no longer has examples` : "No function with examples here: write `@example` lines (or a doctest) in its comment.",
      };
    }
    const name = f.fn.name;
    if (f.plan.kind !== "search") return { status: "error", name, message: `${name}: ${f.plan.message}` };
    const job = this.pool.search(f.plan.task, { timeoutMs: this.timeoutMs, alternatives: this.settings.alternatives, priority: "user", library: this.libraryFor(uri) });
    const outcome = await withCancellation(job.outcome, cancellation, () => this.pool.cancel(job.key));
    if (!outcome) return { status: "cancelled", name, message: "cancelled" };
    this.events.searched?.();
    const chosen = outcome.status === "solved" ? (candidate === 0 ? outcome.best : outcome.alternatives[candidate - 1]) : undefined;
    if (!chosen) return { status: outcome.status === "cancelled" ? "cancelled" : "unsolved", name, message: `${name}: ${outcomeMessage(outcome, f)}` };
    // The document may have changed while the search ran: the edits are made against its text now.
    const now = await this.analysis(uri);
    const current = now?.functions.find((g) => g.key === f.key && g.fn.name === name);
    if (!now || !current) return { status: "cancelled", name, message: `${name} changed while it was being synthesized` };
    const { edits, code } = candidateEdits(now.snapshot.text, current.fn, chosen, { libraryEmit: this.settings.library.emit });
    return {
      status: "solved",
      name,
      version: now.snapshot.version,
      edits: edits.map((e) => plainEdit(now.lines, e)),
      accepted: acceptedEntry(uri, current.fn, f.plan.task, f.key!, code, chosen),
      ms: outcome.ms,
      message: `Synthesized ${name} in ${formatSeconds(outcome.ms)}`,
    };
  }

  /**
   * Synthesizes a new function from examples the user typed (`titleCase("a b") => "A B"`, one per
   * entry) and inserts it, with its examples as comments, at the start of the position's line.
   */
  async synthesizeNew(uri: string, position: Position, entries: readonly string[], cancellation?: Cancellation): Promise<SynthesisAnswer> {
    const snapshot = this.documents.get(uri);
    if (!snapshot) return { status: "error", message: "Open a TypeScript, JavaScript or Python file first." };
    const read = await readTypedExamples(entries, snapshot.language);
    if ("message" in read) return { status: "error", message: read.message };
    const { fn, task, text: comment } = read;
    const key = taskKey(task);
    const job = this.pool.search(task, { timeoutMs: this.timeoutMs, alternatives: this.settings.alternatives, priority: "user", library: this.libraryFor(uri) });
    const outcome = await withCancellation(job.outcome, cancellation, () => this.pool.cancel(job.key));
    if (!outcome) return { status: "cancelled", name: fn.name, message: "cancelled" };
    if (outcome.status !== "solved" || !outcome.best) {
      return { status: outcome.status === "cancelled" ? "cancelled" : "unsolved", name: fn.name, message: `${fn.name}: ${unsolvedMessage("unsolved", task.examples.length, outcome.timeoutMs)}` };
    }
    const current = this.documents.get(uri)!;
    const lines = new LineIndex(current.text);
    const line = Math.min(position.line, lines.position(current.text.length).line);
    const lineStart = lines.lineStart(line);
    const lineEnd = line + 1 <= lines.position(current.text.length).line ? lines.lineStart(line + 1) : current.text.length;
    const lineText = current.text.slice(lineStart, lineEnd).replace(/\r?\n$/, "");
    const indent = /^[ \t]*/.exec(lineText)![0];
    // Helpers the document already defines are not inserted again; those it lacks go above the new function.
    const emitted = candidateEdits(comment, fn, outcome.best, { libraryEmit: this.settings.library.emit, definedIn: current.text });
    const bodyEdits = emitted.edits.filter((e) => !e.newText.startsWith("import "));
    const block = applyEdits(comment, bodyEdits).trimEnd();
    const indented = block.split("\n").map((l) => (l ? indent + l : l)).join("\n");
    // A blank line replaced by the function keeps its line break; otherwise a blank line keeps the function apart from what follows.
    const blank = lineText.trim() === "";
    const edits: TextEdit[] = [
      blank
        ? { start: lineStart, end: lineStart + lineText.length, newText: `${indented}\n` }
        : { start: lineStart, end: lineStart, newText: `${indented}\n\n` },
    ];
    if (current.language === "python") edits.push(...pythonImportEdits(current.text, emitted.pythonImports));
    return {
      status: "solved",
      name: fn.name,
      version: current.version,
      edits: edits.map((e) => plainEdit(lines, e)),
      accepted: acceptedEntry(uri, fn, task, key, emitted.code, outcome.best),
      ms: outcome.ms,
      message: `Synthesized ${fn.name} in ${formatSeconds(outcome.ms)}`,
    };
  }

  dispose(): void {
    clearTimeout(this.backgroundTimer);
    for (const timer of this.analysisTimers.values()) clearTimeout(timer);
    for (const parse of this.parses.values()) parse.dispose();
    this.pool.dispose();
  }
}

// ------------------------------------------------------------ helpers

async function analyze(snapshot: DocumentSnapshot, incremental: IncrementalParse): Promise<DocumentAnalysis> {
  const lines = new LineIndex(snapshot.text);
  const found = await readFunctions(snapshot.text, snapshot.language, { jsx: snapshot.jsx, incremental });
  const functions: AnalyzedFunction[] = [];
  for (const fn of found) {
    if (fn.examples.length === 0 && fn.problems.length === 0) continue;
    const plan = planFunction(fn);
    const start = fn.commentRange.start.offset < fn.range.start.offset || !fn.exists ? fn.commentRange.start : fn.range.start;
    const end = fn.exists && fn.range.end.offset > fn.commentRange.end.offset ? fn.range.end : fn.commentRange.end;
    functions.push({
      fn,
      plan,
      key: plan.kind === "search" ? taskKey(plan.task) : undefined,
      span: { start: plainPosition(start), end: plainPosition(end) },
    });
  }
  return { snapshot, functions, lines };
}

function plainPosition(p: { line: number; column: number }): Position {
  return { line: p.line, character: p.column };
}

function plainRange(r: Range): PlainRange {
  return { start: plainPosition(r.start), end: plainPosition(r.end) };
}

function plainEdit(lines: LineIndex, e: TextEdit): PlainEdit {
  return { range: { start: plainPosition(lines.position(e.start)), end: plainPosition(lines.position(e.end)) }, newText: e.newText };
}

function contains(range: PlainRange, p: Position): boolean {
  const after = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const before = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return after && before;
}

function oneLine(code: string): string {
  const flat = code.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

export function formatSeconds(ms: number): string {
  return ms < 100 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function outcomeMessage(outcome: SearchOutcome, f: AnalyzedFunction): string {
  if (outcome.status === "failed") return outcome.message ?? "the search failed";
  if (outcome.status === "cancelled") return "cancelled";
  return unsolvedMessage("unsolved", f.fn.examples.length, outcome.timeoutMs);
}

/** Resolves with the outcome, or undefined when the caller cancels first (the search itself is cancelled too). */
async function withCancellation<T>(promise: Promise<T>, cancellation: Cancellation | undefined, cancel: () => void): Promise<T | undefined> {
  if (!cancellation) return promise;
  if (cancellation.isCancellationRequested) {
    cancel();
    return undefined;
  }
  let subscription: { dispose(): void } | undefined;
  const cancelled = new Promise<undefined>((resolve) => {
    subscription = cancellation.onCancellationRequested(() => {
      cancel();
      resolve(undefined);
    });
  });
  try {
    return await Promise.race([promise, cancelled]);
  } finally {
    subscription?.dispose();
  }
}

/** The signature as it reads in the function's language. */
export function signatureOf(task: Task, language: SourceLanguage): string {
  const name = functionName(task.name, language);
  if (language === "python") return `${name}(${task.params.map((p) => `${p.name}: ${pyType(p.type)}`).join(", ")}) -> ${pyType(task.returnType)}`;
  if (language === "typescript") return `${name}(${task.params.map((p) => `${p.name}: ${tsType(p.type)}`).join(", ")}): ${tsType(task.returnType)}`;
  return `${name}(${task.params.map((p) => p.name).join(", ")})`;
}

function acceptedEntry(uri: string, fn: FoundFunction, task: Task, key: string, code: string, candidate: EmittedCandidate): NewAcceptedFunction {
  const language = fn.language as TargetLanguage;
  return {
    learning: { task: { name: task.name, params: task.params, returnType: task.returnType, examples: task.examples }, operators: operatorsIn(candidate.expression) },
    ...(candidate.program === undefined ? {} : { program: candidate.program }),
    name: fn.name,
    signature: signatureOf(task, fn.language),
    language: fn.language,
    examples: fn.examples.map((ex) => `${ex.call} => ${printLiteral(ex.output, language).code}`),
    code,
    sourceUri: uri,
    taskKey: key,
  };
}

/** The operator names a program's neutral notation calls (`split(s, " ")` calls split). */
export function operatorsIn(expression: string): string[] {
  const names = new Set<string>();
  for (const m of expression.matchAll(/([A-Za-z_][\w]*(?::[\w$]+)?)\(/g)) names.add(m[1]);
  return [...names];
}

/**
 * A new example line asking for the output on `inputs`: written like the function's last example
 * (same comment prefix and the same separator before the output), with the output left for the user.
 */
function questionEdit(analysis: DocumentAnalysis, fn: FoundFunction, inputs: readonly Value[]): { edit: PlainEdit; cursor: Position; call: string } | undefined {
  const last = fn.examples[fn.examples.length - 1];
  if (!last) return undefined;
  const text = analysis.snapshot.text;
  const language = fn.language as TargetLanguage;
  const head = text.slice(last.range.start.offset, last.outputRange.start.offset);
  const close = head.lastIndexOf(")");
  if (close < 0) return undefined;
  const separator = head.slice(close + 1).replace(/\s+$/, (s) => (s.includes("\n") ? s : " "));
  const lineStart = analysis.lines.lineStart(last.range.start.line);
  const prefix = text.slice(lineStart, last.range.start.offset);
  const callName = /^[\w$.]+/.exec(last.call)?.[0] ?? fn.name;
  const call = `${callName}(${inputs.map((v) => printLiteral(v, language).code).join(", ")})`;
  const outputLine = last.outputRange.end.line;
  const lineEnd = outputLine + 1 < analysisLineCount(analysis) ? analysis.lines.lineStart(outputLine + 1) : text.length;
  // Insert before the line break that ends the last example's output line.
  const at = text.slice(0, lineEnd).replace(/\r?\n$/, "").length;
  const inserted = `\n${prefix}${call}${separator}`;
  const position = plainPosition(analysis.lines.position(at));
  const insertedLines = inserted.split("\n");
  const cursor = { line: position.line + insertedLines.length - 1, character: insertedLines[insertedLines.length - 1].length };
  return { edit: { range: { start: position, end: position }, newText: inserted }, cursor, call };
}

function analysisLineCount(analysis: DocumentAnalysis): number {
  return analysis.lines.position(analysis.snapshot.text.length).line + 1;
}

/**
 * Reads examples typed by the user through the same reader as comments, so values are literals
 * and never evaluated; problems name the entry they are in.
 */
export async function readTypedExamples(
  entries: readonly string[],
  language: SourceLanguage,
): Promise<{ fn: FoundFunction; task: Task; text: string } | { message: string }> {
  const kept = entries.map((e) => e.trim()).filter((e) => e.length > 0);
  if (kept.length === 0) return { message: "Give at least one example, such as `titleCase(\"a b\") => \"A B\"`." };
  const marker = language === "python" ? "#" : "//";
  for (const [i, e] of kept.entries()) {
    if (/[\r\n]/.test(e)) return { message: `Example ${i + 1} spans several lines; give one \`call => value\` per entry.` };
    if (!/=>/.test(e)) return { message: `Example ${i + 1} (\`${e}\`) has no \`=>\`: write it as \`call => value\`.` };
  }
  const text = kept.map((e) => `${marker} ${e}`).join("\n") + "\n";
  const found = (await readFunctions(text, language)).filter((f) => f.examples.length > 0 || f.problems.length > 0);
  const names = [...new Set(found.map((f) => f.name))];
  if (found.length === 0) return { message: "No example could be read: write each as a call and its value, such as `titleCase(\"a b\") => \"A B\"`." };
  if (names.length > 1) return { message: `The examples call different functions (${names.join(", ")}); give examples of one function.` };
  const fn = found[0];
  const entryOf = (line: number) => `Example ${line + 1} (\`${kept[line]}\`)`;
  if (fn.problems.length > 0) return { message: `${entryOf(fn.problems[0].range.start.line)}: ${fn.problems[0].message}` };
  const read = fn.examples.length;
  if (read < kept.length) {
    const lines = new Set(fn.examples.map((ex) => ex.range.start.line));
    const missing = kept.findIndex((_, i) => !lines.has(i));
    return { message: `${entryOf(missing)} could not be read as \`call => value\`.` };
  }
  const plan = planFunction(fn);
  if (plan.kind === "error") return { message: plan.range ? `${entryOf(plan.range.start.line)}: ${plan.message}` : plan.message };
  if (plan.kind !== "search") return { message: plan.message };
  return { fn, task: { ...plan.task, params: namedParams(plan.task.params, language) }, text };
}

/** Names for the parameters of a function made from typed examples, after their types (`text`, `n`, `xs`). */
function namedParams(params: Task["params"], language: SourceLanguage): Task["params"] {
  const base = (t: Type): string => {
    switch (t.kind) {
      case "string": return "text";
      case "number": return "n";
      case "boolean": return "flag";
      case "list": return t.element.kind === "string" ? "words" : "xs";
      case "record": return "record";
      default: return "value";
    }
  };
  const names = params.map((p) => base(p.type));
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const seen = new Map<string, number>();
  return params.map((p, i) => {
    const name = names[i];
    if (counts.get(name) === 1) return { ...p, name };
    const k = (seen.get(name) ?? 0) + 1;
    seen.set(name, k);
    return { ...p, name: language === "python" ? `${name}_${k}` : `${name}${k}` };
  });
}

