// Picks how strongly the model's predictions move operator costs, on generated tasks the model was
// not trained on (another seed), never on the benchmark suites: each weight's solved count and
// median time at a small budget, side by side with the unguided search.
//   node --import tsx scripts/tune-guidance.ts [--model DIR] [--count N] [--budget MS] [--weights 0.5,1,1.5/2]
// (a weight may carry the most bits an operator may get cheaper and the least an operator of two
// or more arguments may cost: "1.5/2/2"; the defaults are --lower and --floor).
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
    raise: { type: "string", default: "0" },
    lower: { type: "string", default: "3" },
    floor: { type: "string", default: "2" },
    seed: { type: "string", default: "9001" },
  },
});

async function main(): Promise<void> {
  const budget = Number(values.budget);
  // Deeper programs are where guidance matters; the cheapest ones are found at once either way.
  const pool = generateTasks({ seed: Number(values.seed), count: Number(values.count) * 4 });
  const tasks = pool.sort((a, b) => b.cost - a.cost).slice(0, Number(values.count));
  const guidance = await loadGuidance(values.model!);
  const settings = values.weights!.split(",").map((item) => {
    const [weight, lower, floor] = item.split("/");
    return { weight: Number(weight), lower: Number(lower ?? values.lower), floor: Number(floor ?? values.floor) };
  });
  const rows: { name: string; solved: number; ms: number[] }[] = [
    { name: "unguided", solved: 0, ms: [] },
    ...settings.map((s) => ({ name: `weight ${s.weight}, lower ≤ ${s.lower}, floor ${s.floor}`, solved: 0, ms: [] })),
  ];
  for (const [i, g] of tasks.entries()) {
    // Alternate which side runs first, so neither always meets a warmer machine.
    const order = i % 2 === 0 ? rows.map((_, k) => k) : rows.map((_, k) => rows.length - 1 - k);
    for (const k of order) {
      const prior = k === 0 ? undefined : guidance.withWeight(settings[k - 1].weight, Number(values.raise), settings[k - 1].lower, settings[k - 1].floor).prior();
      const started = performance.now();
      const result = synthesize(g.task, { timeoutMs: budget, prior });
      const ms = performance.now() - started;
      if (result.best) {
        rows[k].solved++;
        rows[k].ms.push(ms);
      }
    }
    if ((i + 1) % 20 === 0) process.stderr.write(`${i + 1}/${tasks.length}\n`);
  }
  const median = (xs: number[]) => (xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  console.log(`${tasks.length} generated tasks (seed ${values.seed}, the deepest of ${pool.length}), ${budget} ms each`);
  for (const r of rows) console.log(`${r.name.padEnd(24)} solved ${String(r.solved).padStart(4)}   median ${median(r.ms).toFixed(0)} ms`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
