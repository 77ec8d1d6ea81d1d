// The runner: the independent re-check of a result, the worker's kill and restart paths, and the peer solver.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Candidate, SynthesisResult } from "../language-server/engine/api";
import { STRING, type Task, type Value } from "../language-server/engine/types";
import { OPERATOR_BY_NAME } from "../language-server/engine/operators";
import { apply, param } from "../language-server/engine/program";
import { judgeSynthesis } from "../language-server/bench/check";
import { BenchmarkFormatError } from "../language-server/bench/errors";
import type { BenchEntry } from "../language-server/bench/load";
import { peerUnavailable, runCvc4 } from "../language-server/bench/peer";
import { formatJsonLine, formatProgress, formatSummary, percentile, summarize } from "../language-server/bench/report";
import { DEFAULT_RESOURCE_LIMITS, SynthesisWorker, runBench, type BenchResult } from "../language-server/bench/run";

const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(ROOT, "test/fixtures/bench");
const FAKE_WORKER = path.join(FIXTURES, "fake-worker.js");
const BENCHMARKS = path.resolve(ROOT, "../shared/benchmarks");
const noCvc4 = peerUnavailable("cvc4") ?? false;
const noData = fs.existsSync(BENCHMARKS) ? false : "../shared/benchmarks is not present";

const upper: Task = {
  name: "upper",
  params: [{ name: "s", type: STRING }],
  returnType: STRING,
  examples: [
    { inputs: ["ab"], output: "AB" },
    { inputs: ["c"], output: "C" },
  ],
  heldOut: [{ inputs: ["xyz"], output: "XYZ" }],
};

function candidate(program: (input: string) => Value, expression = "upper(s)"): Candidate {
  return {
    expression,
    program: apply(OPERATOR_BY_NAME.get("toUpperCase")!, { params: [STRING], result: STRING }, [param(0, STRING)]),
    cost: 1,
    code: { typescript: "function upper(s: string): string { return s.toUpperCase(); }", javascript: "", python: "" },
    returns: { typescript: "s.toUpperCase()", javascript: "s.toUpperCase()", python: "s.upper()" },
    pythonImports: [],
    run: (inputs) => ({ ok: true, value: program(inputs[0] as string) }),
  };
}

function result(status: SynthesisResult["status"], best?: Candidate): SynthesisResult {
  return { status, best, alternatives: [], ms: 5, stats: { programsKept: 0, programsTried: 0, maxCost: 0 } };
}

test("re-check: a program that passes every example is solved, and held-out examples decide generalized", () => {
  const right = judgeSynthesis(upper, result("solved", candidate((s) => s.toUpperCase())), 12);
  assert.deepEqual(right, {
    status: "solved",
    generalized: true,
    ms: 12,
    program: "upper(s)",
    code: "function upper(s: string): string { return s.toUpperCase(); }",
    message: null,
  });
  // Fits the two searched examples but not the held-out one.
  const overfit = judgeSynthesis(upper, result("solved", candidate((s) => (s.length <= 2 ? s.toUpperCase() : s))), 3);
  assert.equal(overfit.status, "solved");
  assert.equal(overfit.generalized, false);
  const noHeldOut = judgeSynthesis({ ...upper, heldOut: undefined }, result("solved", candidate((s) => s.toUpperCase())), 3);
  assert.equal(noHeldOut.generalized, null);
});

test("re-check: the engine's claim is not trusted", () => {
  const wrong = judgeSynthesis(upper, result("solved", candidate((s) => s)), 7);
  assert.equal(wrong.status, "error");
  assert.equal(wrong.program, "upper(s)");
  assert.match(wrong.message ?? "", /fails example 1 \("ab"\): expected "AB", got "ab"/);
  const failing: Candidate = { ...candidate((s) => s), run: () => ({ ok: false, error: "index out of range" }) };
  assert.match(judgeSynthesis(upper, result("solved", failing), 1).message ?? "", /failed with index out of range/);
  const throwing: Candidate = {
    ...candidate((s) => s),
    run: () => {
      throw new Error("boom");
    },
  };
  assert.match(judgeSynthesis(upper, result("solved", throwing), 1).message ?? "", /threw boom/);
  assert.equal(judgeSynthesis(upper, result("solved"), 1).status, "error");
  assert.deepEqual(judgeSynthesis(upper, result("unsolved"), 1), { status: "unsolved", generalized: null, ms: 1, program: null, code: null, message: null });
  assert.equal(judgeSynthesis(upper, result("unsolved", candidate((s) => s)), 1).status, "unsolved");
  // A best program that does fit is solved whatever status came with it.
  assert.equal(judgeSynthesis(upper, result("cancelled", candidate((s) => s.toUpperCase())), 1).status, "solved");
});

test("worker: reused across tasks, replaced after a hang, a busy loop, a crash, an exit and running out of memory", async () => {
  const worker = new SynthesisWorker(FAKE_WORKER, { ...DEFAULT_RESOURCE_LIMITS, maxOldGenerationSizeMb: 64 });
  const run = (name: string) => worker.run({ ...upper, name }, 50, 150);
  try {
    const first = await run("ok");
    const second = await run("ok");
    assert.equal(first.status, "solved");
    assert.equal(second.program, first.program, "the same worker thread answers both");

    const hung = await run("hang");
    assert.equal(hung.status, "unsolved");
    assert.match(hung.message ?? "", /worker was stopped/);
    assert.ok(hung.ms >= 200 && hung.ms < 2000, `killed after ${hung.ms} ms`);
    const afterHang = await run("ok");
    assert.equal(afterHang.status, "solved");
    assert.notEqual(afterHang.program, first.program, "a fresh worker thread replaced the killed one");

    assert.equal((await run("spin")).status, "unsolved");
    const crashed = await run("crash");
    assert.equal(crashed.status, "error");
    assert.match(crashed.message ?? "", /crashed: deliberate crash/);
    const exited = await run("exit");
    assert.equal(exited.status, "error");
    assert.match(exited.message ?? "", /exited with code 3/);
    const hoarded = await run("allocate");
    assert.notEqual(hoarded.status, "solved");
    assert.equal((await run("ok")).status, "solved");
  } finally {
    await worker.close();
  }
});

test("runBench: load failures become error lines, and every result is reported in order", async () => {
  const failure: BenchEntry = { suite: "s", file: "bad.sl", name: "bad", error: new BenchmarkFormatError("bad.sl", 3, 4, "broken") };
  const entries: BenchEntry[] = [{ suite: "s", file: "good.json", task: upper }, failure];
  const seen: number[] = [];
  const results = await runBench(entries, { timeoutMs: 100, killGraceMs: 100, workerFile: FAKE_WORKER }, (_, index) => seen.push(index));
  assert.deepEqual(seen, [0, 1]);
  assert.equal(results[0].status, "solved");
  assert.equal(results[0].heldOutExamples, 1);
  assert.deepEqual(results[1], {
    suite: "s",
    file: "bad.sl",
    task: "bad",
    heldOutExamples: 0,
    status: "error",
    generalized: null,
    ms: null,
    program: null,
    code: null,
    message: "bad.sl:3:4: broken",
  });
});

test("peer: cvc4 solves the v2 fixture, is killed at the time limit, and reports unreadable files", { skip: noCvc4 }, async () => {
  const solved = await runCvc4(path.join(FIXTURES, "v2-first-word.sl"), 2, 5000);
  assert.equal(solved.status, "solved");
  assert.ok(solved.ms !== null && solved.ms < 5000);
  const broken = await runCvc4(path.join(FIXTURES, "cli/truncated.sl"), 1, 5000);
  assert.equal(broken.status, "error");
  assert.match(broken.message ?? "", /Parse Error/);
  const missing = await runCvc4(path.join(FIXTURES, "v2-first-word.sl"), 2, 5000, "/nonexistent/cvc4");
  assert.equal(missing.status, "error");
});

test("peer: a solver past its time limit is killed", { skip: noCvc4 || noData }, async () => {
  // cvc4 needs several seconds for phone-5, so a 200 ms limit always cuts it short.
  const outcome = await runCvc4(path.join(BENCHMARKS, "sygus-comp-pbe-strings/2017/PBE_Strings_Track/phone-5.sl"), 1, 200);
  assert.equal(outcome.status, "unsolved");
  assert.equal(outcome.message, "stopped at the time limit");
  assert.ok(outcome.ms !== null && outcome.ms >= 200 && outcome.ms < 1500, `killed after ${outcome.ms} ms`);
});

function benchResult(overrides: Partial<BenchResult>): BenchResult {
  return { suite: "s", task: "t", file: "t.sl", status: "solved", generalized: null, ms: 10, program: "p", code: "c", message: null, heldOutExamples: 0, ...overrides };
}

test("report: percentiles, suite rows, progress and JSON lines", () => {
  assert.equal(percentile([], 0.5), null);
  assert.equal(percentile([100, 200], 0.5), 150);
  assert.equal(percentile([5, 1, 3], 0.5), 3);
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9), 9);

  const results = [
    benchResult({ suite: "a", ms: 10, generalized: true, heldOutExamples: 2, peer: { status: "solved", ms: 40, message: null } }),
    benchResult({ suite: "a", ms: 30, generalized: false, heldOutExamples: 2, peer: { status: "unsolved", ms: 1000, message: null } }),
    benchResult({ suite: "a", status: "unsolved", ms: 1000, program: null, code: null, heldOutExamples: 2, peer: { status: "solved", ms: 60, message: null } }),
    benchResult({ suite: "b", status: "error", ms: null, program: null, code: null, message: "b.json:1:1: bad", peer: { status: "n/a", ms: null, message: null } }),
  ];
  const [a, b] = summarize(results);
  assert.deepEqual(a, { suite: "a", tasks: 3, solved: 2, errors: 0, generalized: { passed: 1, of: 2 }, medianMs: 20, p90Ms: 28, peer: { solved: 2, medianMs: 50, applicable: 3 } });
  assert.equal(b.generalized, null);
  assert.equal(b.errors, 1);
  const table = formatSummary([a, b]);
  assert.match(table, /^suite\s+tasks\s+solved\s+errors\s+generalized\s+median ms\s+p90 ms\s+cvc4 solved\s+cvc4 median ms\s+solved ratio$/m);
  assert.match(table, /^a\s+3\s+2\s+0\s+1 of 2\s+20\s+28\s+2\s+50\s+1\.00$/m);
  assert.match(table, /^b\s+1\s+0\s+1\s+-\s+-\s+-\s+n\/a\s+n\/a\s+n\/a$/m);
  assert.match(table, /Grimoire searched its own DSL, not the task's grammar\.\n$/);

  assert.equal(formatProgress(results[0], 11, 108), "[12/108] a t solved 10 ms, held-out examples pass | cvc4 solved 40 ms");
  assert.equal(formatProgress(results[3], 0, 1), "[1/1] b t error: b.json:1:1: bad");
  const line = JSON.parse(formatJsonLine(results[3]));
  assert.deepEqual(line.peer, { status: "n/a", ms: null, message: null });
  assert.equal(line.status, "error");
});
