// Turns benchmark results into progress lines, JSON lines and the per-suite summary table.
import type { TaskOutcome } from "./check";
import type { BenchResult } from "./run";

export const GRAMMAR_NOTE = "Grimoire searched its own DSL, not the task's grammar.";

export function formatProgress(result: BenchResult, index: number, total: number): string {
  const prefix = `[${index + 1}/${total}] ${result.suite} ${result.task}`;
  let line = `${prefix} ${result.status}`;
  if (result.ms !== null) line += ` ${result.ms} ms`;
  if (result.message !== null) line += result.status === "error" ? `: ${result.message}` : ` (${result.message})`;
  if (result.generalized !== null) line += result.generalized ? ", held-out examples pass" : ", held-out examples fail";
  if (result.peer && result.peer.status !== "n/a") line += ` | cvc4 ${result.peer.status}${result.peer.ms === null ? "" : ` ${result.peer.ms} ms`}`;
  if (result.guided && result.unguided) line += ` | unguided ${result.unguided.status} ${result.unguided.ms} ms`;
  return line;
}

/** One self-contained JSON object per task; every field is always present so consumers need no guards. */
export function formatJsonLine(result: BenchResult): string {
  const line: Record<string, unknown> = {
    suite: result.suite,
    task: result.task,
    file: result.file,
    status: result.status,
    generalized: result.generalized,
    ms: result.ms,
    program: result.program,
    code: result.code,
    message: result.message,
    heldOutExamples: result.heldOutExamples,
  };
  if (result.peer) line.peer = { status: result.peer.status, ms: result.peer.ms, message: result.peer.message };
  const side = (o: TaskOutcome) => ({ status: o.status, ms: o.ms, generalized: o.generalized, program: o.program, message: o.message });
  if (result.guided) line.guided = side(result.guided);
  if (result.unguided) line.unguided = side(result.unguided);
  return JSON.stringify(line);
}

export interface SuiteSummary {
  readonly suite: string;
  readonly tasks: number;
  readonly solved: number;
  readonly errors: number;
  /** Solved tasks whose program passes the held-out examples, of the solved tasks that have any. */
  readonly generalized: { readonly passed: number; readonly of: number } | null;
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
  readonly peer?: { readonly solved: number; readonly medianMs: number | null; readonly applicable: number };
}

/** Groups results by suite, in the order the suites first appear. */
export function summarize(results: readonly BenchResult[]): SuiteSummary[] {
  const bySuite = new Map<string, BenchResult[]>();
  for (const result of results) {
    const group = bySuite.get(result.suite) ?? [];
    group.push(result);
    bySuite.set(result.suite, group);
  }
  return [...bySuite].map(([suite, group]) => {
    const solved = group.filter((result) => result.status === "solved");
    const judged = solved.filter((result) => result.generalized !== null);
    const anyPeer = group.some((result) => result.peer !== undefined);
    const peerApplicable = group.filter((result) => result.peer && result.peer.status !== "n/a");
    const peerSolved = peerApplicable.filter((result) => result.peer?.status === "solved");
    const solvedMs = solved.map((result) => result.ms ?? 0);
    return {
      suite,
      tasks: group.length,
      solved: solved.length,
      errors: group.filter((result) => result.status === "error").length,
      generalized: group.some((result) => result.heldOutExamples > 0)
        ? { passed: judged.filter((result) => result.generalized === true).length, of: judged.length }
        : null,
      medianMs: percentile(solvedMs, 0.5),
      p90Ms: percentile(solvedMs, 0.9),
      peer: anyPeer
        ? { solved: peerSolved.length, medianMs: percentile(peerSolved.map((result) => result.peer?.ms ?? 0), 0.5), applicable: peerApplicable.length }
        : undefined,
    };
  });
}

/** Linear interpolation between the closest ranks; null for no values. */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = fraction * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return Math.round(sorted[low] + (sorted[high] - sorted[low]) * (rank - low));
}

export function formatSummary(summaries: readonly SuiteSummary[], peerName = "cvc4"): string {
  const withPeer = summaries.some((summary) => summary.peer !== undefined);
  const header = ["suite", "tasks", "solved", "errors", "generalized", "median ms", "p90 ms"];
  if (withPeer) header.push(`${peerName} solved`, `${peerName} median ms`, `solved ratio`);
  const rows = summaries.map((summary) => {
    const row = [
      summary.suite,
      String(summary.tasks),
      String(summary.solved),
      String(summary.errors),
      summary.generalized ? `${summary.generalized.passed} of ${summary.generalized.of}` : "-",
      show(summary.medianMs),
      show(summary.p90Ms),
    ];
    if (withPeer) {
      const peer = summary.peer;
      if (!peer || peer.applicable === 0) row.push("n/a", "n/a", "n/a");
      else row.push(String(peer.solved), show(peer.medianMs), peer.solved === 0 ? "-" : (summary.solved / peer.solved).toFixed(2));
    }
    return row;
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  // The suite name reads best left-aligned, numbers right-aligned.
  const render = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  const lines = [render(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(render), ""];
  lines.push("generalized: solved tasks whose program also passes the held-out examples, of the solved tasks that have them.");
  if (withPeer) lines.push(`solved ratio: Grimoire's solved count divided by ${peerName}'s, over the same tasks and time limit.`);
  lines.push(GRAMMAR_NOTE);
  return lines.join("\n") + "\n";
}

function show(value: number | null): string {
  return value === null ? "-" : String(value);
}

/** The budget at which `--guidance compare` also counts solved tasks (within one run at the full limit). */
export const EARLY_BUDGET_MS = 1000;

export interface ComparisonSide {
  readonly solvedEarly: number;
  readonly solved: number;
  readonly generalized: { readonly passed: number; readonly of: number } | null;
  /** Median time over the tasks both sides solved. */
  readonly medianBothMs: number | null;
}

export interface ComparisonSummary {
  readonly suite: string;
  readonly tasks: number;
  readonly guided: ComparisonSide;
  readonly unguided: ComparisonSide;
}

/** Per suite, guided against unguided: solved within 1 s and within the limit, medians on tasks both solve, generalization. */
export function summarizeComparison(results: readonly BenchResult[]): ComparisonSummary[] {
  const bySuite = new Map<string, BenchResult[]>();
  for (const result of results) {
    if (!result.guided || !result.unguided) continue;
    const group = bySuite.get(result.suite) ?? [];
    group.push(result);
    bySuite.set(result.suite, group);
  }
  return [...bySuite].map(([suite, group]) => {
    const both = group.filter((r) => r.guided!.status === "solved" && r.unguided!.status === "solved");
    const side = (pick: (r: BenchResult) => TaskOutcome): ComparisonSide => {
      const solved = group.filter((r) => pick(r).status === "solved");
      const judged = solved.filter((r) => pick(r).generalized !== null);
      return {
        solvedEarly: solved.filter((r) => pick(r).ms <= EARLY_BUDGET_MS).length,
        solved: solved.length,
        generalized: group.some((r) => r.heldOutExamples > 0) ? { passed: judged.filter((r) => pick(r).generalized === true).length, of: judged.length } : null,
        medianBothMs: percentile(both.map((r) => pick(r).ms), 0.5),
      };
    };
    return { suite, tasks: group.length, guided: side((r) => r.guided!), unguided: side((r) => r.unguided!) };
  });
}

export function formatComparison(summaries: readonly ComparisonSummary[], timeoutMs: number): string {
  const limit = `${Math.round(timeoutMs / 100) / 10} s`;
  const header = ["suite", "tasks", "unguided 1 s", "guided 1 s", "ratio 1 s", `unguided ${limit}`, `guided ${limit}`, "median ms (both solved)", "speed-up", "generalized (unguided / guided)"];
  const rows = summaries.map((s) => {
    const ratio = s.unguided.solvedEarly === 0 ? "-" : (s.guided.solvedEarly / s.unguided.solvedEarly).toFixed(2);
    const speedUp = s.guided.medianBothMs && s.unguided.medianBothMs !== null ? (s.unguided.medianBothMs / Math.max(1, s.guided.medianBothMs)).toFixed(2) : "-";
    const generalized = s.guided.generalized && s.unguided.generalized
      ? `${s.unguided.generalized.passed} of ${s.unguided.generalized.of} / ${s.guided.generalized.passed} of ${s.guided.generalized.of}`
      : "-";
    return [
      s.suite,
      String(s.tasks),
      String(s.unguided.solvedEarly),
      String(s.guided.solvedEarly),
      ratio,
      String(s.unguided.solved),
      String(s.guided.solved),
      `${show(s.unguided.medianBothMs)} -> ${show(s.guided.medianBothMs)}`,
      speedUp,
      generalized,
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const render = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  const lines = [render(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(render), ""];
  lines.push(`Every task ran both ways in the same run, in alternating order; "1 s" counts tasks solved within 1 s of the ${limit} runs.`);
  lines.push("speed-up: the unguided median divided by the guided one, over the tasks both solved.");
  lines.push(GRAMMAR_NOTE);
  return lines.join("\n") + "\n";
}
