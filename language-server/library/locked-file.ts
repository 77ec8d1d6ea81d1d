// Shared machinery for JSON files that several processes (VS Code windows, each with its own
// language server, and CLI runs) read and write at once: an exclusive lock file with stale-lock
// takeover, atomic replacement so that readers without the lock always see a whole file, names for
// setting a damaged file aside, and a watcher that survives the file being replaced.
import { randomBytes } from "node:crypto";
import { promises as fs, watch as watchPath, type FSWatcher } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const DEFAULT_LOCK_TIMEOUT_MS = 5000;
/** A lock older than this is left over from a crashed writer: a write holds it for milliseconds. */
const STALE_LOCK_MS = 10_000;
const WATCH_DEBOUNCE_MS = 100;
/** How often a watch looks again for a directory that does not exist yet. */
const WATCH_RETRY_MS = 500;

/** Something wrong with a file that a store worked around, for the user to know about. */
export interface StoreProblem {
  message: string;
  file: string;
}

/** Another process held the lock for longer than the timeout. */
export class LockTimeoutError extends Error {
  override readonly name = "LockTimeoutError";
}

/**
 * The lock for one file (`FILE.lock`). Work run through one instance runs one piece after another,
 * so that an instance does not compete with itself for the lock file.
 */
export class FileLock {
  readonly lockFile: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    file: string,
    private readonly timeoutMs: number = DEFAULT_LOCK_TIMEOUT_MS,
  ) {
    this.lockFile = `${file}.lock`;
  }

  /** Runs `work` holding the lock, after this instance's earlier work. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const locked = async () => {
      const release = await acquireLock(this.lockFile, this.timeoutMs);
      try {
        return await work();
      } finally {
        await release();
      }
    };
    const result = this.queue.then(locked, locked);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** A free name beside `file` for keeping a damaged copy of it: `FILE.damaged-TIME[-N]`. */
export async function damagedName(file: string): Promise<string> {
  // No colons: the name must be valid on Windows too.
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  for (let n = 0; ; n++) {
    const name = `${file}.damaged-${stamp}${n === 0 ? "" : `-${n}`}`;
    if (!(await exists(name))) return name;
  }
}

/** Moves a damaged file out of the way (never deleting it) and answers where it went. Needs the lock. */
export async function setAside(file: string): Promise<string> {
  const target = await damagedName(file);
  await fs.rename(file, target);
  return target;
}

/** How long a file that reads as damaged is left to settle before it is set aside. */
const SETTLE_MS = 250;

/** Moves a damaged file out of the way and tells the user where it went. Needs the lock. */
export async function setAsideAndReport(file: string, reason: string, onProblem: (problem: StoreProblem) => void): Promise<void> {
  const target = await setAside(file);
  onProblem({ message: `${file} is damaged (${reason}); it was moved to ${target} and the library starts empty`, file });
}

/**
 * Sets aside a file that was read as damaged (`seen`), under its lock, and reports where it went.
 * The lock matters: without it, a writer could replace the damaged file with a good one between the
 * read and the rename, and the good one would be moved away. So the file is read again under the
 * lock and moved only if it is still the damaged text. Answers what is there afterwards (another
 * process may have set it aside first and written a good file since), or undefined when the file
 * could not be set aside (reported too).
 */
export async function setAsideDamaged<S extends { readonly kind: string; readonly text?: string }>(
  file: string,
  lock: FileLock,
  seen: { readonly text: string; readonly reason: string },
  read: () => Promise<S>,
  onProblem: (problem: StoreProblem) => void,
): Promise<S | { readonly kind: "missing" } | undefined> {
  try {
    return await lock.run(async () => {
      let again = await read();
      if (again.kind !== "damaged" || again.text !== seen.text) return again;
      // A file another program is writing in place (git checking out a committed project library)
      // reads as damaged until it is done: give it a moment before moving it away.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      again = await read();
      if (again.kind !== "damaged" || again.text !== seen.text) return again;
      await setAsideAndReport(file, seen.reason, onProblem);
      return { kind: "missing" } as const;
    });
  } catch (error) {
    onProblem({ message: `${file} is damaged (${seen.reason}) and could not be set aside: ${(error as Error).message}`, file });
    return undefined;
  }
}

/**
 * Calls onChange (debounced) whenever `fileName` in `directory` changes, whoever changed it. The
 * directory may not exist yet: it is looked for again until it does, and watched again if it goes away.
 */
export function watchFile(directory: string, fileName: string, onChange: () => void): { dispose(): void } {
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
      current = watchPath(directory, { persistent: false }, (_event, name) => {
        if (name === null || name === fileName) changed();
        // Linux reports the removal of the watched directory itself under the directory's name.
        if (name === null || name === path.basename(directory)) {
          void exists(directory).then((there) => {
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

/** What the lock file says, so that others can tell whether its holder is gone. */
interface LockOwner {
  pid: number;
  host: string;
  time: string;
  token: string;
}

/** Takes the lock file, waiting with jittered backoff and breaking stale locks; returns its release. */
export async function acquireLock(lockFile: string, timeoutMs: number): Promise<() => Promise<void>> {
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
      throw new LockTimeoutError(`Timed out after ${timeoutMs} ms waiting for the lock ${lockFile}${who}; if no Grimoire is running, delete it`);
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
export async function writeAtomically(file: string, text: string): Promise<void> {
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

/** A store file read whole: missing, not JSON (with why), or its text, its parsed value and when it was written. */
export type JsonFileRead =
  | { readonly kind: "missing" }
  | { readonly kind: "damaged"; readonly text: string; readonly reason: string }
  | { readonly kind: "parsed"; readonly text: string; readonly data: unknown; readonly modified: Date };

/** Reads and parses a store file; the stores then check its shape, each its own. */
export async function readJsonFile(file: string): Promise<JsonFileRead> {
  let text: string;
  let modified: Date;
  try {
    [text, { mtime: modified }] = await Promise.all([fs.readFile(file, "utf8"), fs.stat(file)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    throw error;
  }
  try {
    return { kind: "parsed", text, data: JSON.parse(text), modified };
  } catch (error) {
    return { kind: "damaged", text, reason: `not JSON (${(error as Error).message})` };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
