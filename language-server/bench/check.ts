// Judges a synthesis result by running its program again on every example, trusting nothing the engine claims.
import type { Candidate, SynthesisResult } from "../engine/api";
import { showValue, valuesEqual, type Example, type Task } from "../engine/types";

export type TaskStatus = "solved" | "unsolved" | "error";

/** What one attempt on one task came to; the fields every report line carries. */
export interface TaskOutcome {
  readonly status: TaskStatus;
  /** Whether the program also passes the held-out examples; null when unsolved or when there are none. */
  readonly generalized: boolean | null;
  readonly ms: number;
  readonly program: string | null;
  readonly code: string | null;
  readonly message: string | null;
}

/**
 * `solved` means the best program reproduces every example under valuesEqual. A program the engine
 * called solved that fails an example is an `error`, because it points at a bug in the engine.
 */
export function judgeSynthesis(task: Task, result: SynthesisResult, ms: number): TaskOutcome {
  const best = result.best;
  if (!best) {
    const message = result.status === "solved" ? "the engine reported solved but returned no program" : null;
    return { status: message ? "error" : "unsolved", generalized: null, ms, program: null, code: null, message };
  }
  const failure = firstFailure(best, task.examples);
  const program = best.expression;
  const code = best.code.typescript;
  if (failure) {
    if (result.status !== "solved") return { status: "unsolved", generalized: null, ms, program: null, code: null, message: null };
    return { status: "error", generalized: null, ms, program, code, message: `the engine reported solved, but its program fails ${failure}` };
  }
  const heldOut = task.heldOut ?? [];
  const generalized = heldOut.length === 0 ? null : firstFailure(best, heldOut) === undefined;
  return { status: "solved", generalized, ms, program, code, message: null };
}

/** Describes the first example the candidate gets wrong, or undefined when it gets them all right. */
export function firstFailure(candidate: Candidate, examples: readonly Example[]): string | undefined {
  for (let index = 0; index < examples.length; index++) {
    const example = examples[index];
    const where = `example ${index + 1} (${example.inputs.map(showValue).join(", ")})`;
    let outcome: ReturnType<Candidate["run"]>;
    try {
      outcome = candidate.run(example.inputs);
    } catch (error) {
      return `${where}: it threw ${error instanceof Error ? error.message : String(error)}`;
    }
    if (!outcome.ok) return `${where}: it failed with ${outcome.error}`;
    if (!valuesEqual(outcome.value, example.output)) return `${where}: expected ${showValue(example.output)}, got ${showValue(outcome.value)}`;
  }
  return undefined;
}
