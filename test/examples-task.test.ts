// From found functions to synthesis tasks: declared types win, otherwise types are inferred from the
// example values, which must agree; problems name the example that disagrees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFunctions, taskOf, type FoundFunction } from "../language-server/examples/read";
import { BOOLEAN, NUMBER, STRING, listOf, recordOf } from "../language-server/engine/types";

const one = async (text: string, lang: "typescript" | "javascript" | "python" = "typescript"): Promise<FoundFunction> => {
  const fns = await readFunctions(text, lang);
  assert.equal(fns.length, 1, JSON.stringify(fns.map((f) => f.name)));
  return fns[0];
};

test("declared types, interfaces and aliases give the task's signature", async () => {
  const fn = await one(`interface P { name: string; tags: string[] }
type Out = { n: number; ok: boolean };
/** @example f({ name: "a", tags: [] }, [1]) // => { n: 1, ok: true } */
function f(p: P, xs: Array<number>): Out {}`);
  const r = taskOf(fn);
  assert.ok("task" in r);
  assert.deepEqual(r.task.params, [
    { name: "p", type: recordOf([{ name: "name", type: STRING }, { name: "tags", type: listOf(STRING) }]) },
    { name: "xs", type: listOf(NUMBER) },
  ]);
  assert.deepEqual(r.task.returnType, recordOf([{ name: "n", type: NUMBER }, { name: "ok", type: BOOLEAN }]));
  assert.deepEqual(r.task.examples, [{ inputs: [{ name: "a", tags: [] }, [1]], output: { n: 1, ok: true } }]);
});

test("types are inferred from the examples; empty lists are filled in by later examples", async () => {
  const fn = await one(`# pairs([], "a") => []
# pairs([1, 2], "b") => ["b", "b"]
def pairs(xs, s):
    pass`, "python");
  const r = taskOf(fn);
  assert.ok("task" in r);
  assert.deepEqual(r.task.params, [{ name: "xs", type: listOf(NUMBER) }, { name: "s", type: STRING }]);
  assert.equal(r.task.name, "pairs");
});

test("examples that disagree on types are problems naming the example", async () => {
  const fn = await one(`// f("a") => 1
// f(2) => 1
function f(x) {}`, "javascript");
  const r = taskOf(fn);
  assert.ok(!("task" in r));
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].message, "example 2 (`f(2)`) gives `x` the type `number`, but the examples before it give `string`");
  assert.deepEqual([r.problems[0].range.start.line, r.problems[0].range.start.column], [1, 5]);
});

test("only empty lists, unusable annotations and no examples are problems", async () => {
  const empty = taskOf(await one(`// g([]) => 0\nfunction g(xs) {}`, "javascript"));
  assert.ok("problems" in empty && /cannot tell the type of `xs`/.test(empty.problems[0].message));
  const map = taskOf(await one(`// h(1) => 0\nfunction h(m: Map<string, number>): number {}`));
  assert.ok("problems" in map && /generic type `Map<…>`/.test(map.problems[0].message));
  const none = await one(`// k(x) => 0\nfunction k(a: number): number {}`);
  assert.equal(none.examples.length, 0);
  const r = taskOf(none);
  assert.ok("problems" in r && /no usable examples/.test(r.problems[0].message));
});

test("Python hints: dict as record, Optional, tuple as list", async () => {
  const fn = await one(`from typing import Optional
def f(d: dict[str, int], t: tuple[int, ...]) -> Optional[str]:
    """
    >>> f({"a": 1}, (1, 2))
    'a'
    >>> f([1], ())
    'b'
    """`, "python");
  assert.equal(fn.problems.length, 1);
  assert.equal(fn.problems[0].message, "`[1]` is a list, but `d` is declared `dict[str, int]`");
  const r = taskOf(fn);
  assert.ok("task" in r);
  assert.deepEqual(r.task.params, [{ name: "d", type: recordOf([{ name: "a", type: NUMBER }]) }, { name: "t", type: listOf(NUMBER) }]);
  assert.deepEqual(r.task.returnType, STRING);
});
