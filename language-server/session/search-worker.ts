// The search worker thread: runs one synthesis at a time for the language server, whose main thread
// never searches. Cancellation arrives through shared memory, because the search never yields to
// the event loop while it runs.
import { parentPort } from "node:worker_threads";
import { emittedCandidate } from "../document/fill";
import { synthesize } from "../engine/synthesize";
import type { SearchRequest, SearchWorkerMessage } from "./search-protocol";

const port = parentPort;
if (!port) throw new Error("search-worker must run in a worker thread");

port.on("message", (request: SearchRequest) => {
  const flag = new Int32Array(request.cancelFlag);
  const cancellation = {
    get isCancellationRequested() {
      return Atomics.load(flag, 0) !== 0;
    },
  };
  let message: SearchWorkerMessage;
  try {
    const result = synthesize(request.task, {
      timeoutMs: request.timeoutMs,
      alternatives: request.alternatives,
      maxBankBytes: request.maxBankBytes,
      cancellation,
    });
    message = {
      id: request.id,
      answer: {
        status: result.status,
        best: result.best && emittedCandidate(result.best),
        alternatives: result.alternatives.map(emittedCandidate),
        question: result.question,
        ms: result.ms,
      },
    };
  } catch (error) {
    message = { id: request.id, failure: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(message);
});

port.postMessage({ ready: true } satisfies SearchWorkerMessage);
