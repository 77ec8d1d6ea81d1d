// `grimoire learn` and `grimoire bench --library` end to end through the built bundle: functions
// learned from some tasks solve a task the plain search cannot in the same time.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { scratchDirectory } from "./support/scratch";
import { grimoire as runBuilt, inProcess, ROOT } from "./support/cli";
import { AcceptedStore } from "../language-server/library/accepted-store";
import { constant, fn, lambda, list, num, op, param, variable } from "./support/library-fixtures";

const TRAIN = "test/fixtures/library/shift-tasks.json";
const TARGET = "test/fixtures/library/shift-target.json";

before(() => {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "pipe" });
});

const grimoire = (...args: string[]) => runBuilt(args);

const temporaryLibrary = () => path.join(scratchDirectory("grimoire-library-"), "library.json");

// Generous time limits: each search stops as soon as it is solved, and a loaded machine must not fail the test.
test("learn writes the shared function to the library, and bench --library solves a new task with it", () => {
  const library = temporaryLibrary();
  const learned = grimoire("learn", "--from", TRAIN, "--timeout", "30", "--library", library);
  assert.equal(learned.code, 0, learned.stderr);
  assert.match(learned.stdout, /^Solved 3 of 3 tasks; learned 1 function in \d+ ms/);
  const json = JSON.parse(fs.readFileSync(library, "utf8"));
  assert.equal(json.version, 2);
  assert.equal(json.functions.length, 1);
  const [fn] = json.functions;
  assert.equal(fn.uses, 3);
  assert.equal(fn.tasks.length, 3);
  assert.match(learned.stdout, new RegExp(`${fn.name}\\(a: \\[num\\], b: num, c: num\\): \\[num\\] = map\\(a, \\(x\\) => mod\\(add\\(x, b\\), c\\)\\)`));

  const withLibrary = grimoire("bench", TARGET, "--timeout", "20", "--json", "--library", library);
  assert.equal(withLibrary.code, 0, withLibrary.stderr);
  const solved = JSON.parse(withLibrary.stdout.trim());
  assert.equal(solved.status, "solved");
  assert.equal(solved.program, `${fn.name}(xs, 4, 6)`);
  assert.equal(solved.generalized, true);
  assert.match(solved.code, /return xs\.map\(\(x\) => \(x \+ 4\) % 6\);/);

  // Learning again keeps what the library had and does not reuse its names.
  const again = grimoire("learn", "--from", TRAIN, "--timeout", "30", "--library", library);
  assert.equal(again.code, 0, again.stderr);
  const names = JSON.parse(fs.readFileSync(library, "utf8")).functions.map((f: { name: string }) => f.name);
  assert.equal(names[0], fn.name);
  assert.equal(new Set(names).size, names.length);
});

test("a damaged library is reported with its file and the function at fault, and left as it was", async () => {
  const library = temporaryLibrary();
  const text = JSON.stringify({ version: 1, functions: [{ name: "twice", params: [{ kind: "number" }], result: { kind: "number" }, cost: 4, uses: 2, tasks: [], body: { op: "noSuchOp", params: [], result: { kind: "number" }, args: [] } }] });
  fs.writeFileSync(library, text);
  const learn = await inProcess("learn", "--from", TRAIN, "--library", library);
  assert.equal(learn.code, 2);
  assert.equal(learn.stderr, `grimoire learn: ${library}: function 1 (twice): unknown operator 'noSuchOp'\n`);
  const bench = await inProcess("bench", TARGET, "--library", library);
  assert.equal(bench.code, 2);
  assert.match(bench.stderr, /unknown operator 'noSuchOp'/);
  assert.equal(fs.readFileSync(library, "utf8"), text);
  fs.writeFileSync(library, "{ not json");
  assert.match((await inProcess("learn", "--from", TRAIN, "--library", library)).stderr, /library\.json: not JSON/);
  assert.match((await inProcess("bench", TARGET, "--library", path.join(path.dirname(library), "missing.json"))).stderr, /missing\.json: no such file/);
  assert.match((await inProcess("learn")).stderr, /learn needs tasks to learn from: --from PATH or --accepted DIR/);
});

test("learn --accepted learns from the programs of the functions accepted in the editor", async () => {
  const library = temporaryLibrary();
  const accepted = scratchDirectory("grimoire-accepted-");
  const store = new AcceptedStore(accepted);
  const xs = param(0, list(num));
  const shift = (k: number, n: number) =>
    op("map", [list(num), fn([num], num)], list(num), xs, lambda([num], op("mod", [num, num], num, op("add", [num, num], num, variable(0, num), constant(k)), constant(n))));
  for (const [k, n] of [[2, 5], [3, 4], [1, 7]]) {
    const name = `shift${k}mod${n}`;
    await store.add({ name, signature: `${name}(xs: number[]): number[]`, language: "typescript", examples: [], code: "", taskKey: name, program: shift(k, n) });
  }
  // An entry from before programs were kept is left out, not an error.
  await store.add({ name: "old", signature: "old(s: string): string", language: "typescript", examples: [], code: "", taskKey: "old" });

  const learned = await inProcess("learn", "--accepted", accepted, "--library", library);
  assert.equal(learned.code, 0, learned.stderr);
  assert.match(learned.stdout, /^3 accepted functions with a program; learned 1 function in \d+ ms/);
  assert.match(learned.stdout, /mapModAdd\(a: \[num\], b: num, c: num\): \[num\] = map\(a, \(x\) => mod\(add\(x, b\), c\)\)   used 3 times by 3 tasks/);

  const missing = await inProcess("learn", "--accepted", path.join(accepted, "nowhere"), "--library", library);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, `grimoire learn: ${path.join(accepted, "nowhere", "accepted.json")}: no such file\n`);
  const nothing = await inProcess("learn", "--library", library);
  assert.equal(nothing.code, 2);
  assert.match(nothing.stderr, /learn needs tasks to learn from: --from PATH or --accepted DIR/);
});

test("synth --library fills a stub with a learned function, expanded in place", async () => {
  const library = temporaryLibrary();
  const learned = await inProcess("learn", "--from", TRAIN, "--timeout", "30", "--library", library);
  assert.equal(learned.code, 0, learned.stderr);
  const file = path.join(path.dirname(library), "shift.ts");
  fs.writeFileSync(file, "// shift4([1, 2, 3]) => [5, 0, 1]\n// shift4([5, 0]) => [3, 4]\n// shift4([2]) => [0]\nexport function shift4(xs: number[]): number[] {\n  throw new Error(\"todo\");\n}\n");
  const synth = await inProcess("synth", file, "--timeout", "20", "--library", library, "--write");
  assert.equal(synth.code, 0, synth.stderr);
  assert.match(fs.readFileSync(file, "utf8"), /return xs\.map\(\(x\) => \(x \+ 4\) % 6\);/);
  const missing = await inProcess("synth", file, "--library", path.join(path.dirname(library), "none.json"));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /none\.json: no such file/);
});

test("learn --from takes several paths after one flag, and the same paths without it", async () => {
  // Two files of one quick task each: what is checked is that both are read.
  const dir = scratchDirectory("grimoire-tasks-");
  const taskFile = (name: string, pairs: number[][][]) => {
    const file = path.join(dir, `${name}.json`);
    const examples = pairs.map(([i, o]) => ({ i, o }));
    fs.writeFileSync(file, JSON.stringify([{ name, type: { input: "list-of-int", output: "list-of-int" }, examples }]));
    return file;
  };
  const reverse = taskFile("reverse", [[[1, 2, 3], [3, 2, 1]], [[4, 5], [5, 4]], [[7], [7]]]);
  const sort = taskFile("sort", [[[3, 1, 2], [1, 2, 3]], [[5, 4], [4, 5]], [[7], [7]]]);
  for (const args of [["--from", reverse, sort], [reverse, sort], ["--from", reverse, "--from", sort]]) {
    const learned = await inProcess("learn", ...args, "--timeout", "30", "--library", temporaryLibrary());
    assert.equal(learned.code, 0, learned.stderr);
    assert.match(learned.stdout, /^Solved 2 of 2 tasks; learned 0 functions/, args.join(" "));
  }
  const none = await inProcess("learn", "--library", temporaryLibrary());
  assert.equal(none.code, 2);
  assert.match(none.stderr, /learn needs tasks to learn from/);
});
