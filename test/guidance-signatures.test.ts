// Property signatures: the vector's shape, its determinism, what specific properties say about small
// tasks, that it separates tasks differing only in a relation, that huge values stay cheap, and that
// the bundled examples' tasks all get different vectors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { FEATURE_COUNT, featureNames, propertyNames, taskFeatures } from "../language-server/guidance/signatures";
import { BOOLEAN, NUMBER, STRING, listOf, recordOf, type Task, type Type, type Value } from "../language-server/engine/types";
import { readFunctions, taskOf, type SourceLanguage } from "../language-server/examples/read";

type Summary = "allTrue" | "allFalse" | "mixed" | "notApplicable";
const SUMMARIES: readonly Summary[] = ["allTrue", "allFalse", "mixed", "notApplicable"];

/** A task from parameter types, a return type and `[inputs, output]` pairs. */
function task(params: readonly Type[], returnType: Type, examples: readonly (readonly [readonly Value[], Value])[]): Task {
  return {
    name: "t",
    params: params.map((type, i) => ({ name: `p${i}`, type })),
    returnType,
    examples: examples.map(([inputs, output]) => ({ inputs, output })),
  };
}

/** The summary a property got; fails when the property does not exist or its one-hot is broken. */
function summary(features: Float32Array, property: string): Summary {
  const names = featureNames();
  const first = names.indexOf(`${property}.allTrue`);
  assert.ok(first >= 0, `no property named ${property}`);
  const hot = SUMMARIES.filter((_, k) => features[first + k] === 1);
  assert.equal(hot.length, 1, `${property} is not one-hot: ${[...features.slice(first, first + 4)]}`);
  return hot[0];
}

function expectSummaries(t: Task, expected: Record<string, Summary>): void {
  const f = taskFeatures(t);
  const got: Record<string, Summary> = {};
  for (const property of Object.keys(expected)) got[property] = summary(f, property);
  assert.deepEqual(got, expected);
}

const S = STRING;
const N = NUMBER;

test("the vector has FEATURE_COUNT features, one named each, in one-hot blocks", () => {
  const names = featureNames();
  assert.equal(names.length, FEATURE_COUNT);
  assert.equal(new Set(names).size, names.length, "feature names are unique");
  const properties = propertyNames();
  assert.ok(properties.length >= 80 && properties.length <= 300, `${properties.length} properties`);
  const typeFeatures = FEATURE_COUNT - 4 * properties.length;
  assert.equal(typeFeatures, 10 + 4 + 3 * 11);
  const f = taskFeatures(task([S, N], S, [[["abc", 1], "bc"]]));
  assert.ok(f instanceof Float32Array);
  assert.equal(f.length, FEATURE_COUNT);
  // Every summary block is one-hot, and so is every block of the type signature.
  for (let i = typeFeatures; i < FEATURE_COUNT; i += 4) assert.equal(f[i] + f[i + 1] + f[i + 2] + f[i + 3], 1, names[i]);
  const typeOnes = [...f.slice(0, typeFeatures)].filter((x) => x === 1).length;
  assert.equal(typeOnes, 5, "return kind, parameter count and three slots");
  for (const x of f) assert.ok(x === 0 || x === 1);
});

test("the type signature: return kind, parameter count and each slot's kind or absence", () => {
  const f = taskFeatures(task([listOf(N), recordOf([{ name: "a", type: S }])], listOf(listOf(N)), [[[[1], { a: "x" }], [[1]]]]));
  const on = featureNames().filter((n, i) => n.startsWith("type.") && f[i] === 1);
  assert.deepEqual(on, ["type.return.list<list>", "type.paramCount.2", "type.param0.list<number>", "type.param1.record", "type.param2.absent"]);
  const g = taskFeatures(task([S, S, S, S], BOOLEAN, [[["a", "b", "c", "d"], true]]));
  const onG = featureNames().filter((n, i) => n.startsWith("type.") && g[i] === 1);
  assert.deepEqual(onG, ["type.return.boolean", "type.paramCount.3+", "type.param0.string", "type.param1.string", "type.param2.string"]);
});

test("the same task gives the same vector, also from a copy", () => {
  const t = task([listOf(S)], S, [[[["a", "b"]], "a-b"], [[["x"]], "x"]]);
  const copy = JSON.parse(JSON.stringify(t)) as Task;
  assert.deepEqual(taskFeatures(t), taskFeatures(t));
  assert.deepEqual(taskFeatures(copy), taskFeatures(t));
});

test("upper-casing: output upper case, not equal to the input, equal ignoring case", () => {
  expectSummaries(task([S], S, [[["hello"], "HELLO"], [["Big cat"], "BIG CAT"]]), {
    "out.str.upper": "allTrue",
    "out.str.lower": "allFalse",
    "in0.eq": "allFalse",
    "in0.str.eqIgnoringCase": "allTrue",
    "in0.seq.sameLength": "allTrue",
    "in0.str.hasUpper": "mixed",
    "out.str.hasSpace": "mixed",
    "in0.str.sameWordCount": "allTrue",
    "in0.str.outHasCharNotInInIgnoringCase": "allFalse",
    // Properties of other types, and of parameters the task does not have.
    "out.num.integer": "notApplicable",
    "out.list.sorted": "notApplicable",
    "in0.num.double": "notApplicable",
    "in1.eq": "notApplicable",
    "io.outAmongInputs": "notApplicable",
  });
});

test("list sorting: output sorted, a permutation of the input, same length", () => {
  expectSummaries(task([listOf(N)], listOf(N), [[[[3, 1, 2]], [1, 2, 3]], [[[5, 4]], [4, 5]], [[[9, 0, 9, 1]], [0, 1, 9, 9]]]), {
    "out.list.sorted": "allTrue",
    "in0.seq.permutation": "allTrue",
    "in0.seq.sameLength": "allTrue",
    "in0.eq": "allFalse",
    "in0.list.sorted": "allFalse",
    "out.list.hasDuplicates": "mixed",
    "in0.seq.reversed": "mixed",
    "in0.seq.outSubsequenceOfIn": "allFalse",
    "out.str.upper": "notApplicable",
  });
});

test("token properties: which part of the input, cut at a separator, the output is", () => {
  expectSummaries(task([S], S, [[["John Smith"], "Smith"], [["ann-marie lee"], "lee"]]), {
    "in0.tok.outLastToken": "allTrue",
    "in0.tok.outFirstToken": "allFalse",
    "in0.tok.outInnerToken": "allFalse",
  });
  expectSummaries(task([S], S, [[["a,b,c"], "b"], [["x/y/z"], "y"]]), {
    "in0.tok.outInnerToken": "allTrue",
    "in0.tok.outLastToken": "allFalse",
  });
  expectSummaries(task([S], S, [[["Grace Brewster Hopper"], "G.B.H."], [["Ada Lovelace"], "A.L."]]), {
    "in0.tok.outStartsWithTokenInitials": "allTrue",
    "in0.tok.outRejoinsTokens": "allFalse",
  });
  expectSummaries(task([S], S, [[["2024-01-31"], "01/31"], [["1999-12-01"], "12/01"]]), {
    "in0.tok.outRejoinsTokens": "allTrue",
    "in0.tok.outContainsToken": "allTrue",
  });
  // No separator in the input: the token properties do not apply.
  expectSummaries(task([S], S, [[["abc"], "a"]]), { "in0.tok.outFirstToken": "notApplicable" });
  expectSummaries(task([S], N, [[["a b c"], 3], [["/usr/lib"], 2]]), { "in0.tok.countOf": "allTrue" });
});

test("reversing and shuffling differ only in a relation, and the vectors differ", () => {
  const rev = task([S], S, [[["abc"], "cba"], [["hello"], "olleh"]]);
  const rot = task([S], S, [[["abc"], "bca"], [["hello"], "elloh"]]);
  assert.equal(summary(taskFeatures(rev), "in0.seq.reversed"), "allTrue");
  assert.equal(summary(taskFeatures(rot), "in0.seq.reversed"), "allFalse");
  assert.notDeepEqual(taskFeatures(rev), taskFeatures(rot));
  // Adding 1 and doubling agree on 1 → 2 but not on 5.
  const inc = task([N], N, [[[1], 2], [[3], 4]]);
  const dbl = task([N], N, [[[1], 2], [[5], 10]]);
  assert.equal(summary(taskFeatures(inc), "in0.num.plus1to3"), "allTrue");
  assert.equal(summary(taskFeatures(dbl), "in0.num.double"), "allTrue");
  assert.equal(summary(taskFeatures(dbl), "in0.num.plus1to3"), "mixed");
  assert.notDeepEqual(taskFeatures(inc), taskFeatures(dbl));
});

test("a boolean output that varies is mixed; one that does not is all-true", () => {
  expectSummaries(task([N], BOOLEAN, [[[3], true], [[-2], false]]), { "out.bool.true": "mixed" });
  expectSummaries(task([N], BOOLEAN, [[[3], true], [[4], true]]), { "out.bool.true": "allTrue" });
});

test("string properties: prefixes, suffixes, splitting, joining, lengths, words", () => {
  expectSummaries(task([S], S, [[["ada@lovelace.org"], "lovelace.org"], [["g.h@navy.mil"], "navy.mil"]]), {
    "in0.seq.outSuffixOfIn": "allTrue",
    "in0.seq.outPrefixOfIn": "allFalse",
    "in0.seq.inContainsOut": "allTrue",
    "in0.str.hasAt": "allTrue",
    "in0.str.hasDot": "allTrue",
    "in0.seq.outShorter": "allTrue",
    "in0.seq.outSubsequenceOfIn": "allTrue",
  });
  expectSummaries(task([S], listOf(S), [[["a,b,c"], ["a", "b", "c"]], [["x"], ["x"]]]), {
    "in0.split.splitOf": "allTrue",
    "in0.split.partsSubstringsOfIn": "allTrue",
    "in0.str.hasComma": "mixed",
  });
  expectSummaries(task([listOf(S)], S, [[[["a", "b"]], "a, b"], [[["x", "y", "z"]], "x, y, z"]]), { "in0.agg.joinOf": "allTrue" });
  expectSummaries(task([listOf(S)], S, [[[["a", "b"]], "a, b"], [[["x", "y", "z"]], "x,y;z"]]), { "in0.agg.joinOf": "mixed" });
  expectSummaries(task([S], N, [[["one two"], 2], [["a b c"], 3]]), {
    "in0.agg.wordCountOf": "allTrue",
    "in0.agg.lengthOf": "allFalse",
    "out.num.integer": "allTrue",
  });
  expectSummaries(task([S], S, [[["hello world"], "Hello World"], [["the fox"], "The Fox"]]), {
    "out.str.titleCase": "allTrue",
    "in0.str.eqIgnoringCase": "allTrue",
    "in0.seq.sameFirst": "allFalse",
    "in0.seq.sameLast": "allTrue",
  });
  expectSummaries(task([S], S, [[["  pad "], "pad"], [["x"], "x"]]), { "in0.str.eqTrimmed": "allTrue" });
  expectSummaries(task([N], S, [[[42], "42"], [[7], "7"]]), { "in0.conv.numberAsString": "allTrue", "out.str.onlyDigits": "allTrue" });
});

test("list properties: filters, maps, aggregates, unique, flatten", () => {
  expectSummaries(task([listOf(N)], listOf(N), [[[[1, 2, 3, 4]], [2, 4]], [[[7, 8]], [8]], [[[5]], []]]), {
    "in0.seq.outSubsequenceOfIn": "allTrue",
    "in0.seq.outShorter": "allTrue",
    "out.list.allEven": "allTrue",
    "in0.list.mapGreater": "notApplicable",
  });
  expectSummaries(task([listOf(N)], listOf(N), [[[[1, 2, 3]], [2, 4, 6]], [[[5]], [10]]]), {
    "in0.list.mapScales": "allTrue",
    "in0.list.mapGreater": "allTrue",
    "in0.list.mapAddsConstant": "mixed",
    "in0.seq.sameLength": "allTrue",
  });
  expectSummaries(task([listOf(N)], N, [[[[3, 9, 2]], 9], [[[-4, -1]], -1]]), {
    "in0.agg.maxOf": "allTrue",
    "in0.agg.minOf": "allFalse",
    "in0.agg.memberOf": "allTrue",
    "in0.agg.lastOf": "mixed",
    "in0.agg.sumOf": "allFalse",
  });
  expectSummaries(task([listOf(N)], listOf(N), [[[[1, 1, 2]], [1, 2]], [[[3, 2, 3]], [3, 2]]]), { "in0.list.uniqueOf": "allTrue" });
  expectSummaries(task([listOf(listOf(N))], listOf(N), [[[[[1], [2, 3]]], [1, 2, 3]]]), { "in0.list.flattenOf": "allTrue" });
});

test("records: a field, two fields joined, a field inside the output", () => {
  const person = recordOf([{ name: "first", type: S }, { name: "last", type: S }, { name: "age", type: N }]);
  expectSummaries(task([person], S, [[[{ first: "Ada", last: "Lovelace", age: 36 }], "Ada Lovelace"], [[{ first: "Alan", last: "Turing", age: 41 }], "Alan Turing"]]), {
    "in0.rec.outJoinsTwoFields": "allTrue",
    "in0.rec.outContainsField": "allTrue",
    "in0.rec.fieldEqOut": "allFalse",
  });
  expectSummaries(task([person], N, [[[{ first: "Ada", last: "Lovelace", age: 36 }], 36]]), { "in0.rec.fieldEqOut": "allTrue", "in0.rec.outContainsField": "notApplicable" });
});

test("relations among several inputs: concatenation, indexOf, at, slice, replace, arithmetic", () => {
  expectSummaries(task([S, S], S, [[["ab", "cd"], "abcd"], [["x", "y"], "xy"]]), { "io.outConcatOfTwoInputs": "allTrue", "in1.seq.outSuffixOfIn": "allFalse", "in1.seq.inSuffixOfOut": "allTrue" });
  expectSummaries(task([S, S], N, [[["hello", "l"], 2], [["abc", "c"], 2]]), { "io.outIndexOfInputInInput": "allTrue" });
  expectSummaries(task([listOf(N), N], N, [[[[5, 6, 7], 1], 6], [[[1, 2], -1], 2]]), { "io.outAtIndexGivenByInput": "allTrue" });
  expectSummaries(task([S, N, N], S, [[["hello", 1, 3], "el"], [["world", 0, 2], "wo"]]), { "io.outSliceByInputs": "allTrue" });
  expectSummaries(task([S, S, S], S, [[["a b c", " ", "-"], "a-b-c"], [["x", "y", "z"], "x"]]), { "io.outReplaceByInputs": "allTrue" });
  expectSummaries(task([N, N], N, [[[2, 3], 5], [[10, -4], 6]]), { "io.outSumOfInputs": "allTrue", "io.outProductOfInputs": "allFalse", "io.outDifferenceOfTwoInputs": "allFalse" });
  expectSummaries(task([N, N], BOOLEAN, [[[2, 3], true], [[5, 4], false]]), { "io.outIsInputsOrdered": "allTrue" });
  expectSummaries(task([S, S], S, [[["a", "b"], "b"], [["c", "d"], "c"]]), { "io.outAmongInputs": "allTrue", "in0.eq": "mixed" });
});

test("malformed tasks and odd values never throw and still give full vectors", () => {
  const cyclic: unknown[] = [];
  cyclic.push(cyclic);
  const odd = [
    { name: "x" },
    { name: "x", params: null, returnType: null, examples: null },
    { name: "x", params: [null, { name: "b", type: { kind: "list" } }], returnType: { kind: "list" }, examples: [{ inputs: [1, [2]], output: [] }] },
    { name: "x", params: [{ name: "a" }], returnType: STRING, examples: [null, { inputs: null, output: undefined }, { inputs: [cyclic], output: cyclic }] },
    task([N], N, [[[NaN], NaN], [[Infinity], -Infinity]]),
    task([S], S, [[["\ud800"], "\udc00"]]),
  ] as unknown as Task[];
  for (const t of odd) {
    const f = taskFeatures(t);
    assert.equal(f.length, FEATURE_COUNT);
  }
  expectSummaries(task([N], N, [[[NaN], NaN]]), { "in0.eq": "allTrue" });
});

test("huge values cost little: a 1 MB string and a 10,000-element list", () => {
  const big = "ab cd,".repeat(175_000);
  const bigUpper = big.toUpperCase();
  const numbers = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_007);
  const sorted = [...numbers].sort((a, b) => a - b);
  const words = Array.from({ length: 10_000 }, (_, i) => `w${i}`);
  const tasks = [
    task([S], S, [[[big], bigUpper], [[big], big]]),
    task([listOf(N)], listOf(N), [[[numbers], sorted], [[sorted], [...sorted].reverse()]]),
    task([listOf(S), S], S, [[[words, big], words.join(" ")]]),
    task([S], listOf(S), [[[big], big.split(",")]]),
  ];
  // The best of a few runs, so that a busy machine or a garbage collection does not fail the test;
  // without the clipping of values these tasks take hundreds of milliseconds.
  for (const t of tasks) {
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      const f = taskFeatures(t);
      best = Math.min(best, performance.now() - start);
      assert.equal(f.length, FEATURE_COUNT);
    }
    assert.ok(best < 20, `${best.toFixed(1)} ms`);
  }
  // Lengths come from the whole value, not from the clipped part that content tests look at.
  assert.equal(summary(taskFeatures(task([S], S, [[[big], big + "!"]])), "in0.seq.lengthDiffers1or2"), "allTrue");
  assert.equal(summary(taskFeatures(task([listOf(N)], N, [[[numbers], 10_000]])), "in0.agg.lengthOf"), "allTrue");
});

test("a typical task takes well under a millisecond", () => {
  const t = task([S], S, [
    [["hello world"], "Hello World"],
    [["the quick brown fox"], "The Quick Brown Fox"],
    [["a"], "A"],
  ]);
  for (let i = 0; i < 50; i++) taskFeatures(t);
  // The best average of a few batches, for the same reason as above.
  let best = Infinity;
  for (let batch = 0; batch < 5; batch++) {
    const runs = 100;
    const start = performance.now();
    for (let i = 0; i < runs; i++) taskFeatures(t);
    best = Math.min(best, (performance.now() - start) / runs);
  }
  assert.ok(best < 1, `${best.toFixed(3)} ms per task`);
});

test("the bundled examples' tasks get pairwise different vectors", async () => {
  const root = path.join(__dirname, "..", "examples");
  const files: [string, SourceLanguage][] = [["strings.ts", "typescript"], ["records.ts", "typescript"], ["lists.py", "python"]];
  const tasks = new Map<string, Task>();
  for (const [file, language] of files) {
    for (const fn of await readFunctions(readFileSync(path.join(root, file), "utf8"), language)) {
      const r = taskOf(fn);
      assert.ok("task" in r, `${file}: ${fn.name}`);
      tasks.set(fn.name, r.task);
    }
  }
  // The list benchmark's tasks, written as JSON.
  const bench = JSON.parse(readFileSync(path.join(root, "bench", "lists.json"), "utf8")) as { name: string; examples: { i: Value; o: Value }[] }[];
  const doubleEach = bench.find((b) => b.name === "double-each");
  assert.ok(doubleEach);
  tasks.set("double-each", task([listOf(N)], listOf(N), doubleEach.examples.map((e) => [[e.i], e.o] as const)));
  assert.deepEqual([...tasks.keys()].sort(), ["adultNames", "changes", "digits", "double-each", "emailDomain", "even_indices", "evens", "fullName", "initials", "isAdult", "largest", "numbered", "parity", "slug", "sum_of_squares", "titleCase"]);

  const vectors = [...tasks].map(([name, t]) => [name, taskFeatures(t)] as const);
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const [a, fa] = vectors[i];
      const [b, fb] = vectors[j];
      assert.notDeepEqual(fa, fb, `${a} and ${b} have the same vector`);
    }
  }
  // And what tells some of them apart.
  const f = (name: string) => taskFeatures(tasks.get(name)!);
  assert.equal(summary(f("titleCase"), "out.str.titleCase"), "allTrue");
  assert.equal(summary(f("slug"), "out.str.lower"), "allTrue");
  assert.equal(summary(f("emailDomain"), "in0.seq.outSuffixOfIn"), "allTrue");
  assert.equal(summary(f("fullName"), "in0.rec.outJoinsTwoFields"), "allTrue");
  assert.equal(summary(f("isAdult"), "out.bool.true"), "mixed");
  assert.equal(summary(f("evens"), "in0.seq.outSubsequenceOfIn"), "allTrue");
  assert.equal(summary(f("largest"), "in0.agg.maxOf"), "allTrue");
  assert.equal(summary(f("sum_of_squares"), "in0.agg.sumOf"), "allFalse");
  assert.equal(summary(f("double-each"), "in0.list.mapScales"), "allTrue");
});
