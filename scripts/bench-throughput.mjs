// The search's inner loop, before and after a change: the engine of a git revision (default HEAD)
// and the engine of the working tree are bundled side by side and given the same tasks at the same
// time limit, alternating which goes first, in one process. It prints, per engine, tasks solved
// (and how many of those programs are right on the task's held-back examples), candidates tried
// per millisecond (the inner loop's speed), and the mean cost level reached; then the tasks whose
// programs differ. Profile with `node --cpu-prof` before reading much into it.
//   npm run bench:throughput [-- --against REV] [--timeout MS] [PATH...]
// Without paths it runs the second half of the 250 list functions (one ordering each), whose
// searches mostly run to the limit, so the count of candidates compares the loops' speed.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { against: { type: "string", default: "HEAD" }, timeout: { type: "string", default: "1000" } },
});
const timeoutMs = Number(values.timeout);
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error(`--timeout must be a positive number of milliseconds, not '${values.timeout}'`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-throughput-"));
const ENTRY = `export { synthesize } from "./language-server/engine/synthesize";
export { isBenchTask, loadBenchmarks } from "./language-server/bench/load";
export { valuesEqual } from "./language-server/engine/types";
`;

/** Bundles the engine and the benchmark reader of a source tree into one CommonJS file. */
async function bundle(tree, name) {
  const entry = path.join(tree, `.throughput-entry-${process.pid}.ts`);
  fs.writeFileSync(entry, ENTRY);
  const outfile = path.join(scratch, `${name}.cjs`);
  try {
    await build({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "warning", nodePaths: [path.join(root, "node_modules")] });
  } finally {
    fs.rmSync(entry, { force: true });
  }
  return createRequire(import.meta.url)(outfile);
}

const worktree = path.join(scratch, "before");
execFileSync("git", ["worktree", "add", "--detach", worktree, values.against], { cwd: root, stdio: "ignore" });
let engines;
try {
  engines = [
    { name: `before (${values.against})`, engine: await bundle(worktree, "before") },
    { name: "after (working tree)", engine: await bundle(root, "after") },
  ];
} finally {
  execFileSync("git", ["worktree", "remove", "--force", worktree], { cwd: root, stdio: "ignore" });
}

const lf = path.join(root, "../shared/benchmarks/list-functions-250/json");
const paths =
  positionals.length > 0
    ? positionals
    : fs.readdirSync(lf).filter((f) => /^c\d+_1\.json$/.test(f)).sort().filter((_, i) => i % 2 === 1).map((f) => path.join(lf, f));

// Each engine reads the tasks itself: values are checked by identity inside an engine.
const taskLists = engines.map(({ engine }) => engine.loadBenchmarks(paths, Infinity).entries.filter(engine.isBenchTask));
const totals = engines.map(() => ({ solved: 0, general: 0, tried: 0, level: 0, ms: 0 }));
const differing = [];
for (let i = 0; i < taskLists[0].length; i++) {
  const order = i % 2 === 0 ? [0, 1] : [1, 0];
  const found = [];
  for (const e of order) {
    const started = performance.now();
    const r = engines[e].engine.synthesize(taskLists[e][i].task, { timeoutMs });
    const t = totals[e];
    t.ms += performance.now() - started;
    t.tried += r.stats.programsTried;
    t.level += r.stats.maxCost;
    t.solved += r.best ? 1 : 0;
    const task = taskLists[e][i].task;
    const general = r.best && (task.heldOut ?? []).every((ex) => {
      const out = r.best.run(ex.inputs);
      return out.ok && engines[e].engine.valuesEqual(out.value, ex.output);
    });
    t.general += general ? 1 : 0;
    found[e] = r.best?.expression ?? "(none)";
  }
  if (found[0] !== found[1]) differing.push(`  ${taskLists[0][i].task.name}: ${found[0]}  |  ${found[1]}`);
}
fs.rmSync(scratch, { recursive: true, force: true });

const n = taskLists[0].length;
console.log(`${n} tasks at ${timeoutMs} ms, one process, alternating which engine goes first`);
for (const [e, { name }] of engines.entries()) {
  const t = totals[e];
  console.log(`${name}: solved ${t.solved} (${t.general} right on the held-back examples), ${(t.tried / t.ms).toFixed(1)} candidates per ms, mean level ${(t.level / n).toFixed(2)}`);
}
if (differing.length > 0) console.log(`programs that differ (before | after):\n${differing.join("\n")}`);
