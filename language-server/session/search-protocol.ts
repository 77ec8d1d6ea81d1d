// Messages between the language server's search pool and its worker thread (plain data only).
import type { EmittedCandidate } from "../document/fill";
import type { SynthesisResult } from "../engine/api";
import type { Task } from "../engine/types";
import type { LibraryFunctionJson, ProgramJson } from "../library/library-file";

/** The library functions searches may use: the global library's and the project's, merged in the worker. */
export interface LibraryBundle {
  /** Changes whenever the libraries' contents do, so the worker rebuilds its operators only then. */
  readonly key: string;
  readonly global: readonly LibraryFunctionJson[];
  readonly project: readonly LibraryFunctionJson[];
}

export interface SearchRequest {
  readonly id: number;
  readonly task: Task;
  readonly timeoutMs: number;
  readonly alternatives: number;
  readonly maxBankBytes: number;
  /** The neural model to guide the search with; none for a plain search. */
  readonly modelDirectory?: string;
  /** Library functions the search may use as single steps. */
  readonly library?: LibraryBundle;
  /** One Int32 the pool sets to 1 to cancel; the search reads it in its inner loop. */
  readonly cancelFlag: SharedArrayBuffer;
}

/** The engine's result with its candidates reduced to plain data (their interpreter closures cannot cross threads). */
export interface SearchAnswer extends Pick<SynthesisResult, "status" | "question" | "ms"> {
  readonly best?: EmittedCandidate;
  readonly alternatives: readonly EmittedCandidate[];
}

/** Library learning over solved programs, run in a worker of its own so that searches go on meanwhile. */
export interface LearnRequest {
  readonly id: number;
  readonly learn: {
    /** The solved programs; `task` names the task (an abstraction must serve two tasks or more). */
    readonly corpus: readonly { readonly task: string; readonly program: ProgramJson }[];
    /** Names the library already uses, so new functions get others. */
    readonly takenNames: readonly string[];
    readonly maxAbstractions: number;
    readonly timeoutMs: number;
    /** One Int32 set to 1 to cancel. */
    readonly cancelFlag: SharedArrayBuffer;
  };
}

export interface LearnAnswer {
  readonly functions: readonly LibraryFunctionJson[];
  /** Programs of the corpus that could not be read (an operator this Grimoire lacks, a damaged entry). */
  readonly skipped: number;
  readonly sizeBefore: number;
  readonly sizeAfter: number;
  readonly ms: number;
  readonly cancelled: boolean;
}

export type SearchWorkerMessage =
  | { readonly ready: true }
  | { readonly id: number; readonly answer: SearchAnswer }
  | { readonly id: number; readonly learned: LearnAnswer }
  | { readonly id: number; readonly failure: string };
