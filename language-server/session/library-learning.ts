// Library learning for the language server: the accepted functions' programs are the corpus, the
// learning itself runs in a worker thread with a time bound and cancellation (the server's main
// thread never learns). The library store drops what it already holds when the result is added. An
// idle-time scheduler starts a run once enough functions were accepted since the last one.
// Nothing here knows about LSP.
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import { learnAbstractions, type CorpusProgram } from "../library/learn";
import { writeAtomically } from "../library/locked-file";
import { libraryFunctionToJson, programFromJson, type ProgramJson } from "../library/library-file";
import type { Program } from "../engine/program";
import type { AcceptedFunction } from "../server/protocol";
import type { LearnAnswer, LearnRequest, SearchWorkerMessage } from "./search-protocol";
import { defaultSearchWorkerFile, startSearchWorker } from "./search-pool";

/** One solved program for learning; `task` names the task it solves. */
export interface CorpusEntry {
  readonly task: string;
  readonly program: ProgramJson;
}

/**
 * The corpus from the accepted functions: one program per task (the newest), named after its
 * function. Entries accepted before programs were kept have none and are left out.
 */
export function corpusFromAccepted(entries: readonly AcceptedFunction[]): CorpusEntry[] {
  const seen = new Set<string>();
  const corpus: CorpusEntry[] = [];
  for (const entry of entries) {
    if (!entry.program || seen.has(entry.taskKey)) continue;
    seen.add(entry.taskKey);
    // Two tasks of one name count as one task: an abstraction must serve two different functions.
    corpus.push({ task: entry.name, program: entry.program });
  }
  return corpus;
}

/** Learns library functions from solved programs; programs that cannot be read are counted and left out. */
export function learnFromCorpus(request: LearnRequest["learn"]): LearnAnswer {
  const started = performance.now();
  const flag = new Int32Array(request.cancelFlag);
  const cancellation = {
    get isCancellationRequested() {
      return Atomics.load(flag, 0) !== 0;
    },
  };
  const corpus: CorpusProgram[] = [];
  let skipped = 0;
  for (const entry of request.corpus) {
    let program: Program;
    try {
      program = programFromJson(entry.program);
    } catch {
      skipped++;
      continue;
    }
    corpus.push({ task: entry.task, program });
  }
  const result = learnAbstractions(corpus, {
    takenNames: new Set(request.takenNames),
    maxAbstractions: request.maxAbstractions,
    timeoutMs: request.timeoutMs,
    cancellation,
  });
  return {
    functions: result.abstractions.map((a) => libraryFunctionToJson(a.definition, a.uses, a.tasks)),
    skipped,
    sizeBefore: result.sizeBefore,
    sizeAfter: result.sizeAfter,
    ms: Math.round(performance.now() - started),
    cancelled: cancellation.isCancellationRequested,
  };
}

export interface LearnRunOptions {
  readonly corpus: readonly CorpusEntry[];
  readonly takenNames: readonly string[];
  /** Bound on the learning itself (default 30 s); the worker is stopped if it overstays it. */
  readonly timeoutMs?: number;
  readonly maxAbstractions?: number;
  readonly memoryLimitMb?: number;
  readonly workerFile?: string;
  readonly cancellation?: { readonly isCancellationRequested: boolean; onCancellationRequested(listener: () => void): { dispose(): void } };
}

/** How long past its bound a learning worker may stay silent before it is stopped. */
const LEARN_GRACE_MS = 5000;

/**
 * Runs one learning in a worker thread of its own (the search worker's bundle, which serves both),
 * so that searches go on meanwhile. Cancelling stops it soon; a worker that ignores its bound is
 * terminated. Resolves with what was learned (possibly nothing), rejects when the worker fails.
 */
export function runLearning(options: LearnRunOptions): Promise<LearnAnswer> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const cancelled = (): LearnAnswer => ({ functions: [], skipped: 0, sizeBefore: 0, sizeAfter: 0, ms: 0, cancelled: true });
  if (options.cancellation?.isCancellationRequested) return Promise.resolve(cancelled());
  const cancelFlag = new SharedArrayBuffer(4);
  const worker = startSearchWorker(options.workerFile ?? defaultSearchWorkerFile(), options.memoryLimitMb ?? 1024);
  return new Promise<LearnAnswer>((resolve, reject) => {
    let settled = false;
    let subscription: { dispose(): void } | undefined;
    const finish = (outcome: { answer: LearnAnswer } | { error: Error }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      subscription?.dispose();
      void worker.terminate();
      if ("answer" in outcome) resolve(outcome.answer);
      else reject(outcome.error);
    };
    const timer = setTimeout(() => finish({ error: new Error(`learning did not stop within its ${timeoutMs} ms bound and was stopped`) }), timeoutMs + LEARN_GRACE_MS);
    subscription = options.cancellation?.onCancellationRequested(() => {
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
      // Learning checks the flag between patterns; one that does not answer soon is stopped.
      setTimeout(() => finish({ answer: cancelled() }), 1000).unref();
    });
    worker.on("message", (message: SearchWorkerMessage) => {
      if ("ready" in message) {
        const request: LearnRequest = {
          id: 1,
          learn: { corpus: options.corpus, takenNames: options.takenNames, maxAbstractions: options.maxAbstractions ?? 10, timeoutMs, cancelFlag },
        };
        worker.postMessage(request);
      } else if ("learned" in message) finish({ answer: message.learned });
      else if ("failure" in message) finish({ error: new Error(message.failure) });
    });
    worker.on("error", (error: Error & { code?: string }) =>
      finish({ error: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new Error("learning ran out of memory") : error }),
    );
    worker.on("exit", (code) => finish({ error: new Error(`the learning worker exited with code ${code}`) }));
  });
}

export interface LibraryLearningSchedulerOptions {
  /** Runs one learning (the server's own, with progress); resolves when it is done. */
  readonly learn: () => Promise<void>;
  /** Whether searches are running (learning waits for quiet). */
  readonly busy: () => boolean;
  /**
   * How many functions were accepted since the last learning run, counted from the stores on disk,
   * so that functions accepted in other windows, by the CLI, or before a restart count too.
   */
  readonly acceptedSinceLastRun: () => Promise<number>;
  /** Quiet time before a run starts (default 60 s). */
  readonly idleMs?: number;
}

/**
 * Starts library learning in idle time once `threshold` functions were accepted since the last
 * run (0: never). A run the user starts by hand counts as a run.
 */
export class LibraryLearningScheduler {
  private timer: NodeJS.Timeout | undefined;
  threshold = 5;

  constructor(private readonly options: LibraryLearningSchedulerOptions) {}

  /** The accepted functions changed (in this window or another): a run may be due. */
  async check(): Promise<void> {
    if (this.threshold > 0 && (await this.due())) this.schedule();
  }

  /** A run just happened (by hand or in idle time): the timer waiting for one is stopped. */
  noteLearned(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async due(): Promise<boolean> {
    try {
      return (await this.options.acceptedSinceLastRun()) >= this.threshold;
    } catch {
      return false;
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runWhenQuiet(), this.options.idleMs ?? 60_000);
    this.timer.unref();
  }

  private async runWhenQuiet(): Promise<void> {
    this.timer = undefined;
    if (this.threshold <= 0 || !(await this.due())) return;
    if (this.options.busy()) return this.schedule();
    await this.options.learn();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

const LAST_RUN_FILE = "library-learning.json";

/**
 * When library learning last ran to the end (ISO 8601), kept beside the stores so that every window
 * and a restarted server agree on what is new; undefined when it never ran or the file is unreadable.
 */
export async function readLastLearningRun(directory: string): Promise<string | undefined> {
  try {
    const data = JSON.parse(await fsp.readFile(path.join(directory, LAST_RUN_FILE), "utf8")) as { lastRun?: unknown };
    return typeof data.lastRun === "string" ? data.lastRun : undefined;
  } catch {
    return undefined;
  }
}

export async function writeLastLearningRun(directory: string, when: Date): Promise<void> {
  await fsp.mkdir(directory, { recursive: true });
  await writeAtomically(path.join(directory, LAST_RUN_FILE), JSON.stringify({ lastRun: when.toISOString() }) + "\n");
}

/** The accepted functions with a program (what learning reads) accepted after `lastRun`. */
export function acceptedAfter(entries: readonly AcceptedFunction[], lastRun: string | undefined): number {
  return entries.filter((e) => e.program !== undefined && (lastRun === undefined || e.acceptedAt > lastRun)).length;
}
