// Which literals the search is offered, and the unlabeled inputs it compares programs on.
import assert from "node:assert/strict";
import { test } from "node:test";
import { constantLeaves } from "../language-server/engine/constants";
import { deductions } from "../language-server/engine/deduce";
import { typeUniverse } from "../language-server/engine/instantiate";
import { unlabeledInputs } from "../language-server/engine/inputs";
import { BOOLEAN, listOf, NUMBER, STRING, type Task, type Value } from "../language-server/engine/types";

function stringTask(pairs: [string, string][]): Task {
  return {
    name: "t",
    params: [{ name: "s", type: STRING }],
    returnType: STRING,
    examples: pairs.map(([i, o]) => ({ inputs: [i], output: o })),
  };
}

const constantStrings = (t: Task) =>
  constantLeaves(t, typeUniverse(t))
    .map((l) => (l.program.kind === "const" ? l.program.value : undefined))
    .filter((v): v is string => typeof v === "string");

test("literal text is what no input supplies, not the whole output", () => {
  const t = stringTask([
    ["George Washington", "Mr. Washington"],
    ["Abraham Lincoln", "Mr. Lincoln"],
  ]);
  const strings = constantStrings(t);
  assert.ok(strings.includes("Mr."), JSON.stringify(strings));
  assert.ok(!strings.includes("Mr. Washington"));
  // Its characters are offered too, for operators that take one character.
  assert.ok(strings.includes("M"));
});

test("inserted text is cut where an input reappears in another case, from three characters on", () => {
  const greeting = stringTask([
    ["ada", "Hello, Ada!"],
    ["bob", "Hello, Bob!"],
  ]);
  const strings = constantStrings(greeting);
  assert.ok(strings.includes("Hello, "), JSON.stringify(strings));
  assert.ok(!strings.includes("Hello, A"));
  // Two letters are too few: "SE" of "FALSE" is no piece of "search".
  const verdict = stringTask([
    ["search", "FALSE"],
    ["seen", "FALSE"],
    ["x", "TRUE"],
  ]);
  assert.ok(constantStrings(verdict).includes("FALSE"), JSON.stringify(constantStrings(verdict)));
});

test("inserted text counts for an example whose inserted run holds it, as where the inputs are single characters", () => {
  const t: Task = {
    name: "joinWithAnd",
    params: [{ name: "items", type: listOf(STRING) }],
    returnType: STRING,
    examples: [
      { inputs: [["cats", "dogs"]], output: "cats and dogs" },
      // Single characters supply nothing, so this whole output is one inserted run.
      { inputs: [["a", "b", "c"]], output: "a and b and c" },
    ],
  };
  assert.ok(constantStrings(t).includes(" and "), JSON.stringify(constantStrings(t)));
});

test("text cut from the inputs in two examples is offered, but not a whole input the output lacks", () => {
  const stripScheme = stringTask([
    ["http://example.com", "example.com"],
    ["example.org", "example.org"],
    ["http://a.b", "a.b"],
  ]);
  assert.ok(constantStrings(stripScheme).includes("http://"), JSON.stringify(constantStrings(stripScheme)));
  const verdict = stringTask([
    ["the text to search in", "FALSE"],
    ["the text to search in", "TRUE"],
  ]);
  assert.ok(!constantStrings(verdict).includes("the text to search in"), "the output is made of something else");
});

test("input text the task's words name is offered, though no output shows it", () => {
  const isAdmin = (words?: string[]): Task => ({
    name: "isAdmin",
    params: [{ name: "role", type: STRING }],
    returnType: BOOLEAN,
    examples: [
      { inputs: ["admin"], output: true },
      { inputs: ["user"], output: false },
    ],
    ...(words ? { words } : {}),
  });
  assert.ok(constantStrings(isAdmin(["is", "admin"])).includes("admin"));
  assert.ok(!constantStrings(isAdmin(["is", "admin"])).includes("user"));
  assert.ok(!constantStrings(isAdmin()).includes("admin"), "without words, nothing says which input is meant");
});

test("padding characters that only the outputs hold are offered", () => {
  const t = stringTask([
    ["123", "00123"],
    ["7", "00007"],
  ]);
  assert.ok(constantStrings(t).includes("0"));
});

test("task literals come first and cheapest", () => {
  const t: Task = { ...stringTask([["a", "b"]]), constants: ["<COMPANY>", 7] };
  const leaves = constantLeaves(t, typeUniverse(t));
  const company = leaves.find((l) => l.program.kind === "const" && l.program.value === "<COMPANY>");
  const seven = leaves.find((l) => l.program.kind === "const" && l.program.value === 7);
  assert.equal(company?.cost, 2);
  assert.equal(seven?.cost, 2);
});

test("unlabeled inputs differ from every example and keep the parameters' types", () => {
  const t: Task = {
    name: "t",
    params: [
      { name: "s", type: STRING },
      { name: "xs", type: listOf(NUMBER) },
    ],
    returnType: STRING,
    examples: [
      { inputs: ["ab cd", [1, 2]], output: "x" },
      { inputs: ["ef gh", [3]], output: "y" },
    ],
  };
  const extra = unlabeledInputs(t, 3);
  assert.equal(extra.length, 3);
  const seen = new Set(t.examples.map((e) => JSON.stringify(e.inputs)));
  for (const inputs of extra) {
    assert.ok(!seen.has(JSON.stringify(inputs)));
    assert.equal(typeof inputs[0], "string");
    assert.ok(Array.isArray(inputs[1]) && (inputs[1] as Value[]).every((x) => typeof x === "number"));
  }
});

test("deductions read per-element examples off aligned outputs", () => {
  const t: Task = {
    name: "inc",
    params: [{ name: "xs", type: listOf(NUMBER) }],
    returnType: listOf(NUMBER),
    examples: [
      { inputs: [[1, 2]], output: [2, 3] },
      { inputs: [[5]], output: [6] },
    ],
  };
  const map = deductions(t).find((d) => d.name === "map");
  assert.ok(map, "expected a map deduction");
  assert.deepEqual(
    map.task.examples.map((e) => [e.inputs[0], e.output]),
    [
      [1, 2],
      [2, 3],
      [5, 6],
    ],
  );
  // A conflicting element (the same input mapped to two outputs) rules the deduction out.
  const conflicting: Task = { ...t, examples: [{ inputs: [[1, 1]], output: [2, 3] }, { inputs: [[4]], output: [5] }] };
  assert.equal(deductions(conflicting).find((d) => d.name === "map"), undefined);
});

test("word-wise deduction needs words that line up", () => {
  const aligned = stringTask([
    ["hello world", "Hello World"],
    ["a b c", "A B C"],
  ]);
  assert.ok(deductions(aligned).some((d) => d.name.startsWith("words")));
  const notAligned = stringTask([
    ["hello world", "HW"],
    ["a b c", "ABC"],
  ]);
  assert.ok(!deductions(notAligned).some((d) => d.name.startsWith("words")));
});

test("the letters of inserted text do not crowd out the text itself", () => {
  // Every letter of "Good morning, " occurs in all four outputs, each run in only two.
  const t: Task = {
    name: "greeting",
    params: [{ name: "name", type: STRING }, { name: "hour", type: NUMBER }],
    returnType: STRING,
    examples: [
      { inputs: ["Ada", 9], output: "Good morning, Ada" },
      { inputs: ["Bob", 15], output: "Good afternoon, Bob" },
      { inputs: ["Cy", 7], output: "Good morning, Cy" },
      { inputs: ["Di", 13], output: "Good afternoon, Di" },
    ],
  };
  const strings = constantStrings(t);
  assert.ok(strings.includes("Good morning, "), JSON.stringify(strings));
  assert.ok(strings.includes("Good afternoon, "), JSON.stringify(strings));
});

test("characters the outputs lack though the inputs hold them are offered, for a replacement to name", () => {
  const strings = constantStrings(
    stringTask([
      ["leet", "l33t"],
      ["hello", "h3llo"],
      ["tree", "tr33"],
    ]),
  );
  assert.ok(strings.includes("e"), JSON.stringify(strings));
  // "l" and "t" stay in every output they were in: nothing says they are taken out.
  assert.ok(!strings.includes("l") && !strings.includes("t"), JSON.stringify(strings));
});
