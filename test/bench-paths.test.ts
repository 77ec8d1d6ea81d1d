// Expanding command-line paths: files, directories, last-segment globs, and paths that name nothing.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BenchPathError, expandBenchmarkPaths, isBenchTask, loadBenchmarks } from "../language-server/bench/load";

const ROOT = path.resolve(__dirname, "..");
const BENCHMARKS = path.resolve(ROOT, "../shared/benchmarks");
const noData = fs.existsSync(BENCHMARKS) ? false : "../shared/benchmarks is not present";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-bench-paths-"));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function makeTree(files: string[]): string {
  const base = fs.mkdtempSync(path.join(scratch, "tree-"));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
    fs.writeFileSync(path.join(base, file), "");
  }
  return base;
}

test("a directory expands to every .sl and .json file below it, sorted by path", () => {
  const base = makeTree(["b.sl", "a.json", "notes.md", "sub/z.sl", "sub/deeper/y.JSON", "a-c.sl", "results.csv"]);
  const files = expandBenchmarkPaths([base]).map(({ file, explicit }) => [path.relative(base, file), explicit]);
  assert.deepEqual(files, [
    ["a-c.sl", false],
    ["a.json", false],
    ["b.sl", false],
    ["sub/deeper/y.JSON", false],
    ["sub/z.sl", false],
  ]);
});

test("a glob in the last segment is expanded here, and a file named twice is read once", () => {
  const base = makeTree(["c001_1.json", "c001_2.json", "c002_1.json", "c010_1.json", "x.sl"]);
  const files = expandBenchmarkPaths([path.join(base, "c00*_1.json"), path.join(base, "c001_1.json"), path.join(base, "?.sl")]);
  assert.deepEqual(
    files.map(({ file, explicit }) => [path.basename(file), explicit]),
    [
      ["c001_1.json", true],
      ["c002_1.json", true],
      ["x.sl", true],
    ],
  );
});

test("paths that name nothing are BenchPathErrors", () => {
  const base = makeTree(["a.sl"]);
  assert.throws(() => expandBenchmarkPaths([path.join(base, "missing.sl")]), (error) => error instanceof BenchPathError && /no such file or directory/.test(error.message));
  assert.throws(() => expandBenchmarkPaths([path.join(base, "*.json")]), (error) => error instanceof BenchPathError && /no files match/.test(error.message));
  assert.throws(() => expandBenchmarkPaths([path.join(base, "*", "a.sl")]), (error) => error instanceof BenchPathError && /only the last part/.test(error.message));
  assert.throws(() => expandBenchmarkPaths([path.join(base, "nowhere", "*.sl")]), (error) => error instanceof BenchPathError && /no such directory/.test(error.message));
  const empty = makeTree(["notes.md"]);
  assert.throws(() => expandBenchmarkPaths([empty]), (error) => error instanceof BenchPathError && /no \.sl or \.json files/.test(error.message));
});

test("the SyGuS 2019 directory: both subfolders, recursively, in order", { skip: noData }, () => {
  const files = expandBenchmarkPaths([path.join(BENCHMARKS, "sygus-comp-pbe-strings/2019/PBE_SLIA_Track")]);
  assert.equal(files.length, 210);
  assert.match(files[0].file, /euphony\/[^/]+\.sl$/);
  assert.match(files[209].file, /from_2018\/[^/]+\.sl$/);
});

test("list-functions-250 by glob, and --limit stops reading early", { skip: noData }, () => {
  const pattern = path.join(BENCHMARKS, "list-functions-250/json/c*_1.json");
  assert.equal(expandBenchmarkPaths([pattern]).length, 250);
  const { entries } = loadBenchmarks([pattern], 3);
  assert.deepEqual(
    entries.map((entry) => (isBenchTask(entry) ? entry.task.name : entry.name)),
    ["c001_1", "c002_1", "c003_1"],
  );
});

test("result files next to the BUSTLE benchmarks are skipped when found in a directory", { skip: noData }, () => {
  const { entries, skipped } = loadBenchmarks([path.join(BENCHMARKS, "bustle-string-tasks")]);
  assert.equal(entries.length, 38 + 89);
  assert.ok(entries.every(isBenchTask));
  assert.equal(skipped.length, 34);
  assert.ok(skipped.every((file) => file.includes("crossbeam_iclr2022_results")));
});
