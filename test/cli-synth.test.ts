// `grimoire synth` end to end through the built bundle: it reads examples from real files, writes
// the bodies back, and the written code is checked by running it on inputs beyond the examples.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { scratchDirectory } from "./support/scratch";
import { before, test } from "node:test";
import * as vm from "node:vm";
import { transformSync } from "esbuild";

const ROOT = path.resolve(__dirname, "..");

before(() => {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "pipe" });
});

function grimoire(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "dist/cli.js"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function copyToTemp(file: string): string {
  const dir = scratchDirectory("grimoire-synth-");
  const target = path.join(dir, path.basename(file));
  fs.copyFileSync(path.join(ROOT, file), target);
  return target;
}

/** Loads a TypeScript file's functions by compiling it with esbuild and running it in a vm context. */
function loadTypeScript(file: string): Record<string, (...args: unknown[]) => unknown> {
  const js = transformSync(fs.readFileSync(file, "utf8"), { loader: "ts", format: "cjs" }).code;
  const module = { exports: {} as Record<string, unknown> };
  const context = vm.createContext({ module, exports: module.exports });
  // Non-exported functions are reachable too: the script appends them to the exports.
  const names = [...js.matchAll(/function (\w+)\(|const (\w+) = \(/g)].map((m) => m[1] ?? m[2]);
  vm.runInContext(`${js}\n${names.map((n) => `module.exports.${n} = ${n};`).join("\n")}`, context);
  return module.exports as Record<string, (...args: unknown[]) => unknown>;
}

test("--json reports every function of the bundled TypeScript example as solved", () => {
  const { code, stdout, stderr } = grimoire("synth", "examples/strings.ts", "--json", "--timeout", "10");
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => [l.function, l.language, l.status]),
    [
      ["titleCase", "typescript", "solved"],
      ["emailDomain", "typescript", "solved"],
      ["initials", "typescript", "solved"],
      ["slug", "typescript", "solved"],
    ],
  );
  for (const l of lines) {
    assert.equal(l.file, "examples/strings.ts");
    assert.equal(typeof l.ms, "number");
    assert.ok(Array.isArray(l.alternatives));
    assert.match(l.code, new RegExp(`${l.function}`));
  }
});

test("--write fills TypeScript stubs in place, keeping comments, and the code works on new inputs", () => {
  const file = copyToTemp("examples/strings.ts");
  const before = fs.readFileSync(file, "utf8");
  const { code, stderr } = grimoire("synth", file, "--write", "--timeout", "10");
  assert.equal(code, 0, stderr);
  const after = fs.readFileSync(file, "utf8");
  assert.notEqual(after, before);
  assert.ok(!after.includes("not implemented"));
  // Every comment line survives.
  for (const line of before.split("\n").filter((l) => /^\s*(\/\/|\*|\/\*\*)/.test(l))) assert.ok(after.includes(line), line);
  const fns = loadTypeScript(file);
  assert.equal(fns.titleCase("grimoire reads examples"), "Grimoire Reads Examples");
  assert.equal(fns.emailDomain("linus@kernel.org"), "kernel.org");
  assert.equal(fns.initials("Barbara Liskov"), "B.L.");
  assert.equal(fns.slug("Programs From Examples"), "programs-from-examples");
  // No temporary file is left behind.
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ["strings.ts"]);
});

test("--write fills Python stubs below their docstrings, and the doctests pass", () => {
  const file = copyToTemp("examples/lists.py");
  const { code, stderr } = grimoire("synth", file, "--write", "--timeout", "10");
  assert.equal(code, 0, stderr);
  const out = execFileSync(
    "python3",
    [
      "-c",
      `import sys, doctest; sys.path.insert(0, ${JSON.stringify(path.dirname(file))}); import lists; ` +
        `r = doctest.testmod(lists); print(r.failed, r.attempted); print(lists.evens([10, 11, 12, 13]), lists.sum_of_squares([3, 4]), lists.largest([1, 5, 2])); ` +
        `print(lists.changes([1, 4, 4, 0, 9]), lists.numbered(["x", "y", "x"])); print(lists.digits([12, 70, 99]), lists.parity([0, 11]), lists.even_indices([10, 11, 12, 13, 14]))`,
    ],
    { encoding: "utf8" },
  );
  // Inputs the doctests do not show: a longer list of readings, and a repeated line keeps its own number.
  assert.equal(out, "0 22\n[10, 12] 25 5\n[3, 0, -4, 9] ['1. x', '2. y', '3. x']\n[1, 2, 7, 0, 9, 9] ['even', 'odd'] [0, 2, 4]\n");
});

test("printed Python is valid Python, headers included, so it can be piped into a file", () => {
  const { code, stdout, stderr } = grimoire("synth", copyToTemp("examples/lists.py"), "--timeout", "10");
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^# .*lists\.py: evens, solved in \d+ ms$/m);
  const parsed = spawnSync("python3", ["-c", "import ast, sys; ast.parse(sys.stdin.read()); print('ok')"], { input: stdout, encoding: "utf8" });
  assert.equal(parsed.stdout, "ok\n", parsed.stderr);
});

test("a bad example is an error at its line and column; the other functions are still solved", () => {
  const dir = scratchDirectory("grimoire-synth-");
  const file = path.join(dir, "mixed.ts");
  fs.writeFileSync(
    file,
    [
      "/**",
      " * @example upper(\"ab\") // => \"AB\"",
      " * @example upper(\"cd\") // => \"CD\"",
      " */",
      "function upper(s: string): string {",
      "  throw new Error(\"todo\");",
      "}",
      "",
      "/**",
      " * @example twice(x + 1) // => 4",
      " */",
      "function twice(n: number): number {",
      "  throw new Error(\"todo\");",
      "}",
      "",
    ].join("\n"),
  );
  const { code, stdout, stderr } = grimoire("synth", file, "--timeout", "5");
  assert.equal(code, 1);
  assert.match(stdout, /return s\.toUpperCase\(\);/);
  assert.match(stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:10:\\d+: twice: .*not a literal`));
});

test("usage and I/O errors exit with 2 and say what is wrong", () => {
  const missing = grimoire("synth", "no/such/file.ts");
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read no\/such\/file\.ts/);
  const wrongKind = grimoire("synth", "README.md");
  assert.equal(wrongKind.code, 2);
  assert.match(wrongKind.stderr, /not a TypeScript, JavaScript or Python file/);
  const badTimeout = grimoire("synth", "examples/strings.ts", "--timeout", "soon");
  assert.equal(badTimeout.code, 2);
});

test("a file whose functions are not solved is left untouched", () => {
  const dir = scratchDirectory("grimoire-synth-");
  const file = path.join(dir, "noise.py");
  const text = 'def noise(s: str) -> str:\n    """\n    >>> noise("a")\n    \'q8z!\'\n    >>> noise("bb")\n    \'#@x\'\n    >>> noise("ccc")\n    \'w\'\n    """\n    pass\n';
  fs.writeFileSync(file, text);
  const mtime = fs.statSync(file).mtimeMs;
  const { code } = grimoire("synth", file, "--write", "--timeout", "0.5");
  assert.equal(code, 1);
  assert.equal(fs.readFileSync(file, "utf8"), text);
  assert.equal(fs.statSync(file).mtimeMs, mtime);
});

test("--write handles default exports, class methods, function expressions and new functions, in JavaScript and Python", () => {
  const js = copyToTemp("test/fixtures/synth/forms.js");
  const py = copyToTemp("test/fixtures/synth/forms.py");
  const { code, stderr } = grimoire("synth", js, py, "--write", "--timeout", "10");
  assert.equal(code, 0, stderr);
  const source = fs.readFileSync(js, "utf8");
  const compiled = transformSync(source, { loader: "js", format: "cjs" }).code;
  const module = { exports: {} as Record<string, any> };
  vm.runInContext(
    `${compiled}\nmodule.exports.double = double; module.exports.wordCount = wordCount;`,
    vm.createContext({ module, exports: module.exports }),
  );
  const m = module.exports;
  assert.equal(m.default("yes"), "YES!");
  assert.equal(new m.Names().surname("Barbara Liskov"), "Liskov");
  assert.deepEqual(m.double([4, 0]), [8, 0]);
  assert.equal(m.wordCount("one two"), 2);
  // The new function sits right below its comment.
  assert.match(source, /\/\/ wordCount\("to be or not"\) => 4\nfunction wordCount\(/);
  const out = execFileSync(
    "python3",
    ["-c", `import sys; sys.path.insert(0, ${JSON.stringify(path.dirname(py))}); import forms; print(forms.Stats().spread([1, 20, 5]), forms.shout("go"))`],
    { encoding: "utf8" },
  );
  assert.equal(out, "19 GO!\n");
});
