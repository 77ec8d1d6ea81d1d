// Runs searches in a worker thread for the language server: a queue where the user's requests go
// before background ones, a cache keyed by the task's content and the library searched with,
// cancellation, a memory limit, and a hard stop for a worker that overstays its time. Nothing here
// knows about LSP.
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { Task } from "../engine/types";
import type { LibraryBundle, SearchAnswer, SearchRequest, SearchWorkerMessage } from "./search-protocol";
import { searchKey, taskKey } from "./task-key";

export type SearchPriority = "user" | "background";

export interface SearchOutcome extends Omit<SearchAnswer, "status"> {
  /** `failed`: the worker crashed, ran out of memory or had to be stopped. */
  readonly status: SearchAnswer["status"] | "failed";
  /** The time budget the search had (an unsolved result only holds for budgets up to this). */
  readonly timeoutMs: number;
  readonly message?: string;
}

export interface SearchActivity {
  /** The search running now, if any. */
  readonly running?: { readonly key: string; readonly name: string; readonly priority: SearchPriority };
  readonly queued: number;
}

export interface SearchPoolOptions {
  readonly memoryLimitMb: number;
  /** The worker bundle; by default `search-worker.js` next to this code (or the .ts source under tsx). */
  readonly workerFile?: string;
  /** How long past its budget a search may stay silent before the worker is stopped. */
  readonly killGraceMs?: number;
  readonly log?: (line: string) => void;
  readonly onActivity?: (activity: SearchActivity) => void;
  readonly onResult?: (key: string, outcome: SearchOutcome) => void;
}

export interface SearchRequestOptions {
  readonly timeoutMs: number;
  readonly alternatives: number;
  readonly priority: SearchPriority;
  /**
   * The library functions the search may use: those of the document the function is in (the
   * global library merged with its folder's project library). Part of the search's key, so that a
   * result is only ever reused for the same task with the same library.
   */
  readonly library?: LibraryBundle;
}

interface Job {
  /** The search's key: the task's and the library's (see searchKey). */
  readonly key: string;
  readonly taskKey: string;
  readonly task: Task;
  readonly timeoutMs: number;
  readonly alternatives: number;
  priority: SearchPriority;
  readonly cancelFlag: SharedArrayBuffer;
  readonly promise: Promise<SearchOutcome>;
  resolve(outcome: SearchOutcome): void;
  cancelled: boolean;
  readonly library: LibraryBundle | undefined;
  /** The library's key ("" for none). */
  readonly libraryKey: string;
}

const CACHE_ENTRIES = 500;
const WORKER_START_TIMEOUT_MS = 30_000;
/** After a cancel, how long the search may take to notice before its worker is stopped. */
const CANCEL_GRACE_MS = 1000;

export function defaultSearchWorkerFile(): string {
  const bundled = path.join(__dirname, "search-worker.js");
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, "search-worker.ts");
}

/** A worker thread running the search worker's code (searches, or one library learning), with a memory limit. */
export function startSearchWorker(file: string, memoryLimitMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb }, stdout: false, stderr: false };
  // Run from source (tests under tsx), the worker needs tsx's require hook; the bundle does not.
  return file.endsWith(".ts")
    ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(file)});`, { ...options, eval: true })
    : new Worker(file, options);
}

export class SearchPool {
  /** Finished results by search key, each with the key of the library it was found with. */
  private readonly cache = new Map<string, { readonly outcome: SearchOutcome; readonly libraryKey: string }>();
  private readonly queue: Job[] = [];
  private readonly jobs = new Map<string, Job>();
  private running: Job | undefined;
  private worker: Worker | undefined;
  private ready: Promise<string | undefined> | undefined;
  private nextId = 1;
  private memoryLimitMb: number;
  private modelDirectory: string | undefined;
  /**
   * The keys of the libraries documents use now ("" for none); a search with another is stale.
   * Undefined until the pool is told (useLibraries): then no library is stale.
   */
  private currentLibraries: ReadonlySet<string> | undefined;
  private disposed = false;

  constructor(private readonly options: SearchPoolOptions) {
    this.memoryLimitMb = options.memoryLimitMb;
  }

  /** The key a search for a task (by its taskKey) with this library has: what cached, isPending and isRunning take. */
  keyOf(task: string, library: LibraryBundle | undefined): string {
    return searchKey(task, usable(library)?.key);
  }

  /** The finished result of a search (by its key), if there is one good for this budget. */
  cached(key: string, timeoutMs: number): SearchOutcome | undefined {
    const outcome = this.cache.get(key)?.outcome;
    if (!outcome) return undefined;
    if (outcome.status === "solved" || outcome.timeoutMs >= timeoutMs) return outcome;
    return undefined;
  }

  /** Whether a search for this key is queued or running. */
  isPending(key: string): boolean {
    return this.jobs.has(key);
  }

  isRunning(key: string): boolean {
    return this.running?.key === key;
  }

  /**
   * Searches for a program for the task with the library, or joins the search already under way
   * for the same task and library. A user's request skips the background queue; a cached result
   * answers at once.
   */
  search(task: Task, options: SearchRequestOptions): { key: string; outcome: Promise<SearchOutcome> } {
    const library = usable(options.library);
    const ofTask = taskKey(task);
    const key = searchKey(ofTask, library?.key);
    const cached = this.cached(key, options.timeoutMs);
    // A user asking again after a crash gets a fresh try; the background does not loop on it.
    if (cached && !(cached.status === "failed" && options.priority === "user")) return { key, outcome: Promise.resolve(cached) };
    // Asked again with the library as it is now, a search of the task with an older one is replaced:
    // what was learned since may be needed, and one worker should not spend its time on both.
    for (const job of [...this.jobs.values()]) {
      if (job.taskKey === ofTask && job.key !== key && this.isStale(job)) this.cancel(job.key);
    }
    const existing = this.jobs.get(key);
    if (existing && existing.timeoutMs >= options.timeoutMs && !this.isStale(existing)) {
      if (options.priority === "user" && existing.priority === "background") {
        existing.priority = "user";
        this.sortQueue();
      }
      return { key, outcome: existing.promise };
    }
    if (existing) this.cancel(key);
    let resolve!: (outcome: SearchOutcome) => void;
    const promise = new Promise<SearchOutcome>((r) => (resolve = r));
    const job: Job = {
      key,
      taskKey: ofTask,
      task,
      timeoutMs: options.timeoutMs,
      alternatives: options.alternatives,
      priority: options.priority,
      cancelFlag: new SharedArrayBuffer(4),
      promise,
      resolve,
      cancelled: false,
      library,
      libraryKey: library?.key ?? "",
    };
    this.jobs.set(key, job);
    this.queue.push(job);
    this.sortQueue();
    this.announce();
    void this.pump();
    return { key, outcome: promise };
  }

  /** Cancels the search for a key, queued or running; its waiters get a `cancelled` outcome. */
  cancel(key: string): void {
    const job = this.jobs.get(key);
    if (!job || job.cancelled) return;
    job.cancelled = true;
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.finish(job, { status: "cancelled", alternatives: [], ms: 0, timeoutMs: job.timeoutMs });
      return;
    }
    Atomics.store(new Int32Array(job.cancelFlag), 0, 1);
    // The search checks the flag often; a worker that does not answer soon after is stopped.
    const worker = this.worker;
    setTimeout(() => {
      if (this.running === job && this.worker === worker) {
        this.options.log?.(`search for ${job.task.name} ignored its cancellation; stopping the worker`);
        this.stopWorker();
        this.finish(job, { status: "cancelled", alternatives: [], ms: 0, timeoutMs: job.timeoutMs });
      }
    }, CANCEL_GRACE_MS).unref();
  }

  /** Cancels every background search whose key is not in `keep` (their examples changed or their document closed). */
  cancelBackgroundExcept(keep: ReadonlySet<string>): void {
    for (const job of [...this.jobs.values()]) {
      if (job.priority === "background" && !keep.has(job.key)) this.cancel(job.key);
    }
  }

  /** The model that guides the next searches (undefined: plain searches). */
  setModelDirectory(directory: string | undefined): void {
    this.modelDirectory = directory;
  }

  /**
   * The libraries documents use now (their keys; "" for none: a window has one per workspace folder
   * and one for documents outside them). Results found with any other library are forgotten, and
   * searches running with one are neither joined nor kept, so that a function is searched again
   * with what was learned.
   */
  useLibraries(keys: ReadonlySet<string>): void {
    this.currentLibraries = new Set(keys);
    for (const [key, entry] of [...this.cache]) {
      if (!keys.has(entry.libraryKey)) this.cache.delete(key);
    }
  }

  /** A new memory limit applies from the next worker on; an idle worker is replaced now. */
  setMemoryLimit(memoryLimitMb: number): void {
    if (memoryLimitMb === this.memoryLimitMb) return;
    this.memoryLimitMb = memoryLimitMb;
    if (!this.running) this.stopWorker();
  }

  dispose(): void {
    this.disposed = true;
    for (const key of [...this.jobs.keys()]) this.cancel(key);
    this.stopWorker();
  }

  private sortQueue(): void {
    // Stable: user requests first, each group in arrival order.
    const user = this.queue.filter((j) => j.priority === "user");
    const background = this.queue.filter((j) => j.priority === "background");
    this.queue.splice(0, this.queue.length, ...user, ...background);
  }

  private announce(): void {
    const running = this.running && { key: this.running.key, name: this.running.task.name, priority: this.running.priority };
    this.options.onActivity?.({ running, queued: this.queue.length });
  }

  /** Whether the job searches with a library no document uses any more. */
  private isStale(job: Job): boolean {
    return this.currentLibraries !== undefined && !this.currentLibraries.has(job.libraryKey);
  }

  private finish(job: Job, outcome: SearchOutcome): void {
    if (this.jobs.get(job.key) === job) this.jobs.delete(job.key);
    if (this.running === job) this.running = undefined;
    // A result found with an older library is answered but not kept: the next ask searches again.
    if (outcome.status !== "cancelled" && !this.isStale(job)) {
      this.cache.delete(job.key);
      this.cache.set(job.key, { outcome, libraryKey: job.libraryKey });
      if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    }
    job.resolve(outcome);
    this.options.onResult?.(job.key, outcome);
    this.announce();
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    this.announce();
    const worker = this.worker ?? this.startWorker();
    const problem = await this.ready;
    if (this.running !== job) return;
    if (problem !== undefined) {
      this.stopWorker();
      this.finish(job, { status: "failed", alternatives: [], ms: 0, timeoutMs: job.timeoutMs, message: problem });
      return;
    }
    const started = performance.now();
    const id = this.nextId++;
    const failed = (message: string): SearchOutcome => ({
      status: "failed",
      alternatives: [],
      ms: Math.round(performance.now() - started),
      timeoutMs: job.timeoutMs,
      message,
    });
    const done = (outcome: SearchOutcome) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (this.running === job) this.finish(job, outcome);
    };
    const onMessage = (message: SearchWorkerMessage) => {
      if ("answer" in message && message.id === id) done({ ...message.answer, timeoutMs: job.timeoutMs });
      else if ("failure" in message && message.id === id) done(failed(`the search failed: ${message.failure}`));
    };
    const onError = (error: Error & { code?: string }) =>
      done(
        failed(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `the search ran out of memory (grimoire.memoryLimitMb is ${this.memoryLimitMb} MB)`
            : `the search worker crashed: ${error.message}`,
        ),
      );
    const onExit = (code: number) => done(failed(`the search worker exited with code ${code}`));
    const timer = setTimeout(() => {
      this.options.log?.(`search for ${job.task.name} gave no answer ${this.killGraceMs} ms after its budget; stopping the worker`);
      this.stopWorker();
      done(failed(`the search did not stop within its ${job.timeoutMs} ms budget and was stopped`));
    }, job.timeoutMs + this.killGraceMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    const request: SearchRequest = {
      id,
      task: job.task,
      timeoutMs: job.timeoutMs,
      alternatives: job.alternatives,
      maxBankBytes: Math.floor(this.memoryLimitMb * 0.4 * 1024 * 1024),
      modelDirectory: this.modelDirectory,
      library: job.library,
      cancelFlag: job.cancelFlag,
    };
    worker.postMessage(request);
  }

  private get killGraceMs(): number {
    return this.options.killGraceMs ?? 3000;
  }

  private startWorker(): Worker {
    const worker = startSearchWorker(this.options.workerFile ?? defaultSearchWorkerFile(), this.memoryLimitMb);
    worker.on("exit", () => {
      if (this.worker === worker) {
        this.worker = undefined;
        this.ready = undefined;
      }
    });
    // A running search reports its worker's errors; an idle worker's error only means it is gone.
    worker.on("error", (error) => this.options.log?.(`search worker: ${error.message}`));
    this.ready = new Promise((resolve) => {
      const settle = (problem: string | undefined) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("exit", onExit);
        resolve(problem);
      };
      const timer = setTimeout(() => settle(`the search worker did not start within ${WORKER_START_TIMEOUT_MS} ms`), WORKER_START_TIMEOUT_MS);
      const onMessage = (message: SearchWorkerMessage) => {
        if ("ready" in message) settle(undefined);
      };
      const onExit = (code: number) => settle(`the search worker exited with code ${code} while starting`);
      worker.on("message", onMessage);
      worker.on("exit", onExit);
    });
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker) void worker.terminate();
  }
}

/** A bundle with functions, or undefined: an empty one searches as no library at all. */
function usable(library: LibraryBundle | undefined): LibraryBundle | undefined {
  return library && library.global.length + library.project.length > 0 ? library : undefined;
}
