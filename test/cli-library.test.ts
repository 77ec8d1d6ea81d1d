// `grimoire library list|export|import|clear` end to end: in process for most cases, and through
// the built bundle once, as users run it.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { scratchDirectory } from "./support/scratch";
import { before, test } from "node:test";
import { LibraryStore } from "../language-server/library/library-store";
import { grimoire, inProcess, ROOT } from "./support/cli";
import { addHeads, addMod, mapAdd, op, num, shiftAll, versionOne } from "./support/library-fixtures";

before(() => {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "pipe" });
});

function folder(): string {
  const dir = scratchDirectory("grimoire-cli-library-");
  return dir;
}

test("import, list, export and clear a library", async () => {
  const dir = folder();
  const library = path.join(dir, "library.json");
  const source = path.join(dir, "shared.json");
  fs.writeFileSync(source, versionOne(addMod, shiftAll, mapAdd, addHeads));

  const empty = await inProcess("library", "list", "--library", library);
  assert.equal(empty.code, 0, empty.stderr);
  assert.equal(empty.stdout, `The library ${library} is empty.\n`);

  const imported = await inProcess("library", "import", source, "--library", library);
  assert.equal(imported.code, 0, imported.stderr);
  assert.equal(imported.stdout, `Imported 4 functions from ${source} into ${library}\n`);
  const again = await inProcess("library", "import", source, "--library", library);
  assert.equal(again.stdout, `Imported 0 functions from ${source} into ${library}\n  addMod was already there\n  shiftAll was already there\n  mapAdd was already there\n  addHeads was already there\n`);

  const [, shift] = await new LibraryStore(library).list();
  await new LibraryStore(library).setPinned(shift.id, true);
  const listed = await inProcess("library", "list", "--library", library);
  assert.equal(listed.code, 0, listed.stderr);
  const lines = listed.stdout.split("\n");
  assert.equal(lines[0], `4 functions in ${library}:`);
  assert.ok(lines.includes("shiftAll(a: [num], b: num, c: num): [num]   [pinned]"), listed.stdout);
  assert.ok(lines.includes("  = map(a, (x) => addMod(x, b, c))"), listed.stdout);
  assert.ok(lines.includes("addMod(a: num, b: num, c: num): num"), listed.stdout);
  assert.match(listed.stdout, /^ {2}used 2 times by 2 tasks; learned \d{4}-\d\d-\d\dT[\d:.]+Z; id v1-addHeads$/m);

  // With --code, each function's code in the three languages, as it would be emitted.
  const withCode = await inProcess("library", "list", "--code", "--library", library);
  assert.equal(withCode.code, 0, withCode.stderr);
  assert.match(withCode.stdout, /^ {2}TypeScript:\n {4}function shiftAll\(a: number\[\], b: number, c: number\): number\[\] \{$/m);
  assert.match(withCode.stdout, /^ {2}JavaScript:\n {4}function shiftAll\(a, b, c\) \{$/m);
  assert.match(withCode.stdout, /^ {2}Python:\n(?: {4}import \w+\n)* {4}def shift_all\(a: list\[int\], b: int, c: int\) -> list\[int\]:$/m);

  const javascript = await inProcess("library", "export", "--language", "javascript", "--library", library);
  assert.equal(javascript.code, 0, javascript.stderr);
  assert.match(javascript.stdout, /^export function shiftAll\(a, b, c\) \{\n {2}return a\.map\(\(x\) => addMod\(x, b, c\)\);\n\}$/m);
  // The JavaScript module runs as it is: import it and call a function.
  const jsFile = path.join(dir, "helpers.mjs");
  fs.writeFileSync(jsFile, javascript.stdout);
  const module = (await import(jsFile)) as { shiftAll: (a: number[], b: number, c: number) => number[] };
  assert.deepEqual(module.shiftAll([1, 5, 9], 2, 4), [3, 3, 3]);

  const typescript = await inProcess("library", "export", "--language", "typescript", "--library", library);
  assert.equal(typescript.code, 0, typescript.stderr);
  assert.match(typescript.stdout, /^export function shiftAll\(a: number\[\], b: number, c: number\): number\[\] \{\n {2}return a\.map\(\(x\) => addMod\(x, b, c\)\);\n\}$/m);
  const pyFile = path.join(dir, "helpers.py");
  const python = await inProcess("library", "export", "--language", "python", "--out", pyFile, "--library", library);
  assert.equal(python.code, 0, python.stderr);
  assert.equal(python.stdout, "");
  assert.match(fs.readFileSync(pyFile, "utf8"), /^def add_heads\(a: list\[list\[int\]\]\) -> list\[list\[int\]\]:$/m);
  if (spawnSync("python3", ["--version"]).status === 0) {
    const compiled = spawnSync("python3", ["-m", "py_compile", pyFile], { encoding: "utf8" });
    assert.equal(compiled.status, 0, compiled.stderr);
  }

  const cleared = await inProcess("library", "clear", "--library", library);
  assert.equal(cleared.stdout, `Removed 2 functions from ${library}; kept 2 (pinned, or called by a pinned one)\n`);
  assert.deepEqual(
    (await new LibraryStore(library).list()).map((f) => f.name),
    ["addMod", "shiftAll"],
  );
  const all = await inProcess("library", "clear", "--all", "--library", library);
  assert.equal(all.stdout, `Removed 2 functions from ${library}\n`);
  assert.deepEqual(JSON.parse(fs.readFileSync(library, "utf8")), { version: 2, functions: [] });
});

test("the default library is $GRIMOIRE_HOME/library.json, and the built command runs", () => {
  const home = folder();
  fs.writeFileSync(path.join(home, "library.json"), versionOne(addMod));
  const run = spawnSync(process.execPath, [path.join(ROOT, "dist/cli.js"), "library", "list"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, GRIMOIRE_HOME: home } });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, new RegExp(`^1 function in ${path.join(home, "library.json").replace(/[.\\/]/g, "\\$&")}:\n\naddMod\\(a: num, b: num, c: num\\): num\n {2}= mod\\(add\\(a, b\\), c\\)\n`));

  const help = grimoire(["library", "--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: grimoire library list \[--code\] \[--library FILE\]/);
  assert.match(grimoire(["--help"]).stdout, /library SUB {5}list, export, import or clear/);
});

test("usage mistakes and bad files exit with 2 and say what and where", async () => {
  const dir = folder();
  const library = path.join(dir, "library.json");
  const usage = async (args: string[], message: RegExp) => {
    const result = await inProcess("library", ...args);
    assert.equal(result.code, 2, `${args.join(" ")}: ${result.stdout}`);
    assert.match(result.stderr, message, args.join(" "));
  };
  await usage([], /library needs a subcommand: list, export, import or clear/);
  await usage(["show"], /unknown library subcommand 'show'/);
  await usage(["export", "--library", library], /library export needs --language typescript, javascript or python/);
  await usage(["export", "--language", "rust", "--library", library], /--language must be typescript, javascript or python, not 'rust'/);
  await usage(["import", "--library", library], /library import needs exactly one FILE/);
  await usage(["list", "extra"], /library list takes no FILE/);
  await usage(["list", "--all"], /--all is for library clear/);
  await usage(["list", "--frobnicate"], /Unknown option '--frobnicate'/);
  await usage(["import", path.join(dir, "missing.json"), "--library", library], new RegExp(`${path.join(dir, "missing.json").replace(/[.\\/]/g, "\\$&")}: no such file`));

  // A function that calls an operator nobody defines: the file and the function are named, and the
  // file is left as it was for the user to fix.
  const text = JSON.stringify({ version: 1, functions: [addMod, { ...mapAdd, body: op("noSuchOp", [], num) }] });
  fs.writeFileSync(library, text);
  await usage(["list", "--library", library], new RegExp(`^grimoire library: ${library.replace(/[.\\/]/g, "\\$&")}: function 2 \\(mapAdd\\): unknown operator 'noSuchOp'\n$`));
  await usage(["export", "--language", "python", "--library", library], /function 2 \(mapAdd\): unknown operator 'noSuchOp'/);
  const other = path.join(dir, "other.json");
  await usage(["import", library, "--library", other], new RegExp(`${library.replace(/[.\\/]/g, "\\$&")}: function 2 \\(mapAdd\\)`));
  assert.equal(fs.existsSync(other), false, "nothing is written when the import fails");
  assert.equal(fs.readFileSync(library, "utf8"), text);

  // clear starts over: the damaged file is set aside, never deleted, and where it went is said.
  const cleared = await inProcess("library", "clear", "--library", library);
  assert.equal(cleared.code, 0, cleared.stderr);
  assert.match(cleared.stderr, /is damaged \(function 2 \(mapAdd\): unknown operator 'noSuchOp'\); it was moved to .*library\.json\.damaged-/);
  const aside = fs.readdirSync(dir).find((name) => name.startsWith("library.json.damaged-"));
  assert.ok(aside);
  assert.equal(fs.readFileSync(path.join(dir, aside), "utf8"), text);

  fs.writeFileSync(library, JSON.stringify({ version: 9, functions: [] }));
  const newer = await inProcess("library", "clear", "--library", library);
  assert.equal(newer.code, 2);
  assert.match(newer.stderr, /newer Grimoire \(library version 9; this one understands 2\), so it is left unchanged/);
});
