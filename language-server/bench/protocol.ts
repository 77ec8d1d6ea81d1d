// The messages between the benchmark runner and its worker thread.
import type { Task } from "../engine/types";
import type { TaskOutcome } from "./check";
import type { LibraryJson } from "../library/library-file";

export interface RunTaskRequest {
  readonly task: Task;
  readonly timeoutMs: number;
  /** Search with the neural prior (the worker was started with a model directory). */
  readonly guided?: boolean;
}

/** What the runner passes as `workerData`: where the model is, when any task will be guided. */
export interface BenchWorkerData {
  readonly modelDirectory?: string;
  /** Library functions every task may use (the library file's contents, checked by the runner). */
  readonly library?: LibraryJson;
}

/** Sent once when the worker has loaded, so that its start-up time is not charged to the first task. */
export interface WorkerReady {
  readonly ready: true;
}

export interface RunTaskReply {
  readonly outcome: TaskOutcome;
}

export type WorkerMessage = WorkerReady | RunTaskReply;
