// The library of accepted functions: one JSON file per user, shared by every VS Code window (each
// with its own language server) and by the CLI. Several processes may write at once, so every write
// is a read-modify-write under an exclusive lock file, and the file is replaced atomically so that
// readers, which take no lock, always see a whole file.
import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { AcceptedFunction, NewAcceptedFunction } from "../server/protocol";
import { damagedName, FileLock, isRecord, readJsonFile, setAsideAndReport, setAsideDamaged, watchFile, writeAtomically, type StoreProblem } from "./locked-file";
import { count } from "../text/count";

export type { StoreProblem } from "./locked-file";

/** The format version this Grimoire writes; a file with a higher one is never changed. */
export const STORE_VERSION = 1;

const STORE_FILE = "accepted.json";
/** A program the search found is a few hundred characters; a bound keeps a damaged or hostile entry from bloating the store. */
const MAX_PROGRAM_CHARS = 100_000;
const LANGUAGES: ReadonlySet<string> = new Set(["typescript", "javascript", "python"]);

/** Where the store lives when no folder is given: $GRIMOIRE_HOME, else ~/.grimoire. */
export function defaultStorageDirectory(): string {
  const home = process.env.GRIMOIRE_HOME;
  return home ? path.resolve(home) : path.join(os.homedir(), ".grimoire");
}

export interface AcceptedStoreOptions {
  onProblem?: (problem: StoreProblem) => void;
  /** How long a write waits for another process's lock before failing (default 5000). */
  lockTimeoutMs?: number;
}

/** What is on disk, read without the lock. */
type Snapshot =
  | { kind: "missing" }
  | { kind: "damaged"; text: string; reason: string }
  | { kind: "good"; text: string; version: number; functions: AcceptedFunction[]; skipped: string[] };

export class AcceptedStore {
  readonly file: string;
  private readonly lock: FileLock;
  private readonly onProblem: (problem: StoreProblem) => void;
  /** The last skipped-entries report, so that reading the same file again does not repeat it. */
  private lastReported: string | undefined;

  constructor(
    private readonly directory: string,
    options: AcceptedStoreOptions = {},
  ) {
    this.file = path.join(directory, STORE_FILE);
    this.lock = new FileLock(this.file, options.lockTimeoutMs);
    this.onProblem = options.onProblem ?? (() => {});
  }

  /** Every accepted function, newest first; an empty list when there is no store yet. */
  async list(): Promise<AcceptedFunction[]> {
    const snapshot = await this.read();
    if (snapshot.kind === "missing") return [];
    if (snapshot.kind === "damaged") {
      const current = await setAsideDamaged(this.file, this.lock, snapshot, () => this.read(), this.onProblem);
      return current?.kind === "good" ? this.entriesOf(current) : [];
    }
    return this.entriesOf(snapshot);
  }

  /** Records an accepted function; the same function of the same task replaces its older entry. */
  async add(entry: NewAcceptedFunction, now: Date = new Date()): Promise<AcceptedFunction> {
    // The entry may come from another process (a command's arguments), so it is checked like the file.
    const problem = entryProblem({ ...entry, id: "new", acceptedAt: now.toISOString() });
    if (problem) throw new TypeError(`Not an accepted function: ${problem}`);
    const accepted: AcceptedFunction = pick({ ...entry, id: randomUUID(), acceptedAt: now.toISOString() });
    await this.modify((functions) => [accepted, ...functions.filter((f) => !(f.taskKey === accepted.taskKey && f.code === accepted.code))]);
    return accepted;
  }

  /** Deletes the entry with this id; answers whether it was there. */
  async delete(id: string): Promise<boolean> {
    // Deleting from a store that does not exist must not create its directory.
    if ((await this.read()).kind === "missing") return false;
    let found = false;
    await this.modify((functions) => {
      const kept = functions.filter((f) => f.id !== id);
      found = kept.length !== functions.length;
      return found ? kept : undefined;
    });
    return found;
  }

  /**
   * Calls onChange (debounced) whenever the store file changes, whoever changed it. The directory
   * may not exist yet: it is looked for again until it does, and watched again if it goes away.
   */
  watch(onChange: () => void): { dispose(): void } {
    return watchFile(this.directory, STORE_FILE, onChange);
  }

  /** Reads the file, changes its entries (undefined: no change) and writes it back, under the lock. */
  private async modify(change: (functions: AcceptedFunction[]) => AcceptedFunction[] | undefined): Promise<void> {
    await fs.mkdir(this.directory, { recursive: true });
    await this.lock.run(async () => {
      const snapshot = await this.read();
      let functions: AcceptedFunction[] = [];
      if (snapshot.kind === "damaged") {
        await setAsideAndReport(this.file, snapshot.reason, this.onProblem);
      } else if (snapshot.kind === "good") {
        if (snapshot.version > STORE_VERSION) {
          throw new Error(
            `${this.file} was written by a newer Grimoire (store version ${snapshot.version}; this one understands ${STORE_VERSION}), so it is left unchanged; update Grimoire to change the library`,
          );
        }
        functions = snapshot.functions;
      }
      const changed = change(functions);
      if (!changed) return;
      if (snapshot.kind === "good" && snapshot.skipped.length > 0) {
        // The entries that could not be read would be lost by the rewrite: keep the whole file first.
        const copy = await damagedName(this.file);
        await fs.copyFile(this.file, copy);
        this.onProblem({
          message: `${this.file} had ${count(snapshot.skipped.length, "entry", "entries")} that could not be read (${snapshot.skipped[0]}); they are not kept in the store, and the file as it was is saved as ${copy}`,
          file: this.file,
        });
      }
      await writeAtomically(this.file, `${JSON.stringify({ version: STORE_VERSION, functions: changed }, null, 2)}\n`);
    });
  }

  private async read(): Promise<Snapshot> {
    const file = await readJsonFile(this.file);
    if (file.kind !== "parsed") return file;
    const { text, data } = file;
    if (!isRecord(data)) return { kind: "damaged", text, reason: "not a JSON object" };
    const version = data.version;
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
      return { kind: "damaged", text, reason: "no valid version number" };
    }
    if (!Array.isArray(data.functions)) return { kind: "damaged", text, reason: "functions is not a list" };
    const functions: AcceptedFunction[] = [];
    const skipped: string[] = [];
    data.functions.forEach((raw: unknown, index: number) => {
      const problem = entryProblem(raw);
      if (problem) skipped.push(`entry ${index + 1}: ${problem}`);
      else functions.push(pick(raw as AcceptedFunction));
    });
    return { kind: "good", text, version, functions, skipped };
  }

  private entriesOf(snapshot: Extract<Snapshot, { kind: "good" }>): AcceptedFunction[] {
    // A newer format may legitimately hold entries this version cannot read: they are not problems.
    if (snapshot.version === STORE_VERSION) this.reportSkipped(snapshot.skipped);
    return newestFirst(snapshot.functions);
  }

  private reportSkipped(skipped: readonly string[]): void {
    if (skipped.length === 0) {
      this.lastReported = undefined;
      return;
    }
    const message = `Skipped ${count(skipped.length, "entry", "entries")} of ${this.file} that could not be read (${skipped[0]})`;
    if (message === this.lastReported) return;
    this.lastReported = message;
    this.onProblem({ message, file: this.file });
  }


}

/** Why a value is not a well-formed AcceptedFunction, or undefined when it is one. */
function entryProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return "not an object";
  for (const key of ["id", "name", "signature", "acceptedAt", "code", "taskKey"] as const) {
    if (typeof value[key] !== "string") return `${key} is not a string`;
  }
  if (Number.isNaN(Date.parse(value.acceptedAt as string))) return "acceptedAt is not a date";
  if (typeof value.language !== "string" || !LANGUAGES.has(value.language)) return "language is not typescript, javascript or python";
  if (!Array.isArray(value.examples) || !value.examples.every((e) => typeof e === "string")) return "examples is not a list of strings";
  if (value.sourceUri !== undefined && typeof value.sourceUri !== "string") return "sourceUri is not a string";
  if (value.learning !== undefined) {
    const learning = value.learning;
    if (!isRecord(learning) || !isRecord(learning.task)) return "learning has no task";
    if (!Array.isArray(learning.operators) || !learning.operators.every((o) => typeof o === "string")) return "learning.operators is not a list of strings";
    if (!Array.isArray(learning.task.params) || !Array.isArray(learning.task.examples)) return "learning.task has no params or examples";
  }
  if (value.program !== undefined) {
    // Only the shape is checked here; library learning reads the program through programFromJson, which checks every node.
    if (!isRecord(value.program)) return "program is not an object";
    if (JSON.stringify(value.program).length > MAX_PROGRAM_CHARS) return `program is longer than ${MAX_PROGRAM_CHARS} characters`;
  }
  return undefined;
}

/** Keeps only the known fields, so that what is written back is exactly the format. */
function pick(entry: AcceptedFunction): AcceptedFunction {
  return {
    id: entry.id,
    name: entry.name,
    signature: entry.signature,
    language: entry.language,
    acceptedAt: entry.acceptedAt,
    examples: [...entry.examples],
    code: entry.code,
    ...(entry.sourceUri === undefined ? {} : { sourceUri: entry.sourceUri }),
    taskKey: entry.taskKey,
    ...(entry.learning === undefined ? {} : { learning: entry.learning }),
    ...(entry.program === undefined ? {} : { program: entry.program }),
  };
}

function newestFirst(functions: AcceptedFunction[]): AcceptedFunction[] {
  // Stable: entries accepted in the same millisecond keep the file's order (newest written first).
  return functions
    .map((f, index) => ({ f, index, time: Date.parse(f.acceptedAt) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ f }) => f);
}
