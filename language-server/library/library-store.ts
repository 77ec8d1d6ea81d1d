// The library of learned functions: one JSON file (the global one in the extension's storage or
// ~/.grimoire, or a project's .grimoire/library.json) that several VS Code windows and CLI runs may
// change at once. Every change is a read-modify-write under the file's lock, written atomically, so
// that readers, which take no lock, always see a whole file. Functions call each other by name, so
// the changes that touch names (rename, delete, merge) rewrite the bodies that refer to them.
import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { helperName, namesClash, type AbstractionDefinition } from "../engine/abstraction";
import { emitHelper, helperPythonImports } from "../engine/emit";
import { OPERATOR_BY_NAME, type Operator } from "../engine/operators";
import { showProgram } from "../engine/program";
import { typeKey } from "../engine/types";
import {
  compileLibraryFunctions,
  freeName,
  FUNCTION_NAME,
  LIBRARY_VERSION,
  LibraryFormatError,
  libraryFunctionToJson,
  type LibraryFunctionJson,
  type ProgramJson,
} from "./library-file";
import { count } from "../text/count";
import { FileLock, isRecord, readJsonFile, setAsideAndReport, setAsideDamaged, watchFile, writeAtomically, type StoreProblem } from "./locked-file";

export { LockTimeoutError, type StoreProblem } from "./locked-file";

/** A library function as stored since format version 2. */
export interface LibraryFunction extends LibraryFunctionJson {
  readonly id: string;
  readonly pinned: boolean;
  readonly learnedAt: string;
}

/** A library function as listed: its stored form and the operator the search uses. */
export interface LibraryEntry extends LibraryFunction {
  /** `operator.abstraction` is the checked definition, for emitting and printing. */
  readonly operator: Operator;
}

/** A function fresh from learning (learn.ts's LearnedAbstraction fits). */
export interface LearnedFunction {
  readonly definition: AbstractionDefinition;
  readonly uses: number;
  readonly tasks: readonly string[];
}

export interface AddResult {
  /** The functions added, under the names they got (a taken name is numbered: `f` becomes `f_2`). */
  readonly added: readonly LibraryFunction[];
  /** Functions not added because one with a structurally equal body and the same types was there. */
  readonly skipped: readonly { readonly name: string; readonly sameAs: string }[];
  /** Added functions whose name was taken, with the name they got. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
}

export interface LibraryStoreOptions {
  onProblem?: (problem: StoreProblem) => void;
  /** How long a change waits for another process's lock before failing (default 5000). */
  lockTimeoutMs?: number;
  /**
   * What to do with a damaged file. "set-aside" (the default, for the editor, which cannot ask):
   * move it to `FILE.damaged-TIME`, report it through onProblem, and start empty. "throw" (for the
   * CLI, where the user can fix the file): throw LibraryFormatError naming the file and the
   * function at fault, and leave the file as it is.
   */
  damaged?: "set-aside" | "throw";
}

/** A change the library refuses (a bad or taken name, a delete that would break a caller). */
export class LibraryChangeError extends Error {
  override readonly name = "LibraryChangeError";
}

/** Where a workspace keeps its project library, meant to be committed to git. */
export function projectLibraryFile(workspaceFolder: string): string {
  return path.join(workspaceFolder, ".grimoire", "library.json");
}

/** What is on disk, read without the lock. */
type Snapshot =
  | { kind: "missing" }
  | { kind: "damaged"; text: string; reason: string }
  | { kind: "newer"; text: string; version: number; functions: LibraryFunction[]; operators: Operator[] | undefined; reason?: string }
  | { kind: "good"; text: string; version: number; functions: LibraryFunction[]; operators: Operator[] };

export class LibraryStore {
  private readonly lock: FileLock;
  private readonly onProblem: (problem: StoreProblem) => void;
  private readonly damagedMode: "set-aside" | "throw";
  /** The last report about a newer file, so that reading the same file again does not repeat it. */
  private lastReported: string | undefined;

  constructor(
    readonly file: string,
    options: LibraryStoreOptions = {},
  ) {
    this.lock = new FileLock(file, options.lockTimeoutMs);
    this.onProblem = options.onProblem ?? (() => {});
    this.damagedMode = options.damaged ?? "set-aside";
  }

  /**
   * Every function, in file order (a function calls only those before it), each with its operator;
   * an empty list when there is no file yet. A file written by a newer Grimoire is read as far as
   * this one understands it, and reported.
   */
  async list(): Promise<LibraryEntry[]> {
    let snapshot = await this.read();
    if (snapshot.kind === "damaged") {
      if (this.damagedMode === "throw") throw new LibraryFormatError(`${this.file}: ${snapshot.reason}`);
      const current = await setAsideDamaged(this.file, this.lock, snapshot, () => this.read(), this.onProblem);
      if (!current) return [];
      snapshot = current;
      // Another process may have set it aside first and written a good file since.
      if (snapshot.kind === "damaged") return [];
    }
    if (snapshot.kind === "missing") return [];
    if (snapshot.kind === "newer") {
      const message = `${this.file} was written by a newer Grimoire (library version ${snapshot.version}; this one understands ${LIBRARY_VERSION}); it is ${
        snapshot.operators ? "read as far as this version understands it" : `not read (${snapshot.reason})`
      } and never changed`;
      if (message !== this.lastReported) this.onProblem({ message, file: this.file });
      this.lastReported = message;
      if (!snapshot.operators) {
        if (this.damagedMode === "throw") throw new LibraryFormatError(`${this.file}: ${snapshot.reason}`);
        return [];
      }
    } else this.lastReported = undefined;
    const operators = snapshot.operators ?? [];
    return snapshot.functions.map((f, i) => ({ ...f, operator: operators[i] }));
  }

  /**
   * Adds learned functions, in order (a later one may call an earlier one, or functions already in
   * the library). A function whose body and types equal an existing one's is skipped, and later
   * ones that call it call the existing one instead.
   */
  async addLearned(functions: readonly LearnedFunction[], now: Date = new Date()): Promise<AddResult> {
    const incoming = functions.map((f) => stored(libraryFunctionToJson(f.definition, f.uses, f.tasks), randomUUID(), false, now.toISOString()));
    return this.modify((existing) => {
      const merged = mergeFunctions(existing, incoming);
      return { functions: merged.added.length > 0 ? merged.functions : undefined, result: merged };
    });
  }

  /**
   * Merges another library file into this one, as addLearned does: duplicates are skipped, taken
   * names numbered; pinned flags and learning dates come along. The other file is only read.
   */
  async import(otherFile: string): Promise<AddResult> {
    const other = new LibraryStore(otherFile, { damaged: "throw" });
    const snapshot = await other.read();
    if (snapshot.kind === "missing") throw new LibraryChangeError(`${otherFile}: no such file`);
    if (snapshot.kind === "damaged") throw new LibraryFormatError(`${otherFile}: ${snapshot.reason}`);
    if (snapshot.kind === "newer" && !snapshot.operators) throw new LibraryFormatError(`${otherFile}: ${snapshot.reason}`);
    const incoming = snapshot.functions;
    return this.modify((existing) => {
      const merged = mergeFunctions(existing, incoming);
      return { functions: merged.added.length > 0 ? merged.functions : undefined, result: merged };
    });
  }

  /**
   * Renames a function, and every call to it in the other functions' bodies. The name must be an
   * identifier, not a keyword or a builtin that emitted code relies on, and not taken.
   */
  async rename(id: string, newName: string): Promise<LibraryFunction> {
    const problem = nameProblem(newName);
    if (problem) throw new LibraryChangeError(`Cannot rename to '${newName}': ${problem}`);
    return this.modify((functions) => {
      const target = find(functions, id);
      if (target.name === newName) return { functions: undefined, result: target };
      const clash = functions.find((f) => f.id !== id && namesClash(f.name, newName));
      if (clash) {
        const why = clash.name === newName ? "the library already has a function of that name" : `Python code would call it ${helperName(newName, "python")}, as it calls ${clash.name}`;
        throw new LibraryChangeError(`Cannot rename ${target.name} to '${newName}': ${why}`);
      }
      const renamed = functions.map((f) => ({
        ...f,
        name: f.id === id ? newName : f.name,
        body: renameCalls(f.body, new Map([[target.name, newName]])),
      }));
      return { functions: renamed, result: renamed.find((f) => f.id === id)! };
    });
  }

  async setPinned(id: string, pinned: boolean): Promise<LibraryFunction> {
    return this.modify((functions) => {
      const target = find(functions, id);
      if (target.pinned === pinned) return { functions: undefined, result: target };
      const changed = functions.map((f) => (f.id === id ? { ...f, pinned } : f));
      return { functions: changed, result: changed.find((f) => f.id === id)! };
    });
  }

  /**
   * Deletes a function. Functions that call it get its body in place of each call, so they keep
   * working (and emitted code stays the same). Where that cannot be done (an argument would be
   * captured by a lambda of its body), nothing changes and LibraryChangeError says which caller is
   * in the way. Answers the deleted function and the callers it was inlined into, or undefined when
   * there is no such id.
   */
  async delete(id: string): Promise<{ deleted: LibraryFunction; inlinedInto: string[] } | undefined> {
    return this.modify((functions) => {
      const target = functions.find((f) => f.id === id);
      if (!target) return { functions: undefined, result: undefined };
      const inlinedInto: string[] = [];
      const kept: LibraryFunction[] = [];
      for (const f of functions) {
        if (f.id === id) continue;
        if (!calls(f.body, target.name)) {
          kept.push(f);
          continue;
        }
        const body = inlineCalls(f.body, target);
        if (!body) {
          throw new LibraryChangeError(
            `Cannot delete ${target.name}: ${f.name} calls it with an argument that its body would capture, so it cannot be inlined there; delete ${f.name} first`,
          );
        }
        kept.push({ ...f, body });
        inlinedInto.push(f.name);
      }
      return { functions: kept, result: { deleted: target, inlinedInto } };
    });
  }

  /**
   * Removes functions. Pinned ones stay, with the functions they call (so nothing they need goes),
   * unless `all` is set. Answers how many were removed and how many are left.
   */
  async clear(options: { all?: boolean } = {}): Promise<{ removed: number; kept: number }> {
    return this.modify((functions) => {
      const needed = new Set<string>();
      if (!options.all) {
        // Functions call only earlier ones, so one pass from the end finds every dependency.
        for (const f of [...functions].reverse()) {
          if (f.pinned || needed.has(f.name)) {
            needed.add(f.name);
            for (const name of calledNames(f.body)) needed.add(name);
          }
        }
      }
      const kept = functions.filter((f) => needed.has(f.name));
      const removed = functions.length - kept.length;
      return { functions: removed > 0 ? kept : undefined, result: { removed, kept: kept.length } };
    });
  }

  /** The whole library as a module in the language (see libraryModule). */
  async export(language: ModuleLanguage): Promise<string> {
    return libraryModule(await this.list(), language);
  }

  /**
   * Calls onChange (debounced) whenever the library file changes, whoever changed it, even if its
   * directory does not exist yet.
   */
  watch(onChange: () => void): { dispose(): void } {
    return watchFile(path.dirname(path.resolve(this.file)), path.basename(this.file), onChange);
  }

  /**
   * Reads the functions, lets `change` compute the new list (undefined: no change) and an answer,
   * checks the new list and writes it, all under the lock.
   */
  private async modify<T>(change: (functions: LibraryFunction[]) => { functions: LibraryFunction[] | undefined; result: T }): Promise<T> {
    // A change that leaves a missing library empty must not create its folder (a project's
    // .grimoire folder appears only when it has a library to hold).
    if ((await this.read()).kind === "missing") {
      const unchanged = change([]);
      if (!unchanged.functions) return unchanged.result;
    }
    await fs.mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    return this.lock.run(async () => {
      const snapshot = await this.read();
      let functions: LibraryFunction[] = [];
      if (snapshot.kind === "damaged") {
        if (this.damagedMode === "throw") throw new LibraryFormatError(`${this.file}: ${snapshot.reason}`);
        await setAsideAndReport(this.file, snapshot.reason, this.onProblem);
      } else if (snapshot.kind === "newer") {
        throw new LibraryChangeError(
          `${this.file} was written by a newer Grimoire (library version ${snapshot.version}; this one understands ${LIBRARY_VERSION}), so it is left unchanged; update Grimoire to change the library`,
        );
      } else if (snapshot.kind === "good") functions = snapshot.functions;
      const { functions: changed, result } = change(functions);
      // A version 1 file is written back as version 2 only when something changes, so that merely
      // reading a library never rewrites it.
      if (changed) {
        // The change must leave a library that reads back: a broken one is never written. (A learned
        // function may call one that another process deleted while it was being learned.)
        try {
          compileLibraryFunctions(changed);
        } catch (error) {
          if (!(error instanceof LibraryFormatError)) throw error;
          throw new LibraryChangeError(`The change would leave ${this.file} unreadable (${error.message}), so nothing was written`);
        }
        await writeAtomically(this.file, `${JSON.stringify({ version: LIBRARY_VERSION, functions: changed.map(ordered) }, null, 2)}\n`);
      }
      return result;
    });
  }

  private async read(): Promise<Snapshot> {
    const file = await readJsonFile(this.file);
    if (file.kind !== "parsed") return file;
    const { text, data, modified } = file;
    if (!isRecord(data)) return { kind: "damaged", text, reason: "a library is a JSON object with a 'version' and a 'functions' list" };
    const version = data.version;
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return { kind: "damaged", text, reason: "it has no valid version number" };
    if (!Array.isArray(data.functions)) return { kind: "damaged", text, reason: "a library is a JSON object with a 'version' and a 'functions' list" };
    let functions: LibraryFunction[];
    let operators: Operator[];
    try {
      // Version 1 had no ids or dates: they are made up the same way on every read (the id from the
      // name, which is unique in a file; the date from the file's), so that an id listed before a
      // change still finds its function when the change reads the file again.
      functions = data.functions.map((raw: unknown, i: number) => migrated(raw, i, version, modified));
      operators = compileLibraryFunctions(functions);
    } catch (error) {
      if (!(error instanceof LibraryFormatError)) throw error;
      if (version > LIBRARY_VERSION) return { kind: "newer", text, version, functions: [], operators: undefined, reason: error.message };
      return { kind: "damaged", text, reason: error.message };
    }
    if (version > LIBRARY_VERSION) return { kind: "newer", text, version, functions, operators };
    return { kind: "good", text, version, functions, operators };
  }

}

/**
 * The operators of the global and the project library together, for the search. On a name clash
 * the project's function wins (it is the one the team shares): the global one is left out, and so
 * are the global functions that call it, since emitted helpers call functions by name and would
 * call the project's. A global function equal to the project's of the same name is no clash: its
 * callers call the project's. Answers the operators and what was left out, with why.
 */
export function mergeLibraries(
  global: readonly LibraryFunctionJson[],
  project: readonly LibraryFunctionJson[],
): { operators: Operator[]; leftOut: { name: string; reason: string }[] } {
  const projectOperators = compileLibraryFunctions(project);
  const projectByName = new Map(project.map((f, i) => [f.name, { json: f, operator: projectOperators[i] }]));
  const leftOut: { name: string; reason: string }[] = [];
  const hidden = new Set<string>();
  const sameAsProject = new Set<string>();
  const kept: LibraryFunctionJson[] = [];
  for (const f of global) {
    const clash = projectByName.get(f.name);
    if (clash && structuralKey(clash.json) === structuralKey(f)) {
      sameAsProject.add(f.name);
      continue;
    }
    if (clash) {
      hidden.add(f.name);
      leftOut.push({ name: f.name, reason: `the project library has a different function named ${f.name}` });
      continue;
    }
    const blocked = calledNames(f.body).find((name) => hidden.has(name));
    if (blocked) {
      hidden.add(f.name);
      leftOut.push({ name: f.name, reason: `it calls ${blocked}, whose name the project library uses for a different function` });
      continue;
    }
    kept.push(f);
  }
  const globalOperators = compileLibraryFunctions(kept, (name) => (sameAsProject.has(name) ? projectByName.get(name)?.operator : undefined));
  return { operators: [...projectOperators, ...globalOperators], leftOut };
}

/** The languages a library can be exported to as one module. */
export type ModuleLanguage = "typescript" | "javascript" | "python";

/**
 * The library as one module: TypeScript or JavaScript (an ES module) with every function an
 * `export function`, or Python with
 * the imports the functions need and a plain `def` for each. Parameters are named a, b, c.
 */
export function libraryModule(entries: readonly LibraryEntry[], language: ModuleLanguage): string {
  const definitions = entries.map((e) => e.operator.abstraction!);
  const functions = count(definitions.length, "function");
  if (language !== "python") {
    const head = `// A Grimoire library: ${functions}.\n`;
    if (definitions.length === 0) return `${head}export {};\n`;
    return head + definitions.map((d) => `\n${describe(d, "//")}export ${emitHelper(d, language)}`).join("");
  }
  const imports = new Set<string>();
  for (const d of definitions) for (const m of helperPythonImports(d)) imports.add(m);
  const lines = [...imports].sort().map((m) => `import ${m}\n`);
  const head = `# A Grimoire library: ${functions}.\n${lines.length > 0 ? `\n${lines.join("")}` : ""}`;
  return head + definitions.map((d) => `\n\n${describe(d, "#")}${pythonDefinition(emitHelper(d, "python"))}`).join("");
}

/** A signature in the engine's neutral notation: `name(a: [num], b: num): [num]`. */
export function signatureOf(def: AbstractionDefinition): string {
  return `${def.name}(${def.params.map((t, i) => `${"abc"[i]}: ${typeKey(t)}`).join(", ")}): ${typeKey(def.result)}`;
}

/** The body in the engine's neutral notation, its parameters named a, b, c. */
export function bodyOf(def: AbstractionDefinition): string {
  return showProgram(def.body, ["a", "b", "c"]);
}

function describe(def: AbstractionDefinition, comment: string): string {
  return `${comment} ${signatureOf(def)} = ${bodyOf(def)}\n`;
}

/** emitHelper's Python puts the function's imports above it; the module has them once at the top. */
function pythonDefinition(code: string): string {
  return code.slice(code.indexOf("def "));
}

function stored(f: LibraryFunctionJson, id: string, pinned: boolean, learnedAt: string): LibraryFunction {
  return { ...f, id, pinned, learnedAt };
}

/** A function read from a file of this version, with the fields version 1 lacked filled in. */
function migrated(raw: unknown, index: number, version: number, modified: Date): LibraryFunction {
  const where = `function ${index + 1}`;
  if (!isRecord(raw)) throw new LibraryFormatError(`${where}: it is not an object`);
  const f = raw as unknown as LibraryFunctionJson;
  const named = `${where}${typeof f.name === "string" ? ` (${f.name})` : ""}`;
  if (version === 1) return stored(f, `v1-${String(f.name)}`, false, modified.toISOString());
  if (typeof f.id !== "string" || f.id === "") throw new LibraryFormatError(`${named}: its id is missing`);
  if (typeof f.pinned !== "boolean") throw new LibraryFormatError(`${named}: 'pinned' must be true or false`);
  if (typeof f.learnedAt !== "string" || Number.isNaN(Date.parse(f.learnedAt))) throw new LibraryFormatError(`${named}: 'learnedAt' is not a date`);
  return f as LibraryFunction;
}

/** The stored fields only, in a fixed order, so that files diff well in git. */
function ordered(f: LibraryFunction): LibraryFunction {
  return { id: f.id, name: f.name, params: f.params, result: f.result, body: f.body, cost: f.cost, uses: f.uses, tasks: f.tasks, pinned: f.pinned, learnedAt: f.learnedAt };
}

function find(functions: readonly LibraryFunction[], id: string): LibraryFunction {
  const found = functions.find((f) => f.id === id);
  if (!found) throw new LibraryChangeError(`The library has no function with id ${id}`);
  return found;
}

/**
 * `incoming` appended to `existing`, in order. Incoming bodies call earlier incoming functions by
 * their incoming names; those calls follow the names they end up with, or the existing function
 * that an incoming one duplicated.
 */
function mergeFunctions(
  existing: readonly LibraryFunction[],
  incoming: readonly LibraryFunction[],
): AddResult & { functions: LibraryFunction[] } {
  const functions = [...existing];
  const byKey = new Map(existing.map((f) => [structuralKey(f), f.name]));
  const names = new Set(existing.map((f) => f.name));
  const ids = new Set(existing.map((f) => f.id));
  const finalName = new Map<string, string>();
  const added: LibraryFunction[] = [];
  const skipped: { name: string; sameAs: string }[] = [];
  const renamed: { from: string; to: string }[] = [];
  for (const f of incoming) {
    const body = renameCalls(f.body, finalName);
    const key = structuralKey({ ...f, body });
    const same = byKey.get(key);
    if (same !== undefined) {
      finalName.set(f.name, same);
      skipped.push({ name: f.name, sameAs: same });
      continue;
    }
    const name = uniqueName(f.name, names);
    if (name !== f.name) renamed.push({ from: f.name, to: name });
    const id = ids.has(f.id) ? randomUUID() : f.id;
    const fn: LibraryFunction = { ...f, id, name, body };
    finalName.set(f.name, name);
    names.add(name);
    ids.add(id);
    byKey.set(key, name);
    functions.push(fn);
    added.push(fn);
  }
  return { functions, added, skipped, renamed };
}

function uniqueName(base: string, taken: ReadonlySet<string>): string {
  return freeName(base, (name) => OPERATOR_BY_NAME.has(name) || [...taken].some((t) => namesClash(t, name)));
}

/** Equal for functions with the same types and the same body, whatever their names and key order. */
function structuralKey(f: Pick<LibraryFunctionJson, "params" | "result" | "body">): string {
  return canonical([f.params, f.result, f.body]);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

function renameCalls(p: ProgramJson, names: ReadonlyMap<string, string>): ProgramJson {
  if (names.size === 0) return p;
  if ("op" in p) return { ...p, op: names.get(p.op) ?? p.op, args: p.args.map((a) => renameCalls(a, names)) };
  if ("lambda" in p) return { ...p, body: renameCalls(p.body, names) };
  return p;
}

function calls(p: ProgramJson, name: string): boolean {
  return calledNames(p).includes(name);
}

/** The operator names a body applies (built-ins included). */
function calledNames(p: ProgramJson, into: string[] = []): string[] {
  if ("op" in p) {
    into.push(p.op);
    p.args.forEach((a) => calledNames(a, into));
  } else if ("lambda" in p) calledNames(p.body, into);
  return into;
}

/**
 * The body with every call to `target` replaced by target's body, the call's arguments in place of
 * its parameters. Undefined when an argument that reads the caller's lambda variables would land
 * under a lambda of target's body, where those variables would mean the inner lambda's.
 */
function inlineCalls(p: ProgramJson, target: LibraryFunctionJson): ProgramJson | undefined {
  if ("lambda" in p) {
    const body = inlineCalls(p.body, target);
    return body && { ...p, body };
  }
  if (!("op" in p)) return p;
  const args: ProgramJson[] = [];
  for (const a of p.args) {
    const inlined = inlineCalls(a, target);
    if (!inlined) return undefined;
    args.push(inlined);
  }
  if (p.op !== target.name) return { ...p, args };
  return substitute(target.body, args, false);
}

function substitute(body: ProgramJson, args: readonly ProgramJson[], underLambda: boolean): ProgramJson | undefined {
  if ("param" in body) {
    const arg = args[body.param];
    return underLambda && readsVariables(arg) ? undefined : arg;
  }
  if ("lambda" in body) {
    const inner = substitute(body.body, args, true);
    return inner && { ...body, body: inner };
  }
  if (!("op" in body)) return body;
  const out: ProgramJson[] = [];
  for (const a of body.args) {
    const s = substitute(a, args, underLambda);
    if (!s) return undefined;
    out.push(s);
  }
  return { ...body, args: out };
}

/** Whether a program reads lambda variables it does not bind itself (a variable means the innermost lambda's). */
function readsVariables(p: ProgramJson): boolean {
  if ("var" in p) return true;
  if ("op" in p) return p.args.some(readsVariables);
  return false;
}

const KEYWORDS = new Set(
  (
    // TypeScript and JavaScript reserved words.
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in " +
    "instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package " +
    "private protected public await async any boolean number string symbol never unknown undefined " +
    // Python keywords.
    "False None True and as assert def del elif except from global is lambda nonlocal not or pass raise " +
    // Builtins that emitted code calls: a helper of that name would replace them.
    "Math String Number Array Object JSON Boolean parseInt parseFloat isNaN " +
    "list str int len sum max min map filter sorted type id input range abs all any bool dict enumerate float print reversed round set tuple zip ord chr re math functools itertools Callable"
  ).split(" "),
);

/** Why a name cannot name a library function, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  if (!FUNCTION_NAME.test(name)) return "a name is letters, digits and underscores, not starting with a digit";
  if (OPERATOR_BY_NAME.has(name)) return "it is the name of a built-in operator";
  if (KEYWORDS.has(name)) return "it is a keyword or builtin in TypeScript, JavaScript or Python";
  const python = helperName(name, "python");
  if (KEYWORDS.has(python)) return `Python code would call it ${python}, a keyword or builtin there`;
  return undefined;
}
