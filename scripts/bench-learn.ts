// The library's speed benchmark: learns from 1,000 solved programs and prints the time and the
// peak memory it took. The programs are the generator's (the same families the model trains on,
// a fixed seed), with their tasks' names, so the figure is reproducible on any machine.
// With --min-size, only programs of at least that many nodes are kept (the generator's are small).
//   npm run bench:learn [-- --programs N] [--seed S] [--functions K] [--min-size M]
import { parseArgs } from "node:util";
import { generateTasks, programOf } from "../language-server/guidance/generate";
import { learnAbstractions, type CorpusProgram } from "../language-server/library/learn";
import { programSize, showProgram } from "../language-server/engine/program";

const { values } = parseArgs({
  options: { programs: { type: "string", default: "1000" }, seed: { type: "string", default: "20261122" }, functions: { type: "string", default: "20" }, "min-size": { type: "string", default: "0" } },
});
const wanted = Number(values.programs);
const minSize = Number(values["min-size"]);
const corpus: CorpusProgram[] = [];
// Some generated tasks have no single program (assembled text), and some are too small: generate
// more until there are enough.
for (let round = 0; corpus.length < wanted && round < 8; round++) {
  for (const task of generateTasks({ seed: Number(values.seed) + round, count: wanted * 2 })) {
    const program = programOf(task);
    if (program && programSize(program) >= minSize && corpus.length < wanted) corpus.push({ task: `${round}/${task.task.name}`, program });
  }
}
const nodes = corpus.reduce((sum, c) => sum + programSize(c.program), 0);
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const learned = learnAbstractions(corpus, { maxAbstractions: Number(values.functions) });
const ms = performance.now() - started;
const peakRss = process.resourceUsage().maxRSS / 1024;
for (const a of learned.abstractions) {
  console.log(`  ${a.definition.name} = ${showProgram(a.definition.body, ["a", "b", "c"])}   (${a.uses} uses, ${a.tasks.length} tasks)`);
}
console.log(
  `learned ${learned.abstractions.length} functions from ${corpus.length} programs (${nodes} nodes, corpus ${learned.sizeBefore} -> ${learned.sizeAfter}) ` +
    `in ${(ms / 1000).toFixed(2)} s; peak memory ${peakRss.toFixed(0)} MB (heap grew ${((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toFixed(0)} MB)`,
);
