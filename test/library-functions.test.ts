// The store of learned library functions: migration from version 1, damaged and newer files,
// several processes adding at once, renaming and deleting functions that others call, clearing,
// exporting modules that compile, and merging a global with a project library.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { scratchDirectory } from "./support/scratch";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { helperName, namesClash } from "../language-server/engine/abstraction";
import { emitHelper } from "../language-server/engine/emit";
import type { Value } from "../language-server/engine/types";
import { compileLibraryFunctions, LibraryFormatError, type LibraryFunctionJson } from "../language-server/library/library-file";
import {
  LibraryChangeError,
  libraryModule,
  LibraryStore,
  LockTimeoutError,
  mergeLibraries,
  projectLibraryFile,
  type LearnedFunction,
  type LibraryEntry,
  type StoreProblem,
} from "../language-server/library/library-store";
import { addConstant, addHeads, addMod, applyAll, libraryFunction, mapAdd, num, op, param, shiftAll, versionOne } from "./support/library-fixtures";
import { spawnWriter } from "./support/start-signal";

const ROOT = path.resolve(__dirname, "..");
const WRITER = path.join(ROOT, "test/support/library-writer.ts");

/** A library file path in a fresh temporary folder; neither the file nor its folder exists yet. */
function libraryPath(): string {
  const dir = scratchDirectory("grimoire-library-");
  return path.join(dir, "global", "library.json");
}

function writeFile(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function problems(): { list: StoreProblem[]; onProblem: (p: StoreProblem) => void } {
  const list: StoreProblem[] = [];
  return { list, onProblem: (p) => list.push(p) };
}

/** Functions as learning hands them over, compiled from their JSON. */
function learned(...functions: LibraryFunctionJson[]): LearnedFunction[] {
  return compileLibraryFunctions(functions).map((o, i) => ({ definition: o.abstraction!, uses: functions[i].uses, tasks: functions[i].tasks }));
}

function run(entries: readonly LibraryEntry[], name: string, ...args: Value[]): unknown {
  const entry = entries.find((e) => e.name === name);
  assert.ok(entry, `no function ${name}`);
  return entry.operator.semantics(args[0], args[1], args[2]);
}

const byName = (entries: readonly { name: string }[]) => entries.map((e) => e.name);

test("projectLibraryFile: .grimoire/library.json in the workspace folder", () => {
  assert.equal(projectLibraryFile(path.join("/work", "app")), path.join("/work", "app", ".grimoire", "library.json"));
});

test("a version 1 file is read with ids, pin flags and dates filled in, and written back as version 2 on the next change", async () => {
  const file = libraryPath();
  const text = versionOne(addMod, shiftAll);
  writeFile(file, text);
  const modified = fs.statSync(file).mtime.toISOString();
  const store = new LibraryStore(file);
  const entries = await store.list();
  assert.deepEqual(byName(entries), ["addMod", "shiftAll"]);
  assert.deepEqual(
    entries.map((e) => [e.id, e.pinned, e.learnedAt]),
    [
      ["v1-addMod", false, modified],
      ["v1-shiftAll", false, modified],
    ],
  );
  assert.deepEqual(run(entries, "shiftAll", [1, 2, 5], 3, 4), [0, 1, 0]);
  // Reading alone changes nothing, and a second read gives the same ids.
  assert.equal(fs.readFileSync(file, "utf8"), text);
  assert.deepEqual(
    (await new LibraryStore(file).list()).map((e) => e.id),
    ["v1-addMod", "v1-shiftAll"],
  );

  await store.setPinned("v1-shiftAll", true);
  const written = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(written.version, 2);
  assert.deepEqual(written.functions[1], { id: "v1-shiftAll", ...shiftAll, pinned: true, learnedAt: modified });
  assert.deepEqual(written.functions[0], { id: "v1-addMod", ...addMod, pinned: false, learnedAt: modified });
});

test("addLearned skips functions already there, numbers taken names, and calls follow the new names", async () => {
  const file = libraryPath();
  const store = new LibraryStore(file);
  const now = new Date("2026-01-02T03:04:05.000Z");
  const first = await store.addLearned(learned(addMod, shiftAll), now);
  assert.deepEqual(byName(first.added), ["addMod", "shiftAll"]);
  assert.equal(first.added[0].learnedAt, now.toISOString());
  assert.equal(first.added[0].pinned, false);

  // The same functions again, one under another name: nothing is added.
  const again = await store.addLearned(learned({ ...addMod, name: "wrapAdd" }, { ...shiftAll, body: JSON.parse(JSON.stringify(shiftAll.body).replace(/"addMod"/g, '"wrapAdd"')) }));
  assert.deepEqual(again.added, []);
  assert.deepEqual(again.skipped, [
    { name: "wrapAdd", sameAs: "addMod" },
    { name: "shiftAll", sameAs: "shiftAll" },
  ]);

  // A different addMod (another process learned it meanwhile) is numbered, and the function
  // learned with it calls it under its new name.
  const otherAddMod = libraryFunction("addMod", [num, num, num], num, op("mul", [num, num], num, param(0, num), op("add", [num, num], num, param(1, num), param(2, num))));
  const otherShift = { ...shiftAll, name: "scaleAll", tasks: ["suite/three", "suite/four"] };
  const third = await store.addLearned(learned(otherAddMod, otherShift));
  assert.deepEqual(byName(third.added), ["addMod_2", "scaleAll"]);
  assert.deepEqual(third.renamed, [{ from: "addMod", to: "addMod_2" }]);
  const entries = await store.list();
  assert.deepEqual(byName(entries), ["addMod", "shiftAll", "addMod_2", "scaleAll"]);
  assert.match(JSON.stringify(entries[3].body), /"op":"addMod_2"/);
  assert.deepEqual(run(entries, "scaleAll", [1, 2], 3, 4), [7, 14]);
  assert.deepEqual(run(entries, "shiftAll", [1, 2], 3, 4), [0, 1]);
  assert.equal(new Set(entries.map((e) => e.id)).size, 4);

  // A learned function that calls one the library no longer has (deleted by another process
  // while learning ran) is refused, and nothing is written.
  const text = fs.readFileSync(file, "utf8");
  const [, orphan] = compileLibraryFunctions([{ ...addMod, name: "gone" }, { ...shiftAll, name: "orphan", body: JSON.parse(JSON.stringify(shiftAll.body).replace('"addMod"', '"gone"')) }]);
  await assert.rejects(
    store.addLearned([{ definition: orphan.abstraction!, uses: 2, tasks: [] }]),
    (error: Error) => error instanceof LibraryChangeError && error.message.includes(file) && /unknown operator 'gone'/.test(error.message),
  );
  assert.equal(fs.readFileSync(file, "utf8"), text);
});

test("several processes and instances adding at once lose nothing", async () => {
  const file = libraryPath();
  const writers = ["p0", "p1", "p2"].map((prefix, w) =>
    spawnWriter(ROOT, WRITER, [file, prefix, "12", String(1000 * (w + 1))], prefix),
  );
  // Every writer has loaded before any starts, so that their writes overlap.
  await Promise.all(writers.map((w) => w.ready));
  for (const w of writers) w.go();
  // Two instances in this process write at the same time too.
  const local = [0, 1].map((n) => new LibraryStore(file, { lockTimeoutMs: 30_000 }));
  await Promise.all([
    ...local.map(async (store, n) => {
      for (let i = 0; i < 6; i++) await store.addLearned(learned(addConstant(`local${n}_${i}`, -(100 * (n + 1) + i))));
    }),
    ...writers.map((w) => w.finished),
  ]);

  const written = JSON.parse(fs.readFileSync(file, "utf8")) as { version: number; functions: LibraryFunctionJson[] };
  assert.equal(written.version, 2);
  const expected = [...["p0", "p1", "p2"].flatMap((p) => Array.from({ length: 12 }, (_, i) => `${p}_${i}`)), ...[0, 1].flatMap((n) => Array.from({ length: 6 }, (_, i) => `local${n}_${i}`))];
  assert.deepEqual(written.functions.map((f) => f.name).sort(), expected.sort());
  assert.equal(new Set(written.functions.map((f) => f.id)).size, expected.length);
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ["library.json"], "no lock or temporary file is left behind");
});

test("a damaged file is set aside and reported, or with damaged: 'throw' reported and left as it is", async () => {
  const file = libraryPath();
  const text = JSON.stringify({ version: 2, functions: [{ ...addMod, id: "a", pinned: false, learnedAt: "2026-01-01T00:00:00Z", body: op("noSuchOp", [], num) }] });
  writeFile(file, text);

  const strict = new LibraryStore(file, { damaged: "throw" });
  await assert.rejects(strict.list(), (error: Error) => error instanceof LibraryFormatError && error.message === `${file}: function 1 (addMod): unknown operator 'noSuchOp'`);
  await assert.rejects(strict.addLearned(learned(mapAdd)), /unknown operator 'noSuchOp'/);
  assert.equal(fs.readFileSync(file, "utf8"), text);

  const seen = problems();
  const store = new LibraryStore(file, { onProblem: seen.onProblem });
  assert.deepEqual(await store.list(), []);
  const aside = fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith("library.json.damaged-"));
  assert.equal(aside.length, 1);
  assert.equal(fs.readFileSync(path.join(path.dirname(file), aside[0]), "utf8"), text, "the damaged file is kept whole");
  assert.equal(fs.existsSync(file), false);
  assert.equal(seen.list.length, 1);
  assert.match(seen.list[0].message, /function 1 \(addMod\): unknown operator 'noSuchOp'/);
  assert.ok(seen.list[0].message.includes(file) && seen.list[0].message.includes(aside[0]), seen.list[0].message);

  // A change to a file that is not JSON sets it aside and starts a new one.
  writeFile(file, "{ not json");
  await store.addLearned(learned(mapAdd));
  assert.deepEqual(byName(await store.list()), ["mapAdd"]);
  assert.equal(seen.list.length, 2);
  assert.match(seen.list[1].message, /not JSON/);
  assert.equal(fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith("library.json.damaged-")).length, 2);
});

test("a file written by a newer Grimoire is read as far as understood, reported once, and never changed", async () => {
  const file = libraryPath();
  const text = JSON.stringify({ version: 3, functions: [{ ...addMod, id: "a", pinned: true, learnedAt: "2026-01-01T00:00:00Z", colour: "blue" }] });
  writeFile(file, text);
  const seen = problems();
  const store = new LibraryStore(file, { onProblem: seen.onProblem });
  assert.deepEqual(byName(await store.list()), ["addMod"]);
  await store.list();
  assert.equal(seen.list.length, 1);
  assert.match(seen.list[0].message, /newer Grimoire \(library version 3; this one understands 2\)/);
  await assert.rejects(store.setPinned("a", false), (error: Error) => error instanceof LibraryChangeError && /left unchanged/.test(error.message));
  await assert.rejects(store.addLearned(learned(mapAdd)), LibraryChangeError);
  await assert.rejects(store.clear({ all: true }), LibraryChangeError);
  assert.equal(fs.readFileSync(file, "utf8"), text);
});

test("rename changes the name and every call to it; bad and taken names are refused", async () => {
  const file = libraryPath();
  const store = new LibraryStore(file);
  const { added } = await store.addLearned(learned(addMod, shiftAll, mapAdd));
  const renamed = await store.rename(added[0].id, "wrapAround");
  assert.equal(renamed.name, "wrapAround");
  const entries = await store.list();
  assert.deepEqual(byName(entries), ["wrapAround", "shiftAll", "mapAdd"]);
  assert.match(JSON.stringify(entries[1].body), /"op":"wrapAround"/);
  assert.doesNotMatch(JSON.stringify(entries[1].body), /addMod/);
  assert.deepEqual(run(entries, "shiftAll", [1, 2, 5], 3, 4), [0, 1, 0]);
  assert.equal(entries[0].id, added[0].id, "the id survives the rename");

  for (const [name, why] of [
    ["mapAdd", /already has a function of that name/],
    // Python code calls shiftAll shift_all: the two names would be one function there.
    ["shift_all", /Python code would call it shift_all, as it calls shiftAll/],
    ["Sorted", /Python code would call it sorted, a keyword or builtin there/],
    ["map", /built-in operator/],
    ["lambda", /keyword or builtin/],
    ["sorted", /keyword or builtin/],
    ["2fast", /letters, digits and underscores/],
    ["with-dash", /letters, digits and underscores/],
  ] as const) {
    await assert.rejects(store.rename(added[0].id, name), (error: Error) => error instanceof LibraryChangeError && why.test(error.message), name);
  }
  await assert.rejects(store.rename("no-such-id", "fine"), /no function with id no-such-id/);
  assert.deepEqual(byName(await store.list()), ["wrapAround", "shiftAll", "mapAdd"]);
});

test("delete inlines the function into its callers, or refuses when an argument would be captured", async () => {
  const file = libraryPath();
  const store = new LibraryStore(file);
  const { added } = await store.addLearned(learned(addMod, shiftAll, mapAdd, addHeads));
  const [addModId, , mapAddId] = added.map((f) => f.id);
  const before = await store.list();

  const result = await store.delete(addModId);
  assert.equal(result?.deleted.name, "addMod");
  assert.deepEqual(result?.inlinedInto, ["shiftAll"]);
  const after = await store.list();
  assert.deepEqual(byName(after), ["shiftAll", "mapAdd", "addHeads"]);
  assert.doesNotMatch(JSON.stringify(after[0].body), /addMod/);
  for (const args of [[[1, 2, 5], 3, 4] as Value[], [[7, -3], 2, 5] as Value[]]) {
    assert.deepEqual(run(after, "shiftAll", ...args), run(before, "shiftAll", ...args));
  }

  // addHeads passes head(x) to mapAdd, whose body would put it under its own lambda.
  const text = fs.readFileSync(file, "utf8");
  await assert.rejects(store.delete(mapAddId), (error: Error) => error instanceof LibraryChangeError && /Cannot delete mapAdd: addHeads calls it/.test(error.message));
  assert.equal(fs.readFileSync(file, "utf8"), text);

  // With its caller gone, it can go.
  await store.delete(after[2].id);
  assert.equal((await store.delete(mapAddId))?.deleted.name, "mapAdd");
  assert.deepEqual(byName(await store.list()), ["shiftAll"]);
  assert.equal(await store.delete("no-such-id"), undefined);
  assert.equal(await new LibraryStore(libraryPath()).delete("x"), undefined);
});

test("clear keeps pinned functions and those they call; clear({ all }) removes everything", async () => {
  const file = libraryPath();
  const store = new LibraryStore(file);
  const { added } = await store.addLearned(learned(addMod, shiftAll, mapAdd, addHeads));
  await store.setPinned(added[1].id, true);
  assert.deepEqual(await store.clear(), { removed: 2, kept: 2 });
  const kept = await store.list();
  assert.deepEqual(byName(kept), ["addMod", "shiftAll"]);
  assert.deepEqual(
    kept.map((e) => e.pinned),
    [false, true],
  );
  assert.deepEqual(await store.clear(), { removed: 0, kept: 2 });
  assert.deepEqual(await store.clear({ all: true }), { removed: 2, kept: 0 });
  assert.deepEqual(await store.list(), []);

  // Changes that leave a missing library empty create nothing, not even its folder.
  const missing = libraryPath();
  const untouched = new LibraryStore(missing);
  assert.deepEqual(await untouched.clear(), { removed: 0, kept: 0 });
  assert.equal(await untouched.delete("x"), undefined);
  await assert.rejects(untouched.setPinned("x", true), /no function with id x/);
  assert.equal(fs.existsSync(path.dirname(missing)), false);
});

test("a change waits for another process's lock and fails with LockTimeoutError when it is not released", async () => {
  const file = libraryPath();
  writeFile(file, versionOne(addMod));
  // A fresh lock held by a live process (this one, with another token) is not stale.
  fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), time: new Date().toISOString(), token: "other" }));
  const store = new LibraryStore(file, { lockTimeoutMs: 200 });
  await assert.rejects(store.setPinned("v1-addMod", true), (error: Error) => error instanceof LockTimeoutError && error.message.includes(`${file}.lock`));
  fs.rmSync(`${file}.lock`);
  assert.equal((await store.setPinned("v1-addMod", true)).pinned, true);
});

test("the exported TypeScript module typechecks and runs; the Python module imports and runs", async (t) => {
  const file = libraryPath();
  const store = new LibraryStore(file);
  await store.addLearned(learned(addMod, shiftAll, mapAdd, addHeads, applyAll));
  const dir = path.dirname(file);

  const typescript = await store.export("typescript");
  assert.match(typescript, /^export function shiftAll\(a: number\[\], b: number, c: number\): number\[\] \{$/m);
  const tsFile = path.join(dir, "library.ts");
  fs.writeFileSync(tsFile, typescript);
  const tsc = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "--strict", "--target", "es2022", "--module", "commonjs", tsFile], { cwd: dir, encoding: "utf8" });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  const module = (await import(pathToFileURL(tsFile).href)) as Record<string, unknown>;
  const exported = (module.default ?? module) as Record<string, (...args: unknown[]) => unknown>;
  assert.deepEqual(exported.shiftAll([1, 2, 5], 3, 4), [0, 1, 0]);
  assert.deepEqual(exported.addHeads([[1, 2], [5]]), [[2, 3], [10]]);
  assert.deepEqual(exported.applyAll([1, 2], (x: number) => x * 10), [10, 20]);

  const python = await store.export("python");
  assert.match(python, /^def shift_all\(a: list\[int\], b: int, c: int\) -> list\[int\]:$/m);
  // Python evaluates annotations when it defines a function: a function-typed parameter needs typing.
  assert.match(python, /^import typing$/m);
  assert.match(python, /^def apply_all\(a: list\[int\], b: typing\.Callable\) -> list\[int\]:$/m);
  assert.match(emitHelper(compileLibraryFunctions([applyAll])[0].abstraction!, "python"), /^import typing\n\n\ndef apply_all\(/);
  const probe = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (probe.status !== 0) {
    t.diagnostic("python3 is not available: the Python module was not run");
    return;
  }
  const pyFile = path.join(dir, "grimoire_library.py");
  fs.writeFileSync(pyFile, python);
  const compiled = spawnSync("python3", ["-m", "py_compile", pyFile], { encoding: "utf8" });
  assert.equal(compiled.status, 0, compiled.stderr);
  const check = "import grimoire_library as g\nprint(g.shift_all([1, 2, 5], 3, 4), g.add_heads([[1, 2], [5]]), g.apply_all([1, 2], lambda x: x * 10))";
  const ran = spawnSync("python3", ["-c", check], { cwd: dir, encoding: "utf8" });
  assert.equal(ran.status, 0, ran.stderr);
  assert.equal(ran.stdout.trim(), "[0, 1, 0] [[2, 3], [10]] [10, 20]");

  assert.equal(libraryModule([], "typescript"), "// A Grimoire library: 0 functions.\nexport {};\n");
});

test("mergeLibraries: the project's function wins a name clash, and global functions that call the loser are left out", () => {
  // A project mapAdd that subtracts: a different function under the same name.
  const subtracting = JSON.parse(JSON.stringify(mapAdd).replace('"op":"add"', '"op":"sub"')) as LibraryFunctionJson;
  const global = [addMod, shiftAll, mapAdd, addHeads, addConstant("plusSeven", 7)];
  const project = [addMod, subtracting];
  const merged = mergeLibraries(global, project);
  assert.deepEqual(
    merged.operators.map((o) => o.name),
    ["addMod", "mapAdd", "shiftAll", "plusSeven"],
  );
  assert.deepEqual(merged.leftOut, [
    { name: "mapAdd", reason: "the project library has a different function named mapAdd" },
    { name: "addHeads", reason: "it calls mapAdd, whose name the project library uses for a different function" },
  ]);
  const operator = (name: string) => merged.operators.find((o) => o.name === name)!;
  assert.deepEqual(operator("mapAdd").semantics([5, 6], 1, undefined as unknown as Value), [4, 5]);
  // The global shiftAll calls the project's addMod, which is the same function.
  assert.deepEqual(operator("shiftAll").semantics([1, 2, 5], 3, 4), [0, 1, 0]);
  assert.deepEqual(mergeLibraries([], []).operators, []);
});

test("watch() reports changes made by another instance, even before the folder exists", async () => {
  const file = libraryPath();
  let changes = 0;
  const watcher = new LibraryStore(file).watch(() => changes++);
  try {
    await new LibraryStore(file).addLearned(learned(addMod));
    const deadline = Date.now() + 5000;
    while (changes === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(changes > 0, "the change was noticed");
  } finally {
    watcher.dispose();
  }
});

test("a file that reads as damaged while another program writes it (git checkout) is given a moment, not set aside", async () => {
  const file = libraryPath();
  const whole = versionOne(addMod, shiftAll);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, whole.slice(0, whole.length / 2));
  const problems: string[] = [];
  const listing = new LibraryStore(file, { onProblem: (p) => problems.push(p.message) }).list();
  setTimeout(() => fs.writeFileSync(file, whole), 60);
  assert.deepEqual((await listing).map((f) => f.name), ["addMod", "shiftAll"]);
  assert.deepEqual(problems, []);
  assert.deepEqual(fs.readdirSync(path.dirname(file)).filter((name) => name.includes("damaged")), []);
});

test("helperName: Python calls library functions by their PEP 8 name; TypeScript and JavaScript by the library's", () => {
  assert.equal(helperName("mapModAdd", "python"), "map_mod_add");
  assert.equal(helperName("listSliceSortMinus1", "python"), "list_slice_sort_minus_1");
  assert.equal(helperName("parseURLPath", "python"), "parse_url_path");
  assert.equal(helperName("concatCharAt0", "python"), "concat_char_at_0");
  assert.equal(helperName("appendSnoc_2", "python"), "append_snoc_2");
  assert.equal(helperName("already_snake", "python"), "already_snake");
  assert.equal(helperName("mapModAdd", "typescript"), "mapModAdd");
  assert.equal(helperName("mapModAdd", "javascript"), "mapModAdd");
  assert.ok(namesClash("mapAdd", "map_add"));
  assert.ok(!namesClash("mapAdd", "mapAdds"));
});
