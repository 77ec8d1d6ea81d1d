// Lines read off the examples: unit conversions and prices with a fractional rate.
import assert from "node:assert/strict";
import { test } from "node:test";
import { linearFits } from "../language-server/engine/linear";
import { showProgram } from "../language-server/engine/program";
import { synthesize } from "../language-server/engine/synthesize";
import { NUMBER, type Task, type Value } from "../language-server/engine/types";

function numberTask(name: string, params: string[], pairs: [number[], number][]): Task {
  return {
    name,
    params: params.map((p) => ({ name: p, type: NUMBER })),
    returnType: NUMBER,
    examples: pairs.map(([inputs, output]) => ({ inputs, output })),
  };
}

const fits = (t: Task) => linearFits(t).map((p) => showProgram(p, t.params.map((q) => q.name)));

test("a conversion with a fractional rate is found and written as a person would", () => {
  const t = numberTask("fahrenheit", ["c"], [[[0], 32], [[100], 212], [[10], 50]]);
  const r = synthesize(t, { timeoutMs: 3000 });
  assert.equal(r.best?.returns.typescript, "c * 9 / 5 + 32");
  assert.equal(r.best?.returns.python, "c * 9 / 5 + 32");
  // Beyond the examples the result is fractional, as the conversion's is.
  assert.deepEqual(r.best!.run([37]), { ok: true, value: 98.6 });
  assert.deepEqual(r.best!.run([-40]), { ok: true, value: -40 });
});

test("a line whose intercept is a whole multiple of the slope shifts first", () => {
  const t = numberTask("celsius", ["f"], [[[32], 0], [[212], 100], [[50], 10]]);
  assert.equal(synthesize(t, { timeoutMs: 3000 }).best?.returns.typescript, "(f - 32) * 5 / 9");
});

test("a rate over a denominator above 12 is written as a percentage", () => {
  const t = numberTask("withTax", ["price"], [[[100], 108], [[50], 54], [[25], 27]]);
  assert.deepEqual(fits(t), ["quotient(mul(price, 108), 100)"]);
});

test("no line is read off two points, points off one line, or one value of the parameter", () => {
  assert.deepEqual(fits(numberTask("two", ["x"], [[[1], 3], [[4], 9]])), []);
  assert.deepEqual(fits(numberTask("square", ["x"], [[[1], 1], [[2], 4], [[3], 9]])), []);
  assert.deepEqual(fits(numberTask("same", ["x", "y"], [[[1, 1], 2], [[1, 2], 4], [[1, 5], 10]])), ["mul(y, 2)"]);
});

test("an irrational-looking slope is not fitted", () => {
  const t = numberTask("odd", ["x"], [[[0], 0], [[1], Math.SQRT2], [[2], 2 * Math.SQRT2]]);
  assert.deepEqual(fits(t), []);
});

test("the fitted line is checked on every example", () => {
  // The first two examples lie on x * 3 / 2, the third does not.
  const t = numberTask("bent", ["x"], [[[2], 3], [[4], 6], [[6], 10]]);
  const r = synthesize(t, { timeoutMs: 1000 });
  for (const ex of t.examples) assert.deepEqual(r.best?.run(ex.inputs as Value[]) ?? { ok: true, value: ex.output }, { ok: true, value: ex.output });
  assert.doesNotMatch(r.best?.returns.typescript ?? "", /\* 3 \/ 2/);
});
