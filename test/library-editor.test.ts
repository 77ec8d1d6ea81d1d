// The editor side of library learning, without an editor: a filled function calls a library
// function as a helper inserted once above it (TypeScript, JavaScript, Python), accepted functions
// carry their programs, and a learning run goes from accepted functions to library functions.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import * as vm from "node:vm";
import { transformSync } from "esbuild";
import { applyEdits, candidateEdits, definesFunction, emittedCandidate } from "../language-server/document/fill";
import { abstractionOperator } from "../language-server/engine/abstraction";
import type { Candidate } from "../language-server/engine/api";
import { emitProgram } from "../language-server/engine/emit";
import { OPERATOR_BY_NAME, type Operator } from "../language-server/engine/operators";
import { apply, constant, lambda, lambdaVar, param, runProgram, showProgram, type Program } from "../language-server/engine/program";
import { fnOf, listOf, NUMBER, type Type, type Value } from "../language-server/engine/types";
import { readFunctions, type SourceLanguage } from "../language-server/examples/read";
import { programFromJson } from "../language-server/library/library-file";

const NUMS = listOf(NUMBER);
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
    const definitions = text.match(language === "python" ? /^def shiftMod\(/gm : /^function shiftMod\(/gm) ?? [];
    assert.equal(definitions.length, 1, text);
    assert.ok(text.indexOf("shiftMod(") < text.indexOf(language === "python" ? "def shift2" : "function shift2"), text);
    assert.match(text, language === "python" ? /return shiftMod\(xs, 2, 5\)/ : /return shiftMod\(xs, 2, 5\);/);
    assert.match(text, /return shiftMod\(xs, 3, 4\)/);
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
