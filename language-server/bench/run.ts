// Runs benchmark tasks one at a time, each in a worker thread that is killed if it overstays its time.
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { Task } from "../engine/types";
import type { TaskOutcome } from "./check";
import { isBenchTask, type BenchEntry } from "./load";
import { PEER_NOT_APPLICABLE, runCvc4, type PeerOutcome, type PeerSolver } from "./peer";
import type { LibraryJson } from "../library/library-file";
import type { BenchWorkerData, RunTaskRequest, WorkerMessage } from "./protocol";

/** One line of the report: a task's outcome, and the peer's when one was asked for. */
export interface BenchResult extends Omit<TaskOutcome, "ms"> {
  readonly suite: string;
  readonly task: string;
  readonly file: string;
  /** Null for an entry that could not be read, so never ran. */
  readonly ms: number | null;
  /** How many held-out examples the task has (0 for none), so summaries can tell "none to check" from "not solved". */
  readonly heldOutExamples: number;
  readonly peer?: PeerOutcome;
  /** With `guidance: "compare"`: the task's outcome with and without the neural prior, in the same run. */
  readonly guided?: TaskOutcome;
  readonly unguided?: TaskOutcome;
}

export type GuidanceMode = "on" | "off" | "compare";

export interface BenchRunOptions {
  /** The time the engine is given per task, and the peer too. */
  readonly timeoutMs: number;
  /** How long past the time limit a worker may stay silent before it is killed. */
  readonly killGraceMs?: number;
  readonly peer?: PeerSolver;
  /** The worker script; by default the bundled `bench-worker.js` next to this code, or `worker.ts` when run from source. */
  readonly workerFile?: string;
  readonly resourceLimits?: ResourceLimits;
  /** The peer solver's executable, for tests. */
  readonly peerCommand?: string;
  /** Search with the neural prior, without it, or both ways for every task (default off). */
  readonly guidance?: GuidanceMode;
  /** The model's directory, needed unless guidance is off. */
  readonly modelDirectory?: string;
  /** Library functions every task may use. */
  readonly library?: LibraryJson;
}

export const DEFAULT_KILL_GRACE_MS = 2000;
export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 2048 };

/** Runs the entries in order, calling `onResult` as each finishes, and returns every result. */
export async function runBench(
  entries: readonly BenchEntry[],
  options: BenchRunOptions,
  onResult: (result: BenchResult, index: number) => void = () => {},
): Promise<BenchResult[]> {
  const guidance = options.guidance ?? "off";
  const workerData: BenchWorkerData = { modelDirectory: guidance === "off" ? undefined : options.modelDirectory, library: options.library };
  const worker = new SynthesisWorker(options.workerFile ?? defaultWorkerFile(), options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS, workerData);
  const grace = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const attempt = async (entry: Extract<BenchEntry, { task: Task }>, index: number): Promise<TaskOutcome & { guided?: TaskOutcome; unguided?: TaskOutcome }> => {
    if (guidance !== "compare") return worker.run(entry.task, options.timeoutMs, grace, guidance === "on");
    // Both ways, in alternating order, so neither side always runs on a warmer or colder machine.
    const guidedFirst = index % 2 === 0;
    const first = await worker.run(entry.task, options.timeoutMs, grace, guidedFirst);
    const second = await worker.run(entry.task, options.timeoutMs, grace, !guidedFirst);
    const [guided, unguided] = guidedFirst ? [first, second] : [second, first];
    return { ...guided, guided, unguided };
  };
  const results: BenchResult[] = [];
  try {
    for (const [index, entry] of entries.entries()) {
      const place = { suite: entry.suite, file: entry.file };
      let result: BenchResult = isBenchTask(entry)
        ? {
            ...place,
            task: entry.task.name,
            heldOutExamples: entry.task.heldOut?.length ?? 0,
            ...(await attempt(entry, index)),
          }
        : { ...place, task: entry.name, heldOutExamples: 0, status: "error", generalized: null, ms: null, program: null, code: null, message: entry.error.message };
      if (options.peer) result = { ...result, peer: await runPeer(entry, options) };
      results.push(result);
      onResult(result, index);
    }
  } finally {
    await worker.close();
  }
  return results;
}

async function runPeer(entry: BenchEntry, options: BenchRunOptions): Promise<PeerOutcome> {
  // Files that failed to read still go to the peer: a problem Grimoire cannot read (max3.sl) may be one the peer solves.
  if (path.extname(entry.file).toLowerCase() !== ".sl") return PEER_NOT_APPLICABLE;
  return runCvc4(entry.file, entry.sygusVersion ?? 1, options.timeoutMs, options.peerCommand);
}

export function defaultWorkerFile(): string {
  const bundled = path.join(__dirname, "bench-worker.js");
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, "worker.ts");
}

/** How long a new worker may take to load before the task counts as an error. */
const WORKER_START_TIMEOUT_MS = 60_000;

/** One worker thread, reused across tasks and replaced after it is killed or dies. */
export class SynthesisWorker {
  private worker: Worker | undefined;
  private ready: Promise<string | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly file: string,
    private readonly resourceLimits: ResourceLimits,
    private readonly workerData: BenchWorkerData = {},
  ) {}

  async run(task: Task, timeoutMs: number, killGraceMs: number, guided = false): Promise<TaskOutcome> {
    const worker = this.worker ?? this.start();
    const startProblem = await this.ready;
    if (startProblem !== undefined) {
      this.discard(worker);
      return { status: "error", generalized: null, ms: 0, program: null, code: null, message: startProblem };
    }
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
      const finish = (outcome: TaskOutcome, workerIsBroken: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (workerIsBroken) this.discard(worker);
        resolve(outcome);
      };
      const failed = (message: string, workerIsBroken: boolean) =>
        finish({ status: "error", generalized: null, ms: elapsed(), program: null, code: null, message }, workerIsBroken);
      const onMessage = (message: WorkerMessage) => {
        if ("outcome" in message) finish(message.outcome, false);
      };
      const onError = (error: Error) => failed(`the worker crashed: ${error.message}`, true);
      const onExit = (code: number) => failed(`the worker exited with code ${code}`, true);
      const timer = setTimeout(() => {
        const outcome: TaskOutcome = {
          status: "unsolved",
          generalized: null,
          ms: elapsed(),
          program: null,
          code: null,
          message: `no answer ${killGraceMs} ms after the time limit, so the worker was stopped`,
        };
        finish(outcome, true);
      }, timeoutMs + killGraceMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      const request: RunTaskRequest = { task, timeoutMs, guided };
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const options = { resourceLimits: this.resourceLimits, stdout: false, stderr: false, workerData: this.workerData };
    // Run from source (tests under tsx), the worker needs tsx's require hook to load TypeScript; the bundle does not.
    const worker = this.file.endsWith(".ts")
      ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(this.file)});`, { ...options, eval: true })
      : new Worker(this.file, options);
    // A worker that dies between tasks must not be handed the next one.
    worker.on("exit", () => {
      if (this.worker === worker) this.worker = undefined;
    });
    // Errors are reported by the task that was running; an idle worker's error only means it is gone.
    worker.on("error", () => {});
    this.ready = new Promise((resolve) => {
      const timer = setTimeout(() => settle(`the worker did not start within ${WORKER_START_TIMEOUT_MS} ms`), WORKER_START_TIMEOUT_MS);
      const onMessage = (message: WorkerMessage) => {
        if ("ready" in message) settle(undefined);
      };
      const onError = (error: Error) => settle(`the worker failed to start: ${error.message}`);
      const onExit = (code: number) => settle(`the worker exited with code ${code} while starting`);
      const settle = (problem: string | undefined) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        resolve(problem);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
    });
    this.worker = worker;
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}
