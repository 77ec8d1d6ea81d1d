// The editor side of library learning, without an editor: a filled function calls a library
// function as a helper inserted once above it (TypeScript, JavaScript, Python), accepted functions
// carry their programs, and a learning run goes from accepted functions (in a worker thread) to the
// global library, the searches and the Library view. Uses dist/search-worker.js (npm run build).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { scratchDirectory } from "./support/scratch";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import * as vm from "node:vm";
import { transformSync } from "esbuild";
import { applyEdits, candidateEdits, definesFunction, emittedCandidate, pythonImportEdits } from "../language-server/document/fill";
import { abstractionOperator, helperName } from "../language-server/engine/abstraction";
import type { Candidate } from "../language-server/engine/api";
import { emitProgram } from "../language-server/engine/emit";
import { OPERATOR_BY_NAME, type Operator } from "../language-server/engine/operators";
import { apply, constant, lambda, lambdaVar, param, runProgram, showProgram, type Program } from "../language-server/engine/program";
import { fnOf, listOf, NUMBER, type Type, type Value } from "../language-server/engine/types";
import { readFunctions, type SourceLanguage } from "../language-server/examples/read";
import { libraryFunctionToJson, programFromJson, programToJson } from "../language-server/library/library-file";
import { LibraryStore, mergeLibraries } from "../language-server/library/library-store";
import type { AcceptedFunction } from "../language-server/server/protocol";
import { acceptedAfter, LibraryLearningScheduler, readLastLearningRun, runLearning, writeLastLearningRun } from "../language-server/session/library-learning";
import { LibrarySession, type ProjectFolder } from "../language-server/session/library-session";
import { SearchPool } from "../language-server/session/search-pool";
import { addConstant, addHeads, addMod, mapAdd, shiftAll, versionOne } from "./support/library-fixtures";
import type { LibraryBundle } from "../language-server/session/search-protocol";

const NUMS = listOf(NUMBER);
/** Shift by 4 modulo 7: one call of the learned Caesar-shift function, slow for the plain search. */
const SHIFT4 = {
  name: "shift4",
  params: [{ name: "xs", type: NUMS }],
  returnType: NUMS,
  examples: [
    { inputs: [[1, 2, 3]], output: [5, 6, 0] },
    { inputs: [[5, 9]], output: [2, 6] },
    { inputs: [[0]], output: [4] },
  ],
};
const op = (name: string) => OPERATOR_BY_NAME.get(name)!;
const x = lambdaVar(0, NUMBER);
const arith = (name: string, a: Program, b: Program) => apply(op(name), { params: [NUMBER, NUMBER], result: NUMBER }, [a, b]);

/** shiftMod(a, b, c) = map(a, (x) => mod(add(x, b), c)): the Caesar-cipher family, as a library function. */
const shiftMod: Operator = abstractionOperator({
  name: "shiftMod",
  params: [NUMS, NUMBER, NUMBER],
  result: NUMS,
  body: apply(op("map"), { params: [NUMS, fnOf([NUMBER], NUMBER)], result: NUMS }, [
    param(0, NUMS),
    lambda([NUMBER], arith("mod", arith("add", x, param(1, NUMBER)), param(2, NUMBER))),
  ]),
  cost: 3,
});

/** A candidate for `name(xs)` that calls shiftMod(xs, k, n), as the search would return it. */
function shiftCandidate(name: string, k: number, n: number): { candidate: Candidate; task: { name: string; params: { name: string; type: Type }[]; returnType: Type } } {
  const program = apply(shiftMod, { params: shiftMod.params, result: shiftMod.result }, [param(0, NUMS), constant(k, NUMBER), constant(n, NUMBER)]);
  const task = { name, params: [{ name: "xs", type: NUMS }], returnType: NUMS };
  const emitted = emitProgram(name, task.params, task.returnType, program);
  const candidate: Candidate = {
    expression: showProgram(program, ["xs"]),
    program,
    cost: 5,
    ...emitted,
    run: (inputs: readonly Value[]) => runProgram(program, inputs) as ReturnType<Candidate["run"]>,
  };
  return { candidate, task };
}

const SOURCES: Record<SourceLanguage, string> = {
  typescript: `/**
 * @example shift2([1, 2, 3]) => [3, 4, 0]
 */
// shift2([4]) => [1]
function shift2(xs: number[]): number[] {
  throw new Error("not implemented");
}

// shift3([1, 2]) => [0, 1]
// shift3([3]) => [2]
function shift3(xs: number[]): number[] {
  throw new Error("not implemented");
}
`,
  javascript: `// shift2([1, 2, 3]) => [3, 4, 0]
// shift2([4]) => [1]
function shift2(xs) {}

// shift3([1, 2]) => [0, 1]
// shift3([3]) => [2]
function shift3(xs) {}
`,
  python: `def shift2(xs: list[int]) -> list[int]:
    """
    >>> shift2([1, 2, 3])
    [3, 4, 0]
    >>> shift2([4])
    [1]
    """
    ...


def shift3(xs: list[int]) -> list[int]:
    """
    >>> shift3([1, 2])
    [0, 1]
    >>> shift3([3])
    [2]
    """
    ...
`,
};

/** Fills shift2 and then shift3 in helper mode, each through candidateEdits on the text as it is then. */
async function fillBoth(language: SourceLanguage, libraryEmit: "inline" | "helper"): Promise<string> {
  let text = SOURCES[language];
  for (const [name, k, n] of [["shift2", 2, 5], ["shift3", 3, 4]] as const) {
    const fn = (await readFunctions(text, language)).find((f) => f.name === name)!;
    const { candidate, task } = shiftCandidate(name, k, n);
    const { edits } = candidateEdits(text, fn, emittedCandidate(candidate, task), { libraryEmit });
    text = applyEdits(text, edits);
  }
  return text;
}

function runScript(text: string, language: SourceLanguage, call: string): unknown {
  if (language === "python") {
    const script = `import json, sys\nexec(compile(sys.argv[1], "filled.py", "exec"))\nprint(json.dumps(${call}))`;
    return JSON.parse(execFileSync("python3", ["-c", script, text], { encoding: "utf8" }));
  }
  const js = language === "typescript" ? transformSync(text, { loader: "ts" }).code : text;
  return vm.runInNewContext(`${js}\n;JSON.stringify(${call})`) as unknown;
}

for (const language of ["typescript", "javascript", "python"] as const) {
  test(`helper mode (${language}): the library function is defined once above the first function that calls it`, async () => {
    const text = await fillBoth(language, "helper");
    // Python calls the library's shiftMod by its PEP 8 name.
    const helper = language === "python" ? "shift_mod" : "shiftMod";
    const definitions = text.match(language === "python" ? /^def shift_mod\(/gm : /^function shiftMod\(/gm) ?? [];
    assert.equal(definitions.length, 1, text);
    assert.ok(text.indexOf(`${helper}(`) < text.indexOf(language === "python" ? "def shift2" : "function shift2"), text);
    assert.match(text, language === "python" ? /return shift_mod\(xs, 2, 5\)/ : /return shiftMod\(xs, 2, 5\);/);
    assert.match(text, new RegExp(`return ${helper}\\(xs, 3, 4\\)`));
    // The examples' comments and the signatures are kept as they were.
    assert.match(text, language === "python" ? />>> shift2\(\[1, 2, 3\]\)/ : /shift2\(\[4\]\) => \[1\]/);
    const result = runScript(text, language, "[shift2([1, 2, 3]), shift3([1, 2, 3])]");
    assert.deepEqual(typeof result === "string" ? JSON.parse(result) : result, [[3, 4, 0], [0, 1, 2]]);
    if (language === "python") {
      // PEP 8: two blank lines between top-level definitions.
      assert.match(text, /\[\(x \+ b\) % c for x in a\]\n\n\ndef shift2/);
    }
  });
}

test("inline mode (the default) expands the library function in place and inserts nothing", async () => {
  const text = await fillBoth("typescript", "inline");
  assert.doesNotMatch(text, /shiftMod/);
  assert.match(text, /return xs\.map\(\(x\) => \(x \+ 2\) % 5\);/);
});

test("a helper the file already defines (by declaration or as a constant) is not inserted again", async () => {
  const text = `const shiftMod = (a: number[], b: number, c: number): number[] => a.map((x) => (x + b) % c);\n\n${SOURCES.typescript}`;
  const fn = (await readFunctions(text, "typescript")).find((f) => f.name === "shift2")!;
  const { candidate, task } = shiftCandidate("shift2", 2, 5);
  const { edits, code } = candidateEdits(text, fn, emittedCandidate(candidate, task), { libraryEmit: "helper" });
  assert.equal(edits.length, 1);
  assert.match(applyEdits(text, edits), /return shiftMod\(xs, 2, 5\);/);
  // What the library of accepted functions keeps is self-contained: the helper comes with it.
  assert.match(code, /^function shiftMod\(a: number\[\], b: number, c: number\): number\[\] \{/);
  assert.ok(definesFunction("def shiftMod(a, b, c):\n", "shiftMod", "python"));
  assert.ok(!definesFunction("shiftMod(xs, 1, 2)", "shiftMod", "typescript"));
  assert.ok(!definesFunction("function shiftModulo(a) {}", "shiftMod", "javascript"));
});

test("an accepted candidate carries its program with library functions expanded, which reads back as the same program", () => {
  const { candidate, task } = shiftCandidate("shift2", 2, 5);
  const emitted = emittedCandidate(candidate, task);
  const program = programFromJson(emitted.program);
  assert.equal(showProgram(program, ["xs"]), "map(xs, (x) => mod(add(x, 2), 5))");
  // It crosses threads and is stored as JSON, so it must be plain data.
  assert.deepEqual(JSON.parse(JSON.stringify(emitted)), emitted);
});

// ------------------------------------------------------------------ learning from accepted functions

const WORKER = path.join(__dirname, "..", "dist", "search-worker.js");
const xsParam = param(0, NUMS);
const caesar = (k: number, n: number): Program =>
  apply(op("map"), { params: [NUMS, fnOf([NUMBER], NUMBER)], result: NUMS }, [xsParam, lambda([NUMBER], arith("mod", arith("add", x, constant(k, NUMBER)), constant(n, NUMBER)))]);

/** An accepted function as the server records it, with its program. */
function accepted(name: string, program: Program | undefined, when: number): AcceptedFunction {
  return {
    id: `id-${name}`,
    name,
    signature: `${name}(xs: number[]): number[]`,
    language: "typescript",
    acceptedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, when)).toISOString(),
    examples: [`${name}([1]) => [0]`],
    code: `function ${name}(xs: number[]): number[] {}\n`,
    taskKey: `key-${name}`,
    ...(program ? { program: programToJson(program) } : {}),
  };
}

/** A workspace folder under `dir`, named by its file URI as the language server names it. */
function folder(dir: string, name: string): ProjectFolder {
  const at = path.join(dir, name);
  return { id: pathToFileURL(at).href, path: at, name };
}

/** A session with one workspace folder, `project`; `changes` gets the bundle of a document in it at each change. */
function session(dir: string, changes: (LibraryBundle | undefined)[] = []): LibrarySession {
  const library: LibrarySession = new LibrarySession({
    globalFile: path.join(dir, "global", "library.json"),
    folders: [folder(dir, "project")],
    onProblem: (p) => assert.fail(p.message),
    onChanged: () => changes.push(library.bundleFor(path.join(dir, "project", "src", "a.ts"))),
    log: () => {},
    learnRunner: (options) => runLearning({ ...options, workerFile: WORKER }),
  });
  return library;
}

test("the learn command's path: accepted programs -> a worker learns -> the global library -> the searches' bundle and the view", async () => {
  const dir = scratchDirectory("grimoire-learn-");
  const changes: (LibraryBundle | undefined)[] = [];
  const library = session(dir, changes);
  await library.start();
  try {
    const corpus = [
      accepted("shift2", caesar(2, 5), 1),
      accepted("shift3", caesar(3, 4), 2),
      accepted("shift1", caesar(1, 7), 3),
      // Accepted before programs were kept: still valid, just not learned from.
      accepted("legacy", undefined, 4),
    ];
    const tooFew = await library.learn(corpus.slice(0, 1));
    assert.equal(tooFew.status, "too-few");
    const summary = await library.learn(corpus);
    assert.equal(summary.status, "learned", summary.message);
    assert.equal(summary.corpus, 3);
    assert.equal(summary.added.length, 1, summary.message);
    const [name] = summary.added;
    assert.match(summary.message, new RegExp(`Learned 1 function from 3 solved functions: ${name}`));
    // It is in the global library file, and the searches' bundle carries it.
    const file = JSON.parse(fs.readFileSync(path.join(dir, "global", "library.json"), "utf8"));
    assert.deepEqual(file.functions.map((f: { name: string }) => f.name), [name]);
    assert.deepEqual(changes.at(-1)?.global.map((f) => f.name), [name]);
    // The view's entry: signature, body, uses, and helper code in each language.
    const [info] = library.list();
    assert.equal(info.scope, "global");
    assert.equal(info.signature, `${name}(a: [num], b: num, c: num): [num]`);
    assert.equal(info.body, "map(a, (x) => mod(add(x, b), c))");
    assert.equal(info.uses, 3);
    assert.deepEqual([...info.tasks].sort(), ["shift1", "shift2", "shift3"]);
    assert.match(info.code.python, new RegExp(`^def ${helperName(name, "python")}\\(a: list\\[int\\], b: int, c: int\\) -> list\\[int\\]:`));
    // Learning the same corpus again adds nothing.
    const again = await library.learn(corpus);
    assert.equal(again.status, "nothing", again.message);
    // Inserting it into a Python file, then renaming it: the new name is what emitted helpers use.
    const insertion = library.insertion(info, "def f():\n    pass\n", 0, "python")!;
    const pythonName = helperName(name, "python");
    assert.match(applyEdits("def f():\n    pass\n", insertion.edits), new RegExp(`^def ${pythonName}\\(a`));
    assert.deepEqual(insertion.inserted, [pythonName]);
    assert.deepEqual(library.insertion(info, `def ${pythonName}(a, b, c):\n    ...\n`, 0, "python")!.edits, []);
    // A name the project library uses is refused: the project's function would win it.
    await library.store("project").addLearned([{ definition: addEach.abstraction!, uses: 2, tasks: ["a", "b"] }]);
    await assert.rejects(library.rename("global", info.id, "addEach"), /The project library has a function named addEach/);
    // So is one that Python would spell as the project's function (add_each).
    await assert.rejects(library.rename("global", info.id, "add_each"), /The project library has a function named addEach \(Python calls both add_each\)/);
    assert.deepEqual(await library.rename("global", info.id, "shiftBy"), { before: name, after: "shiftBy" });
    await library.reload();
    const shiftBy = () => library.list().find((f) => f.scope === "global")!;
    assert.equal(shiftBy().name, "shiftBy");
    // Pinning changes nothing a search uses, so the searches are not started again.
    const before = changes.length;
    await library.store("global").setPinned(info.id, true);
    await library.reload();
    assert.equal(shiftBy().pinned, true);
    assert.equal(changes.length, before);
    assert.match(shiftBy().code.typescript, /^function shiftBy\(a: number\[\], b: number, c: number\): number\[\]/);
    assert.match(await library.export("python"), /def shift_by\(a: list\[int\], b: int, c: int\) -> list\[int\]:/);
  } finally {
    library.dispose();
  }
});

test("a learning run can be cancelled, and the library is left as it was", async () => {
  const dir = scratchDirectory("grimoire-learn-");
  const library = session(dir);
  await library.start();
  try {
    // Cancelled once the worker is under way (the run has subscribed to the token by then).
    const token = {
      isCancellationRequested: false,
      onCancellationRequested(listener: () => void) {
        setImmediate(() => {
          token.isCancellationRequested = true;
          listener();
        });
        return { dispose() {} };
      },
    };
    const corpus = [accepted("shift2", caesar(2, 5), 1), accepted("shift3", caesar(3, 4), 2)];
    // A run started in idle time (no token), then the user's request joins it and cancels.
    const idle = library.learn(corpus);
    const run = library.learn(corpus, token);
    const summary = await run;
    assert.equal(summary.status, "cancelled");
    assert.equal((await idle).status, "cancelled");
    assert.equal(fs.existsSync(path.join(dir, "global", "library.json")), false);
  } finally {
    library.dispose();
  }
});

test("with a library, the pool's searches use its functions and the filled function calls the helper", async () => {
  const dir = scratchDirectory("grimoire-learn-");
  const pool = new SearchPool({ memoryLimitMb: 512, workerFile: WORKER });
  const library = session(dir);
  await library.start();
  try {
    await library.learn([accepted("shift2", caesar(2, 5), 1), accepted("shift3", caesar(3, 4), 2), accepted("shift1", caesar(1, 7), 3)]);
    const name = library.list()[0].name;
    const task = SHIFT4;
    // A search already running without the library when it arrives is not joined, nor its result kept.
    const warmUp = { ...task, name: "warmUp", examples: [{ inputs: [[1]], output: [1] }] };
    await pool.search(warmUp, { timeoutMs: 5_000, alternatives: 0, priority: "user" }).outcome;
    const stale = pool.search(task, { timeoutMs: 4_000, alternatives: 0, priority: "user" });
    await sleep(300);
    assert.ok(pool.isRunning(stale.key));
    pool.useLibraries(library.libraryKeys());
    const fresh = pool.search(task, { timeoutMs: 4_000, alternatives: 0, priority: "user", library: library.bundleFor(path.join(dir, "project", "shift4.ts")) });
    const outcome = await fresh.outcome;
    // The search without the library may or may not find the task in its time; it cannot call the function.
    assert.doesNotMatch((await stale.outcome).best?.expression ?? "", new RegExp(name));
    assert.equal(outcome.status, "solved");
    assert.equal(pool.cached(fresh.key, 4_000)?.status, "solved");
    assert.equal(pool.cached(stale.key, 4_000), undefined, "what the search without the library found is not kept");
    assert.equal(outcome.best!.expression, `${name}(xs, 4, 7)`);
    const text = "// shift4([1, 2, 3]) => [5, 6, 0]\n// shift4([5, 9]) => [2, 6]\n// shift4([0]) => [4]\nfunction shift4(xs: number[]): number[] {}\n";
    const fn = (await readFunctions(text, "typescript"))[0];
    const filled = applyEdits(text, candidateEdits(text, fn, outcome.best!, { libraryEmit: "helper" }).edits);
    assert.match(filled, new RegExp(`^function ${name}\\(a: number\\[\\], b: number, c: number\\): number\\[\\] \\{`));
    assert.match(filled, new RegExp(`return ${name}\\(xs, 4, 7\\);`));
    assert.deepEqual(JSON.parse(runScript(filled, "typescript", "shift4([1, 2, 3, 10])") as string), [5, 6, 0, 0]);
  } finally {
    pool.dispose();
    library.dispose();
  }
});

test("idle-time learning starts once enough functions were accepted since the last run and nothing is searching; 0 turns it off", async () => {
  let runs = 0;
  let busy = true;
  // What the stores on disk say: accepted functions with a program since the last learning run.
  const dir = scratchDirectory("grimoire-idle-");
  let entries: AcceptedFunction[] = [];
  const acceptNow = (name: string) => (entries = [...entries, { ...accepted(name, caesar(1, 2), 0), acceptedAt: new Date().toISOString() }]);
  const scheduler = new LibraryLearningScheduler({
    learn: async () => {
      runs++;
      await writeLastLearningRun(dir, new Date());
    },
    busy: () => busy,
    acceptedSinceLastRun: async () => acceptedAfter(entries, await readLastLearningRun(dir)),
    idleMs: 20,
  });
  scheduler.threshold = 2;
  try {
    acceptNow("a");
    await scheduler.check();
    await sleep(60);
    assert.equal(runs, 0, "one new function is not enough");
    // Accepted elsewhere (another window, or before a restart): it counts all the same.
    acceptNow("b");
    await scheduler.check();
    await sleep(60);
    assert.equal(runs, 0, "it waits while searches run");
    busy = false;
    await sleep(60);
    assert.equal(runs, 1);
    // After the run, counting starts again from its time, kept on disk.
    await sleep(5);
    acceptNow("c");
    await scheduler.check();
    await sleep(60);
    assert.equal(runs, 1);
    assert.equal(acceptedAfter(entries, await readLastLearningRun(dir)), 1);
    // Entries without a program are not what learning reads: they do not count.
    assert.equal(acceptedAfter([{ ...accepted("old", undefined, 0), acceptedAt: new Date().toISOString() }], undefined), 0);
    scheduler.threshold = 0;
    for (const name of ["d", "e", "f"]) acceptNow(name);
    await scheduler.check();
    await sleep(60);
    assert.equal(runs, 1, "0: only by hand");
  } finally {
    scheduler.dispose();
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("a helper named like the function being filled is expanded in place, and definitions inside other functions do not count", async () => {
  // Calling a helper named like the function would call the function itself.
  const own = `// shiftMod([1, 2, 3]) => [3, 4, 0]\nfunction shiftMod(xs: number[]): number[] {\n  throw new Error("todo");\n}\n`;
  const fn = (await readFunctions(own, "typescript")).find((f) => f.name === "shiftMod")!;
  const { candidate, task } = shiftCandidate("shiftMod", 2, 5);
  const filled = applyEdits(own, candidateEdits(own, fn, emittedCandidate(candidate, task), { libraryEmit: "helper" }).edits);
  assert.match(filled, /return xs\.map\(\(x\) => \(x \+ 2\) % 5\);/);
  assert.doesNotMatch(filled, /return shiftMod\(/);
  // A shiftMod local to another function cannot be called from shift2: the helper is still inserted.
  const local = `function other(): void {\n  const shiftMod = (a: number[]) => a;\n}\n\n${SOURCES.typescript}`;
  const shift2 = (await readFunctions(local, "typescript")).find((f) => f.name === "shift2")!;
  const second = shiftCandidate("shift2", 2, 5);
  const text = applyEdits(local, candidateEdits(local, shift2, emittedCandidate(second.candidate, second.task), { libraryEmit: "helper" }).edits);
  assert.equal(text.match(/^function shiftMod\(/gm)?.length, 1, text);
});

/** addEach(a, b) = map(a, (x) => add(x, b)), called where b is a lambda's variable: it cannot be expanded in place. */
const addEach: Operator = abstractionOperator({
  name: "addEach",
  params: [NUMS, NUMBER],
  result: NUMS,
  body: apply(op("map"), { params: [NUMS, fnOf([NUMBER], NUMBER)], result: NUMS }, [param(0, NUMS), lambda([NUMBER], arith("add", x, param(1, NUMBER)))]),
  cost: 3,
});

for (const language of ["typescript", "python"] as const) {
  test(`a method whose program needs a helper (${language}) gets it at the top level, above its class`, async () => {
    // totals(xs) = xs.map((y) => sum(addEach(xs, y))): the helper's own lambda would capture y.
    const program = apply(op("map"), { params: [NUMS, fnOf([NUMBER], NUMBER)], result: NUMS }, [
      param(0, NUMS),
      lambda([NUMBER], apply(op("sum"), { params: [NUMS], result: NUMBER }, [apply(addEach, { params: addEach.params, result: addEach.result }, [param(0, NUMS), x])])),
    ]);
    const task = { name: "totals", params: [{ name: "xs", type: NUMS }], returnType: NUMS };
    const candidate: Candidate = { expression: showProgram(program, ["xs"]), program, cost: 9, ...emitProgram("totals", task.params, task.returnType, program), run: (inputs) => runProgram(program, inputs) as ReturnType<Candidate["run"]> };
    const source =
      language === "python"
        ? `import math\n\n\nclass Sums:\n    def totals(self, xs: list[int]) -> list[int]:\n        """\n        >>> Sums().totals([1, 2])\n        [5, 7]\n        """\n        pass\n`
        : `// A class of sums.\nexport class Sums {\n  // totals([1, 2]) => [5, 7]\n  totals(xs: number[]): number[] {\n    throw new Error("todo");\n  }\n}\n`;
    const fn = (await readFunctions(source, language)).find((f) => f.name === "totals")!;
    assert.ok(fn.isMethod);
    const emitted = emittedCandidate(candidate, task);
    assert.equal(emitted.libraryCalls?.required, true);
    const text = applyEdits(source, candidateEdits(source, fn, emitted).edits);
    const helperAt = text.search(language === "python" ? /^def add_each\(/m : /^function addEach\(/m);
    assert.ok(helperAt >= 0 && helperAt < text.indexOf(language === "python" ? "class Sums" : "// A class of sums."), text);
    const result = runScript(language === "python" ? text : text.replace("export class", "class"), language, language === "python" ? "Sums().totals([1, 2])" : "new Sums().totals([1, 2])");
    assert.deepEqual(typeof result === "string" ? JSON.parse(result) : result, [5, 7]);
  });
}

test("Add to Project Library copies a global function with the functions it calls into .grimoire/library.json", async () => {
  const dir = scratchDirectory("grimoire-share-");
  fs.mkdirSync(path.join(dir, "global"), { recursive: true });
  // shiftAll calls addMod by name: the project library needs both.
  fs.writeFileSync(path.join(dir, "global", "library.json"), versionOne(addMod, shiftAll));
  const library = session(dir);
  await library.start();
  try {
    const shift = library.list().find((f) => f.name === "shiftAll")!;
    const message = await library.shareWithProject(shift.id);
    assert.match(message, /^Added addMod, shiftAll to the project library \(\.grimoire\/library\.json\); commit it to share it\.$/);
    const projectFile = path.join(dir, "project", ".grimoire", "library.json");
    const written = JSON.parse(fs.readFileSync(projectFile, "utf8"));
    assert.deepEqual(written.functions.map((f: { name: string }) => f.name), ["addMod", "shiftAll"]);
    assert.deepEqual(library.list().filter((f) => f.scope === "project").map((f) => f.name), ["addMod", "shiftAll"]);
    assert.equal(await library.shareWithProject(shift.id), "The project library already has shiftAll.");
  } finally {
    library.dispose();
  }
});

// ------------------------------------------------------------------ multi-root windows

/** A session over the given workspace folders; `changes` counts the changes it reports. */
function multiRoot(dir: string, folders: ProjectFolder[], changes: { count: number } = { count: 0 }): LibrarySession {
  return new LibrarySession({
    globalFile: path.join(dir, "global", "library.json"),
    folders,
    onProblem: (p) => assert.fail(p.message),
    onChanged: () => changes.count++,
    log: () => {},
  });
}

function writeLibrary(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const projectFile = (f: ProjectFolder) => path.join(f.path, ".grimoire", "library.json");
const names = (functions: readonly { name: string }[] | undefined) => (functions ?? []).map((f) => f.name);

test("multi-root: a document's bundle is the global library merged with its own folder's project library", async () => {
  const dir = scratchDirectory("grimoire-roots-");
  const [app, lib] = [folder(dir, "app"), folder(dir, "lib")];
  writeLibrary(path.join(dir, "global", "library.json"), versionOne(addConstant("plusTen", 10)));
  writeLibrary(projectFile(app), versionOne(addConstant("appOnly", 1)));
  writeLibrary(projectFile(lib), versionOne(addConstant("libOnly", 2)));
  const library = multiRoot(dir, [app, lib]);
  await library.start();
  try {
    const inApp = library.bundleFor(path.join(app.path, "src", "a.ts"))!;
    const inLib = library.bundleFor(path.join(lib.path, "b.py"))!;
    assert.deepEqual([names(inApp.project), names(inApp.global)], [["appOnly"], ["plusTen"]]);
    assert.deepEqual([names(inLib.project), names(inLib.global)], [["libOnly"], ["plusTen"]]);
    // Outside every folder (or with no file): the global library alone.
    for (const outside of [path.join(dir, "elsewhere.ts"), undefined]) {
      const bundle = library.bundleFor(outside)!;
      assert.deepEqual([names(bundle.project), names(bundle.global)], [[], ["plusTen"]]);
    }
    // A folder named like the start of another is not that other one.
    assert.equal(library.folderOf(path.join(dir, "library", "c.ts")), undefined);
    // Three different merged libraries, three keys: a result is never reused across them.
    assert.equal(new Set([inApp.key, inLib.key, library.bundleFor(undefined)!.key]).size, 3);
    assert.deepEqual(library.libraryKeys(), new Set([inApp.key, inLib.key, library.bundleFor(undefined)!.key]));
    // The view lists each folder's functions with their folder, then the global ones.
    assert.deepEqual(
      library.list().map((f) => [f.name, f.scope, f.folder, f.folderName]),
      [
        ["appOnly", "project", app.id, "app"],
        ["libOnly", "project", lib.id, "lib"],
        ["plusTen", "global", undefined, undefined],
      ],
    );
    // Export: the global functions with one folder's project functions (the first when none is named).
    assert.match(await library.export("typescript", lib.id), /function libOnly[^]*function plusTen/);
    assert.doesNotMatch(await library.export("typescript", lib.id), /appOnly/);
    assert.match(await library.export("typescript"), /function appOnly/);
    await assert.rejects(library.export("typescript", "file:///nowhere"), /no longer open/);
  } finally {
    library.dispose();
  }
});

test("multi-root: the same task searched in two folders uses each folder's project function, and neither result answers for the other", async () => {
  const dir = scratchDirectory("grimoire-roots-");
  const [app, lib] = [folder(dir, "app"), folder(dir, "lib")];
  // The same body under two names: which one a program calls says which library its search had.
  const shift = (name: string) => libraryFunctionToJson({ ...shiftMod.abstraction!, name }, 2, ["a", "b"]);
  writeLibrary(projectFile(app), versionOne(shift("appShift")));
  writeLibrary(projectFile(lib), versionOne(shift("libShift")));
  const library = multiRoot(dir, [app, lib]);
  const pool = new SearchPool({ memoryLimitMb: 512, workerFile: WORKER });
  await library.start();
  try {
    pool.useLibraries(library.libraryKeys());
    const task = SHIFT4;
    const options = { timeoutMs: 4_000, alternatives: 0, priority: "user" as const };
    const inApp = pool.search(task, { ...options, library: library.bundleFor(path.join(app.path, "shifts.ts")) });
    const inLib = pool.search(task, { ...options, library: library.bundleFor(path.join(lib.path, "shifts.ts")) });
    assert.notEqual(inApp.key, inLib.key);
    assert.equal((await inApp.outcome).best?.expression, "appShift(xs, 4, 7)");
    assert.equal((await inLib.outcome).best?.expression, "libShift(xs, 4, 7)");
    assert.equal(pool.cached(inApp.key, 4_000)?.best?.expression, "appShift(xs, 4, 7)");
    assert.equal(pool.cached(inLib.key, 4_000)?.best?.expression, "libShift(xs, 4, 7)");
  } finally {
    pool.dispose();
    library.dispose();
  }
});

test("multi-root: a name clash is resolved in each folder on its own", async () => {
  const dir = scratchDirectory("grimoire-roots-");
  const [app, lib] = [folder(dir, "app"), folder(dir, "lib")];
  // app's mapAdd subtracts: in app it wins the name, and the global mapAdd (and addHeads, which calls it) are left out there only.
  const subtracting = JSON.parse(JSON.stringify(mapAdd).replace('"op":"add"', '"op":"sub"'));
  writeLibrary(path.join(dir, "global", "library.json"), versionOne(mapAdd, addHeads));
  writeLibrary(projectFile(app), versionOne(subtracting));
  writeLibrary(projectFile(lib), versionOne(addConstant("libOnly", 2)));
  const library = multiRoot(dir, [app, lib]);
  await library.start();
  try {
    const inApp = library.bundleFor(path.join(app.path, "a.ts"))!;
    const inLib = library.bundleFor(path.join(lib.path, "b.ts"))!;
    // The worker merges each bundle: app's mapAdd subtracts, lib's adds.
    const merged = (bundle: LibraryBundle) => mergeLibraries(bundle.global, bundle.project);
    const mapAddIn = (bundle: LibraryBundle) => merged(bundle).operators.find((o) => o.name === "mapAdd")!.semantics([5, 6], 1, undefined as unknown as Value);
    assert.deepEqual(mapAddIn(inApp), [4, 5]);
    assert.deepEqual(mapAddIn(inLib), [6, 7]);
    assert.deepEqual(merged(inApp).leftOut.map((l) => l.name), ["mapAdd", "addHeads"]);
    assert.deepEqual(merged(inLib).leftOut, []);
    // The view says where the global ones are not used.
    const globalMapAdd = library.list().find((f) => f.scope === "global" && f.name === "mapAdd")!;
    assert.equal(globalMapAdd.leftOut, "in app, the project library has a different function named mapAdd");
    // Exported for lib, the global mapAdd is there; for app, app's own.
    assert.match(await library.export("python", lib.id), /return \[x \+ b for x in a\]/);
    const forApp = await library.export("python", app.id);
    assert.match(forApp, /return \[x - b for x in a\]/);
    assert.doesNotMatch(forApp, /x \+ b|addHeads/);
    // A global function may not take a name some folder's project library uses, and the refusal says which folder.
    const plus = library.list().find((f) => f.name === "addHeads")!;
    await assert.rejects(library.rename("global", plus.id, "libOnly"), /The project library of lib has a function named libOnly/);
  } finally {
    library.dispose();
  }
});

test("multi-root: folders added and removed while the server runs start and stop being used and watched", async () => {
  const dir = scratchDirectory("grimoire-roots-");
  const [app, lib, inner] = [folder(dir, "app"), folder(dir, "lib"), folder(dir, path.join("app", "inner"))];
  writeLibrary(projectFile(app), versionOne(addConstant("appOnly", 1)));
  writeLibrary(projectFile(lib), versionOne(addConstant("libOnly", 2)));
  writeLibrary(projectFile(inner), versionOne(addConstant("innerOnly", 3)));
  const changes = { count: 0 };
  const library = multiRoot(dir, [app], changes);
  await library.start();
  try {
    const libDocument = path.join(lib.path, "b.ts");
    assert.equal(library.bundleFor(libDocument), undefined, "no global functions, and lib is not a folder of the window yet");
    const before = changes.count;
    await library.changeFolders({ added: [lib] });
    assert.equal(changes.count, before + 1);
    assert.deepEqual(names(library.bundleFor(libDocument)?.project), ["libOnly"]);
    assert.deepEqual(library.folders().map((f) => f.name), ["app", "lib"]);
    // Its file is watched now: a change another process makes is read.
    await new LibraryStore(projectFile(lib)).addLearned([{ definition: addEach.abstraction!, uses: 2, tasks: ["a", "b"] }]);
    await until(() => names(library.bundleFor(libDocument)?.project).includes("addEach"), "lib's new function");
    // A nested folder: its documents get its own project library, the rest of app keeps app's.
    await library.changeFolders({ added: [inner] });
    assert.deepEqual(names(library.bundleFor(path.join(inner.path, "c.ts"))?.project), ["innerOnly"]);
    assert.deepEqual(names(library.bundleFor(path.join(app.path, "d.ts"))?.project), ["appOnly"]);
    // Removed (named by its path, as another spelling of its URI would be): lib's documents are outside every folder again.
    await library.changeFolders({ removed: [{ ...lib, id: "file:///another/spelling" }, inner] });
    assert.equal(library.bundleFor(libDocument), undefined);
    assert.deepEqual(names(library.bundleFor(path.join(inner.path, "c.ts"))?.project), ["appOnly"]);
    assert.deepEqual(library.list().map((f) => f.name), ["appOnly"]);
    // ... and its file is no longer watched: a change to it reports nothing.
    const after = changes.count;
    await new LibraryStore(projectFile(lib)).addLearned([{ definition: addConstantOperator("later", 9), uses: 2, tasks: ["a", "b"] }]);
    await sleep(600);
    assert.equal(changes.count, after);
  } finally {
    library.dispose();
  }
});

test("multi-root: rename, pin and delete of a project function act on its own folder's file only", async () => {
  const dir = scratchDirectory("grimoire-roots-");
  const [app, lib] = [folder(dir, "app"), folder(dir, "lib")];
  // The same file in both folders (copied by hand): the same functions under the same ids.
  writeLibrary(projectFile(app), versionOne(addMod, mapAdd));
  writeLibrary(projectFile(lib), versionOne(addMod, mapAdd));
  const appText = fs.readFileSync(projectFile(app), "utf8");
  const library = multiRoot(dir, [app, lib]);
  await library.start();
  try {
    const inLib = (name: string) => library.list().find((f) => f.folder === lib.id && f.name === name)!;
    const inApp = (name: string) => library.list().find((f) => f.folder === app.id && f.name === name)!;
    assert.equal(inLib("mapAdd").id, inApp("mapAdd").id);
    assert.deepEqual(await library.rename("project", inLib("mapAdd").id, "addToEach", lib.id), { before: "mapAdd", after: "addToEach" });
    await library.reload();
    await library.store("project", lib.id).setPinned(inLib("addToEach").id, true);
    const deleted = await library.store("project", lib.id).delete(inLib("addMod").id);
    assert.equal(deleted?.deleted.name, "addMod");
    await library.reload();
    const libFile = JSON.parse(fs.readFileSync(projectFile(lib), "utf8"));
    assert.deepEqual(libFile.functions.map((f: { name: string; pinned: boolean }) => [f.name, f.pinned]), [["addToEach", true]]);
    assert.equal(fs.readFileSync(projectFile(app), "utf8"), appText, "app's file is untouched");
    assert.deepEqual(
      library.list().map((f) => [f.name, f.folderName]),
      [["addMod", "app"], ["mapAdd", "app"], ["addToEach", "lib"]],
    );
    // A project function's new name must not be a global one's.
    await library.store("global").addLearned([{ definition: addEach.abstraction!, uses: 2, tasks: ["a", "b"] }]);
    await assert.rejects(library.rename("project", inApp("mapAdd").id, "addEach", app.id), /The global library has a function named addEach/);
    // A folder that is not open is refused, not mistaken for another.
    assert.throws(() => library.store("project", "file:///closed"), /no longer open/);
  } finally {
    library.dispose();
  }
});

test("multi-root: Add to Project Library copies into the chosen folder and says which", async () => {
  const dir = scratchDirectory("grimoire-roots-");
  const [app, lib] = [folder(dir, "app"), folder(dir, "lib")];
  writeLibrary(path.join(dir, "global", "library.json"), versionOne(addMod, shiftAll));
  const library = multiRoot(dir, [app, lib]);
  await library.start();
  try {
    const shiftAllId = library.list().find((f) => f.name === "shiftAll")!.id;
    const message = await library.shareWithProject(shiftAllId, lib.id);
    assert.equal(message, "Added addMod, shiftAll to the project library of lib (.grimoire/library.json); commit it to share it.");
    assert.equal(fs.existsSync(projectFile(app)), false);
    assert.deepEqual(JSON.parse(fs.readFileSync(projectFile(lib), "utf8")).functions.map((f: { name: string }) => f.name), ["addMod", "shiftAll"]);
    assert.deepEqual(names(library.bundleFor(path.join(lib.path, "x.ts"))?.project), ["addMod", "shiftAll"]);
    assert.deepEqual(names(library.bundleFor(path.join(app.path, "x.ts"))?.project), []);
    assert.equal(await library.shareWithProject(shiftAllId, lib.id), "The project library of lib already has shiftAll.");
  } finally {
    library.dispose();
  }
});

/** Waits until the check holds (re-checking every 50 ms, for at most 10 s). */
async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** addK(a) = add(a, k) as a checked definition, for addLearned. */
function addConstantOperator(name: string, k: number) {
  return abstractionOperator({ name, params: [NUMBER], result: NUMBER, body: arith("add", param(0, NUMBER), constant(k, NUMBER)), cost: 3 }).abstraction!;
}

test("a Python file's first import is parted from the definition below it by two blank lines; later ones join the imports", () => {
  const add = (text: string, modules: string[]) => applyEdits(text, pythonImportEdits(text, modules));
  assert.equal(add("def f(xs):\n    pass\n", ["statistics"]), "import statistics\n\n\ndef f(xs):\n    pass\n");
  assert.equal(add('"""Sums."""\n\ndef f(xs):\n    pass\n', ["math", "statistics"]), '"""Sums."""\nimport math\nimport statistics\n\n\ndef f(xs):\n    pass\n');
  assert.equal(add("import math\n\n\ndef f(xs):\n    pass\n", ["statistics"]), "import statistics\nimport math\n\n\ndef f(xs):\n    pass\n");
  assert.equal(add("import statistics\ndef f(xs):\n    pass\n", ["statistics"]), "import statistics\ndef f(xs):\n    pass\n", "a module imported already is left alone");
});
