// The engine's public surface: what the CLI, the benchmark runner and (later) the language server call.
import type { Operator } from "./operators";
import type { Program } from "./program";
import type { Task, Value } from "./types";

export type TargetLanguage = "typescript" | "javascript" | "python";

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export interface SynthesisOptions {
  /** Wall-clock budget for the whole search, in milliseconds. */
  readonly timeoutMs: number;
  /** Upper bound on the memory the value banks may take, in bytes (estimated). */
  readonly maxBankBytes?: number;
  /** Checked in the search's inner loop; the search stops soon after it is set. */
  readonly cancellation?: CancellationToken;
  /**
   * Whether the search may assemble conditionals from partial solutions (default true); "late"
   * only in the second half of its time, as for a deduced sub-task, whose many small examples
   * make assembling dear and whose levels pass quickly; "single" at once but on one condition,
   * never nested, as in the quick first look at a task that says its cases.
   */
  readonly conditionals?: boolean | "late" | "single";
  /**
   * Whether, under a long time limit, the deductions get a short turn early, after a quick plain
   * look, instead of waiting for the first phase to end (default true; off only to measure it).
   */
  readonly quickDeductions?: boolean;
  /** How many consistent programs to return besides the best one. */
  readonly alternatives?: number;
  /**
   * Operator costs for a task (names to costs in bits), from a learned prior that read its examples;
   * operators it leaves out keep their hand-set cost. Called for the task and for each deduced
   * sub-task; it steers each one's first, quick phase (which a plain search shares, in turns, once
   * the guided one has had a head start), and the full search after it starts again from the
   * hand-set costs. Which of the programs found is best is decided by the hand-set costs.
   */
  readonly prior?: OperatorPrior;
  /**
   * Library functions (abstraction operators) the search may use as single steps, besides the
   * built-in operators. Emitted code expands them in place.
   */
  readonly library?: readonly Operator[];
}

export type OperatorPrior = (task: Task) => ReadonlyMap<string, number> | undefined;

export interface Candidate {
  /** The program as an expression of the DSL, printed in its own neutral notation. */
  readonly expression: string;
  /** The program itself (library functions unexpanded), for the library to learn from. */
  readonly program: Program;
  /** The program's ranking score: its cost under the hand-set operator costs, plus penalties for what overfits (lower is likelier meant). */
  readonly cost: number;
  /** The whole function in each target language. */
  readonly code: Readonly<Record<TargetLanguage, string>>;
  /** The expression the function returns, in each target language (for filling an existing stub). */
  readonly returns: Readonly<Record<TargetLanguage, string>>;
  /** Modules the Python code imports (`functools`, `math`). */
  readonly pythonImports: readonly string[];
  /** Runs the program on one input tuple, inside the engine's interpreter and its limits. */
  readonly run: (inputs: readonly Value[]) => { ok: true; value: Value } | { ok: false; error: string };
}

export interface SynthesisResult {
  readonly status: "solved" | "unsolved" | "cancelled";
  readonly best?: Candidate;
  readonly alternatives: readonly Candidate[];
  /** An input on which the best candidates disagree: asking the user for its output settles it. */
  readonly question?: readonly Value[];
  readonly ms: number;
  readonly stats: {
    readonly programsKept: number;
    readonly programsTried: number;
    readonly maxCost: number;
  };
}
