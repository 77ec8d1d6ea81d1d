// The messages between the benchmark runner and its worker thread.
import type { Task } from "../engine/types";
import type { TaskOutcome } from "./check";

export interface RunTaskRequest {
  readonly task: Task;
  readonly timeoutMs: number;
}

/** Sent once when the worker has loaded, so that its start-up time is not charged to the first task. */
export interface WorkerReady {
  readonly ready: true;
}

export interface RunTaskReply {
  readonly outcome: TaskOutcome;
}

export type WorkerMessage = WorkerReady | RunTaskReply;
