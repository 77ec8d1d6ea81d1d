// Worker-thread entry: runs one task at a time, so that a crash or a runaway search cannot take down the run.
import { parentPort } from "node:worker_threads";
import { synthesize } from "../engine/synthesize";
import { judgeSynthesis } from "./check";
import type { RunTaskReply, RunTaskRequest, WorkerReady } from "./protocol";

const port = parentPort;
if (!port) throw new Error("the benchmark worker must run in a worker thread");

port.on("message", (request: RunTaskRequest) => {
  const started = performance.now();
  let reply: RunTaskReply;
  try {
    const result = synthesize(request.task, { timeoutMs: request.timeoutMs });
    // The search time alone is reported; re-checking the examples is the runner's cost, not the engine's.
    const ms = Math.round(performance.now() - started);
    reply = { outcome: judgeSynthesis(request.task, result, ms) };
  } catch (error) {
    const message = error instanceof Error ? `the engine threw ${error.name}: ${error.message}` : `the engine threw ${String(error)}`;
    reply = { outcome: { status: "error", generalized: null, ms: Math.round(performance.now() - started), program: null, code: null, message } };
  }
  port.postMessage(reply);
});

const ready: WorkerReady = { ready: true };
port.postMessage(ready);
