// The library of accepted functions: one JSON file per user, shared by every VS Code window (each
// with its own language server) and by the CLI. Several processes may write at once, so every write
// is a read-modify-write under an exclusive lock file, and the file is replaced atomically so that
// readers, which take no lock, always see a whole file.
import { randomBytes, randomUUID } from "node:crypto";
import { promises as fs, watch as watchPath, type FSWatcher } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { AcceptedFunction } from "../server/protocol";

/** The format version this Grimoire writes; a file with a higher one is never changed. */
export const STORE_VERSION = 1;

const STORE_FILE = "accepted.json";
const DEFAULT_LOCK_TIMEOUT_MS = 5000;
/** A lock older than this is left over from a crashed writer: a write holds it for milliseconds. */
const STALE_LOCK_MS = 10_000;
const WATCH_DEBOUNCE_MS = 100;
/** How often watch() looks again for a directory that does not exist yet. */
const WATCH_RETRY_MS = 500;
const LANGUAGES: ReadonlySet<string> = new Set(["typescript", "javascript", "python"]);

/** Where the store lives when no folder is given: $GRIMOIRE_HOME, else ~/.grimoire. */
export function defaultStorageDirectory(): string {
  const home = process.env.GRIMOIRE_HOME;
  return home ? path.resolve(home) : path.join(os.homedir(), ".grimoire");
}

/** Something wrong with the file that the store worked around, for the user to know about. */
export interface StoreProblem {
  message: string;
  file: string;
}

export interface AcceptedStoreOptions {
  onProblem?: (problem: StoreProblem) => void;
  /** How long a write waits for another process's lock before failing (default 5000). */
  lockTimeoutMs?: number;
}

type NewEntry = Omit<AcceptedFunction, "id" | "acceptedAt">;

/** What is on disk, read without the lock. */
type Snapshot =
  | { kind: "missing" }
  | { kind: "damaged"; text: string; reason: string }
  | { kind: "good"; text: string; version: number; functions: AcceptedFunction[]; skipped: string[] };

export class AcceptedStore {
  readonly file: string;
  private readonly lockFile: string;
  private readonly onProblem: (problem: StoreProblem) => void;
  private readonly lockTimeoutMs: number;
  /** Writes of this instance run one after another, so they do not compete for the lock file. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The last skipped-entries report, so that reading the same file again does not repeat it. */
  private lastReported: string | undefined;

  constructor(
    private readonly directory: string,
    options: AcceptedStoreOptions = {},
  ) {
    this.file = path.join(directory, STORE_FILE);
    this.lockFile = `${this.file}.lock`;
    this.onProblem = options.onProblem ?? (() => {});
    this.lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  }

  /** Every accepted function, newest first; an empty list when there is no store yet. */
  async list(): Promise<AcceptedFunction[]> {
    const snapshot = await this.read();
    if (snapshot.kind === "missing") return [];
    if (snapshot.kind === "damaged") {
      // Setting the file aside needs the lock: without it, a writer could replace the damaged file
      // with a good one between this read and the rename, and the good one would be moved away.
      let current: Snapshot = { kind: "missing" };
      try {
        current = await this.serialized(() =>
          this.withLock(async () => {
            const again = await this.read();
            if (again.kind !== "damaged" || again.text !== snapshot.text) return again;
            await this.setAside(again.reason);
            return { kind: "missing" } as const;
          }),
        );
      } catch (error) {
        this.onProblem({ message: `${this.file} is damaged (${snapshot.reason}) and could not be set aside: ${(error as Error).message}`, file: this.file });
      }
      // Another process may have set it aside first and written a good file since.
      return current.kind === "good" ? this.entriesOf(current) : [];
    }
    return this.entriesOf(snapshot);
  }

  /** Records an accepted function; the same function of the same task replaces its older entry. */
  async add(entry: NewEntry, now: Date = new Date()): Promise<AcceptedFunction> {
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
    let watcher: FSWatcher | undefined;
    let retry: NodeJS.Timeout | undefined;
    let debounce: NodeJS.Timeout | undefined;
    let disposed = false;
    let wasMissing = false;
    const changed = () => {
      if (disposed) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        if (!disposed) onChange();
      }, WATCH_DEBOUNCE_MS);
    };
    const later = () => {
      wasMissing = true;
      retry = setTimeout(start, WATCH_RETRY_MS);
      // Waiting for a directory should not keep a process alive on its own.
      retry.unref();
    };
    const lost = (which: FSWatcher) => {
      if (watcher !== which) return;
      which.close();
      watcher = undefined;
      changed();
      if (!disposed) later();
    };
    const start = () => {
      if (disposed) return;
      let current: FSWatcher;
      try {
        // The directory is watched, not the file: the file is replaced by rename on every write.
        current = watchPath(this.directory, { persistent: false }, (_event, name) => {
          if (name === null || name === STORE_FILE) changed();
          // Linux reports the removal of the watched directory itself under the directory's name.
          if (name === null || name === path.basename(this.directory)) {
            void exists(this.directory).then((there) => {
              if (!there) lost(current);
            });
          }
        });
      } catch {
        later();
        return;
      }
      watcher = current;
      current.on("error", () => lost(current));
      // A directory that appeared may already hold a store written while it was not watched.
      if (wasMissing) changed();
    };
    start();
    return {
      dispose: () => {
        disposed = true;
        clearTimeout(retry);
        clearTimeout(debounce);
        watcher?.close();
      },
    };
  }

  /** Reads the file, changes its entries (undefined: no change) and writes it back, under the lock. */
  private async modify(change: (functions: AcceptedFunction[]) => AcceptedFunction[] | undefined): Promise<void> {
    await fs.mkdir(this.directory, { recursive: true });
    await this.serialized(() =>
      this.withLock(async () => {
        const snapshot = await this.read();
        let functions: AcceptedFunction[] = [];
        if (snapshot.kind === "damaged") {
          await this.setAside(snapshot.reason);
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
          const copy = await this.damagedName();
          await fs.copyFile(this.file, copy);
          this.onProblem({
            message: `${this.file} had ${plural(snapshot.skipped.length, "entry", "entries")} that could not be read (${snapshot.skipped[0]}); they are not kept in the store, and the file as it was is saved as ${copy}`,
            file: this.file,
          });
        }
        await writeAtomically(this.file, `${JSON.stringify({ version: STORE_VERSION, functions: changed }, null, 2)}\n`);
      }),
    );
  }

  private async read(): Promise<Snapshot> {
    let text: string;
    try {
      text = await fs.readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { kind: "damaged", text, reason: `not JSON: ${(error as Error).message}` };
    }
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
    const message = `Skipped ${plural(skipped.length, "entry", "entries")} of ${this.file} that could not be read (${skipped[0]})`;
    if (message === this.lastReported) return;
    this.lastReported = message;
    this.onProblem({ message, file: this.file });
  }

  /** Moves a damaged store out of the way (never deleting it) and says where it went. Needs the lock. */
  private async setAside(reason: string): Promise<void> {
    const target = await this.damagedName();
    await fs.rename(this.file, target);
    this.onProblem({
      message: `${this.file} is damaged (${reason}); it was moved to ${target} and the library starts empty`,
      file: this.file,
    });
  }

  private async damagedName(): Promise<string> {
    // No colons: the name must be valid on Windows too.
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    for (let n = 0; ; n++) {
      const name = `${this.file}.damaged-${stamp}${n === 0 ? "" : `-${n}`}`;
      if (!(await exists(name))) return name;
    }
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    const release = await acquireLock(this.lockFile, this.lockTimeoutMs);
    try {
      return await work();
    } finally {
      await release();
    }
  }
}

/** What the lock file says, so that others can tell whether its holder is gone. */
interface LockOwner {
  pid: number;
  host: string;
  time: string;
  token: string;
}

/** Takes the lock file, waiting with jittered backoff and breaking stale locks; returns its release. */
async function acquireLock(lockFile: string, timeoutMs: number): Promise<() => Promise<void>> {
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), time: new Date().toISOString(), token: randomBytes(8).toString("hex") };
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await fs.open(lockFile, "wx");
      owner.time = new Date().toISOString();
      try {
        await handle.writeFile(JSON.stringify(owner));
      } catch (error) {
        // A lock without its owner's details would block everyone until it counts as stale.
        await handle.close();
        await fs.rm(lockFile, { force: true });
        throw error;
      }
      await handle.close();
      return () => releaseLock(lockFile, owner.token);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await lockState(lockFile);
    if (holder?.stale) {
      await breakLock(lockFile, holder.text);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder?.owner ? ` (held by process ${holder.owner.pid} on ${holder.owner.host} since ${holder.owner.time})` : "";
      throw new Error(`Timed out after ${timeoutMs} ms waiting for the lock ${lockFile}${who}; if no Grimoire is running, delete it`);
    }
    // Jitter keeps writers that collided from retrying in step.
    const delay = Math.min(50, 2 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random());
    await sleep(Math.min(delay, Math.max(1, deadline - Date.now())));
  }
}

async function lockState(lockFile: string): Promise<{ text: string; owner?: LockOwner; stale: boolean } | undefined> {
  let text: string;
  let mtimeMs: number;
  try {
    [text, { mtimeMs }] = await Promise.all([fs.readFile(lockFile, "utf8"), fs.stat(lockFile)]);
  } catch (error) {
    // Released between our attempt and this look: simply try again.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  let owner: LockOwner | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (isRecord(parsed) && typeof parsed.pid === "number" && typeof parsed.host === "string") owner = parsed as unknown as LockOwner;
  } catch {
    // A holder that has not written its details yet (or died before it could) is judged by age alone.
  }
  const old = Date.now() - mtimeMs > STALE_LOCK_MS;
  const dead = owner !== undefined && owner.host === os.hostname() && !processAlive(owner.pid);
  return { text, owner, stale: old || dead };
}

/**
 * Removes a stale lock. It is first renamed to a private name so that of several processes breaking
 * it at once only one succeeds; if what was renamed is not the stale lock (its holder released it
 * and another process took it meanwhile), it is put back.
 */
async function breakLock(lockFile: string, staleText: string): Promise<void> {
  const moved = `${lockFile}.stale-${randomBytes(4).toString("hex")}`;
  try {
    await fs.rename(lockFile, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const text = await fs.readFile(moved, "utf8").catch(() => staleText);
  if (text !== staleText) {
    // link() does not replace an existing file, so a lock taken in the meantime is not overwritten.
    await fs.link(moved, lockFile).catch(() => undefined);
  }
  await fs.rm(moved, { force: true });
}

async function releaseLock(lockFile: string, token: string): Promise<void> {
  try {
    // Only our own lock is removed: if ours was broken as stale, the file may now be someone else's.
    const text = await fs.readFile(lockFile, "utf8");
    if ((JSON.parse(text) as { token?: unknown }).token === token) await fs.rm(lockFile, { force: true });
  } catch {
    // Already gone, or not ours to remove.
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Writes a temporary file beside the target, flushes it to disk and renames it over the target. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const handle = await fs.open(temporary, "wx");
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  // On Windows a rename fails while another process has the target open for reading; that is brief.
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 10 || (code !== "EPERM" && code !== "EBUSY" && code !== "EACCES")) throw error;
      await sleep(10 * (attempt + 1));
    }
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
  };
}

function newestFirst(functions: AcceptedFunction[]): AcceptedFunction[] {
  // Stable: entries accepted in the same millisecond keep the file's order (newest written first).
  return functions
    .map((f, index) => ({ f, index, time: Date.parse(f.acceptedAt) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ f }) => f);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
