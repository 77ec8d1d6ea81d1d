// Readability of the emitted code: hand-built programs compared with the exact text a person
// would write in TypeScript, JavaScript and Python (parentheses only where needed, the task's
// parameter names, readable lambda variables, the imports Python needs), and the emitted
// TypeScript passes the compiler in strict mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { emitFunction, printExpression } from "../language-server/engine/emit";
import { fieldOperator, OPERATOR_BY_NAME } from "../language-server/engine/operators";
import { apply, constant, lambda, lambdaVar, param, type Program } from "../language-server/engine/program";
import { BOOLEAN, listOf, NUMBER, recordOf, STRING, type Parameter, type Type, type Value } from "../language-server/engine/types";

// ---- building programs by hand ----

/** `name(args)`, at the argument types given by the arguments and the result type given. */
function op(name: string, result: Type, ...args: Program[]): Program {
  const operator = OPERATOR_BY_NAME.get(name);
  assert.ok(operator, `no operator ${name}`);
  return apply(operator, { params: args.map((a) => a.type), result }, args);
}
const str = (s: string) => constant(s, STRING);
const num = (n: number) => constant(n, NUMBER);
const lit = (v: Value, t: Type) => constant(v, t);
const S = STRING;
const N = NUMBER;
const B = BOOLEAN;
const STRS = listOf(STRING);
const NUMS = listOf(NUMBER);

/** The expression in TypeScript and Python for parameters named and typed as given. */
function both(p: Program, names: readonly string[]): { ts: string; py: string } {
  return { ts: printExpression(p, "typescript", names), py: printExpression(p, "python", names) };
}

// Every TypeScript function emitted here, type-checked together at the end.
const emittedTypeScript: string[] = [];
function emit(name: string, params: readonly Parameter[], returnType: Type, p: Program) {
  const ts = emitFunction(name, params, returnType, p, "typescript");
  emittedTypeScript.push(ts);
  return {
    ts,
    js: emitFunction(name, params, returnType, p, "javascript"),
    py: emitFunction(name, params, returnType, p, "python"),
  };
}

// ---- the headline example ----

test("capitalizing words reads as a person writes it", () => {
  const w = lambdaVar(0, S);
  const capitalize = lambda([S], op("concat", S, op("toUpperCase", S, op("charAt", S, w, num(0))), op("sliceFrom", S, w, num(1))));
  const program = op("join", S, op("map", STRS, op("split", STRS, param(0, S), str(" ")), capitalize), str(" "));
  assert.deepEqual(both(program, ["s"]), {
    ts: `s.split(" ").map((w) => w[0].toUpperCase() + w.slice(1)).join(" ")`,
    py: `" ".join(w[0].upper() + w[1:] for w in s.split(" "))`,
  });
  const code = emit("capitalize", [{ name: "s", type: S }], S, program);
  assert.equal(
    code.ts,
    `function capitalize(s: string): string {\n  return s.split(" ").map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");\n}\n`,
  );
  assert.equal(code.js, `function capitalize(s) {\n  return s.split(" ").map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");\n}\n`);
  assert.equal(code.py, `def capitalize(s: str) -> str:\n    return " ".join(w[0].upper() + w[1:] for w in s.split(" "))\n`);
});

// ---- parentheses only where needed ----

test("arithmetic: parentheses only where precedence or associativity needs them", () => {
  const [a, b, c] = [param(0, N), param(1, N), param(2, N)];
  const names = ["a", "b", "c"];
  const same = (p: Program, code: string) => assert.deepEqual(both(p, names), { ts: code, py: code });
  same(op("sub", N, a, op("sub", N, b, c)), "a - (b - c)");
  same(op("sub", N, op("sub", N, a, b), c), "a - b - c");
  same(op("mul", N, op("add", N, a, b), c), "(a + b) * c");
  same(op("add", N, a, op("mul", N, b, c)), "a + b * c");
  same(op("add", N, op("add", N, a, b), c), "a + b + c");
  same(op("mod", N, op("sub", N, a, b), c), "(a - b) % c");
  same(op("sub", N, a, num(-1)), "a - -1");
  same(op("mul", N, num(-2), a), "-2 * a");
  // 0 - n reads as -n, with parentheses where the operand binds looser or is negative itself.
  same(op("sub", N, num(0), a), "-a");
  same(op("sub", N, num(0), op("add", N, a, b)), "-(a + b)");
  same(op("sub", N, num(0), op("sub", N, num(0), a)), "-(-a)");
  same(op("mul", N, op("sub", N, num(0), a), b), "-a * b");
  same(op("pow", N, op("sub", N, num(0), a), b), "(-a) ** b");
  // JavaScript refuses a unary minus right before **.
  same(op("sub", N, num(0), op("pow", N, a, b)), "-(a ** b)");
  same(op("pow", N, op("pow", N, a, b), c), "(a ** b) ** c");
  same(op("pow", N, a, op("pow", N, b, c)), "a ** b ** c");
  same(op("pow", N, num(-2), a), "(-2) ** a");
  same(op("mul", N, a, op("pow", N, b, c)), "a * b ** c");
  assert.deepEqual(both(op("intDiv", N, op("add", N, a, b), num(2)), names), {
    ts: "Math.floor((a + b) / 2)",
    py: "(a + b) // 2",
  });
  assert.deepEqual(both(op("abs", N, op("sub", N, a, b)), names), { ts: "Math.abs(a - b)", py: "abs(a - b)" });
});

test("booleans: Python's `not` and chained comparisons get the parentheses they need", () => {
  const [a, b, p, q] = [param(0, N), param(1, N), param(2, B), param(3, B)];
  const names = ["a", "b", "p", "q"];
  const check = (program: Program, ts: string, py: string) => assert.deepEqual(both(program, names), { ts, py });
  check(op("not", B, op("equals", B, a, b)), "a !== b", "a != b");
  check(op("not", B, op("lessThan", B, a, b)), "!(a < b)", "not a < b");
  check(op("equals", B, op("lessThan", B, a, b), p), "a < b === p", "(a < b) == p");
  check(op("equals", B, p, op("lessOrEqual", B, a, b)), "p === a <= b", "p == (a <= b)");
  check(op("equals", B, op("not", B, p), q), "!p === q", "(not p) == q");
  check(op("and", B, op("or", B, p, q), p), "(p || q) && p", "(p or q) and p");
  check(op("or", B, op("and", B, p, q), p), "p && q || p", "p and q or p");
  check(op("not", B, op("and", B, p, q)), "!(p && q)", "not (p and q)");
  check(op("and", B, op("not", B, p), q), "!p && q", "not p and q");
});

test("strings: method calls on compound receivers, `in`, repetition and conditionals", () => {
  const [s, t, p] = [param(0, S), param(1, S), param(2, B)];
  const names = ["s", "t", "p"];
  const check = (program: Program, ts: string, py: string) => assert.deepEqual(both(program, names), { ts, py });
  check(op("toUpperCase", S, op("concat", S, s, t)), "(s + t).toUpperCase()", "(s + t).upper()");
  check(op("length", N, op("concat", S, s, t)), "(s + t).length", "len(s + t)");
  check(op("contains", B, op("concat", S, s, t), s), "(s + t).includes(s)", "s in s + t");
  check(op("not", B, op("contains", B, s, t)), "!s.includes(t)", "t not in s");
  check(op("charAt", S, s, op("sub", N, op("length", N, s), num(1))), "s[s.length - 1]", "s[len(s) - 1]");
  check(op("repeat", S, op("concat", S, s, t), num(2)), "(s + t).repeat(2)", "(s + t) * 2");
  check(op("if", S, p, s, t), "p ? s : t", "s if p else t");
  check(op("concat", S, op("if", S, p, s, t), s), "(p ? s : t) + s", "(s if p else t) + s");
  check(op("replace", S, s, str("-"), str(" ")), `s.replace("-", " ")`, `s.replace("-", " ", 1)`);
  check(op("slice", S, s, num(1), num(-1)), "s.slice(1, -1)", "s[1:-1]");
  check(op("indexOf", N, s, str("@")), `s.indexOf("@")`, `s.find("@")`);
});

test("lists: sorting, literals and comprehensions", () => {
  const [xs, words] = [param(0, NUMS), param(1, STRS)];
  const names = ["xs", "words"];
  const check = (program: Program, ts: string, py: string) => assert.deepEqual(both(program, names), { ts, py });
  const x = lambdaVar(0, N);
  const w = lambdaVar(0, S);
  check(op("sort", NUMS, xs), "[...xs].sort((a, b) => a - b)", "sorted(xs)");
  check(op("sort", STRS, words), "[...words].sort()", "sorted(words)");
  check(op("sortBy", STRS, words, lambda([S], op("length", N, w))), "[...words].sort((a, b) => a.length - b.length)", "sorted(words, key=lambda w: len(w))");
  // The item with the largest key: a reduce that keeps the first on a tie, as max() does.
  check(op("maxBy", S, words, lambda([S], op("length", N, w))), "words.reduce((a, b) => (b.length > a.length ? b : a))", "max(words, key=lambda w: len(w))");
  check(op("minBy", N, xs, lambda([N], op("mod", N, x, num(10)))), "xs.reduce((a, b) => (b % 10 < a % 10 ? b : a))", "min(xs, key=lambda x: x % 10)");
  check(op("filter", NUMS, xs, lambda([N], op("lessThan", B, num(0), x))), "xs.filter((x) => x > 0)", "[x for x in xs if x > 0]");
  check(op("count", N, xs, lambda([N], op("lessThan", B, num(0), x))), "xs.filter((x) => x > 0).length", "sum(1 for x in xs if x > 0)");
  check(op("some", B, words, lambda([S], op("equals", B, w, str("")))), `words.some((w) => w === "")`, `any(w == "" for w in words)`);
  check(op("append", NUMS, lit([1, 2], NUMS), xs), "[1, 2, ...xs]", "[1, 2] + xs");
  check(op("snoc", NUMS, lit([], NUMS), num(3)), "[3]", "[3]");
  check(op("cons", NUMS, num(0), op("reverse", NUMS, xs)), "[0, ...[...xs].reverse()]", "[0] + xs[::-1]");
  check(op("maximum", N, xs), "Math.max(...xs)", "max(xs)");
  check(op("head", N, op("sort", NUMS, xs)), "[...xs].sort((a, b) => a - b)[0]", "sorted(xs)[0]");
  // An array the expression makes itself is sorted or reversed in place; a parameter's is copied first.
  const lengths = op("map", NUMS, words, lambda([S], op("length", N, w)));
  check(op("sort", NUMS, lengths), "words.map((w) => w.length).sort((a, b) => a - b)", "sorted(len(w) for w in words)");
  check(op("reverse", NUMS, op("sort", NUMS, xs)), "[...xs].sort((a, b) => a - b).reverse()", "sorted(xs)[::-1]");
  check(op("reverse", STRS, op("split", STRS, param(1, S), str(" "))), 'words.split(" ").reverse()', 'words.split(" ")[::-1]');
  check(op("setAt", NUMS, xs, num(0), num(5)), "xs.map((y, j) => (j === 0 ? 5 : y))", "[5 if j == 0 else y for j, y in enumerate(xs)]");
  check(op("listIndexOf", N, xs, num(3)), "xs.indexOf(3)", "xs.index(3) if 3 in xs else -1");
  // A filter whose test reads the position: the item goes unnamed in TypeScript when only the position is read.
  const everyOther = lambda([N, N], op("isEven", B, lambdaVar(1, N)));
  check(op("filterIndexed", NUMS, xs, everyOther), "xs.filter((_, i) => i % 2 === 0)", "[x for i, x in enumerate(xs) if i % 2 == 0]");
  const aboveItsPosition = lambda([N, N], op("lessThan", B, lambdaVar(1, N), lambdaVar(0, N)));
  check(op("filterIndexed", NUMS, xs, aboveItsPosition), "xs.filter((x, i) => i < x)", "[x for i, x in enumerate(xs) if i < x]");
});

// ---- names ----

test("the task's parameter names are used as they are", () => {
  const w = lambdaVar(0, S);
  const program = op("join", S, op("map", STRS, op("split", STRS, param(0, S), str(" ")), lambda([S], op("charAt", S, w, num(0)))), str(""));
  const code = emit("initials", [{ name: "fullName", type: S }], S, program);
  assert.equal(code.ts, `function initials(fullName: string): string {\n  return fullName.split(" ").map((w) => w[0]).join("");\n}\n`);
  assert.equal(code.py, `def initials(fullName: str) -> str:\n    return "".join(w[0] for w in fullName.split(" "))\n`);
});

test("lambda variables never shadow a parameter", () => {
  const program = op("map", NUMS, op("split", STRS, param(0, S), str(" ")), lambda([S], op("length", N, lambdaVar(0, S))));
  assert.deepEqual(both(program, ["w"]), {
    ts: `w.split(" ").map((w2) => w2.length)`,
    py: `[len(w2) for w2 in w.split(" ")]`,
  });
});

test("fold names its accumulator acc; zipWith's pair reads as x and y", () => {
  const [xs, ys] = [param(0, NUMS), param(1, NUMS)];
  const add = lambda([N, N], op("add", N, lambdaVar(0, N), lambdaVar(1, N)));
  assert.deepEqual(both(op("fold", N, xs, add, num(1)), ["xs", "ys"]), {
    ts: "xs.reduce((acc, x) => acc + x, 1)",
    py: "functools.reduce(lambda acc, x: acc + x, xs, 1)",
  });
  assert.deepEqual(both(op("zipWith", NUMS, xs, ys, add), ["xs", "ys"]), {
    ts: "xs.map((x, i) => x + ys[i])",
    py: "[x + y for x, y in zip(xs, ys)]",
  });
});

test("variables a printer introduces never capture the program's own names", () => {
  const [a, xs] = [param(0, S), param(1, STRS)];
  // sortBy's comparator variables: `a` is taken by the parameter, so the comparator uses a2.
  const byPosition = op("sortBy", STRS, xs, lambda([S], op("indexOf", N, a, lambdaVar(0, S))));
  assert.deepEqual(both(byPosition, ["a", "xs"]), {
    ts: "[...xs].sort((a2, b) => a.indexOf(a2) - a.indexOf(b))",
    py: "sorted(xs, key=lambda w: a.find(w))",
  });
  // The key's variable is renamed in code, not inside string literals.
  const byW = op("sortBy", STRS, xs, lambda([S], op("indexOf", N, lambdaVar(0, S), str("w"))));
  assert.deepEqual(both(byW, ["a", "xs"]), {
    ts: `[...xs].sort((a, b) => a.indexOf("w") - b.indexOf("w"))`,
    py: `sorted(xs, key=lambda w: w.find("w"))`,
  });
  // removeAt's own j and x stay clear of the lambda's x.
  const [nums, ys] = [param(0, NUMS), param(1, NUMS)];
  const without = op("map", NUMS, nums, lambda([N], op("listLength", N, op("removeAt", NUMS, ys, lambdaVar(0, N)))));
  assert.deepEqual(both(without, ["nums", "ys"]), {
    ts: "nums.map((x) => ys.filter((_, j) => j !== x).length)",
    py: "[len([x2 for j, x2 in enumerate(ys) if j != x]) for x in nums]",
  });
});

test("zipWith moves ys[i] into the body only where nothing there can capture it", () => {
  const [xs, flags, ys, j] = [param(0, NUMS), param(1, listOf(B)), param(1, NUMS), param(2, N)];
  // The body's own `(a, b) => a + b` binds b: that b is not the lambda's b.
  const pick = lambda([N, B], op("if", N, lambdaVar(1, B), op("sum", N, xs), num(0)));
  assert.deepEqual(both(op("zipWith", NUMS, xs, flags, pick), ["xs", "flags"]), {
    ts: "xs.map((x, i) => flags[i] ? xs.reduce((a, b) => a + b, 0) : 0)",
    py: "[sum(xs) if b else 0 for x, b in zip(xs, flags)]",
  });
  // ys.slice(j) would be captured by removeAt's `(_, j) =>`: the pairs are built first instead.
  const without = lambda([N, N], op("listLength", N, op("removeAt", NUMS, xs, lambdaVar(1, N))));
  assert.deepEqual(both(op("zipWith", NUMS, xs, op("drop", NUMS, ys, j), without), ["xs", "ys", "j"]), {
    ts: "xs.map((x, i) => [x, ys.slice(j)[i]]).map(([x, y]) => xs.filter((_, j) => j !== y).length)",
    py: "[len([x for j, x in enumerate(xs) if j != y]) for x, y in zip(xs, ys[j:])]",
  });
});

test("records: field access by name or by key, and object literals as arrow bodies", () => {
  const person = recordOf([
    { name: "name", type: S },
    { name: "is admin", type: B },
  ]);
  const people = param(0, listOf(person));
  const item = lambdaVar(0, person);
  const field = (name: string, t: Type) => (r: Program) => apply(fieldOperator(person, name, t), { params: [person], result: t }, [r]);
  const names = op("map", STRS, op("filter", listOf(person), people, lambda([person], field("is admin", B)(item))), lambda([person], field("name", S)(item)));
  // The items are named after the list they come from, through the filter.
  assert.deepEqual(both(names, ["people"]), {
    ts: `people.filter((person) => person["is admin"]).map((person) => person.name)`,
    py: `[person["name"] for person in people if person["is admin"]]`,
  });
  const emails = (listName: string) =>
    both(op("map", STRS, param(0, listOf(person)), lambda([person], field("name", S)(item))), [listName]).ts;
  assert.equal(emails("entries"), "entries.map((entry) => entry.name)");
  assert.equal(emails("addresses"), "addresses.map((address) => address.name)");
  assert.equal(emails("staff"), "staff.map((item) => item.name)", "no plural, no singular");
  assert.equal(emails("status"), "status.map((item) => item.name)");
  const blank = lit({ "is admin": false, name: "" }, person);
  assert.deepEqual(both(op("map", listOf(person), param(0, STRS), lambda([S], blank)), ["words"]), {
    ts: `words.map((w) => ({ "is admin": false, name: "" }))`,
    py: `[{"is admin": False, "name": ""} for w in words]`,
  });
});

test("tidying: literals built from pieces are written whole, and identities are left out", () => {
  const x = lambdaVar(0, N);
  const cases: [Program, string, string][] = [
    [op("concat", S, op("concat", S, param(0, S), str(".")), str(" ")), 's + ". "', 's + ". "'],
    [op("concat", S, str("Dr"), op("concat", S, str(". "), param(0, S))), '"Dr. " + s', '"Dr. " + s'],
    [op("mod", N, param(0, N), op("add", N, num(1), num(9))), "s % 10", "s % 10"],
    [op("add", N, op("mul", N, param(0, N), num(1)), num(0)), "s", "s"],
    [op("map", NUMS, param(0, NUMS), lambda([N], op("sub", N, x, num(0)))), "s.map((x) => x)", "[x for x in s]"],
  ];
  for (const [program, ts, py] of cases) assert.deepEqual(both(program, ["s"]), { ts, py }, showCase(program));
  function showCase(p: Program): string {
    return JSON.stringify(p, (k, v) => (k === "op" ? v.name : k === "types" || k === "type" ? undefined : v));
  }
});

test("how often each value occurs, read inside a lambda over the same list", () => {
  const x = lambdaVar(0, N);
  const frequencies = op("map", NUMS, param(0, NUMS), lambda([N], op("occurrences", N, param(0, NUMS), x)));
  assert.deepEqual(both(frequencies, ["xs"]), { ts: "xs.map((x) => xs.filter((y) => y === x).length)", py: "[xs.count(x) for x in xs]" });
  // The comparison's variable does not capture a name the counted value uses.
  const y = param(1, N);
  assert.deepEqual(both(op("occurrences", N, param(0, NUMS), y), ["xs", "y"]), { ts: "xs.filter((y2) => y2 === y).length", py: "xs.count(y)" });
  emit("frequencies", [{ name: "xs", type: NUMS }], NUMS, frequencies);
});

test("tidying: how many items map to a value is how many pass the test, mapped nowhere", () => {
  const member = recordOf([
    { name: "name", type: S },
    { name: "role", type: S },
  ]);
  const members = param(0, listOf(member));
  const role = apply(fieldOperator(member, "role", S), { params: [member], result: S }, [lambdaVar(0, member)]);
  const roles = op("map", STRS, members, lambda([member], role));
  assert.deepEqual(both(op("occurrences", N, roles, param(1, S)), ["members", "role"]), {
    ts: "members.filter((member) => member.role === role).length",
    py: 'sum(1 for member in members if member["role"] == role)',
  });
  // A value that reads a lambda's variable stays where it is: moved into the test, it would read another.
  const x = lambdaVar(0, N);
  const inner = op("map", NUMS, param(0, NUMS), lambda([N], op("occurrences", N, op("map", NUMS, param(0, NUMS), lambda([N], op("mul", N, x, num(2)))), x)));
  assert.match(both(inner, ["xs"]).ts, /\.map\(\(x\) => xs\.map/);
});

// ---- whole functions ----

test("a fold that adds a term per item from 0 prints in Python as a sum over a generator", () => {
  const [acc, x] = [lambdaVar(0, N), lambdaVar(1, N)];
  const params = [{ name: "xs", type: NUMS }];
  const fold = (body: Program, init = 0) => op("fold", N, param(0, NUMS), lambda([N, N], body), num(init));
  const squares = fold(op("add", N, acc, op("mul", N, x, x)));
  assert.deepEqual(both(squares, ["xs"]), { ts: "xs.reduce((acc, x) => acc + x * x, 0)", py: "sum(x * x for x in xs)" });
  assert.equal(emit("sumOfSquares", params, N, squares).py, "def sumOfSquares(xs: list[int]) -> int:\n    return sum(x * x for x in xs)\n");
  // acc + x - 1 is acc + (x - 1): the rest of the sum is the term.
  assert.equal(both(fold(op("sub", N, op("add", N, acc, x), num(1))), ["xs"]).py, "sum(x - 1 for x in xs)");
  assert.equal(both(fold(op("add", N, acc, x)), ["xs"]).py, "sum(xs)");
  // A term that reads the total, or a total that starts elsewhere, stays a reduce.
  assert.equal(both(fold(op("add", N, acc, op("mul", N, acc, x))), ["xs"]).py, "functools.reduce(lambda acc, x: acc + acc * x, xs, 0)");
  assert.equal(both(fold(op("add", N, acc, x), 5), ["xs"]).py, "functools.reduce(lambda acc, x: acc + x, xs, 5)");
});

test("Python imports functools for fold and math for product, and nothing otherwise", () => {
  const xs = param(0, NUMS);
  const params = [{ name: "xs", type: NUMS }];
  const fold = op("fold", N, xs, lambda([N, N], op("mul", N, lambdaVar(0, N), op("add", N, lambdaVar(1, N), num(1)))), num(1));
  assert.equal(
    emit("total", params, N, fold).py,
    "import functools\n\n\ndef total(xs: list[int]) -> int:\n    return functools.reduce(lambda acc, x: acc * (x + 1), xs, 1)\n",
  );
  assert.equal(emit("total", params, N, fold).ts, "function total(xs: number[]): number {\n  return xs.reduce((acc, x) => acc * (x + 1), 1);\n}\n");
  assert.equal(emit("product", params, N, op("product", N, xs)).py, "import math\n\n\ndef product(xs: list[int]) -> int:\n    return math.prod(xs)\n");
  assert.equal(
    emit("both", params, N, op("add", N, op("product", N, xs), fold)).py,
    "import functools\nimport math\n\n\ndef both(xs: list[int]) -> int:\n    return math.prod(xs) + functools.reduce(lambda acc, x: acc * (x + 1), xs, 1)\n",
  );
  assert.equal(emit("total", params, N, op("sum", N, xs)).py, "def total(xs: list[int]) -> int:\n    return sum(xs)\n");
  // statistics.mean keeps a whole mean an int, as the engine's numbers do.
  assert.deepEqual(both(op("mean", N, xs), ["xs"]), { ts: "xs.reduce((a, b) => a + b, 0) / xs.length", py: "statistics.mean(xs)" });
  assert.match(emit("average", params, N, op("mean", N, xs)).py, /^import statistics\n\n\ndef average/);
});

test("JavaScript has no TypeScript-only syntax", () => {
  const xs = param(0, NUMS);
  const params = [{ name: "xs", type: NUMS }];
  const positive = lambda([N], op("lessThan", B, num(0), lambdaVar(0, N)));
  const code = emit("firstPositive", params, N, op("find", N, xs, positive));
  assert.equal(code.ts, "function firstPositive(xs: number[]): number {\n  return xs.find((x) => x > 0)!;\n}\n");
  assert.equal(code.js, "function firstPositive(xs) {\n  return xs.find((x) => x > 0);\n}\n");
  assert.equal(emit("lastOne", params, N, op("last", N, xs)).js, "function lastOne(xs) {\n  return xs.at(-1);\n}\n");
});

test("a string built from text and expressions prints as a template literal or an f-string, with its text escaped", () => {
  const s = param(0, S);
  const t = param(1, S);
  const n = param(2, N);
  const names = ["s", "t", "n"];
  // Two pieces stay a sum; three, or a number turned to text, read better as a template.
  assert.deepEqual(both(op("concat", S, s, str("!")), names), { ts: 's + "!"', py: 's + "!"' });
  assert.deepEqual(both(op("concat", S, op("concat", S, s, str(", ")), op("concat", S, t, str("!"))), names), {
    ts: "`${s}, ${t}!`",
    py: 'f"{s}, {t}!"',
  });
  assert.deepEqual(both(op("concat", S, op("numberToString", S, n), str("%")), names), { ts: "`${n}%`", py: 'f"{n}%"' });
  // Expressions alone are a sum, flattened: concatenation is associative.
  assert.deepEqual(both(op("concat", S, s, op("concat", S, t, s)), names), { ts: "s + t + s", py: "s + t + s" });
  // Backticks, `${`, braces, quotes, backslashes and newlines in the text are escaped for each syntax.
  const odd = op("concat", S, op("concat", S, s, str('`${x}` {y} "q" \\ \n')), t);
  assert.deepEqual(both(odd, names), { ts: '`${s}\\`\\${x}\\` {y} "q" \\\\ \\n${t}`', py: 'f"{s}`${{x}}` {{y}} \\"q\\" \\\\ \\n{t}"' });
  // An expression with a double quote takes single quotes; one with a backslash keeps the sum.
  const firstWord = op("at", S, op("split", STRS, s, str(" ")), num(0));
  assert.deepEqual(both(op("concat", S, op("concat", S, firstWord, str(" ")), t), names), {
    ts: '`${s.split(" ")[0]} ${t}`',
    py: "f'{s.split(\" \")[0]} {t}'",
  });
  const byLine = op("at", S, op("split", STRS, s, str("\n")), num(0));
  assert.deepEqual(both(op("concat", S, op("concat", S, byLine, str(" ")), t), names).py, 's.split("\\n")[0] + " " + t');
});

test("string literals are escaped the same way in every language", () => {
  const s = param(0, S);
  const program = op("concat", S, s, str('say "hi"\\\n\t'));
  assert.deepEqual(both(program, ["s"]), { ts: `s + "say \\"hi\\"\\\\\\n\\t"`, py: `s + "say \\"hi\\"\\\\\\n\\t"` });
  assert.deepEqual(both(op("equals", B, param(0, B), lit(true, B)), ["p"]), { ts: "p === true", py: "p == True" });
});

test("a prefix or suffix removed: a literal is an anchored regular expression in TypeScript, removeprefix in Python", () => {
  const s = param(0, S);
  const t = param(1, S);
  const names = ["path", "suffix"];
  assert.deepEqual(both(op("removeSuffix", S, s, str("/")), names), { ts: 'path.replace(/\\/$/, "")', py: 'path.removesuffix("/")' });
  assert.deepEqual(both(op("removePrefix", S, s, str("$1.")), names), { ts: 'path.replace(/^\\$1\\./, "")', py: 'path.removeprefix("$1.")' });
  assert.deepEqual(both(op("removeSuffix", S, s, str("\n")), names).ts, 'path.replace(/\\u000a$/, "")');
  // Anything but a literal is the test spelled out, which an empty suffix passes unharmed.
  assert.deepEqual(both(op("removeSuffix", S, s, t), names), {
    ts: "path.endsWith(suffix) ? path.slice(0, path.length - suffix.length) : path",
    py: "path.removesuffix(suffix)",
  });
  assert.deepEqual(both(op("concat", S, op("removePrefix", S, s, t), t), names).ts, "(path.startsWith(suffix) ? path.slice(suffix.length) : path) + suffix");
  emit("withoutSlash", [{ name: "path", type: S }], S, op("removeSuffix", S, s, str("/")));
});

test("a range check reads as two comparisons in TypeScript and one chained comparison in Python", () => {
  const age = param(0, N);
  assert.deepEqual(both(op("between", B, age, num(13), num(19)), ["age"]), { ts: "age >= 13 && age <= 19", py: "13 <= age <= 19" });
  assert.deepEqual(both(op("not", B, op("between", B, age, num(13), num(19))), ["age"]), { ts: "!(age >= 13 && age <= 19)", py: "not 13 <= age <= 19" });
  emit("isTeen", [{ name: "age", type: N }], B, op("between", B, age, num(13), num(19)));
});

// ---- the emitted TypeScript compiles ----

const TSC = path.resolve(__dirname, "../node_modules/.bin/tsc");

test("every TypeScript function emitted above passes tsc --strict", { skip: !fs.existsSync(TSC) && "tsc is not installed" }, () => {
  assert.ok(emittedTypeScript.length >= 8);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-emit-"));
  try {
    // Each function in its own module, so equal names do not clash.
    const files = emittedTypeScript.map((code, i) => {
      const file = path.join(dir, `f${i}.ts`);
      fs.writeFileSync(file, `export ${code}`);
      return file;
    });
    const result = spawnSync(TSC, ["--strict", "--noEmit", "--target", "es2022", "--lib", "es2023", "--types", "", ...files], {
      encoding: "utf8",
      cwd: dir, // away from the repository's tsconfig.json
    });
    assert.equal(result.status, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

