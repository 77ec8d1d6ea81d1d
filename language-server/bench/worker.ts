// Worker-thread entry: runs one task at a time, so that a crash or a runaway search cannot take down the run.
import { parentPort, workerData } from "node:worker_threads";
import type { OperatorPrior } from "../engine/api";
import { synthesize } from "../engine/synthesize";
import { guidanceModule } from "../guidance/load";
import { judgeSynthesis } from "./check";
import { libraryOperators } from "../library/library-file";
import type { BenchWorkerData, RunTaskReply, RunTaskRequest, WorkerReady } from "./protocol";

const port = parentPort;
if (!port) throw new Error("the benchmark worker must run in a worker thread");

const data = (workerData ?? {}) as BenchWorkerData;

async function start(): Promise<void> {
  // The model loads before the worker says it is ready, so no task is charged for loading it.
  let prior: OperatorPrior | undefined;
  let priorProblem: string | undefined;
  if (data.modelDirectory) {
    try {
      prior = (await guidanceModule().loadGuidance(data.modelDirectory)).prior();
    } catch (error) {
      priorProblem = `the model in ${data.modelDirectory} could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  // The runner checked the library when it read the file.
  const library = data.library ? libraryOperators(data.library) : undefined;
  port!.on("message", (request: RunTaskRequest) => {
    const started = performance.now();
    let reply: RunTaskReply;
    if (request.guided && !prior) {
      reply = { outcome: { status: "error", generalized: null, ms: 0, program: null, code: null, message: priorProblem ?? "no model was given for guided search" } };
      port!.postMessage(reply);
      return;
    }
    try {
      const result = synthesize(request.task, { timeoutMs: request.timeoutMs, prior: request.guided ? prior : undefined, library });
      // The search time alone is reported; re-checking the examples is the runner's cost, not the engine's.
      const ms = Math.round(performance.now() - started);
      reply = { outcome: judgeSynthesis(request.task, result, ms) };
    } catch (error) {
      const message = error instanceof Error ? `the engine threw ${error.name}: ${error.message}` : `the engine threw ${String(error)}`;
      reply = { outcome: { status: "error", generalized: null, ms: Math.round(performance.now() - started), program: null, code: null, message } };
    }
    port!.postMessage(reply);
  });
  const ready: WorkerReady = { ready: true };
  port!.postMessage(ready);
}

void start();
