// The benchmark readers on real files from ../shared/benchmarks and on the v2 fixture.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { BOOLEAN, NUMBER, STRING, listOf } from "../language-server/engine/types";
import { BenchmarkFormatError } from "../language-server/bench/errors";
import { isBenchTask, readBenchmarkFile, suiteOf, type BenchEntry, type BenchTask } from "../language-server/bench/load";

const ROOT = path.resolve(__dirname, "..");
const BENCHMARKS = path.resolve(ROOT, "../shared/benchmarks");
const FIXTURES = path.join(ROOT, "test/fixtures/bench");
const noData = fs.existsSync(BENCHMARKS) ? false : "../shared/benchmarks is not present";

function onlyTask(entries: BenchEntry[] | undefined): BenchTask {
  assert.ok(entries);
  assert.equal(entries.length, 1);
  const [entry] = entries;
  if (!isBenchTask(entry)) assert.fail(entry.error.message);
  return entry;
}

function tasksOf(entries: BenchEntry[] | undefined): BenchTask[] {
  assert.ok(entries);
  return entries.map((entry) => (isBenchTask(entry) ? entry : assert.fail(entry.error.message)));
}

test("SyGuS v1: phone-5.sl from 2017", { skip: noData }, () => {
  const file = path.join(BENCHMARKS, "sygus-comp-pbe-strings/2017/PBE_Strings_Track/phone-5.sl");
  const entry = onlyTask(readBenchmarkFile(file));
  assert.equal(entry.suite, "sygus-2017");
  assert.equal(entry.sygusVersion, 1);
  const { task } = entry;
  assert.equal(task.name, "phone-5");
  assert.deepEqual(task.params, [{ name: "name", type: STRING }]);
  assert.deepEqual(task.returnType, STRING);
  assert.equal(task.examples.length, 7);
  assert.deepEqual(task.examples[0], { inputs: ["+106 769-858-438"], output: "106" });
  assert.deepEqual(task.examples[6], { inputs: ["+6 775-969-238"], output: "6" });
  assert.equal(task.heldOut, undefined);
  // Grammar literals only, in order of appearance; the constraints' strings are not constants.
  assert.deepEqual(task.constants, [" ", "+", "-", ".", 0, 1, 2, 3, 4, 5]);
});

test("SyGuS v1: CRLF file with -1 and a duplicated grammar literal", { skip: noData }, () => {
  const file = path.join(BENCHMARKS, "sygus-comp-pbe-strings/2018/PBE_Strings_Track/11440431.sl");
  const { task } = onlyTask(readBenchmarkFile(file));
  assert.deepEqual(task.constants, ["", " ", "US", "CAN", 1, 0, -1]);
  assert.ok(task.examples.length > 0);
});

test("SyGuS v1: Int parameter and Int output", { skip: noData }, () => {
  const file = path.join(BENCHMARKS, "probe-strings/string/find-nth-occurrence-of-character.sl");
  const entry = onlyTask(readBenchmarkFile(file));
  assert.equal(entry.suite, "probe-strings");
  assert.deepEqual(entry.task.params.map((p) => p.type), [STRING, NUMBER]);
  assert.deepEqual(entry.task.returnType, NUMBER);
  assert.deepEqual(entry.task.examples[0], { inputs: ["replies to _aya, _tasisuke, and _chan", 1], output: 12 });
});

test("SyGuS v1: Bool output and four parameters", { skip: noData }, () => {
  const file = path.join(BENCHMARKS, "sygus-comp-pbe-strings/2019/PBE_SLIA_Track/euphony/cell-contains-some-words-but-not-others.sl");
  const entry = onlyTask(readBenchmarkFile(file));
  assert.equal(entry.suite, "sygus-2019");
  assert.deepEqual(entry.task.returnType, BOOLEAN);
  assert.equal(entry.task.params.length, 4);
  assert.deepEqual(entry.task.examples[0], { inputs: ["red ball, green sweater", "red", "green", "pink"], output: true });
  assert.equal(entry.task.examples[1].output, false);
});

test("SyGuS: max3.sl is not a PBE problem and is reported where its first non-example constraint is", { skip: noData }, () => {
  const file = path.join(BENCHMARKS, "sygus-comp-pbe-strings/2018/PBE_Strings_Track/max3.sl");
  const entries = readBenchmarkFile(file);
  assert.ok(entries);
  const [entry] = entries;
  assert.ok(!isBenchTask(entry));
  assert.ok(entry.error instanceof BenchmarkFormatError);
  assert.equal(entry.name, "max3");
  assert.equal(entry.error.line, 26);
  assert.equal(entry.error.column, 13);
  assert.match(entry.error.message, /max3\.sl:26:13: constraint is not an input\/output example/);
});

test("SyGuS v2: the fixture's predeclared grammar, negative literals, reversed example and escaped quotes", () => {
  const entry = onlyTask(readBenchmarkFile(path.join(FIXTURES, "v2-first-word.sl")));
  assert.equal(entry.sygusVersion, 2);
  assert.equal(entry.suite, "bench");
  const { task } = entry;
  assert.equal(task.name, "v2-first-word");
  assert.deepEqual(task.params, [
    { name: "s", type: STRING },
    { name: "n", type: NUMBER },
  ]);
  assert.deepEqual(task.examples, [
    { inputs: ["hello world", 0], output: "hello" },
    { inputs: ["ab cd", -3], output: "ab" },
    { inputs: ['a "quoted" word', 7], output: "a" },
  ]);
  assert.deepEqual(task.constants, [" ", 'say "hi"', 0, 1, -1]);
});

test("BUSTLE: new_benchmarks.json", { skip: noData }, () => {
  const tasks = tasksOf(readBenchmarkFile(path.join(BENCHMARKS, "bustle-string-tasks/new_benchmarks.json")));
  assert.equal(tasks.length, 38);
  const [first] = tasks;
  assert.equal(first.suite, "bustle-new");
  assert.equal(first.task.name, "addDecimal");
  assert.deepEqual(first.task.params, [{ name: "var_0", type: STRING }]);
  assert.deepEqual(first.task.returnType, STRING);
  assert.equal(first.task.examples.length, 4);
  assert.deepEqual(first.task.examples[0], { inputs: ["1.23"], output: "1.23" });
  assert.equal(first.task.heldOut?.length, 10);
  assert.deepEqual(first.task.heldOut?.[1], { inputs: ["11111"], output: "11111.0" });
  assert.ok(tasks.some((t) => t.task.params.length === 3 && t.task.params[2].name === "var_2"));
});

test("BUSTLE: sygus_benchmarks.json is its own suite", { skip: noData }, () => {
  const tasks = tasksOf(readBenchmarkFile(path.join(BENCHMARKS, "bustle-string-tasks/sygus_benchmarks.json")));
  assert.equal(tasks.length, 89);
  assert.ok(tasks.every((t) => t.suite === "bustle-sygus"));
});

test("DreamCoder: list_tasks.json splits 5 searched examples from 10 held out", { skip: noData }, () => {
  const tasks = tasksOf(readBenchmarkFile(path.join(BENCHMARKS, "dreamcoder-list-tasks/list_tasks.json")));
  assert.equal(tasks.length, 217);
  const [first] = tasks;
  assert.equal(first.suite, "dreamcoder-lists");
  assert.equal(first.task.name, "add-k with k=0");
  assert.deepEqual(first.task.params, [{ name: "xs", type: listOf(NUMBER) }]);
  assert.deepEqual(first.task.returnType, listOf(NUMBER));
  assert.equal(first.task.examples.length, 5);
  assert.equal(first.task.heldOut?.length, 10);
  assert.deepEqual(first.task.examples[1], { inputs: [[1, 7, 1, 10, 1]], output: [1, 7, 1, 10, 1] });
  const returnTypes = new Set(tasks.map((t) => JSON.stringify(t.task.returnType)));
  assert.deepEqual(returnTypes, new Set([listOf(NUMBER), NUMBER, BOOLEAN, listOf(BOOLEAN)].map((t) => JSON.stringify(t))));
  assert.ok(tasks.some((t) => t.task.params[0].type.kind === "number"));
});

test("list-functions-250: named after the file, not the id field", { skip: noData }, () => {
  const first = onlyTask(readBenchmarkFile(path.join(BENCHMARKS, "list-functions-250/json/c001_1.json")));
  assert.equal(first.suite, "list-functions-250");
  assert.equal(first.task.name, "c001_1");
  assert.deepEqual(first.task.params, [{ name: "xs", type: listOf(NUMBER) }]);
  assert.equal(first.task.examples.length, 5);
  assert.equal(first.task.heldOut?.length, 6);
  assert.deepEqual(first.task.examples[0], { inputs: [[2, 2, 2, 8]], output: [2] });
  // In c101-c250 the id field counts from c001 again.
  const later = onlyTask(readBenchmarkFile(path.join(BENCHMARKS, "list-functions-250/json/c101_1.json")));
  assert.equal(later.task.name, "c101_1");
});

test("suite names come from the benchmark set in the path", () => {
  const cases: [string, string][] = [
    ["../shared/benchmarks/sygus-comp-pbe-strings/2017/PBE_Strings_Track/phone-5.sl", "sygus-2017"],
    ["../shared/benchmarks/sygus-comp-pbe-strings/2018/PBE_Strings_Track/phone-5.sl", "sygus-2018"],
    ["../shared/benchmarks/sygus-comp-pbe-strings/2019/PBE_SLIA_Track/euphony/x.sl", "sygus-2019"],
    ["/somewhere/benchmarks/comp/2019/PBE_SLIA_Track/from_2018/x.sl", "sygus-2019"],
    ["../shared/benchmarks/probe-strings/string/x.sl", "probe-strings"],
    ["../shared/benchmarks/probe-strings/larger-grammar/x.sl", "probe-larger-grammar"],
    ["../shared/benchmarks/bustle-string-tasks/new_benchmarks.json", "bustle-new"],
    ["elsewhere/sygus_benchmarks.json", "bustle-sygus"],
    ["../shared/benchmarks/dreamcoder-list-tasks/list_tasks.json", "dreamcoder-lists"],
    ["../shared/benchmarks/list-functions-250/json/c001_1.json", "list-functions-250"],
    ["test/fixtures/bench/cli/concat.sl", "cli"],
  ];
  for (const [file, suite] of cases) assert.equal(suiteOf(file), suite, file);
});
