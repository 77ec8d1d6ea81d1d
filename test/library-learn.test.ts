// Abstraction learning: what it extracts from a corpus, that rewriting keeps every program's
// meaning, and that the search uses learned functions and emits them as plain code.
import assert from "node:assert/strict";
import { test } from "node:test";
import { abstractionOperator, inlineAbstractions } from "../language-server/engine/abstraction";
import { OPERATOR_BY_NAME } from "../language-server/engine/operators";
import { apply, constant, lambda, lambdaVar, param, programKey, runProgram, showProgram, type Program } from "../language-server/engine/program";
import { emitProgram } from "../language-server/engine/emit";
import { priorCostOf, synthesize } from "../language-server/engine/synthesize";
import type { Instance } from "../language-server/engine/instantiate";
import { fnOf, listOf, NUMBER, type Type, type Value } from "../language-server/engine/types";
import { learnAbstractions, type CorpusProgram } from "../language-server/library/learn";

const NUMS = listOf(NUMBER);
const op = (name: string) => OPERATOR_BY_NAME.get(name)!;
const num = (n: number) => constant(n, NUMBER);
const xs = param(0, NUMS);
const x = lambdaVar(0, NUMBER);
const arith = (name: string, a: Program, b: Program) => apply(op(name), { params: [NUMBER, NUMBER], result: NUMBER }, [a, b]);
const mapNums = (list: Program, body: Program) =>
  apply(op("map"), { params: [NUMS, fnOf([NUMBER], NUMBER)], result: NUMS }, [list, lambda([NUMBER], body)]);
const filterNums = (list: Program, body: Program) =>
  apply(op("filter"), { params: [NUMS, fnOf([NUMBER], { kind: "boolean" } as Type)], result: NUMS }, [list, lambda([NUMBER], body)]);
const sum = (list: Program) => apply(op("sum"), { params: [NUMS], result: NUMBER }, [list]);

/** x => (x + k) mod n, mapped over the input: the Caesar-cipher family. */
const caesar = (k: number, n: number) => mapNums(xs, arith("mod", arith("add", x, num(k)), num(n)));

const INPUTS: Value[][] = [[[1, 2, 3]], [[7, 0, 12, 5]], [[]], [[9]]];

function sameMeaning(a: Program, b: Program): void {
  for (const inputs of INPUTS) assert.deepEqual(runProgram(a, inputs), runProgram(b, inputs), `${showProgram(a)} vs ${showProgram(b)}`);
}

test("learns the sub-program several tasks share, with its arguments as parameters", () => {
  const corpus: CorpusProgram[] = [
    { task: "caesar 2 5", program: caesar(2, 5) },
    { task: "caesar 3 4", program: caesar(3, 4) },
    { task: "sum of caesar 1 7", program: sum(caesar(1, 7)) },
    { task: "double", program: mapNums(xs, arith("mul", x, num(2))) },
  ];
  const result = learnAbstractions(corpus);
  assert.ok(result.abstractions.length >= 1);
  const [first] = result.abstractions;
  assert.equal(showProgram(first.definition.body, ["a", "b", "c"]), "map(a, (x) => mod(add(x, b), c))");
  assert.deepEqual(first.definition.params.map((t) => t.kind), ["list", "number", "number"]);
  assert.equal(first.uses, 3);
  assert.deepEqual([...first.tasks].sort(), ["caesar 2 5", "caesar 3 4", "sum of caesar 1 7"]);
  assert.ok(result.sizeAfter < result.sizeBefore, `${result.sizeAfter} < ${result.sizeBefore}`);
  // Rewritten programs call it, mean what they meant, and expand back to the originals.
  assert.equal(showProgram(result.rewritten[1].program, ["xs"]), `${first.definition.name}(xs, 3, 4)`);
  result.rewritten.forEach((r, i) => {
    sameMeaning(r.program, corpus[i].program);
    assert.equal(programKey(inlineAbstractions(r.program)!), programKey(corpus[i].program));
  });
});

test("keeps nothing that only one task uses, however often", () => {
  const twice = apply(op("append"), { params: [NUMS, NUMS], result: NUMS }, [caesar(2, 5), caesar(3, 4)]);
  const result = learnAbstractions([
    { task: "one", program: twice },
    { task: "two", program: mapNums(xs, arith("mul", x, num(2))) },
  ]);
  assert.deepEqual(result.abstractions, []);
  assert.equal(result.sizeAfter, result.sizeBefore);
});

test("later abstractions build on earlier ones, and abstracting over a lambda gives a function parameter", () => {
  // Five tasks filter by a remainder test; three of them also sum the result.
  const isMultiple = (k: number) => apply(op("equals"), { params: [NUMBER, NUMBER], result: { kind: "boolean" } }, [arith("mod", x, num(k)), num(0)]);
  const corpus: CorpusProgram[] = [
    { task: "sum multiples of 3", program: sum(filterNums(xs, isMultiple(3))) },
    { task: "sum multiples of 5", program: sum(filterNums(xs, isMultiple(5))) },
    { task: "sum multiples of 6", program: sum(filterNums(xs, isMultiple(6))) },
    { task: "multiples of 7", program: filterNums(xs, isMultiple(7)) },
    { task: "multiples of 2", program: filterNums(xs, isMultiple(2)) },
    { task: "sum of doubles", program: sum(mapNums(xs, arith("mul", x, num(2)))) },
    { task: "sum of triples", program: sum(mapNums(xs, arith("mul", x, num(3)))) },
  ];
  const result = learnAbstractions(corpus);
  const bodies = result.abstractions.map((a) => showProgram(a.definition.body, ["a", "b", "c"]));
  assert.ok(bodies.length >= 2, bodies.join("; "));
  const names = new Set(result.abstractions.map((a) => a.definition.name));
  assert.ok(
    result.abstractions.slice(1).some((a) => [...names].some((n) => showProgram(a.definition.body).includes(`${n}(`))),
    `no abstraction calls an earlier one: ${bodies.join("; ")}`,
  );
  result.rewritten.forEach((r, i) => sameMeaning(r.program, corpus[i].program));
  // sum(map(a, f)) and sum(filter(a, f)) abstract the lambda itself: a parameter of function type.
  const learnedWithLambda = learnAbstractions(
    [
      { task: "a", program: sum(mapNums(xs, arith("mul", x, num(2)))) },
      { task: "b", program: sum(mapNums(xs, arith("add", x, num(1)))) },
      { task: "c", program: sum(mapNums(xs, arith("sub", x, num(4)))) },
    ],
    { maxArity: 2 },
  );
  assert.ok(
    learnedWithLambda.abstractions.some((a) => a.definition.params.some((t) => t.kind === "function")),
    learnedWithLambda.abstractions.map((a) => showProgram(a.definition.body)).join("; "),
  );
});

test("the search uses a learned function as one step and emits it expanded", () => {
  const { abstractions } = learnAbstractions([
    { task: "caesar 2 5", program: caesar(2, 5) },
    { task: "caesar 3 4", program: caesar(3, 4) },
    { task: "caesar 1 7", program: caesar(1, 7) },
  ]);
  const library = abstractions.map((a) => a.operator);
  const task = {
    name: "shift",
    params: [{ name: "xs", type: NUMS }],
    returnType: NUMS,
    examples: [
      { inputs: [[1, 2, 3, 4, 5]], output: [5, 0, 1, 2, 3] },
      { inputs: [[10, 0, 7]], output: [2, 4, 5] },
      { inputs: [[6]], output: [4] },
    ],
  };
  const result = synthesize(task, { timeoutMs: 3000, library });
  assert.equal(result.status, "solved");
  assert.match(result.best!.expression, new RegExp(`^${abstractions[0].definition.name}\\(xs, 4, 6\\)$`));
  assert.equal(result.best!.returns.typescript, "xs.map((x) => (x + 4) % 6)");
  assert.equal(result.best!.returns.python, "[(x + 4) % 6 for x in xs]");
  assert.deepEqual(result.best!.run([[0, 5]]), { ok: true, value: [4, 3] });
});

test("an argument that would be captured by the body's lambda is emitted as a helper call", () => {
  // addAll(a, b) = map(a, (x) => add(x, b)), called inside another lambda with that lambda's variable.
  const addAll = abstractionOperator({
    name: "addAll",
    params: [NUMS, NUMBER],
    result: NUMS,
    body: mapNums(param(0, NUMS), arith("add", x, param(1, NUMBER))),
    cost: 4,
  });
  const outer = mapNums(xs, sum(apply(addAll, { params: [NUMS, NUMBER], result: NUMS }, [xs, x])));
  assert.equal(inlineAbstractions(outer), undefined);
  assert.deepEqual(runProgram(outer, [[1, 2]]), { ok: true, value: [5, 7] });
  const emitted = emitProgram("f", [{ name: "xs", type: NUMS }], NUMS, outer);
  assert.equal(
    emitted.code.typescript,
    "function addAll(a: number[], b: number): number[] {\n  return a.map((x) => x + b);\n}\n\n" +
      "function f(xs: number[]): number[] {\n  return xs.map((x) => addAll(xs, x).reduce((a, b) => a + b, 0));\n}\n",
  );
  // Python names it in snake case (PEP 8), in its definition and its calls.
  assert.match(emitted.code.python, /^def add_all\(a: list\[int\], b: int\) -> list\[int\]:\n    return \[x \+ b for x in a\]\n/);
  assert.equal(emitted.returns.python, "[sum(add_all(xs, x)) for x in xs]");
});

test("a library function called with an empty list or a zero is written out without them", () => {
  // appendSnoc(a, b, c) = append(snoc(a, b), c); mapModAdd(a, b, c) = map(a, (x) => mod(add(x, b), c)).
  const listOps = (name: string, params: Type[]) => (...args: Program[]) => apply(op(name), { params, result: NUMS }, args);
  const appendSnoc = abstractionOperator({
    name: "appendSnoc",
    params: [NUMS, NUMBER, NUMS],
    result: NUMS,
    body: listOps("append", [NUMS, NUMS])(listOps("snoc", [NUMS, NUMBER])(param(0, NUMS), param(1, NUMBER)), param(2, NUMS)),
    cost: 5,
  });
  const mapModAdd = abstractionOperator({
    name: "mapModAdd",
    params: [NUMS, NUMBER, NUMBER],
    result: NUMS,
    body: mapNums(param(0, NUMS), arith("mod", arith("add", x, param(1, NUMBER)), param(2, NUMBER))),
    cost: 6,
  });
  const head = apply(op("head"), { params: [NUMS], result: NUMBER }, [xs]);
  const drop = (n: number) => apply(op("drop"), { params: [NUMS, NUMBER], result: NUMS }, [xs, num(n)]);
  const call = (f: typeof appendSnoc, ...args: Program[]) => apply(f, { params: f.params, result: f.result }, args);
  const cases: [Program, string, string][] = [
    // append(snoc([], head), drop) is the list that starts with the head: [y, ...rest].
    [call(appendSnoc, constant([], NUMS), head, drop(2)), "[xs[0], ...xs.slice(2)]", "[xs[0]] + xs[2:]"],
    [call(appendSnoc, xs, head, constant([], NUMS)), "[...xs, xs[0]]", "xs + [xs[0]]"],
    [call(mapModAdd, xs, num(0), num(3)), "xs.map((x) => x % 3)", "[x % 3 for x in xs]"],
  ];
  for (const [program, typescript, python] of cases) {
    const inlined = inlineAbstractions(program)!;
    sameMeaning(program, inlined);
    const emitted = emitProgram("f", [{ name: "xs", type: NUMS }], NUMS, program);
    assert.equal(emitted.returns.typescript, typescript);
    assert.equal(emitted.returns.python, python);
  }
  // A call whose arguments take nothing away is written out in full.
  assert.equal(emitProgram("f", [{ name: "xs", type: NUMS }], NUMS, call(mapModAdd, xs, num(2), num(5))).returns.typescript, "xs.map((x) => (x + 2) % 5)");
});

test("under a learned prior, a library function's cost moves with its body's operators", () => {
  const shift = abstractionOperator({ name: "shiftMod", params: [NUMS, NUMBER, NUMBER], result: NUMS, body: mapNums(param(0, NUMS), arith("mod", arith("add", x, param(1, NUMBER)), param(2, NUMBER))), cost: 5 });
  const costIn = (guided: Map<string, number>) => priorCostOf(guided)({ op: shift } as Instance);
  const handSet = (name: string) => op(name).cost;
  // The model finds map, add and mod likelier than their hand-set costs say: the function is cheaper.
  const likely = new Map([["map", handSet("map") - 2], ["add", handSet("add") - 2], ["mod", handSet("mod") - 2]]);
  assert.equal(costIn(likely), 3);
  // And dearer when the model expects none of them.
  const unlikely = new Map([["map", handSet("map") + 3], ["add", handSet("add") + 3], ["mod", handSet("mod") + 3]]);
  assert.equal(costIn(unlikely), 8);
  // Operators the prior names keep its cost; the rest keep their hand-set cost.
  assert.equal(priorCostOf(likely)({ op: op("map") } as Instance), handSet("map") - 2);
  assert.equal(priorCostOf(likely)({ op: op("sum") } as Instance), handSet("sum"));
});

test("a single operator with constants is not a library function unless asked for", () => {
  // take(xs, 3) in three tasks: it compresses, but nobody would name it.
  const take3 = apply(op("take"), { params: [NUMS, NUMBER], result: NUMS }, [xs, num(3)]);
  const corpus: CorpusProgram[] = [
    { task: "first three", program: take3 },
    { task: "sum of first three", program: sum(take3) },
    { task: "first three doubled", program: mapNums(take3, arith("mul", x, num(2))) },
  ];
  assert.deepEqual(learnAbstractions(corpus).abstractions.map((a) => showProgram(a.definition.body, ["a"])), []);
  const learned = learnAbstractions(corpus, { minOperators: 1 }).abstractions;
  assert.deepEqual(learned.map((a) => [a.definition.name, showProgram(a.definition.body, ["a"])]), [["take3", "take(a, 3)"]]);
});
