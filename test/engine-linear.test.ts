// Lines read off the examples: unit conversions and prices with a fractional rate.
import assert from "node:assert/strict";
import { test } from "node:test";
import { linearFits, weightedSums } from "../language-server/engine/linear";
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

const sums = (t: Task) => weightedSums(t).map((p) => showProgram(p, t.params.map((q) => q.name)));

test("a weighted sum of the parameters with the weights of units is read off as many examples as weights", () => {
  const t = numberTask("totalSeconds", ["hours", "minutes", "seconds"], [
    [[1, 0, 0], 3600],
    [[0, 2, 5], 125],
    [[1, 1, 1], 3661],
  ]);
  assert.deepEqual(sums(t), ["add(add(mul(hours, 3600), mul(minutes, 60)), seconds)"]);
  const r = synthesize(t, { timeoutMs: 3000 });
  assert.equal(r.best?.returns.typescript, "hours * 3600 + minutes * 60 + seconds");
  assert.deepEqual(r.best!.run([2, 30, 15]), { ok: true, value: 9015 });
});

test("a weighted sum is not read where any examples would fit some weights, unless they are round", () => {
  // Three examples fit three weights always; 7, -13 and 17 are weights no person chose unasked.
  assert.deepEqual(sums(numberTask("odd", ["a", "b", "c"], [[[1, 0, 0], 7], [[0, 1, 0], -13], [[0, 0, 1], 17]])), []);
  // With one example more than weights the fit is evidence, whatever the weights.
  const fourPoints = numberTask("score", ["a", "b"], [[[1, 0], 7], [[0, 1], -3], [[1, 1], 4], [[2, 1], 11]]);
  assert.deepEqual(sums(fourPoints), ["sub(mul(a, 7), mul(b, 3))"]);
  // A constant term needs two examples more than weights; the examples off the plane leave nothing.
  assert.deepEqual(sums(numberTask("bent", ["a", "b"], [[[1, 0], 7], [[0, 1], 3], [[1, 1], 4], [[2, 1], 11]])), []);
  const withConstant = numberTask("shifted", ["a", "b"], [[[1, 0], 12], [[0, 1], 7], [[1, 1], 14], [[2, 1], 21], [[0, 0], 5]]);
  assert.deepEqual(sums(withConstant), ["add(add(mul(a, 7), mul(b, 2)), 5)"]);
});
