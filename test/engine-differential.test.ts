// Differential testing of the design rule "the interpreter means what the emitted code does":
// random well-typed programs are run by the interpreter and, emitted, as TypeScript (esbuild's
// transform, then node:vm), as JavaScript (node:vm) and as Python (one python3 worker for the
// file). On every input where the interpreter is defined, all of them must give the same JSON.
//
// Reproducible by default (fixed seeds); GRIMOIRE_FUZZ_RUNS=5000 runs more cases per property,
// GRIMOIRE_FUZZ_SEED=123 changes the seed.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { emitFunction } from "../language-server/engine/emit";
import { runProgram, showProgram, type Program } from "../language-server/engine/program";
import { typeKey, type Value } from "../language-server/engine/types";
import {
  BASE_UNIVERSE,
  Choices,
  NESTED_UNIVERSE,
  ProgramGenerator,
  type GeneratedCase,
} from "./support/program-gen";
import { canonical, PythonWorker, ScriptRunner, type Outcome } from "./support/targets";

const RUNS = Number(process.env.GRIMOIRE_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.GRIMOIRE_FUZZ_SEED ?? 20240917);

const python = new PythonWorker();
const scripts = new ScriptRunner();
after(() => python.close());

const choiceStream = fc.array(fc.nat({ max: 0xffff }), { minLength: 160, maxLength: 160 });

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

/** Runs one case everywhere; throws with the whole story when a target disagrees. */
async function check(kase: GeneratedCase, stats: Stats): Promise<void> {
  stats.cases++;
  const { program, params, returnType } = kase;
  const expected: { inputs: readonly Value[]; json: string }[] = [];
  for (const inputs of kase.inputs) {
    const r = runProgram(program, inputs);
    if (r.ok) expected.push({ inputs, json: canonical(r.value) });
  }
  if (expected.length === 0) return;
  stats.defined++;
  operatorsIn(program, stats.covered);
  const inputs = expected.map((e) => e.inputs);
  const ts = emitFunction("f", params, returnType, program, "typescript");
  const js = emitFunction("f", params, returnType, program, "javascript");
  const py = emitFunction("f", params, returnType, program, "python");
  let transpiled: string;
  try {
    transpiled = ScriptRunner.transpile(ts);
  } catch (e) {
    throw new Error(`esbuild rejects the TypeScript of ${showProgram(program, params.map((p) => p.name))}:\n${ts}\n${(e as Error).message}`);
  }
  const tsOut = scripts.run("f", transpiled, inputs);
  const jsOut = scripts.run("f", js, inputs);
  const pyOut = await python.run("f", py, inputs);
  expected.forEach((e, k) => {
    stats.comparisons++;
    const agree = (o: Outcome) => o.ok && o.json === e.json;
    if (agree(tsOut[k]) && agree(jsOut[k]) && agree(pyOut[k])) return;
    const signature = params.map((p) => `${p.name}: ${typeKey(p.type)}`).join(", ");
    throw new Error(
      [
        `the emitted code disagrees with the interpreter`,
        `program:     ${showProgram(program, params.map((p) => p.name))}`,
        `signature:   (${signature}) -> ${typeKey(returnType)}`,
        `inputs:      ${JSON.stringify(e.inputs)}`,
        `interpreter: ${e.json}`,
        `typescript:  ${show(tsOut[k])}`,
        `javascript:  ${show(jsOut[k])}`,
        `python:      ${show(pyOut[k])}`,
        `--- typescript ---`,
        ts.trimEnd(),
        `--- python ---`,
        py.trimEnd(),
      ].join("\n"),
    );
  });
}

async function fuzz(name: string, generator: ProgramGenerator, seed: number, runs: number, t: { diagnostic(msg: string): void }) {
  const stats: Stats = { cases: 0, defined: 0, comparisons: 0, covered: new Set() };
  const started = Date.now();
  const details = await fc.check(
    fc.asyncProperty(choiceStream, async (stream) => {
      await check(generator.generate(new Choices(stream)), stats);
    }),
    { seed, numRuns: runs },
  );
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    assert.fail(
      `${name}: failed after ${details.numRuns} cases (seed ${details.seed}, path "${details.counterexamplePath}", ` +
        `shrunk ${details.numShrinks} times)\n${cause}`,
    );
  }
  const missing = [...generator.operatorNames()].filter((n) => !stats.covered.has(n)).sort();
  t.diagnostic(
    `${name}: ${stats.cases} cases, ${stats.defined} defined on some input, ${stats.comparisons} comparisons, ` +
      `${stats.covered.size} operators covered in ${Date.now() - started} ms` +
      (missing.length ? `; not covered: ${missing.join(", ")}` : ""),
  );
  return { stats, missing };
}

test("differential: strings, numbers, booleans and their lists", async (t) => {
  const { stats, missing } = await fuzz("base universe", new ProgramGenerator(BASE_UNIVERSE, 4), SEED, RUNS, t);
  // The generator must not be vacuous: most cases run somewhere, and most operators take part.
  assert.ok(stats.defined >= stats.cases * 0.4, `only ${stats.defined} of ${stats.cases} cases were defined on an input`);
  if (RUNS >= 300) assert.ok(missing.length <= 8, `operators never exercised: ${missing.join(", ")}`);
});

test("differential: nested lists and boolean lists", async (t) => {
  const runs = Math.max(1, Math.round(RUNS / 2));
  const { stats } = await fuzz("nested universe", new ProgramGenerator(NESTED_UNIVERSE, 4), SEED + 1, runs, t);
  assert.ok(stats.defined >= stats.cases * 0.3, `only ${stats.defined} of ${stats.cases} cases were defined on an input`);
});
