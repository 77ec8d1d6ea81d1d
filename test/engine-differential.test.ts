// Differential testing of the design rule "the interpreter means what the emitted code does":
// random well-typed programs are run by the interpreter and, emitted, as TypeScript (esbuild's
// transform, then node:vm), as JavaScript (node:vm) and as Python (one python3 worker for the
// file). On every input where the interpreter is defined, all of them must give the same JSON.
//
// Cases are drawn from fixed seeds, so CI is reproducible: 2000 for the main universe and for
// records, half as many for nested lists. GRIMOIRE_FUZZ_RUNS=100000 runs more locally (about
// a minute per 100000 on two cores), GRIMOIRE_FUZZ_SEED=123 draws other cases. Cases run in
// batches (one esbuild call, one vm script and one python3 request per 500); on a disagreement
// the smallest failing case is shrunk with fast-check and reported with its program, inputs and
// every target's output.
import { spawnSync } from "node:child_process";
import { after, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { emitFunction } from "../language-server/engine/emit";
import { programSize, runProgram, showProgram, type Program } from "../language-server/engine/program";
import { typeKey, type Value } from "../language-server/engine/types";
import {
  BASE_UNIVERSE,
  Choices,
  NESTED_UNIVERSE,
  ProgramGenerator,
  RECORD_UNIVERSE,
  type GeneratedCase,
} from "./support/program-gen";
import { canonical, PythonWorker, ScriptRunner, type Outcome } from "./support/targets";

const RUNS = Number(process.env.GRIMOIRE_FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.GRIMOIRE_FUZZ_SEED ?? 20240917);

const noPython = spawnSync("python3", ["--version"]).status === 0 ? false : "python3 is not installed";
const python: PythonWorker | undefined = noPython ? undefined : new PythonWorker();
const scripts = new ScriptRunner();
after(() => python?.close());

const STREAM = 160;
/** Cases are drawn as full streams; shrinking may also drop choices (missing ones read as zeros). */
const choiceStream = fc.array(fc.nat({ max: 0xffff }), { minLength: STREAM, maxLength: STREAM });
const shrinkableStream = fc.array(fc.nat({ max: 0xffff }), { maxLength: STREAM });

function operatorsIn(p: Program, into: Set<string>): Set<string> {
  if (p.kind === "apply") {
    into.add(p.op.name);
    p.args.forEach((a) => operatorsIn(a, into));
  } else if (p.kind === "lambda") operatorsIn(p.body, into);
  return into;
}

const show = (o: Outcome) => (o.ok ? o.json : `error: ${o.error}`);

interface Stats {
  cases: number;
  defined: number;
  comparisons: number;
  covered: Set<string>;
}

const newStats = (): Stats => ({ cases: 0, defined: 0, comparisons: 0, covered: new Set() });

interface Failure {
  readonly index: number;
  readonly size: number;
  readonly message: string;
}

/**
 * Runs a batch of cases everywhere: the interpreter first, then the emitted functions of the
 * cases it is defined on, all in one esbuild call, one vm script and one python3 request.
 */
async function runBatch(cases: readonly GeneratedCase[], stats: Stats): Promise<Failure[]> {
  const prepared = [];
  for (const [index, kase] of cases.entries()) {
    stats.cases++;
    const expected: { inputs: readonly Value[]; json: string }[] = [];
    for (const inputs of kase.inputs) {
      const r = runProgram(kase.program, inputs);
      if (r.ok) expected.push({ inputs, json: canonical(r.value) });
    }
    if (expected.length === 0) continue;
    stats.defined++;
    operatorsIn(kase.program, stats.covered);
    const name = `f${index}`;
    const code = (language: "typescript" | "javascript" | "python") =>
      emitFunction(name, kase.params, kase.returnType, kase.program, language);
    const inputs = expected.map((e) => e.inputs);
    prepared.push({
      index,
      kase,
      expected,
      ts: { name, code: code("typescript"), inputs },
      js: { name, code: code("javascript"), inputs },
      py: { name, code: code("python"), inputs },
    });
  }
  const tsOut = scripts.runTypeScript(prepared.map((p) => p.ts));
  const jsOut = scripts.runJavaScript(prepared.map((p) => p.js));
  const pyOut = await python!.run(prepared.map((p) => p.py));
  const failures: Failure[] = [];
  prepared.forEach((p, n) => {
    const { program, params, returnType } = p.kase;
    for (const [k, e] of p.expected.entries()) {
      stats.comparisons++;
      const agree = (o: Outcome) => o.ok && o.json === e.json;
      if (agree(tsOut[n][k]) && agree(jsOut[n][k]) && agree(pyOut[n][k])) continue;
      const signature = params.map((q) => `${q.name}: ${typeKey(q.type)}`).join(", ");
      failures.push({
        index: p.index,
        size: programSize(program),
        message: [
          `program:     ${showProgram(program, params.map((q) => q.name))}`,
          `signature:   (${signature}) -> ${typeKey(returnType)}`,
          `inputs:      ${JSON.stringify(e.inputs)}`,
          `interpreter: ${e.json}`,
          `typescript:  ${show(tsOut[n][k])}`,
          `javascript:  ${show(jsOut[n][k])}`,
          `python:      ${show(pyOut[n][k])}`,
          `--- typescript ---`,
          p.ts.code.trimEnd(),
          `--- python ---`,
          p.py.code.trimEnd(),
        ].join("\n"),
      });
      break;
    }
  });
  return failures;
}

const BATCH = 500;

async function fuzz(name: string, generator: ProgramGenerator, seed: number, runs: number, t: { diagnostic(msg: string): void }) {
  const stats = newStats();
  const started = Date.now();
  const streams = fc.sample(choiceStream, { seed, numRuns: runs });
  const failures: Failure[] = [];
  for (let from = 0; from < streams.length; from += BATCH) {
    const cases = streams.slice(from, from + BATCH).map((s) => generator.generate(new Choices(s)));
    for (const f of await runBatch(cases, stats)) failures.push({ ...f, index: f.index + from });
  }
  const missing = [...generator.operatorNames()].filter((n) => !stats.covered.has(n)).sort();
  t.diagnostic(
    `${name}: ${stats.cases} cases, ${stats.defined} defined on some input, ${stats.comparisons} comparisons, ` +
      `${stats.covered.size} operators covered in ${Date.now() - started} ms` +
      (missing.length ? `; not covered: ${missing.join(", ")}` : ""),
  );
  if (failures.length > 0) {
    // Shrink the smallest failure with fast-check, one case at a time, for a small counterexample.
    failures.sort((a, b) => a.size - b.size);
    const details = await fc.check(
      fc.asyncProperty(shrinkableStream, async (stream) => {
        const [f] = await runBatch([generator.generate(new Choices(stream))], newStats());
        if (f) throw new Error(f.message);
      }),
      // Shrinking stops after 20 s with the smallest case found so far.
      { seed, numRuns: 1, examples: [[streams[failures[0].index]]], interruptAfterTimeLimit: 20_000 },
    );
    const shrunk = details.failed && details.errorInstance instanceof Error ? details.errorInstance.message : failures[0].message;
    const others = failures.slice(1, 6).map((f) => `  ${f.message.split("\n")[0]}`);
    assert.fail(
      `${name}: ${failures.length} of ${stats.defined} defined cases disagree (seed ${seed}). ` +
        `The first, shrunk ${details.numShrinks} times:\n${shrunk}` +
        (others.length ? `\nOthers (unshrunk):\n${others.join("\n")}` : ""),
    );
  }
  return { stats, missing };
}

test("differential: strings, numbers, booleans and their lists", { skip: noPython }, async (t) => {
  const { stats, missing } = await fuzz("base universe", new ProgramGenerator(BASE_UNIVERSE, 4), SEED, RUNS, t);
  // The generator must not be vacuous: most cases run somewhere, and most operators take part.
  assert.ok(stats.defined >= stats.cases * 0.4, `only ${stats.defined} of ${stats.cases} cases were defined on an input`);
  if (RUNS >= 2000) assert.deepEqual(missing, [], `operators the generator never got to run: ${missing.join(", ")}`);
});

test("differential: nested lists and boolean lists", { skip: noPython }, async (t) => {
  const runs = Math.max(1, Math.round(RUNS / 2));
  const { stats } = await fuzz("nested universe", new ProgramGenerator(NESTED_UNIVERSE, 4), SEED + 1, runs, t);
  assert.ok(stats.defined >= stats.cases * 0.3, `only ${stats.defined} of ${stats.cases} cases were defined on an input`);
});

test("differential: records (field access, including fields that are keywords or no identifiers)", { skip: noPython }, async (t) => {
  // As many cases as the base universe: with half, one boolean field of four was drawn in none of
  // them once two more boolean operators joined the table.
  const runs = RUNS;
  const { stats } = await fuzz("record universe", new ProgramGenerator(RECORD_UNIVERSE, 4), SEED + 2, runs, t);
  assert.ok(stats.defined >= stats.cases * 0.3, `only ${stats.defined} of ${stats.cases} cases were defined on an input`);
  for (const field of ["name", "age", "class", "is admin"]) assert.ok(stats.covered.has(`field:${field}`), `field ${field} never read`);
});
