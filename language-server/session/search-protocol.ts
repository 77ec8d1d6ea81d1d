// Messages between the language server's search pool and its worker thread (plain data only).
import type { EmittedCandidate } from "../document/fill";
import type { SynthesisResult } from "../engine/api";
import type { Task } from "../engine/types";

export interface SearchRequest {
  readonly id: number;
  readonly task: Task;
  readonly timeoutMs: number;
  readonly alternatives: number;
  readonly maxBankBytes: number;
  /** The neural model to guide the search with; none for a plain search. */
  readonly modelDirectory?: string;
  /** One Int32 the pool sets to 1 to cancel; the search reads it in its inner loop. */
  readonly cancelFlag: SharedArrayBuffer;
}

/** The engine's result with its candidates reduced to plain data (their interpreter closures cannot cross threads). */
export interface SearchAnswer extends Pick<SynthesisResult, "status" | "question" | "ms"> {
  readonly best?: EmittedCandidate;
  readonly alternatives: readonly EmittedCandidate[];
}

export type SearchWorkerMessage =
  | { readonly ready: true }
  | { readonly id: number; readonly answer: SearchAnswer }
  | { readonly id: number; readonly failure: string };
