// The learned library as the language server sees it: the global library (in the extension's
// storage) and the project's (.grimoire/library.json in the workspace), merged for the searches and
// read again whenever either file changes; the changes the Library view asks for; and learning from
// the accepted functions. Plain data in and out: ../server wires it to LSP.
import { createHash } from "node:crypto";
import * as path from "node:path";
import type { TargetLanguage } from "../engine/api";
import { calledAbstractions, emitHelper, helperPythonImports } from "../engine/emit";
import { definesFunction, pythonImportEdits, withoutImports, type TextEdit } from "../document/fill";
import type { AcceptedFunction, LearnedFunctionInfo } from "../server/protocol";
import { compileLibraryFunctions, type LibraryFunctionJson } from "../library/library-file";
import { bodyOf, libraryModule, LibraryStore, mergeLibraries, signatureOf, type LibraryEntry, type StoreProblem } from "../library/library-store";
import { corpusFromAccepted, runLearning, type LearnRunOptions } from "./library-learning";
import type { LibraryBundle } from "./search-protocol";
import { count } from "../text/count";

export type LibraryScope = "global" | "project";

export interface LearnSummary {
  readonly status: "learned" | "nothing" | "cancelled" | "too-few";
  /** Names of the functions added to the global library. */
  readonly added: readonly string[];
  /** How many solved functions the corpus held. */
  readonly corpus: number;
  readonly ms: number;
  readonly message: string;
}

export interface LibrarySessionOptions {
  readonly globalFile: string;
  readonly projectFile?: string;
  readonly onProblem: (problem: StoreProblem) => void;
  /**
   * What the searches should use, at the first read and whenever the libraries change afterwards (a
   * file was written, by this window or any other process); `first` marks the first read.
   */
  readonly onChanged: (bundle: LibraryBundle | undefined, first: boolean) => void;
  readonly log: (line: string) => void;
  /** For tests: how learning runs (default: a worker thread, see runLearning). */
  readonly learnRunner?: typeof runLearning;
  readonly learnTimeoutMs?: number;
  readonly memoryLimitMb?: number;
}

/** Fewer solved tasks than this cannot share anything: an abstraction must serve two of them. */
const MIN_CORPUS = 2;

export class LibrarySession {
  readonly global: LibraryStore;
  readonly project: LibraryStore | undefined;
  private entries: { global: LibraryEntry[]; project: LibraryEntry[] } = { global: [], project: [] };
  private leftOut = new Map<string, string>();
  private bundle: LibraryBundle | undefined;
  /** The contents last read (undefined before the first read), so that only changes are reported. */
  private key: string | undefined;
  private watches: { dispose(): void }[] = [];
  private loading: Promise<void> | undefined;
  private reloadAgain = false;
  private learning: Promise<LearnSummary> | undefined;
  private learningCancellation: SharedCancellation | undefined;

  constructor(private readonly options: LibrarySessionOptions) {
    this.global = new LibraryStore(options.globalFile, { onProblem: options.onProblem });
    this.project = options.projectFile ? new LibraryStore(options.projectFile, { onProblem: options.onProblem }) : undefined;
  }

  /** Reads both libraries and watches them; every change is read again and reported through onChanged. */
  async start(): Promise<void> {
    await this.reload();
    for (const store of [this.global, this.project]) {
      if (store) this.watches.push(store.watch(() => void this.reload()));
    }
  }

  /** What the searches use now (undefined: no library functions). */
  currentBundle(): LibraryBundle | undefined {
    return this.bundle;
  }

  /** Reads both files again; concurrent calls share one read and one more after it. */
  reload(): Promise<void> {
    if (this.loading) {
      this.reloadAgain = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.reloadAgain = false;
        await this.readBoth();
      } while (this.reloadAgain);
    })().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async readBoth(): Promise<void> {
    const read = async (store: LibraryStore | undefined) => {
      if (!store) return [];
      try {
        return await store.list();
      } catch (error) {
        // A file this Grimoire cannot use is reported; the searches go on with the other library.
        this.options.onProblem({ message: `${store.file} could not be read: ${(error as Error).message}`, file: store.file });
        return [];
      }
    };
    const [global, project] = await Promise.all([read(this.global), read(this.project)]);
    this.entries = { global, project };
    this.leftOut = new Map();
    try {
      const merged = mergeLibraries(global, project);
      for (const { name, reason } of merged.leftOut) {
        this.leftOut.set(name, reason);
        this.options.log(`library: the global function ${name} is not used: ${reason}`);
      }
    } catch (error) {
      this.options.log(`library: the global and project libraries could not be merged: ${(error as Error).message}`);
    }
    const files = { global: global.map(searchedFunction), project: project.map(searchedFunction) };
    const key = createHash("sha256").update(JSON.stringify(files)).digest("hex").slice(0, 16);
    if (key === this.key) return;
    const first = this.key === undefined;
    this.key = key;
    this.bundle = global.length + project.length > 0 ? { key, ...files } : undefined;
    this.options.log(`library: ${count(global.length, "global function")}${this.project ? `, ${count(project.length, "project function")}` : ""}`);
    this.options.onChanged(this.bundle, first);
  }

  /** The learned functions, project ones first (they win a name both libraries use). */
  list(): LearnedFunctionInfo[] {
    const info = (scope: LibraryScope) => (e: LibraryEntry): LearnedFunctionInfo => {
      const def = e.operator.abstraction!;
      const leftOut = scope === "global" ? this.leftOut.get(e.name) : undefined;
      return {
        id: e.id,
        scope,
        name: e.name,
        signature: signatureOf(def),
        body: bodyOf(def),
        code: { typescript: emitHelper(def, "typescript"), javascript: emitHelper(def, "javascript"), python: emitHelper(def, "python") },
        uses: e.uses,
        tasks: e.tasks,
        pinned: e.pinned,
        learnedAt: e.learnedAt,
        ...(leftOut ? { leftOut } : {}),
      };
    };
    return [...this.entries.project.map(info("project")), ...this.entries.global.map(info("global"))];
  }

  /**
   * Renames a learned function. A name the other library uses is refused: a project function wins
   * a name both use, so a global one renamed to it would silently stop being used. Answers the old
   * and the new name.
   */
  async rename(scope: LibraryScope, id: string, name: string): Promise<{ before: string; after: string }> {
    await this.reload();
    const before = this.entries[scope].find((e) => e.id === id)?.name ?? "the function";
    const other = scope === "global" ? "project" : "global";
    if (this.entries[other].some((e) => e.name === name)) {
      throw new Error(`The ${other} library has a function named ${name}; a project function wins a name both libraries use, so choose another name.`);
    }
    const renamed = await this.store(scope).rename(id, name);
    return { before, after: renamed.name };
  }

  /**
   * Copies a global function into the project library (to be committed and shared), with the global
   * functions it calls, since bodies call functions by name. Answers what the project library says.
   */
  async shareWithProject(id: string): Promise<string> {
    const project = this.store("project");
    await this.reload();
    const entry = this.entries.global.find((e) => e.id === id);
    if (!entry) return "That function is no longer in the global library.";
    const definition = entry.operator.abstraction!;
    const byName = new Map(this.entries.global.map((e) => [e.name, e]));
    const functions = [...calledAbstractions(definition.body), definition].map((d) => ({ definition: d, uses: byName.get(d.name)?.uses ?? 0, tasks: byName.get(d.name)?.tasks ?? [] }));
    const result = await project.addLearned(functions);
    await this.reload();
    const added = result.added.map((f) => f.name);
    if (added.length === 0) return `The project library already has ${entry.name}.`;
    const renamed = result.renamed.map((r) => ` ${r.from} is named ${r.to} there: the project has another ${r.from}.`).join("");
    return `Added ${added.join(", ")} to the project library (${path.relative(path.dirname(path.dirname(project.file)), project.file)}); commit it to share it.${renamed}`;
  }

  store(scope: LibraryScope): LibraryStore {
    if (scope === "project") {
      if (!this.project) throw new Error("This window has no workspace folder, so there is no project library.");
      return this.project;
    }
    return this.global;
  }

  /** Both libraries as one module (project functions first); the global ones a project function hides are left out. */
  async export(language: "typescript" | "python"): Promise<string> {
    await this.reload();
    const project = new Set(this.entries.project.map((e) => e.name));
    return libraryModule([...this.entries.project, ...this.entries.global.filter((e) => !project.has(e.name) && !this.leftOut.has(e.name))], language);
  }

  /**
   * Learns from the accepted functions' programs and adds what is new to the global library. One
   * run at a time: a second request while one runs waits for it and gets its summary.
   */
  learn(accepted: readonly AcceptedFunction[], cancellation?: LearnRunOptions["cancellation"]): Promise<LearnSummary> {
    if (!this.learning) {
      const shared = new SharedCancellation();
      this.learningCancellation = shared;
      this.learning = this.learnNow(accepted, shared).finally(() => (this.learning = undefined));
    }
    // Whoever waits for the run may cancel it: the user's Cancel works on a run idle time started.
    this.learningCancellation!.follow(cancellation);
    return this.learning;
  }

  private async learnNow(accepted: readonly AcceptedFunction[], cancellation: LearnRunOptions["cancellation"]): Promise<LearnSummary> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const corpus = corpusFromAccepted(accepted);
    const withoutProgram = accepted.filter((a) => !a.program).length;
    if (new Set(corpus.map((c) => c.task)).size < MIN_CORPUS) {
      const older = withoutProgram > 0 ? ` (${count(withoutProgram, "accepted function")} from before Grimoire kept programs cannot be used)` : "";
      return {
        status: "too-few",
        added: [],
        corpus: corpus.length,
        ms: elapsed(),
        message: `Learning needs at least ${MIN_CORPUS} solved functions; the library of accepted functions has ${corpus.length}${older}.`,
      };
    }
    await this.reload();
    const taken = [...this.entries.global, ...this.entries.project].map((e) => e.name);
    this.options.log(`library: learning from ${count(corpus.length, "solved function")}`);
    const answer = await (this.options.learnRunner ?? runLearning)({
      corpus,
      takenNames: taken,
      timeoutMs: this.options.learnTimeoutMs ?? 30_000,
      memoryLimitMb: this.options.memoryLimitMb,
      cancellation,
    });
    if (answer.cancelled) return { status: "cancelled", added: [], corpus: corpus.length, ms: elapsed(), message: "Learning was cancelled; the library is unchanged." };
    if (answer.skipped > 0) this.options.log(`library: ${count(answer.skipped, "program")} could not be read and were left out`);
    if (answer.functions.length === 0) {
      return { status: "nothing", added: [], corpus: corpus.length, ms: elapsed(), message: `No function is shared by two of the ${corpus.length} solved functions yet.` };
    }
    // The learned bodies call only built-in operators and each other, in order.
    const operators = compileLibraryFunctions(answer.functions);
    const result = await this.global.addLearned(operators.map((op, i) => ({ definition: op.abstraction!, uses: answer.functions[i].uses, tasks: answer.functions[i].tasks })));
    for (const s of result.skipped) this.options.log(`library: learned ${s.name} again; the library has it as ${s.sameAs}`);
    await this.reload();
    const added = result.added.map((f) => f.name);
    this.options.log(
      `library: learned ${count(answer.functions.length, "function")} in ${answer.ms} ms (corpus ${answer.sizeBefore} -> ${answer.sizeAfter} nodes); ` +
        `added ${added.length > 0 ? added.join(", ") : "none (the library had them all)"}`,
    );
    return {
      status: added.length > 0 ? "learned" : "nothing",
      added,
      corpus: corpus.length,
      ms: elapsed(),
      message:
        added.length > 0
          ? `Learned ${count(added.length, "function")} from ${count(corpus.length, "solved function")}: ${added.join(", ")}.`
          : `Nothing new: the library already has every function shared by the ${corpus.length} solved functions.`,
    };
  }

  /**
   * How to insert a learned function, with the library functions it calls, into a text at an
   * offset: those the text already defines are left out, and a Python text gets the imports it
   * lacks. Undefined when there is no such function.
   */
  insertion(ref: { id: string; scope: LibraryScope }, text: string, offset: number, language: TargetLanguage): { edits: TextEdit[]; inserted: string[] } | undefined {
    const entry = this.entries[ref.scope].find((e) => e.id === ref.id);
    const def = entry?.operator.abstraction;
    if (!def) return undefined;
    const definitions = [...calledAbstractions(def.body), def].filter((d) => !definesFunction(text, d.name, language));
    if (definitions.length === 0) return { edits: [], inserted: [] };
    const code = definitions.map((d) => withoutImports(emitHelper(d, language))).join(language === "python" ? "\n\n" : "\n");
    const edits: TextEdit[] = [{ start: offset, end: offset, newText: code }];
    if (language === "python") {
      const modules = [...new Set(definitions.flatMap((d) => helperPythonImports(d)))].sort();
      edits.unshift(...pythonImportEdits(text, modules));
    }
    return { edits, inserted: definitions.map((d) => d.name) };
  }

  dispose(): void {
    for (const w of this.watches) w.dispose();
    this.watches = [];
  }
}

/** The stored fields only: what crosses to the search worker, which rebuilds the operators. */
/**
 * What a search needs of a library function. Ids, pins, dates and the tasks it came from are left
 * out: they change nothing in a search, and a change to them would make every open function be
 * searched again.
 */
function searchedFunction(e: LibraryEntry): LibraryFunctionJson {
  return { name: e.name, params: e.params, result: e.result, body: e.body, cost: e.cost, uses: e.uses, tasks: [] };
}

/** A cancellation that several callers share: it is requested once any of the tokens it follows is. */
class SharedCancellation {
  private requested = false;
  private readonly listeners = new Set<() => void>();

  get isCancellationRequested(): boolean {
    return this.requested;
  }

  onCancellationRequested(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  follow(token: LearnRunOptions["cancellation"]): void {
    if (!token) return;
    if (token.isCancellationRequested) this.request();
    else token.onCancellationRequested(() => this.request());
  }

  private request(): void {
    if (this.requested) return;
    this.requested = true;
    for (const listener of [...this.listeners]) listener();
  }
}
