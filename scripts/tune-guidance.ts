// Picks how strongly the model's predictions move operator costs, on generated tasks the model was
// not trained on (another seed), never on the benchmark suites: each weight's solved count and
// median time at a small budget, side by side with the unguided search.
//   node --import tsx scripts/tune-guidance.ts [--model DIR] [--count N] [--budget MS] [--weights 0.5,1,1.5/2]
//     [--raise BITS] [--absolute] [--all]
// (a weight may carry the most bits an operator may get cheaper and the least an operator of two
// or more arguments may cost: "1.5/2/2"; the defaults are --lower and --floor). --absolute moves
// costs by evidence against base rates alone, without centring them on the task; --all takes every
// fourth generated task instead of the deepest.
import { parseArgs } from "node:util";
import { synthesize } from "../language-server/engine/synthesize";
import { generateTasks } from "../language-server/guidance/generate";
import { loadGuidance, shippedModelDirectory } from "../language-server/guidance/model";

const { values } = parseArgs({
  options: {
    model: { type: "string", default: shippedModelDirectory() },
    count: { type: "string", default: "120" },
    budget: { type: "string", default: "500" },
    weights: { type: "string", default: "0.5,1,1.5,2" },
    raise: { type: "string", default: "2" },
    lower: { type: "string", default: "3" },
    floor: { type: "string", default: "2" },
    seed: { type: "string", default: "9001" },
    absolute: { type: "boolean", default: false },
    all: { type: "boolean", default: false },
  },
});

async function main(): Promise<void> {
  const budget = Number(values.budget);
  // Deeper programs are where guidance matters; the cheapest ones are found at once either way.
  const pool = generateTasks({ seed: Number(values.seed), count: Number(values.count) * 4 });
  const tasks = values.all ? pool.filter((_, i) => i % 4 === 0) : pool.sort((a, b) => b.cost - a.cost).slice(0, Number(values.count));
  const guidance = await loadGuidance(values.model!);
  const settings = values.weights!.split(",").map((item) => {
    const [weight, lower, floor] = item.split("/");
    return { weight: Number(weight), lower: Number(lower ?? values.lower), floor: Number(floor ?? values.floor) };
  });
  const rows: { name: string; ms: number[] }[] = [
    { name: "unguided", ms: [] },
    ...settings.map((s) => ({ name: `weight ${s.weight}, lower ≤ ${s.lower}, floor ${s.floor}`, ms: [] })),
  ];
  for (const [i, g] of tasks.entries()) {
    // Alternate which side runs first, so neither always meets a warmer machine.
    const order = i % 2 === 0 ? rows.map((_, k) => k) : rows.map((_, k) => rows.length - 1 - k);
    for (const k of order) {
      const prior = k === 0 ? undefined : guidance.withWeight(settings[k - 1].weight, Number(values.raise), settings[k - 1].lower, settings[k - 1].floor, !values.absolute).prior();
      const started = performance.now();
      const result = synthesize(g.task, { timeoutMs: budget, prior });
      rows[k].ms[i] = result.best ? performance.now() - started : Infinity;
    }
    if ((i + 1) % 20 === 0) process.stderr.write(`${i + 1}/${tasks.length}\n`);
  }
  const median = (xs: number[]) => (xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  const everywhere = tasks.map((_, i) => i).filter((i) => rows.every((r) => Number.isFinite(r.ms[i])));
  const which = values.all ? `every fourth of ${pool.length}` : `the deepest of ${pool.length}`;
  console.log(`${tasks.length} generated tasks (seed ${values.seed}, ${which}), ${budget} ms each; ${everywhere.length} solved by all`);
  for (const r of rows) {
    const solved = r.ms.filter(Number.isFinite);
    const fast = solved.filter((ms) => ms <= budget / 10).length;
    console.log(`${r.name.padEnd(24)} solved ${String(solved.length).padStart(4)}  within ${budget / 10} ms ${String(fast).padStart(4)}   median ${median(solved).toFixed(0)} ms, where all solve ${median(everywhere.map((i) => r.ms[i])).toFixed(1)} ms`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
