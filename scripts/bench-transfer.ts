// The library's transfer benchmark: each list suite is split in two by a fixed rule (tasks in file
// order, the even-numbered ones first half, the odd-numbered ones second); a library is learned
// from the programs found for the first half that also pass that task's held-back examples (in the
// editor the corpus is the functions a person accepted, so a program that only fits its examples
// has no place in it); then every second-half task is solved at 1 s with and without the library,
// alternating which goes first, and its program is checked on the held-back examples.
// With --ceiling S, the second-half tasks neither side solved are tried once more without the
// library at S seconds: what a library that only made the search faster could win at most.
// With --one-library, one library is learned from both first halves together and serves both
// second halves, as the product keeps one global library across workspaces.
//   npm run bench:transfer [-- --train-timeout S] [--limit N] [--ceiling S] [--one-library]
import { parseArgs } from "node:util";
import { isBenchTask, loadBenchmarks } from "../language-server/bench/load";
import { synthesize } from "../language-server/engine/synthesize";
import { showProgram } from "../language-server/engine/program";
import { valuesEqual, type Task } from "../language-server/engine/types";
import type { Candidate } from "../language-server/engine/api";
import type { Operator } from "../language-server/engine/operators";
import { learnAbstractions, type CorpusProgram } from "../language-server/library/learn";

const SUITES = [
  "../shared/benchmarks/dreamcoder-list-tasks/list_tasks.json",
  // One ordering of each of the 250 functions.
  "../shared/benchmarks/list-functions-250/json/c*_1.json",
];
const TEST_MS = 1000;

const { values } = parseArgs({
  options: { "train-timeout": { type: "string", default: "1" }, limit: { type: "string" }, ceiling: { type: "string" }, "one-library": { type: "boolean", default: false } },
});
const ceilingMs = values.ceiling ? Number(values.ceiling) * 1000 : undefined;
const trainMs = Number(values["train-timeout"]) * 1000;
const limit = values.limit ? Number(values.limit) : Infinity;

function generalizes(task: Task, best: Candidate): boolean {
  return (task.heldOut ?? []).every((ex) => {
    const out = best.run(ex.inputs);
    return out.ok && valuesEqual(out.value, ex.output);
  });
}

/** Learns a library from a corpus and prints it. */
function learn(corpus: CorpusProgram[], name: string): Operator[] {
  const started = performance.now();
  const learned = learnAbstractions(corpus, { maxAbstractions: 20 });
  console.log(`${name}: learned ${learned.abstractions.length} functions from ${corpus.length} programs in ${(performance.now() - started).toFixed(0)} ms`);
  for (const a of learned.abstractions) console.log(`  ${a.definition.name} = ${showProgram(a.definition.body, ["a", "b", "c"])} (${a.tasks.length} tasks, cost ${a.definition.cost})`);
  return learned.abstractions.map((a) => a.operator);
}

// Every first half is solved before any second half, so one library may be learned from both.
const suites = SUITES.map((suite) => {
  const tasks = loadBenchmarks([suite], limit).entries.filter(isBenchTask);
  const first = tasks.filter((_, i) => i % 2 === 0);
  const corpus: CorpusProgram[] = [];
  let found = 0;
  for (const t of first) {
    const r = synthesize(t.task, { timeoutMs: trainMs });
    if (!r.best) continue;
    found++;
    if (generalizes(t.task, r.best)) corpus.push({ task: t.task.name, program: r.best.program });
  }
  const name = tasks[0]?.suite ?? suite;
  console.log(`${name}: first half ${found} of ${first.length} solved at ${trainMs / 1000} s, ${corpus.length} of them right on the held-back examples`);
  return { name, second: tasks.filter((_, i) => i % 2 === 1), corpus };
});
const shared = values["one-library"] ? learn(suites.flatMap((s) => s.corpus), "both first halves") : undefined;

let withTotal = 0;
let withoutTotal = 0;
let total = 0;

for (const { name, second, corpus } of suites) {
  const library = shared ?? learn(corpus, name);
  let solvedWith = 0;
  let solvedWithout = 0;
  let generalWith = 0;
  let generalWithout = 0;
  const unsolved: typeof second = [];
  for (const [i, t] of second.entries()) {
    const runs = i % 2 === 0 ? [true, false] : [false, true];
    let solvedByEither = false;
    for (const useLibrary of runs) {
      const r = synthesize(t.task, { timeoutMs: TEST_MS, library: useLibrary ? library : undefined });
      if (!r.best) continue;
      solvedByEither = true;
      const general = generalizes(t.task, r.best);
      if (useLibrary) (solvedWith++, (generalWith += general ? 1 : 0));
      else (solvedWithout++, (generalWithout += general ? 1 : 0));
    }
    if (!solvedByEither) unsolved.push(t);
  }
  const pct = (n: number) => ((100 * n) / Math.max(1, second.length)).toFixed(1);
  console.log(`${name}: second half ${second.length} tasks at 1 s: with library ${solvedWith} (${pct(solvedWith)}%, ${generalWith} generalize), without ${solvedWithout} (${pct(solvedWithout)}%, ${generalWithout} generalize)`);
  if (ceilingMs !== undefined) {
    const reachable = unsolved.filter((t) => synthesize(t.task, { timeoutMs: ceilingMs }).best !== undefined).length;
    console.log(`${name}: of the ${unsolved.length} second-half tasks unsolved at 1 s, ${reachable} are solved without the library at ${ceilingMs / 1000} s`);
  }
  withTotal += solvedWith;
  withoutTotal += solvedWithout;
  total += second.length;
}
const pct = (n: number) => ((100 * n) / Math.max(1, total)).toFixed(1);
console.log(`transfer: ${pct(withTotal)}% with library vs ${pct(withoutTotal)}% without, at 1 s per task`);
