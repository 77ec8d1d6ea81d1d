// Worker-thread entry for fine-tuning, so that the language server's main thread stays free.
import { parentPort, workerData } from "node:worker_threads";
import { fineTune, type FineTuneOptions } from "./finetune";

const port = parentPort;
if (!port) throw new Error("finetune-worker must run in a worker thread");

fineTune(workerData as FineTuneOptions).then(
  (result) => port.postMessage({ result }),
  (error: unknown) => port.postMessage({ failure: error instanceof Error ? error.message : String(error) }),
);
