// The search schedule's benchmark: every task of the five suites is solved at the editor's time
// limit (10 s) with the deductions' early turn (after a 150 ms plain look) and without it (they
// wait for the first phase, 15% of the limit, to end), alternating which goes first, in one run.
// It prints, per suite and schedule, tasks solved, how many generalize to the held-back examples,
// and the mean, median and 90th percentile solve time; then the tasks whose programs differ.
//   npm run bench:schedule [-- --timeout S] [--limit N] [--suite GLOB]...
import { parseArgs } from "node:util";
import { isBenchTask, loadBenchmarks } from "../language-server/bench/load";
import { synthesize } from "../language-server/engine/synthesize";
import { valuesEqual } from "../language-server/engine/types";

const SUITES = [
  "../shared/benchmarks/sygus-comp-pbe-strings/2017/PBE_Strings_Track",
  "../shared/benchmarks/probe-strings/string",
  "../shared/benchmarks/bustle-string-tasks/new_benchmarks.json",
  "../shared/benchmarks/dreamcoder-list-tasks/list_tasks.json",
  "../shared/benchmarks/list-functions-250/json/c*_1.json",
];

const { values } = parseArgs({ options: { timeout: { type: "string", default: "10" }, limit: { type: "string" }, suite: { type: "string", multiple: true } } });
const timeoutMs = Number(values.timeout) * 1000;
const limit = values.limit ? Number(values.limit) : Infinity;

interface Outcome {
  readonly ms: number;
  readonly expression?: string;
  readonly generalizes?: boolean;
}

const schedules = [
  { name: "early deductions", quickDeductions: true },
  { name: "deductions after the first phase", quickDeductions: false },
] as const;

const differing: string[] = [];
for (const suite of values.suite ?? SUITES) {
  const tasks = loadBenchmarks([suite], limit).entries.filter(isBenchTask);
  const outcomes = schedules.map(() => [] as Outcome[]);
  for (const [i, t] of tasks.entries()) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const s of order) {
      const started = performance.now();
      const r = synthesize(t.task, { timeoutMs, quickDeductions: schedules[s].quickDeductions });
      const ms = performance.now() - started;
      const best = r.best;
      const generalizes =
        best && (t.task.heldOut ?? []).every((ex) => {
          const out = best.run(ex.inputs);
          return out.ok && valuesEqual(out.value, ex.output);
        });
      outcomes[s].push({ ms, expression: best?.expression, generalizes });
    }
    const [a, b] = outcomes.map((o) => o[i]);
    if (a.expression !== b.expression) differing.push(`${t.task.name}\n    early: ${a.expression ?? "(unsolved)"}\n    after: ${b.expression ?? "(unsolved)"}`);
  }
  const name = tasks[0]?.suite ?? suite;
  for (const [s, schedule] of schedules.entries()) {
    const solved = outcomes[s].filter((o) => o.expression !== undefined);
    const ms = solved.map((o) => o.ms).sort((x, y) => x - y);
    const at = (q: number) => (ms.length > 0 ? ms[Math.floor(q * (ms.length - 1))] : 0);
    const mean = ms.reduce((x, y) => x + y, 0) / Math.max(1, ms.length);
    const general = solved.filter((o) => o.generalizes).length;
    console.log(
      `${name}, ${schedule.name}: ${solved.length} of ${tasks.length} solved, ${general} generalize; ` +
        `mean ${mean.toFixed(0)} ms, median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms`,
    );
  }
}
console.log(`\nPrograms that differ (${differing.length}):`);
for (const d of differing) console.log(`  ${d}`);
