// The learned library as the language server sees it: the global library (in the extension's
// storage) and each workspace folder's project library (.grimoire/library.json in the folder). A
// document's searches use the global library merged with the project library of the folder it is
// in, so every folder has a bundle of its own; all of them are read again whenever a file changes.
// Also the changes the Library view asks for, and learning from the accepted functions. Plain data
// in and out: ../server wires it to LSP.
import { createHash } from "node:crypto";
import * as path from "node:path";
import type { TargetLanguage } from "../engine/api";
import { helperName, namesClash } from "../engine/abstraction";
import { calledAbstractions, emitHelper, helperPythonImports } from "../engine/emit";
import { definesFunction, pythonImportEdits, withoutImports, type TextEdit } from "../document/fill";
import type { AcceptedFunction, LearnedFunctionInfo } from "../server/protocol";
import { compileLibraryFunctions, type LibraryFunctionJson } from "../library/library-file";
import { bodyOf, libraryModule, LibraryStore, mergeLibraries, projectLibraryFile, signatureOf, type LibraryEntry, type StoreProblem } from "../library/library-store";
import { corpusFromAccepted, runLearning, type LearnRunOptions } from "./library-learning";
import type { LibraryBundle } from "./search-protocol";
import { count } from "../text/count";

export type LibraryScope = "global" | "project";

/** A workspace folder, whose project library is `.grimoire/library.json` inside it. */
export interface ProjectFolder {
  /**
   * How the editor names the folder (the language server passes its URI). It is answered back with
   * the folder's functions, and the changes name the folder by it.
   */
  readonly id: string;
  /** The folder on disk. */
  readonly path: string;
  /** What the user calls it (its name in the editor), shown beside its functions when there are several folders. */
  readonly name: string;
}

/** Which learned function a change is about; `folder` (a ProjectFolder's id) says whose project library holds a project function. */
export interface LearnedRef {
  readonly id: string;
  readonly scope: LibraryScope;
  readonly folder?: string;
}

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
  /** The workspace folders at the start, in the editor's order (the first is the default where a change names none). */
  readonly folders?: readonly ProjectFolder[];
  readonly onProblem: (problem: StoreProblem) => void;
  /**
   * The libraries changed: at the first read, and whenever what a search would use changes
   * afterwards (a file was written, by this window or any other process, or a folder came or went).
   * `first` marks the first read. bundleFor() and libraryKeys() say what the searches use now.
   */
  readonly onChanged: (first: boolean) => void;
  readonly log: (line: string) => void;
  /** For tests: how learning runs (default: a worker thread, see runLearning). */
  readonly learnRunner?: typeof runLearning;
  readonly learnTimeoutMs?: number;
  readonly memoryLimitMb?: number;
}

/** One workspace folder's project library, as last read. */
interface ProjectLibrary {
  readonly folder: ProjectFolder;
  readonly store: LibraryStore;
  entries: LibraryEntry[];
  /** The global functions this folder's searches leave out (a project function took their name), with why. */
  leftOut: Map<string, string>;
  /** What searches of the documents in this folder use (undefined: no library functions). */
  bundle: LibraryBundle | undefined;
  watch?: { dispose(): void };
}

/** Fewer solved tasks than this cannot share anything: an abstraction must serve two of them. */
const MIN_CORPUS = 2;

export class LibrarySession {
  readonly global: LibraryStore;
  private globalEntries: LibraryEntry[] = [];
  /** The folders' project libraries, in the editor's order. */
  private projects: ProjectLibrary[] = [];
  /** What searches of a document outside every folder use: the global library alone. */
  private globalBundle: LibraryBundle | undefined;
  /** The bundles' keys last reported (undefined before the first read), so that only changes are reported. */
  private key: string | undefined;
  private globalWatch: { dispose(): void } | undefined;
  private started = false;
  private loading: Promise<void> | undefined;
  private reloadAgain = false;
  private learning: Promise<LearnSummary> | undefined;
  private learningCancellation: SharedCancellation | undefined;

  constructor(private readonly options: LibrarySessionOptions) {
    this.global = new LibraryStore(options.globalFile, { onProblem: options.onProblem });
    for (const folder of options.folders ?? []) this.addProject(folder);
  }

  /** Reads every library and watches them; every change is read again and reported through onChanged. */
  async start(): Promise<void> {
    await this.reload();
    this.started = true;
    this.globalWatch = this.global.watch(() => void this.reload());
    for (const project of this.projects) this.watchProject(project);
  }

  /** The workspace folders whose project libraries are used, in the editor's order. */
  folders(): ProjectFolder[] {
    return this.projects.map((p) => p.folder);
  }

  /**
   * Workspace folders were added to the window or removed from it: their project libraries start
   * or stop being read and watched. A removed folder is matched by id or by path, since an editor
   * may spell the same folder's URI in another way.
   */
  async changeFolders(change: { readonly added?: readonly ProjectFolder[]; readonly removed?: readonly ProjectFolder[] }): Promise<void> {
    for (const gone of change.removed ?? []) {
      const index = this.projects.findIndex((p) => sameFolder(p.folder, gone));
      if (index < 0) continue;
      this.projects[index].watch?.dispose();
      this.projects.splice(index, 1);
    }
    for (const folder of change.added ?? []) {
      if (this.projects.some((p) => sameFolder(p.folder, folder))) continue;
      const project = this.addProject(folder);
      if (this.started) this.watchProject(project);
    }
    await this.reload();
  }

  private addProject(folder: ProjectFolder): ProjectLibrary {
    const project: ProjectLibrary = {
      folder,
      store: new LibraryStore(projectLibraryFile(folder.path), { onProblem: this.options.onProblem }),
      entries: [],
      leftOut: new Map(),
      bundle: undefined,
    };
    this.projects.push(project);
    return project;
  }

  private watchProject(project: ProjectLibrary): void {
    project.watch = project.store.watch(() => void this.reload());
  }

  /**
   * The workspace folder a file is in: the innermost one, since folders may be nested and the
   * nearest project library is the one that was meant for the file. Undefined outside every folder.
   */
  folderOf(file: string): ProjectFolder | undefined {
    return this.projectOf(file)?.folder;
  }

  private projectOf(file: string): ProjectLibrary | undefined {
    let best: ProjectLibrary | undefined;
    for (const project of this.projects) {
      if (!isInside(file, project.folder.path)) continue;
      if (!best || project.folder.path.length > best.folder.path.length) best = project;
    }
    return best;
  }

  /**
   * What a search for a function in this file uses: the global library merged with the project
   * library of the file's folder; the global library alone for a file outside every folder (or no
   * file at all). Undefined when that holds no functions.
   */
  bundleFor(file: string | undefined): LibraryBundle | undefined {
    const project = file === undefined ? undefined : this.projectOf(file);
    return project ? project.bundle : this.globalBundle;
  }

  /**
   * The keys of every bundle some document would get now ("" for none), so that searches made
   * with any other library can be told apart as stale.
   */
  libraryKeys(): Set<string> {
    return new Set([this.globalBundle, ...this.projects.map((p) => p.bundle)].map((b) => b?.key ?? ""));
  }

  /** Whether any document's searches would use library functions now. */
  hasFunctions(): boolean {
    return this.globalBundle !== undefined || this.projects.some((p) => p.bundle !== undefined);
  }

  /** Reads every file again; concurrent calls share one read and one more after it. */
  reload(): Promise<void> {
    if (this.loading) {
      this.reloadAgain = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.reloadAgain = false;
        await this.readAll();
      } while (this.reloadAgain);
    })().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async readAll(): Promise<void> {
    const read = async (store: LibraryStore) => {
      try {
        return await store.list();
      } catch (error) {
        // A file this Grimoire cannot use is reported; the searches go on with the other libraries.
        this.options.onProblem({ message: `${store.file} could not be read: ${(error as Error).message}`, file: store.file });
        return [];
      }
    };
    // A folder added while the files are read is read by the next round (changeFolders asks for one).
    const projects = [...this.projects];
    const [global, ...perProject] = await Promise.all([read(this.global), ...projects.map((p) => read(p.store))]);
    this.globalEntries = global;
    projects.forEach((p, i) => (p.entries = perProject[i]));
    this.globalBundle = bundleOf(global, []);
    for (const p of this.projects) {
      p.bundle = bundleOf(global, p.entries);
      p.leftOut = new Map();
    }
    // The folders are part of the key: a folder that comes or goes changes what its documents use.
    const key = JSON.stringify([this.globalBundle?.key ?? "", ...this.projects.map((p) => [p.folder.id, p.bundle?.key ?? ""])]);
    const several = this.projects.length > 1;
    for (const p of this.projects) {
      try {
        for (const { name, reason } of mergeLibraries(global, p.entries).leftOut) {
          p.leftOut.set(name, reason);
          if (key !== this.key) this.options.log(`library: the global function ${name} is not used${several ? ` in ${p.folder.name}` : ""}: ${reason}`);
        }
      } catch (error) {
        if (key !== this.key) this.options.log(`library: the global and project libraries${several ? ` of ${p.folder.name}` : ""} could not be merged: ${(error as Error).message}`);
      }
    }
    if (key === this.key) return;
    const first = this.key === undefined;
    this.key = key;
    const projectCounts = several
      ? `, ${this.projects.map((p) => `${count(p.entries.length, "project function")} in ${p.folder.name}`).join(", ")}`
      : this.projects.length === 1
        ? `, ${count(this.projects[0].entries.length, "project function")}`
        : "";
    this.options.log(`library: ${count(global.length, "global function")}${projectCounts}`);
    this.options.onChanged(first);
  }

  /**
   * The learned functions: each folder's project functions (in the folders' order), then the global
   * ones, since a project function wins a name it shares with a global one. A global function one
   * folder's searches leave out says so; with several folders, the reason names the folder.
   */
  list(): LearnedFunctionInfo[] {
    const several = this.projects.length > 1;
    const info = (e: LibraryEntry, project?: ProjectLibrary): LearnedFunctionInfo => {
      const def = e.operator.abstraction!;
      const reasons = project
        ? []
        : this.projects.flatMap((p) => {
            const reason = p.leftOut.get(e.name);
            return reason === undefined ? [] : [several ? `in ${p.folder.name}, ${reason}` : reason];
          });
      return {
        id: e.id,
        scope: project ? "project" : "global",
        ...(project ? { folder: project.folder.id, folderName: project.folder.name } : {}),
        name: e.name,
        signature: signatureOf(def),
        body: bodyOf(def),
        code: { typescript: emitHelper(def, "typescript"), javascript: emitHelper(def, "javascript"), python: emitHelper(def, "python") },
        uses: e.uses,
        tasks: e.tasks,
        pinned: e.pinned,
        learnedAt: e.learnedAt,
        ...(reasons.length > 0 ? { leftOut: reasons.join("; ") } : {}),
      };
    };
    return [...this.projects.flatMap((p) => p.entries.map((e) => info(e, p))), ...this.globalEntries.map((e) => info(e))];
  }

  /**
   * Renames a learned function. A name the other side uses is refused: a project function wins a
   * name it shares with a global one, so a global function renamed to a name some folder's project
   * library uses would silently stop being used there (and a project function renamed to a global
   * name would hide the global one). `folder` (a ProjectFolder's id) says whose project library holds
   * a project function; none means the first folder's. Answers the old and the new name.
   */
  async rename(scope: LibraryScope, id: string, name: string, folder?: string): Promise<{ before: string; after: string }> {
    await this.reload();
    const reason = "a project function wins a name both libraries use, so choose another name.";
    if (scope === "project") {
      const project = this.project(folder);
      const before = project.entries.find((e) => e.id === id)?.name ?? "the function";
      const clash = this.globalEntries.find((e) => namesClash(e.name, name));
      if (clash) throw new Error(`The global library has a function named ${clashingName(clash.name, name)}; ${reason}`);
      const renamed = await project.store.rename(id, name);
      return { before, after: renamed.name };
    }
    const before = this.globalEntries.find((e) => e.id === id)?.name ?? "the function";
    const clashes = this.projects.flatMap((p) => p.entries.filter((e) => namesClash(e.name, name)).map((e) => ({ project: p, entry: e })));
    if (clashes.length > 0) {
      const which = this.projects.length > 1 ? ` of ${clashes.map((c) => c.project.folder.name).join(", ")}` : "";
      throw new Error(`The project library${which} has a function named ${clashingName(clashes[0].entry.name, name)}; ${reason}`);
    }
    const renamed = await this.global.rename(id, name);
    return { before, after: renamed.name };
  }

  /**
   * Copies a global function into a folder's project library (to be committed and shared), with the
   * global functions it calls, since bodies call functions by name. Answers what the project
   * library says. `folder` is a ProjectFolder's id; none means the first folder.
   */
  async shareWithProject(id: string, folder?: string): Promise<string> {
    const project = this.project(folder);
    await this.reload();
    const entry = this.globalEntries.find((e) => e.id === id);
    if (!entry) return "That function is no longer in the global library.";
    const definition = entry.operator.abstraction!;
    const byName = new Map(this.globalEntries.map((e) => [e.name, e]));
    const functions = [...calledAbstractions(definition.body), definition].map((d) => ({ definition: d, uses: byName.get(d.name)?.uses ?? 0, tasks: byName.get(d.name)?.tasks ?? [] }));
    const result = await project.store.addLearned(functions);
    await this.reload();
    // With one folder, "the project library" says which; with several, the folder is named.
    const library = this.projects.length > 1 ? `the project library of ${project.folder.name}` : "the project library";
    const added = result.added.map((f) => f.name);
    if (added.length === 0) return `${capitalized(library)} already has ${entry.name}.`;
    const renamed = result.renamed.map((r) => ` ${r.from} is named ${r.to} there: the project has another ${r.from}.`).join("");
    return `Added ${added.join(", ")} to ${library} (${path.relative(project.folder.path, project.store.file)}); commit it to share it.${renamed}`;
  }

  /** The store a change acts on: the global one, or the project library of the folder named (by id; none: the first). */
  store(scope: LibraryScope, folder?: string): LibraryStore {
    return scope === "project" ? this.project(folder).store : this.global;
  }

  /**
   * A folder's project library, by the folder's id; none named means the first folder, which is
   * what a client that knows of one folder only (an older one, or another editor's) means.
   */
  private project(folder: string | undefined): ProjectLibrary {
    if (this.projects.length === 0) throw new Error("This window has no workspace folder, so there is no project library.");
    if (folder === undefined) return this.projects[0];
    const project = this.findProject(folder);
    if (!project) throw new Error("That workspace folder is no longer open in this window.");
    return project;
  }

  private findProject(folder: string | undefined): ProjectLibrary | undefined {
    return folder === undefined ? this.projects[0] : this.projects.find((p) => p.folder.id === folder);
  }

  /**
   * The libraries as one module: the project functions of one folder (the one named, else the
   * first), then the global functions, less those that folder's searches leave out. One folder's,
   * because two folders may each define a function of the same name and a module cannot hold both.
   */
  async export(language: "typescript" | "python", folder?: string): Promise<string> {
    await this.reload();
    const project = this.projects.length > 0 ? this.project(folder) : undefined;
    const names = new Set(project?.entries.map((e) => e.name));
    const global = this.globalEntries.filter((e) => !names.has(e.name) && !project?.leftOut.has(e.name));
    return libraryModule([...(project?.entries ?? []), ...global], language);
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
    // Every folder's project names are taken too: a new global function of such a name would be hidden there.
    const taken = [...this.globalEntries, ...this.projects.flatMap((p) => p.entries)].map((e) => e.name);
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
  insertion(ref: LearnedRef, text: string, offset: number, language: TargetLanguage): { edits: TextEdit[]; inserted: string[] } | undefined {
    const entries = ref.scope === "global" ? this.globalEntries : (this.findProject(ref.folder)?.entries ?? []);
    const entry = entries.find((e) => e.id === ref.id);
    const def = entry?.operator.abstraction;
    if (!def) return undefined;
    const definitions = [...calledAbstractions(def.body), def].filter((d) => !definesFunction(text, helperName(d.name, language), language));
    if (definitions.length === 0) return { edits: [], inserted: [] };
    const code = definitions.map((d) => withoutImports(emitHelper(d, language))).join(language === "python" ? "\n\n" : "\n");
    const edits: TextEdit[] = [{ start: offset, end: offset, newText: code }];
    if (language === "python") {
      const modules = [...new Set(definitions.flatMap((d) => helperPythonImports(d)))].sort();
      edits.unshift(...pythonImportEdits(text, modules));
    }
    return { edits, inserted: definitions.map((d) => helperName(d.name, language)) };
  }

  dispose(): void {
    this.globalWatch?.dispose();
    this.globalWatch = undefined;
    for (const project of this.projects) {
      project.watch?.dispose();
      project.watch = undefined;
    }
    this.started = false;
  }
}

/**
 * What a search needs of a library function. Ids, pins, dates and the tasks it came from are left
 * out: they change nothing in a search, and a change to them would make every open function be
 * searched again.
 */
function searchedFunction(e: LibraryEntry): LibraryFunctionJson {
  return { name: e.name, params: e.params, result: e.result, body: e.body, cost: e.cost, uses: e.uses, tasks: [] };
}

/**
 * The bundle a search uses for a global and a project library, keyed by their contents, so that two
 * folders whose merged libraries are the same share results; undefined when both are empty.
 */
function bundleOf(global: readonly LibraryEntry[], project: readonly LibraryEntry[]): LibraryBundle | undefined {
  if (global.length + project.length === 0) return undefined;
  const files = { global: global.map(searchedFunction), project: project.map(searchedFunction) };
  const key = createHash("sha256").update(JSON.stringify(files)).digest("hex").slice(0, 16);
  return { key, ...files };
}

/** Whether a file lies in a folder (or is the folder). */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative === "" || (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative));
}

function sameFolder(a: ProjectFolder, b: ProjectFolder): boolean {
  return a.id === b.id || path.resolve(a.path) === path.resolve(b.path);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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

/** The name a rename clashes with, and how, where only Python's spelling of the two is the same. */
function clashingName(existing: string, wanted: string): string {
  return existing === wanted ? existing : `${existing} (Python calls both ${helperName(wanted, "python")})`;
}
