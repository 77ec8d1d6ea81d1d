// Behaviour of the search: what it finds, how it ranks, and the limits it keeps.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Bank, hashOutputs, OutputIndex } from "../language-server/engine/bank";
import { deductions } from "../language-server/engine/deduce";
import { instantiateOperators, typeUniverse } from "../language-server/engine/instantiate";
import { OPERATOR_BY_NAME } from "../language-server/engine/operators";
import { apply, constant, lambda, lambdaVar, param, runProgram } from "../language-server/engine/program";
import { foundPlaceArithmetic, synthesize } from "../language-server/engine/synthesize";
import { thresholdBetween } from "../language-server/engine/threshold";
import { BOOLEAN, fnOf, listOf, NUMBER, recordOf, STRING, typeKey, type Task, type Value } from "../language-server/engine/types";

const str = (name: string) => ({ name, type: STRING });
const nums = (name: string) => ({ name, type: listOf(NUMBER) });

function task(name: string, params: Task["params"], returnType: Task["returnType"], pairs: [Value[], Value][]): Task {
  return { name, params, returnType, examples: pairs.map(([inputs, output]) => ({ inputs, output })) };
}

/** The best candidate must also be right on inputs the search never saw. */
function assertGeneralizes(t: Task, unseen: [Value[], Value][], timeoutMs = 8000) {
  const r = synthesize(t, { timeoutMs });
  assert.equal(r.status, "solved", `${t.name} was not solved`);
  for (const [inputs, expected] of unseen) {
    const out = r.best!.run(inputs);
    assert.ok(out.ok, `${t.name}: ${r.best!.expression} failed on ${JSON.stringify(inputs)}`);
    assert.deepEqual(out.value, expected, `${t.name}: ${r.best!.expression} on ${JSON.stringify(inputs)}`);
  }
  return r;
}

test("finds a string program that generalizes and prints it idiomatically", () => {
  const t = task("firstWord", [str("s")], STRING, [
    [["hello world"], "hello"],
    [["foo bar baz"], "foo"],
  ]);
  const r = assertGeneralizes(t, [[["one two"], "one"], [["single"], "single"]]);
  assert.match(r.best!.code.typescript, /function firstWord\(s: string\): string/);
  assert.match(r.best!.code.typescript, /s\.split\(" "\)\[0\]/);
  assert.match(r.best!.code.python, /def firstWord\(s: str\) -> str:/);
  assert.match(r.best!.code.python, /s\.split\(" "\)\[0\]/);
});

test("deduces a map over the characters when each one becomes the same number of characters", () => {
  // Nothing over the whole string swaps case; one character at a time, upper case undone is lower.
  const swapCase = task("swapCase", [str("text")], STRING, [
    [["Hello"], "hELLO"],
    [["aBc"], "AbC"],
    [["XyZ w"], "xYz W"],
  ]);
  const r = assertGeneralizes(swapCase, [[["qQ Rr"], "Qq rR"], [[""], ""]], 3000);
  assert.match(r.best!.code.typescript, /\[\.\.\.text\]\.map\(/);
});

test("extracts a delimited substring with a computed position", () => {
  const t = task("countryCode", [str("phone")], STRING, [
    [["+106 769-858-438"], "106"],
    [["+83 973-757-831"], "83"],
    [["+6 775-969-238"], "6"],
  ]);
  assertGeneralizes(t, [[["+4412 555-123-456"], "4412"]]);
});

test("each word with its case changed and nothing between: PascalCase, and camelCase as the first word then the others", () => {
  const toPascal = task("toPascal", [str("text")], STRING, [
    [["hello world"], "HelloWorld"],
    [["big red dog"], "BigRedDog"],
  ]);
  const p = assertGeneralizes(toPascal, [[["one two three four"], "OneTwoThreeFour"], [["solo"], "Solo"]], 4000);
  assert.equal(p.best!.returns.python, '"".join(w[:1].upper() + w[1:] for w in text.split(" "))');
  const snakeToCamel = task("snakeToCamel", [str("name")], STRING, [
    [["user_id"], "userId"],
    [["created_at_time"], "createdAtTime"],
    [["name"], "name"],
  ]);
  const c = assertGeneralizes(snakeToCamel, [[["is_admin_user"], "isAdminUser"], [["a_b_c_d"], "aBCD"]], 6000);
  assert.equal(c.best!.returns.typescript, 'name.split("_")[0] + name.split("_").slice(1).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("")');
  assert.equal(c.best!.returns.python, 'name.split("_")[0] + "".join(w[:1].upper() + w[1:] for w in name.split("_")[1:])');
});

test("text put before some characters: a character map that falls into cases", () => {
  const toSnake = task("toSnake", [str("name")], STRING, [
    [["helloWorld"], "hello_world"],
    [["myVarName"], "my_var_name"],
    [["x"], "x"],
  ]);
  // `c.replace(c.toUpperCase(), "_") + c.toLowerCase().split(c)[0]` fits as well: a pattern cut
  // from the very character it replaces in pays for it inside a lambda too.
  const r = assertGeneralizes(toSnake, [[["oneTwoThree"], "one_two_three"], [["plain"], "plain"], [["aB"], "a_b"]], 6000);
  assert.match(r.best!.returns.typescript, /^\[\.\.\.name\]\.map\(\(c\) => .* \? "_" \+ c\.toLowerCase\(\) : c\)\.join\(""\)$/);
});

test("a literal glued on and cut at a computed place is a condition in disguise: the condition is spelled out", () => {
  const truncate = {
    ...task("truncate", [str("text"), { name: "max", type: NUMBER }], STRING, [
      [["Hello world", 5], "Hello..."],
      [["Hi", 5], "Hi"],
      [["Grimoire", 4], "Grim..."],
    ]),
    constants: ["..."],
  };
  // `text.slice(0, max) + (text + "...").slice(Math.max(max, text.length))` fits too, and costs
  // less, but adds "..." to a text exactly `max` long.
  const r = assertGeneralizes(truncate, [[["abc", 3], "abc"], [["abcdef", 3], "abc..."]], 10000);
  assert.match(r.best!.returns.typescript, /\? text\.slice\(0, max\) \+ "\.\.\." : text$/);
});

test("deduces a word-by-word map for title case", () => {
  const t = task("titleCase", [str("text")], STRING, [
    [["hello world"], "Hello World"],
    [["the quick brown fox"], "The Quick Brown Fox"],
    [["grimoire"], "Grimoire"],
  ]);
  const r = assertGeneralizes(t, [[["ab cd ef"], "Ab Cd Ef"]]);
  assert.match(r.best!.code.typescript, /\.split\(" "\)\.map\(/);
  assert.match(r.best!.code.python, /" "\.join\(\w.* for w in text\.split\(" "\)\)/);
});

test("deduces a map that reads each element's position, and joins the literal pieces it prints", () => {
  const t = task("numbered", [{ name: "lines", type: listOf(STRING) }], listOf(STRING), [
    [[["milk", "eggs"]], ["1. milk", "2. eggs"]],
    [[["tea"]], ["1. tea"]],
    [[["a", "b", "c"]], ["1. a", "2. b", "3. c"]],
  ]);
  // A repeated line keeps its own number: lines.indexOf(w) would number both copies 1.
  const r = assertGeneralizes(t, [[[["x", "y", "x"]], ["1. x", "2. y", "3. x"]]], 10000);
  assert.match(r.best!.expression, /^mapIndexed\(/);
  assert.equal(r.best!.returns.typescript, "lines.map((w, i) => `${i + 1}. ${w}`)");
  assert.equal(r.best!.returns.python, '[f"{i + 1}. {w}" for i, w in enumerate(lines)]');
  // Running totals under the editor's limit: the position is read, not xs.indexOf(x), which is
  // wrong on a repeated item.
  const totals = task("runningTotal", [nums("xs")], listOf(NUMBER), [
    [[[1, 2, 3]], [1, 3, 6]],
    [[[5, 0, 2, 1]], [5, 5, 7, 8]],
    [[[]], []],
  ]);
  const s = assertGeneralizes(totals, [[[[2, 2, 2]], [2, 4, 6]]], 10000);
  assert.match(s.best!.expression, /^mapIndexed\(/);
});

test("deduces a map over neighbouring pairs when the output is one shorter than the input", () => {
  const t = task("changes", [nums("readings")], listOf(NUMBER), [
    [[[3, 5, 4, 10]], [2, -1, 6]],
    [[[1, 1]], [0]],
    [[[7, 2, 2]], [-5, 0]],
  ]);
  const r = assertGeneralizes(t, [[[[0, 10, 5, 5, 1]], [10, -5, 0, -4]], [[[4]], []]], 10000);
  // The dropped list is read at i + 1 rather than copied for every item.
  assert.equal(r.best!.returns.typescript, "readings.slice(0, -1).map((x, i) => readings[i + 1] - x)");
  assert.equal(r.best!.returns.python, "[y - x for x, y in zip(readings[:-1], readings[1:])]");
});

test("deduces a map over the positions below a number when the output is that long, printed as one Array.from", () => {
  const n = (name: string) => ({ name, type: NUMBER });
  const squares = task("squares", [n("n")], listOf(NUMBER), [
    [[4], [1, 4, 9, 16]],
    [[2], [1, 4]],
    [[0], []],
  ]);
  const r = assertGeneralizes(squares, [[[6], [1, 4, 9, 16, 25, 36]], [[1], [1]]], 3000);
  assert.match(r.best!.returns.typescript, /^Array\.from\(\{ length: n \}, \(_, i\) => [^.]+\)$/);
  assert.match(r.best!.returns.python, /^\[.+ for i in range\(n\)\]$/);
  // Without the deduction, k * (i + 1) over two inputs is beyond a second's search.
  const multiples = task("multiplesOf", [n("k"), n("count")], listOf(NUMBER), [
    [[3, 4], [3, 6, 9, 12]],
    [[5, 2], [5, 10]],
    [[2, 3], [2, 4, 6]],
  ]);
  assertGeneralizes(multiples, [[[7, 3], [7, 14, 21]], [[4, 0], []]], 3000);
});

test("splits an output list of one length into its positions, each searched on its own", () => {
  // The middle item is a sum of a slice: too far for a search of the whole list at once.
  const ends = task("endsAndMiddle", [nums("xs")], listOf(NUMBER), [
    [[[41, 9, 5, 45, 30, 89]], [41, 89, 89]],
    [[[65, 0, 2, 23, 7, 21, 5, 3, 74]], [65, 61, 74]],
    [[[1, 2, 3]], [1, 2, 3]],
  ]);
  const r = assertGeneralizes(ends, [[[[10, 1, 2, 3, 20]], [10, 6, 20]], [[[4, 5]], [4, 0, 5]]], 3000);
  assert.match(r.best!.returns.typescript, /^\[xs\[0\], .+, xs\.at\(-1\)!?\]$/);
  // A position that holds the same value in every example is that value.
  const framed = task("framed", [nums("xs")], listOf(NUMBER), [
    [[[1, 72, 24, 78, 31]], [1, 23, 68, 42, 99, 71, 31]],
    [[[6, 61, 57, 53, 51, 95, 26]], [6, 23, 68, 42, 99, 71, 26]],
    [[[3, 8]], [3, 23, 68, 42, 99, 71, 8]],
  ]);
  assertGeneralizes(framed, [[[[5, 0, 9]], [5, 23, 68, 42, 99, 71, 9]]], 3000);
  // One position: the item gets the whole task's deductions (a sum over a filter).
  const total = task("g", [nums("xs")], listOf(NUMBER), [
    [[[46, 91, 4, 9, 1, 67, 5]], [50]],
    [[[65, 44, 3, 1, 91, 7, 41, 43, 20]], [64]],
    [[[1, 3]], [0]],
    [[[2, 8, 3]], [10]],
  ]);
  assertGeneralizes(total, [[[[6, 7, 10]], [16]], [[[]], [0]]], 5000);
});

test("reads a round threshold off many examples: a filter's test, a choice between two outputs", () => {
  const passing = task("passing", [nums("xs")], listOf(NUMBER), [
    [[[9, 9, 72, 72]], [72, 72]],
    [[[99, 4, 74, 99, 83, 5, 2, 83]], [99, 74, 99, 83, 83]],
    [[[94, 91, 2, 94, 8, 24, 1]], [94, 91, 94]],
    [[[78, 18, 92, 42, 95, 3, 98]], [78, 92, 95, 98]],
  ]);
  // Anything from 43 to 72 separates the examples; 50 is the one a person writes.
  const r = assertGeneralizes(passing, [[[[50, 49, 60]], [50, 60]]], 3000);
  assert.equal(r.best!.returns.typescript, "xs.filter((x) => x >= 50)");
  const scores = [95, 20, 61, 49, 70, 3, 88, 12];
  const grade = task("grade", [{ name: "score", type: NUMBER }], STRING, scores.map((s) => [[s], s >= 50 ? "pass" : "fail"]));
  const g = assertGeneralizes(grade, [[[50], "pass"], [[45], "fail"]], 3000);
  assert.equal(g.best!.returns.typescript, 'score >= 50 ? "pass" : "fail"');
});

test("a threshold is the roundest number in the gap, compared the way that takes it", () => {
  assert.deepEqual(thresholdBetween(42, 72), { value: 50, orEqual: true, below: false });
  assert.deepEqual(thresholdBetween(0, 3), { value: 0, orEqual: false, below: false }, "x > 0");
  assert.deepEqual(thresholdBetween(17, 19), { value: 18, orEqual: true, below: false });
  assert.deepEqual(thresholdBetween(3, 12, true), { value: 10, orEqual: false, below: true }, "x < 10");
  assert.equal(thresholdBetween(5, 5), undefined);
});

test("deduces a map over prefixes when each output item is made from the items up to it", () => {
  const t = task("highestSoFar", [nums("xs")], listOf(NUMBER), [
    [[[3, 1, 4, 1, 5]], [3, 3, 4, 4, 5]],
    [[[2, 7, 1]], [2, 7, 7]],
    [[[9]], [9]],
  ]);
  // The items here are small enough to be counts: `sort(xs).map((x) => Math.max(...xs.slice(0, x)))`
  // fits them, and pays for taking an item as a count in its own list.
  const r = assertGeneralizes(t, [[[[2, 9, 0, 5]], [2, 9, 9, 9]], [[[]], []]], 1000);
  assert.match(r.best!.expression, /^mapIndexed\(xs, \(x, y\) => maximum\(take\(xs, add\(y, 1\)\)\)\)$/);
});

test("a map over prefixes is deduced for running numbers, not for outputs that only reorder the items", () => {
  const names = (t: Task) => deductions(t).map((d) => d.name);
  const totals = task("runningTotal", [nums("xs")], listOf(NUMBER), [
    [[[1, 2, 3]], [1, 3, 6]],
    [[[5, 0, 2]], [5, 5, 7]],
  ]);
  assert.ok(names(totals).includes("map over prefixes"), names(totals).join(", "));
  assert.equal(names(totals).at(-1), "map over prefixes", "it goes after every other deduction");
  const byLastDigit = task("byLastDigit", [nums("xs")], listOf(NUMBER), [
    [[[31, 12, 40]], [40, 31, 12]],
    [[[9, 18, 27]], [27, 18, 9]],
  ]);
  assert.ok(!names(byLastDigit).includes("map over prefixes"), names(byLastDigit).join(", "));
});

test("reads a constant offset off the examples instead of building it", () => {
  const t = task("complement", [nums("xs")], listOf(NUMBER), [
    [[[55, 82, 57, 4]], [44, 17, 42, 95]],
    [[[1, 13, 34]], [98, 86, 65]],
    [[[32, 70, 51, 41, 5]], [67, 29, 48, 58, 94]],
  ]);
  const r = assertGeneralizes(t, [[[[0, 99, 50]], [99, 0, 49]]], 4000);
  assert.equal(r.best!.returns.typescript, "xs.map((x) => 99 - x)");
  const shifted = task("withFee", [nums("xs")], listOf(NUMBER), [
    [[[3, 10]], [46, 67]],
    [[[0, 25, 7]], [37, 112, 58]],
    [[[1, 2, 4]], [40, 43, 49]],
  ]);
  const s = assertGeneralizes(shifted, [[[[100]], [337]]], 4000);
  assert.equal(s.best!.returns.typescript, "xs.map((x) => x * 3 + 37)");
});

test("meets two kept number programs at the output: a sum, difference or product of cheaper ones", () => {
  // The product of a number's two digits costs more than a second's search of the element
  // reaches; its two factors are each cheap. Where a digit is 0 (4, 90) so is the product, and
  // the other factor may be anything there.
  const t = task("digitProduct", [nums("xs")], listOf(NUMBER), [
    [[[37, 98, 4, 19, 82]], [21, 72, 0, 9, 16]],
    [[[55, 23, 61]], [25, 6, 6]],
    [[[76, 44, 90, 13]], [42, 16, 0, 3]],
  ]);
  const r = assertGeneralizes(t, [[[[29, 50, 7, 88]], [18, 0, 0, 64]]], 2000);
  assert.match(r.best!.returns.python, /^\[\(?x % 10\)? \* \(?x \/\/ 10\)?|^\[\(?x \/\/ 10\)? \* \(?x % 10\)?/);
});

test("a condition that tells two outputs apart becomes a choice between them", () => {
  const t = task("multiplesOfThree", [nums("xs")], listOf(NUMBER), [
    [[[84, 9, 10, 11, 4]], [1, 1, 0, 0, 0]],
    [[[79, 3, 48, 13, 53]], [0, 1, 1, 0, 0]],
    [[[95, 28, 86, 2, 21, 6]], [0, 0, 0, 0, 1, 1]],
  ]);
  // It may also find arithmetic that gives 1 and 0 (1 - x * x % 3); either way it must generalize.
  assertGeneralizes(t, [[[[0, 30, 31, 33, 35]], [1, 1, 0, 1, 0]]], 4000);
  const labels = task("parity", [nums("xs")], listOf(STRING), [
    [[[4, 7, 10]], ["even", "odd", "even"]],
    [[[1, 3]], ["odd", "odd"]],
    [[[8, 5, 2, 9]], ["even", "odd", "even", "odd"]],
  ]);
  const r = assertGeneralizes(labels, [[[[0, 11]], ["even", "odd"]]], 4000);
  assert.equal(r.best!.returns.typescript, 'xs.map((x) => x % 2 === 0 ? "even" : "odd")');
  assert.equal(r.best!.returns.python, '["even" if x % 2 == 0 else "odd" for x in xs]');
});

test("deduces a flat map when every input item becomes the same number of output items", () => {
  const t = task("digits", [nums("xs")], listOf(NUMBER), [
    [[[42, 17]], [4, 2, 1, 7]],
    [[[90]], [9, 0]],
    [[[35, 61, 88]], [3, 5, 6, 1, 8, 8]],
  ]);
  const r = assertGeneralizes(t, [[[[12, 70, 99]], [1, 2, 7, 0, 9, 9]], [[[]], []]], 4000);
  assert.equal(r.best!.returns.typescript, "xs.flatMap((x) => [Math.floor(x / 10), x % 10])");
  assert.equal(r.best!.returns.python, "[y for x in xs for y in [x // 10, x % 10]]");
});

test("deduces a map over a filter when the output is some of the items, each by a simple function", () => {
  const person = { kind: "record" as const, fields: [{ name: "name", type: STRING }, { name: "age", type: NUMBER }] };
  const t = task("adultNames", [{ name: "people", type: listOf(person) }], listOf(STRING), [
    [[[{ name: "Ada", age: 36 }, { name: "Tim", age: 12 }]], ["Ada"]],
    [[[{ name: "Kid", age: 17 }, { name: "Grace", age: 18 }, { name: "Alan", age: 41 }]], ["Grace", "Alan"]],
    [[[{ name: "Bo", age: 3 }]], []],
  ]);
  const r = assertGeneralizes(t, [[[[{ name: "Eve", age: 30 }, { name: "Max", age: 9 }, { name: "Sam", age: 18 }]], ["Eve", "Sam"]]], 4000);
  assert.match(r.best!.returns.typescript, /^people\.filter\(\(\w+\) => \w+\.age (> 17|>= 18)\)\.map\(\(\w+\) => \w+\.name\)$/);
  const halves = task("halvesOfEvens", [nums("xs")], listOf(NUMBER), [
    [[[4, 7, 10]], [2, 5]],
    [[[1, 3]], []],
    [[[8, 6, 5, 2]], [4, 3, 1]],
    // 25 / 2 is 12 too: which of 25 and 24 is kept, only the other examples can say.
    [[[25, 24, 9]], [12]],
  ]);
  const h = assertGeneralizes(halves, [[[[12, 13, 0]], [6, 0]]], 4000);
  assert.equal(h.best!.returns.typescript, "xs.filter((x) => x % 2 === 0).map((x) => Math.floor(x / 2))");
  assert.equal(h.best!.returns.python, "[x // 2 for x in xs if x % 2 == 0]");
});

test("deduces a sum over a filter when the output adds up a field of some of the items", () => {
  const order = { kind: "record" as const, fields: [{ name: "id", type: NUMBER }, { name: "total", type: NUMBER }, { name: "paid", type: BOOLEAN }] };
  const t = task("unpaidTotal", [{ name: "orders", type: listOf(order) }], NUMBER, [
    [[[{ id: 1, total: 20, paid: true }, { id: 2, total: 5, paid: false }, { id: 3, total: 7, paid: false }]], 12],
    [[[{ id: 4, total: 9, paid: true }]], 0],
    [[[{ id: 5, total: 3, paid: false }, { id: 6, total: 40, paid: true }]], 3],
    // Without this one, three orders -> 12, one -> 0 and two -> 3 are met by Math.floor(4 ** n / 5).
    [[[{ id: 10, total: 8, paid: true }, { id: 11, total: 6, paid: true }]], 0],
  ]);
  const r = assertGeneralizes(t, [[[[{ id: 7, total: 10, paid: false }, { id: 8, total: 1, paid: false }, { id: 9, total: 2, paid: true }]], 11]], 6000);
  assert.equal(r.best!.returns.typescript, "orders.filter((order) => !order.paid).map((order) => order.total).reduce((a, b) => a + b, 0)");
  assert.equal(r.best!.returns.python, 'sum(order["total"] for order in orders if not order["paid"])');
});

test("a filter keeps the items equal to a parameter, and its test is not steered by the words the map or the sum spends", () => {
  const item = { kind: "record" as const, fields: [{ name: "name", type: STRING }, { name: "price", type: NUMBER }, { name: "qty", type: NUMBER }] };
  const items = { name: "items", type: listOf(item) };
  const shop = [
    [{ name: "pen", price: 2, qty: 3 }, { name: "ink", price: 5, qty: 1 }],
    [{ name: "cup", price: 4, qty: 10 }, { name: "cup", price: 4, qty: 2 }],
    [{ name: "hat", price: 9, qty: 1 }],
  ];
  // Equality and startsWith behave alike on every sample; of one cost, the plainer test is kept.
  const named = task("named", [items, str("name")], listOf(item), [
    [[shop[0], "pen"], [shop[0][0]]],
    [[shop[1], "cup"], shop[1]],
    [[shop[2], "cap"], []],
  ]);
  const n = assertGeneralizes(named, [[[[{ name: "p", price: 1, qty: 1 }, { name: "pen", price: 1, qty: 1 }], "pen"], [{ name: "pen", price: 1, qty: 1 }]]], 4000);
  assert.equal(n.best!.returns.typescript, "items.filter((item) => item.name === name)");
  // "qty" names the field summed: the predicate that chose the items must not read it for that
  // reason (`item.qty > 1` fits these examples too, and never reads `name`).
  const sumQty = {
    ...task("sumQty", [items, str("name")], NUMBER, [
      [[shop[0], "pen"], 3],
      [[shop[1], "cup"], 12],
      [[shop[2], "cap"], 0],
    ]),
    words: ["sum", "qty"],
  };
  const unseen: [Value[], Value][] = [[[[{ name: "a", price: 1, qty: 5 }, { name: "b", price: 1, qty: 6 }, { name: "a", price: 2, qty: 7 }], "a"], 12]];
  const q = assertGeneralizes(sumQty, unseen, 6000);
  assert.equal(q.best!.returns.python, 'sum(item["qty"] for item in items if item["name"] == name)');
});

test("a word of the name asks for the sign or a perfect square", () => {
  const sign = { ...task("sign", [{ name: "x", type: NUMBER }], NUMBER, [[[-5], -1], [[0], 0], [[12], 1]]), words: ["sign"] };
  const s = assertGeneralizes(sign, [[[100], 1], [[-100], -1], [[1], 1]], 3000);
  assert.equal(s.best!.returns.typescript, "Math.sign(x)");
  assert.equal(s.best!.returns.python, "(x > 0) - (x < 0)");
  const isSquare = { ...task("isSquare", [{ name: "n", type: NUMBER }], BOOLEAN, [[[4], true], [[5], false], [[9], true], [[10], false]]), words: ["is", "square"] };
  const q = assertGeneralizes(isSquare, [[[2], false], [[25], true], [[26], false]], 3000);
  assert.equal(q.best!.returns.typescript, "Number.isInteger(Math.sqrt(n))");
  assert.equal(q.best!.returns.python, "math.isqrt(n) ** 2 == n");
  assert.deepEqual(q.best!.pythonImports, ["math"]);
});

test("a list is compared with itself sorted or reversed", () => {
  const isSorted = {
    ...task("isSorted", [nums("xs")], BOOLEAN, [
      [[[1, 2, 3]], true],
      [[[3, 1, 2]], false],
      [[[5, 5, 6]], true],
      [[[9, 4]], false],
    ]),
    words: ["is", "sorted"],
  };
  // xs[0] < xs.at(-1) fits these four as well.
  const s = assertGeneralizes(isSorted, [[[[1, 5, 4, 10]], false], [[[]], true], [[[2, 2]], true]], 3000);
  assert.equal(s.best!.returns.typescript, "JSON.stringify(xs) === JSON.stringify([...xs].sort((a, b) => a - b))");
  assert.equal(s.best!.returns.python, "xs == sorted(xs)");
  const isPalindrome = {
    ...task("isPalindromeList", [nums("xs")], BOOLEAN, [
      [[[1, 2, 1]], true],
      [[[1, 2, 3]], false],
      [[[4, 4]], true],
      [[[5, 6]], false],
    ]),
    words: ["is", "palindrome", "list"],
  };
  const p = assertGeneralizes(isPalindrome, [[[[1, 2, 3, 2, 1]], true], [[[1, 2, 2, 3]], false], [[[1, 1, 2]], false]], 3000);
  assert.equal(p.best!.returns.python, "xs == xs[::-1]");
});

test("the list deductions also read the words of a string input", () => {
  const t = task("longWords", [str("text")], listOf(STRING), [
    [["a tree is green"], ["tree", "green"]],
    [["hello to you"], ["hello", "you"]],
  ]);
  const r = assertGeneralizes(t, [[["an old oak by the sea"], ["old", "oak", "the", "sea"]], [["go"], []]], 6000);
  assert.equal(r.best!.returns.typescript, 'text.split(" ").filter((w) => w.length > 2)');
  assert.equal(r.best!.returns.python, '[w for w in text.split(" ") if len(w) > 2]');
});

test("deduces a filter of the list reversed, a map of the list sorted, and a map of records sorted by a field, when the outputs show that order", () => {
  const evensBackwards = task("evensBackwards", [nums("xs")], listOf(NUMBER), [
    [[[3, 8, 5, 2, 6]], [6, 2, 8]],
    [[[4, 1, 10]], [10, 4]],
    [[[7, 12, 9, 11]], [12]],
  ]);
  const r = assertGeneralizes(evensBackwards, [[[[2, 4, 5, 20]], [20, 4, 2]], [[[1]], []]], 6000);
  assert.equal(r.best!.returns.typescript, "[...xs].reverse().filter((x) => x % 2 === 0)");
  assert.equal(r.best!.returns.python, "[x for x in xs[::-1] if x % 2 == 0]");
  const tensInOrder = task("tensInOrder", [nums("xs")], listOf(NUMBER), [
    [[[57, 13, 90, 31]], [1, 3, 5, 9]],
    [[[48, 6, 72]], [0, 4, 7]],
    [[[85, 29, 64, 30, 11]], [1, 2, 3, 6, 8]],
  ]);
  const t = assertGeneralizes(tensInOrder, [[[[99, 10, 45]], [1, 4, 9]]], 6000);
  assert.equal(t.best!.returns.python, "[x // 10 for x in sorted(xs)]");
  const person = { kind: "record" as const, fields: [{ name: "name", type: STRING }, { name: "age", type: NUMBER }] };
  const namesByAge = task("namesByAge", [{ name: "people", type: listOf(person) }], listOf(STRING), [
    [[[{ name: "Cy", age: 41 }, { name: "Ann", age: 30 }]], ["Ann", "Cy"]],
    [[[{ name: "Di", age: 22 }, { name: "Bo", age: 47 }, { name: "Ed", age: 9 }]], ["Ed", "Di", "Bo"]],
    [[[]], []],
  ]);
  const n = assertGeneralizes(namesByAge, [[[[{ name: "Zoe", age: 5 }, { name: "Al", age: 70 }, { name: "Mo", age: 33 }]], ["Zoe", "Mo", "Al"]]], 6000);
  assert.equal(n.best!.returns.typescript, "[...people].sort((a, b) => a.age - b.age).map((person) => person.name)");
  assert.equal(n.best!.returns.python, '[person["name"] for person in sorted(people, key=lambda person: person["age"])]');
});

test("the item with the largest key, and the mean, are one step each", () => {
  const item = { kind: "record" as const, fields: [{ name: "name", type: STRING }, { name: "price", type: NUMBER }] };
  const priciest = task("priciest", [{ name: "items", type: listOf(item) }], STRING, [
    [[[{ name: "pen", price: 2 }, { name: "ink", price: 5 }]], "ink"],
    [[[{ name: "cup", price: 4 }]], "cup"],
    [[[{ name: "a", price: 1 }, { name: "b", price: 9 }, { name: "c", price: 3 }]], "b"],
  ]);
  const r = assertGeneralizes(priciest, [[[[{ name: "zed", price: 8 }, { name: "amy", price: 1 }, { name: "kit", price: 3 }]], "zed"]], 4000);
  assert.equal(r.best!.returns.typescript, "items.reduce((a, b) => (b.price > a.price ? b : a)).name");
  assert.equal(r.best!.returns.python, 'max(items, key=lambda item: item["price"])["name"]');
  const average = task("average", [nums("xs")], NUMBER, [
    [[[1, 2, 3, 4]], 2.5],
    [[[2, 4]], 3],
    [[[5]], 5],
  ]);
  const m = assertGeneralizes(average, [[[[10, 0, 5]], 5], [[[1, 2]], 1.5]], 4000);
  assert.equal(m.best!.returns.python, "statistics.mean(xs)");
});

test("deduces a part of each word, joined with nothing, when the output has as many characters per word", () => {
  const t = task("initials", [str("name")], STRING, [
    [["Ada Lovelace"], "AL"],
    [["Grace Brewster Hopper"], "GBH"],
    [["Alan Turing"], "AT"],
  ]);
  const r = assertGeneralizes(t, [[["Edsger Wybe Dijkstra"], "EWD"], [["Barbara Liskov"], "BL"]], 6000);
  assert.equal(r.best!.returns.typescript, 'name.split(" ").map((w) => w[0]).join("")');
  assert.equal(r.best!.returns.python, '"".join(w[0] for w in name.split(" "))');
});

test("prefers a program that reads every declared parameter to a cheaper one that fits the examples without one", () => {
  // xs.slice(1, 3).length fits these examples and never reads limit.
  const t = task("countAbove", [nums("xs"), { name: "limit", type: NUMBER }], NUMBER, [
    [[[3, 8, 1, 9], 5], 2],
    [[[10, 20], 15], 1],
    [[[], 3], 0],
    [[[6, 2, 4], 3], 2],
  ]);
  const r = assertGeneralizes(t, [[[[1, 2, 3, 4, 5, 6], 2], 4], [[[9], 10], 0]], 4000);
  assert.match(r.best!.returns.typescript, /limit/);
});

test("prefers arithmetic on a length to the length of text cut at a fixed place", () => {
  // word.slice(2).length fits these three: the middle of three and five letters, and of one.
  const t = task("middleChar", [str("word")], STRING, [
    [["abc"], "b"],
    [["hello"], "l"],
    [["x"], "x"],
  ]);
  const r = assertGeneralizes(t, [[["abcde"], "c"], [["abcdefg"], "d"]], 3000);
  assert.match(r.best!.returns.typescript, /word\.length/);
});

test("a word of the name asks for a character test: punctuation, letters, digits", () => {
  const stripPunctuation = {
    ...task("stripPunctuation", [str("text")], STRING, [
      [["hi, there!"], "hi there"],
      [["ok."], "ok"],
      [["what?!"], "what"],
    ]),
    words: ["strip", "punctuation"],
  };
  assertGeneralizes(stripPunctuation, [[["a.b,c"], "abc"], [["Wait; (really)?"], "Wait really"]], 4000);
  const countDigits = {
    ...task("countDigits", [str("text")], NUMBER, [
      [["a1b22"], 3],
      [["none"], 0],
      [["2024-11"], 6],
    ]),
    words: ["count", "digits"],
  };
  assertGeneralizes(countDigits, [[["x9y"], 1], [[""], 0]], 3000);
});

test("capitalizes a first letter in one step, rather than spelling the examples' letters", () => {
  // Both first names start with "a": ", A" + first.slice(1) fits them as well.
  const t = task("formatName", [str("first"), str("last")], STRING, [
    [["ada", "lovelace"], "Lovelace, Ada"],
    [["alan", "turing"], "Turing, Alan"],
  ]);
  const r = assertGeneralizes(t, [[["grace", "hopper"], "Hopper, Grace"]], 4000);
  assert.match(r.best!.code.typescript, /first\.charAt\(0\)\.toUpperCase\(\)/);
  assert.match(r.best!.code.python, /first\[:1\]\.upper\(\)/);
});

test("deduces a filter over positions when the output is positions in the input list", () => {
  const t = task("evenIndices", [nums("xs")], listOf(NUMBER), [
    [[[1, 2, 4, 5]], [1, 2]],
    [[[3, 8]], [1]],
    [[[6, 7, 8]], [0, 2]],
  ]);
  const r = assertGeneralizes(t, [[[[10, 11, 12, 13, 14]], [0, 2, 4]], [[[]], []]], 6000);
  assert.equal(r.best!.returns.typescript, "Array.from({ length: xs.length }, (_, i) => i).filter((i) => xs[i] % 2 === 0)");
  assert.equal(r.best!.returns.python, "[i for i in range(len(xs)) if xs[i] % 2 == 0]");
});

test("assembles a string from pieces", () => {
  const t = task("initials", [str("name")], STRING, [
    [["Ada Lovelace"], "A.L."],
    [["Grace Hopper"], "G.H."],
    [["Alan Turing"], "A.T."],
  ]);
  assertGeneralizes(t, [[["Barbara Liskov"], "B.L."]]);
});

test("synthesizes list programs with lambdas", () => {
  assertGeneralizes(
    task("doubleEach", [nums("xs")], listOf(NUMBER), [
      [[[1, 2, 3]], [2, 4, 6]],
      [[[5]], [10]],
      [[[0, 7]], [0, 14]],
    ]),
    [[[[9, 1]], [18, 2]], [[[]], []]],
  );
  assertGeneralizes(
    task("keepEvens", [nums("xs")], listOf(NUMBER), [
      [[[1, 2, 3, 4]], [2, 4]],
      [[[7, 8]], [8]],
      [[[5]], []],
      [[[6, 10, 3]], [6, 10]],
    ]),
    [[[[2, 9, 12, 13]], [2, 12]]],
  );
  assertGeneralizes(
    task("sumOfSquares", [nums("xs")], NUMBER, [
      [[[1, 2, 3]], 14],
      [[[4]], 16],
      [[[2, 2]], 8],
      [[[3, 1]], 10],
    ]),
    [[[[5, 5]], 50], [[[]], 0]],
  );
});

test("deduces a filter, then a map by a function of a record's field", () => {
  const item = { kind: "record" as const, fields: [{ name: "name", type: STRING }, { name: "stock", type: NUMBER }] };
  const t = task("inStockLabels", [{ name: "items", type: listOf(item) }], listOf(STRING), [
    [[[{ name: "pen", stock: 3 }, { name: "ink", stock: 0 }]], ["PEN"]],
    [[[{ name: "cup", stock: 1 }, { name: "mug", stock: 7 }]], ["CUP", "MUG"]],
    [[[{ name: "box", stock: 0 }]], []],
  ]);
  const r = assertGeneralizes(t, [[[[{ name: "a", stock: 0 }, { name: "b", stock: 2 }, { name: "c", stock: 9 }]], ["B", "C"]]], 4000);
  assert.equal(r.best!.returns.typescript, "items.filter((item) => item.stock > 0).map((item) => item.name.toUpperCase())");
});

test("uses record fields named by the task's types", () => {
  const person = { kind: "record" as const, fields: [{ name: "first", type: STRING }, { name: "last", type: STRING }] };
  const t = task("fullName", [{ name: "p", type: person }], STRING, [
    [[{ first: "Ada", last: "Lovelace" }], "Ada Lovelace"],
    [[{ first: "Alan", last: "Turing" }], "Alan Turing"],
  ]);
  const r = assertGeneralizes(t, [[[{ first: "Grace", last: "Hopper" }], "Grace Hopper"]]);
  assert.match(r.best!.code.typescript, /return `\$\{p\.first\} \$\{p\.last\}`;/);
  // Python before 3.12 allows no quote inside an f-string's braces that closes the string itself.
  assert.match(r.best!.code.python, /return f'\{p\["first"\]\} \{p\["last"\]\}'/);
});

test("an assembly keeps a piece that fits every example among cheaper ones that fit only the longest", () => {
  // "30" of "12:30" is String(minutes) and many cheaper programs; only the padded one fits "9:05" too.
  const t = task("formatTime", [{ name: "hours", type: NUMBER }, { name: "minutes", type: NUMBER }], STRING, [
    [[9, 5], "9:05"],
    [[12, 30], "12:30"],
    [[0, 0], "0:00"],
  ]);
  const r = assertGeneralizes(t, [[[23, 59], "23:59"], [[1, 1], "1:01"]], 3000);
  assert.match(r.best!.code.typescript, /padStart\(2, "0"\)/);
});

test("a case may rest on one example where it hands an input back unchanged, or gives one of two texts", () => {
  // Without conditionals, pieces of the upper-cased text cut at "H" fit these three.
  const shout = task("shout", [str("text"), { name: "loud", type: BOOLEAN }], STRING, [
    [["hi", true], "HI"],
    [["yo there", true], "YO THERE"],
    [["hush", false], "hush"],
  ]);
  // At 1 s the last phase builds it; at 3 s the first phase has found pieces by then, and the
  // search goes on with conditionals for a program cheaper than they are.
  for (const timeoutMs of [1000, 3000]) {
    const r = assertGeneralizes(shout, [[["hey", false], "hey"], [["hey", true], "HEY"]], timeoutMs);
    assert.equal(r.best!.expression, "if(loud, toUpperCase(text), text)");
  }
  // So may one of two texts that are all the outputs: the task sorts its inputs into two kinds.
  const kinds = task("label", [{ name: "n", type: NUMBER }], STRING, [
    [[1], "one"],
    [[2], "many"],
    [[3], "many"],
  ]);
  assert.equal(synthesize(kinds, { timeoutMs: 1000 }).best?.expression, 'if(equals(n, 1), "one", "many")');
  // Any other case resting on one example would merely list it.
  const listed = task("f", [str("s")], STRING, [
    [["ab"], "AB"],
    [["cd"], "cd"],
    [["efg"], "efg"],
  ]);
  assert.doesNotMatch(synthesize(listed, { timeoutMs: 1000 }).best?.expression ?? "", /^if\(/);
});

test("a range check is read off true examples between false ones, from a handful of examples", () => {
  const isTeen = task("isTeen", [{ name: "age", type: NUMBER }], BOOLEAN, [
    [[13], true],
    [[19], true],
    [[12], false],
    [[20], false],
    [[16], true],
  ]);
  // `age % 3 === 1` fits these too, and is cheaper than two comparisons with literals of the inputs.
  const r = assertGeneralizes(isTeen, [[[14], true], [[18], true], [[11], false], [[21], false], [[0], false], [[100], false]], 3000);
  assert.equal(r.best!.returns.typescript, "age >= 13 && age <= 19");
  assert.equal(r.best!.returns.python, "13 <= age <= 19");
});

test("a boolean parameter chooses between two texts shown once each", () => {
  const t = task("yesNo", [{ name: "flag", type: BOOLEAN }], STRING, [
    [[true], "yes"],
    [[false], "no"],
  ]);
  const r = synthesize(t, { timeoutMs: 3000 });
  assert.equal(r.best?.returns.typescript, 'flag ? "yes" : "no"');
  assert.equal(r.best?.returns.python, '"yes" if flag else "no"');
});

test("outputs that are two texts of their own are kinds: the rarer one may be shown once", () => {
  const t = task("sign", [{ name: "n", type: NUMBER }], STRING, [
    [[3], "positive"],
    [[-2], "negative"],
    [[5], "positive"],
  ]);
  const r = assertGeneralizes(t, [[[1], "positive"], [[-40], "negative"], [[100], "positive"]], 3000);
  assert.match(r.best!.returns.typescript, /^n [<>]=? -?\d+ \? "(negative|positive)" : "(negative|positive)"$/);
});

test("a dearer program that behaves as a cheap accident everywhere is still found, and ranks above it", () => {
  const member = recordOf([
    { name: "name", type: STRING },
    { name: "role", type: STRING },
    { name: "active", type: BOOLEAN },
  ]);
  const m = (name: string, role: string, active: boolean) => ({ name, role, active });
  const t = {
    ...task("countWithRole", [{ name: "members", type: listOf(member) }, str("role")], NUMBER, [
      [[[m("ann", "dev", true), m("bo", "ops", false), m("cy", "dev", false)], "dev"], 2],
      [[[m("ann", "dev", true)], "ops"], 0],
    ]),
    words: ["count", "with", "role"],
  };
  // `members.length - 1` fits both and never reads the role; on the inputs the search makes up, the
  // count of members with the role behaves alike, so the bank kept only the cheaper program.
  const r = assertGeneralizes(t, [
    [[[m("a", "x", true), m("b", "x", true), m("c", "x", false)], "x"], 3],
    [[[], "x"], 0],
    [[[m("a", "y", true), m("b", "x", true)], "y"], 1],
  ]);
  assert.match(r.best!.returns.typescript, /role === role|=== role/);
});

test("a selecting word before a test asks for the operator it names: every, some", () => {
  const everyPositive = {
    ...task("everyPositive", [nums("xs")], BOOLEAN, [
      [[[1, 2]], true],
      [[[1, -2]], false],
      [[[-5, 3]], false],
      [[[7]], true],
    ]),
    words: ["every", "positive"],
  };
  // The sum's sign fits these four too, a bit cheaper.
  const r = assertGeneralizes(everyPositive, [[[[5, 0, 7]], false], [[[3, 4, -1]], false], [[[9, 9]], true]], 3000);
  assert.equal(r.best!.returns.typescript, "xs.every((x) => x > 0)");
  const hasVowel = {
    ...task("hasVowel", [str("word")], BOOLEAN, [
      [["sky"], false],
      [["tree"], true],
      [["rhythm"], false],
      [["a"], true],
    ]),
    words: ["has", "vowel"],
  };
  // The last character's test fits these too, at a lower cost.
  assertGeneralizes(hasVowel, [[["boat"], true], [["cab"], true], [["xyz"], false]], 3000);
});

test("zeros name the test for zero, and words of size a bound rather than one length", () => {
  const dropZeros = { ...task("drop_zeros", [nums("numbers")], listOf(NUMBER), [[[[0, 1, 0, 2]], [1, 2]], [[[3]], [3]], [[[0, 0]], []]]), words: ["drop", "zeros"] };
  // No example has a negative number, so `x > 0` fits as well, and is cheaper.
  const r = assertGeneralizes(dropZeros, [[[[5, 0, -1, 0]], [5, -1]]], 3000);
  assert.equal(r.best!.returns.python, "[x for x in numbers if x != 0]");
  // To compact a list of numbers, as lodash's compact does, drops the zeros too.
  const compact = { ...task("compact", [nums("xs")], listOf(NUMBER), [[[[0, 1, 0, 2]], [1, 2]], [[[3]], [3]], [[[0, 0]], []]]), words: ["compact"] };
  assert.equal(assertGeneralizes(compact, [[[[-1, 0, 5]], [-1, 5]]], 3000).best!.returns.typescript, "xs.filter((x) => x !== 0)");
  const isShort = {
    ...task("is_short", [str("word")], BOOLEAN, [
      [["cat"], true],
      [["elephant"], false],
      [["tiger"], false],
      [["dog"], true],
    ]),
    words: ["is", "short"],
  };
  // `len(word) == 3` fits these as well as a bound does.
  assertGeneralizes(isShort, [[["a"], true], [[""], true], [["abcdefghij"], false]], 3000);
});

test("a plain word of size asks for a comparison with a bound, and the rounder bound ranks first", () => {
  const item = recordOf([
    { name: "name", type: STRING },
    { name: "price", type: NUMBER },
  ]);
  const i = (name: string, price: number) => ({ name, price });
  const t = {
    ...task("cheapItems", [{ name: "items", type: listOf(item) }], listOf(STRING), [
      [[[i("pen", 2), i("book", 20)]], ["pen"]],
      [[[i("cup", 5), i("tv", 300), i("gum", 1)]], ["cup", "gum"]],
    ]),
    words: ["cheap", "items"],
  };
  // Dropping the second item fits both examples, and costs less than the filter.
  const r = assertGeneralizes(t, [[[[i("a", 9), i("b", 11), i("c", 3)]], ["a", "c"]], [[[i("z", 50)]], []]], 3000);
  assert.equal(r.best!.returns.typescript, "items.filter((item) => item.price < 10).map((item) => item.name)");
});

test("a power with a computed exponent pays for it: the sum of cubes is not sum ** product", () => {
  const t = { ...task("sumOfCubes", [nums("xs")], NUMBER, [[[[1, 2]], 9], [[[3]], 27], [[[]], 0]]), words: ["sum", "of", "cubes"] };
  const r = synthesize(t, { timeoutMs: 3000, alternatives: 8 });
  const offered = [r.best!, ...r.alternatives].map((c) => c.returns.typescript);
  const powerOfSums = offered.indexOf("xs.reduce((a, b) => a + b, 0) ** xs.reduce((a, b) => a * b, 1)");
  const cubes = offered.indexOf("xs.map((x) => x ** 3).reduce((a, b) => a + b, 0)");
  assert.ok(cubes >= 0 && (powerOfSums < 0 || cubes < powerOfSums), offered.join("\n"));
});

test("arithmetic on where text was found is suspect, but for a literal step to a place the program cuts at", () => {
  const op = (name: string) => OPERATOR_BY_NAME.get(name)!;
  const text = param(0, STRING);
  const found = (pattern: string) => apply(op("indexOf"), { params: [STRING, STRING], result: NUMBER }, [text, constant(pattern, STRING)]);
  const arithmetic = (name: string, a: any, b: any) => apply(op(name), { params: [NUMBER, NUMBER], result: NUMBER }, [a, b]);
  // The -1 of no space makes 2 - text.indexOf(" ") count the digits of "abc123".
  assert.equal(foundPlaceArithmetic(arithmetic("sub", constant(2, NUMBER), found(" "))), 1);
  // After the "@": a place to cut at, one step on.
  const afterAt = apply(op("sliceFrom"), { params: [STRING, NUMBER], result: STRING }, [text, arithmetic("add", found("@"), constant(1, NUMBER))]);
  assert.equal(foundPlaceArithmetic(afterAt), 0);
  // A place found added to a quantity, inside a lambda: item.qty + name.indexOf(item.name).
  const item = { kind: "record" as const, fields: [{ name: "name", type: STRING }, { name: "qty", type: NUMBER }] };
  const field = (name: string, type: typeof NUMBER | typeof STRING) => ({ ...op("add"), name: `field:${name}`, params: [item], result: type });
  const x = lambdaVar(0, item);
  const qty = apply(field("qty", NUMBER), { params: [item], result: NUMBER }, [x]);
  const itemName = apply(field("name", STRING), { params: [item], result: STRING }, [x]);
  const place = apply(op("indexOf"), { params: [STRING, STRING], result: NUMBER }, [param(1, STRING), itemName]);
  assert.equal(foundPlaceArithmetic(lambda([item], arithmetic("add", qty, place))), 1);
});

test("builds a conditional when the examples split into cases", () => {
  const t = task("sign", [{ name: "n", type: NUMBER }], STRING, [
    [[5], "positive"],
    [[12], "positive"],
    [[-3], "negative"],
    [[-8], "negative"],
  ]);
  const r = assertGeneralizes(t, [[[40], "positive"], [[-40], "negative"]]);
  assert.match(r.best!.expression, /^if\(/);
});

test("a conditional's case that rests on two examples is a plain one, not any program that meets them", () => {
  // 0 -> 1 and 5 -> 120 meet max(1, n * n * n) - n; 3 -> 6 and 4 -> 24 meet n * (n - 1) * (n - 2).
  const factorial = { ...task("factorial", [{ name: "n", type: NUMBER }], NUMBER, [
    [[0], 1],
    [[3], 6],
    [[5], 120],
    [[4], 24],
  ]), words: ["factorial"] };
  // Before the rule, a two-second search answered such a conditional within a second.
  const quick = synthesize(factorial, { timeoutMs: 2000 }).best;
  assert.doesNotMatch(quick?.expression ?? "", /^if\(/);
  const r = assertGeneralizes(factorial, [[[1], 1], [[6], 720], [[2], 2]]);
  assert.doesNotMatch(r.best!.expression, /^if\(/);
});

test("reports an input on which the best candidates disagree", () => {
  // One example cannot tell "up to the first space" from "up to the last space".
  const t = task("head", [str("s")], STRING, [[["ab cd ef"], "ab"]]);
  const r = synthesize(t, { timeoutMs: 3000, alternatives: 3 });
  assert.equal(r.status, "solved");
  assert.ok(r.alternatives.length > 0, "expected alternatives");
  assert.ok(r.question, "expected a question");
  const answers = [r.best!, ...r.alternatives].map((c) => JSON.stringify(c.run(r.question!)));
  assert.ok(new Set(answers).size > 1, "the candidates should disagree on the question");
});

test("stops when cancelled and within its time budget", () => {
  const unsolvable = task("noise", [str("s")], STRING, [
    [["a"], "q8z!"],
    [["bb"], "#@x"],
    [["ccc"], "w"],
  ]);
  const cancelled = synthesize(unsolvable, { timeoutMs: 60_000, cancellation: { isCancellationRequested: true } });
  assert.equal(cancelled.status, "cancelled");
  const started = Date.now();
  const timed = synthesize(unsolvable, { timeoutMs: 300 });
  assert.equal(timed.status, "unsolved");
  // Generous bound: the limit is checked in the inner loop, so it ends near 300 ms.
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test("keeps the value bank under its memory cap", () => {
  const t = task("noise", [str("s")], STRING, [
    [["alpha beta"], "q8z!"],
    [["gamma delta"], "#@x"],
  ]);
  const r = synthesize(t, { timeoutMs: 20_000, maxBankBytes: 2_000_000 });
  assert.equal(r.status, "unsolved");
  // The search stopped for memory long before its 20 s budget.
  assert.ok(r.ms < 15_000, `took ${r.ms} ms`);
});

test("observational equivalence keeps one program per output vector", () => {
  const bank = new Bank();
  const a = { program: param(0, NUMBER), cost: 1, rank: 1, values: [1, 2, 3] };
  const b = { program: constant(1, NUMBER), cost: 1, rank: 1, values: [1, 2, 3] };
  const c = { program: constant(2, NUMBER), cost: 1, rank: 1, values: [1, 2, 4] };
  assert.equal(bank.add("num", NUMBER, a), true);
  assert.equal(bank.add("num", NUMBER, b), false);
  assert.equal(bank.add("num", NUMBER, c), true);
  // The same outputs under another type are a different program.
  assert.equal(bank.add("str", STRING, { program: constant("x", STRING), cost: 1, rank: 1, values: [1, 2, 3] }), true);
  assert.equal(hashOutputs([["a"], "b"], 2), hashOutputs([["a"], "b"], 2));
  assert.notEqual(hashOutputs(["ab", "c"], 2), hashOutputs(["a", "bc"], 2));
});

test("the bank's index finds every entry as it grows, and tells apart outputs whose hashes collide", () => {
  const index = new OutputIndex();
  const entry = (values: Value[]) => ({ program: constant(values[0], NUMBER), cost: 1, rank: 1, values });
  // Ten thousand entries make it grow several times; every fourth shares its hash with the one before.
  const kept = Array.from({ length: 10_000 }, (_, i) => entry([i, -i]));
  const hashOf = (i: number) => (i % 4 === 1 ? i - 1 : i) * 2654435761;
  kept.forEach((e, i) => {
    assert.equal(index.find(e.values, hashOf(i) | 0), undefined);
    index.insert(e, hashOf(i) | 0);
  });
  kept.forEach((e, i) => assert.equal(index.find([i, -i], hashOf(i) | 0), e));
  assert.equal(index.find([1, 0], hashOf(1) | 0), undefined, "same hash, other outputs");
});

test("operator instances never leave the task's type universe", () => {
  const t = task("t", [str("s")], STRING, [[["a"], "b"]]);
  const universe = typeUniverse(t);
  const keys = new Set(universe.map(typeKey));
  const instances = instantiateOperators(universe);
  assert.ok(instances.some((i) => i.op.name === "map"));
  for (const inst of instances) {
    for (const p of [...inst.params, inst.result]) {
      const parts = p.kind === "function" ? [...p.params, p.result] : [p];
      for (const part of parts) assert.ok(keys.has(typeKey(part)), `${inst.op.name} uses ${typeKey(part)}`);
    }
  }
});

test("the interpreter enforces its step limit", () => {
  const range = OPERATOR_BY_NAME.get("range")!;
  const map = OPERATOR_BY_NAME.get("map")!;
  const sum = OPERATOR_BY_NAME.get("sum")!;
  const list = listOf(NUMBER);
  // sum(map(range(n), x => sum(range(n)))) takes about n * n steps.
  const inner = apply(sum, { params: [list], result: NUMBER }, [apply(range, { params: [NUMBER], result: list }, [param(0, NUMBER)])]);
  const program = apply(sum, { params: [list], result: NUMBER }, [
    apply(map, { params: [list, fnOf([NUMBER], NUMBER)], result: list }, [
      apply(range, { params: [NUMBER], result: list }, [param(0, NUMBER)]),
      lambda([NUMBER], apply(OPERATOR_BY_NAME.get("add")!, { params: [NUMBER, NUMBER], result: NUMBER }, [lambdaVar(0, NUMBER), inner])),
    ]),
  ]);
  const small = runProgram(program, [10]);
  assert.deepEqual(small, { ok: true, value: 45 + 10 * 45 });
  const limited = runProgram(program, [1000], { steps: 500 });
  assert.equal(limited.ok, false);
});

test("an enumeration stopped every few hundred candidates and taken up again keeps what one straight run keeps, trying each candidate once", async () => {
  const { Enumerator, SearchLimits } = await import("../language-server/engine/enumerate");
  const { constantLeaves } = await import("../language-server/engine/constants");
  const { showProgram } = await import("../language-server/engine/program");
  /** Stops the search every `every` ticks, as a turn's end does. */
  class Interrupting extends SearchLimits {
    count = 0;
    stops = 0;
    constructor(private readonly every: number) {
      super(Infinity, 1024 ** 3);
    }
    override tick(): boolean {
      if (this.stopped) return false;
      if (++this.count % this.every === 0) {
        this.stopped = "timeout";
        this.stops++;
        return false;
      }
      return true;
    }
  }
  // Strings, numbers and lists with lambdas (map, filter, fold), so every arity and the lambda enumerators are interrupted.
  const t = task("mixed", [nums("xs"), str("s")], STRING, [
    [[[1, 2, 3], "ab cd"], "x"],
    [[[4, 5], "efg"], "y"],
    [[[], "h i j"], "z"],
  ]);
  const universe = typeUniverse(t);
  const instances = instantiateOperators(universe);
  const firstOrder = instances.filter((i) => i.params.every((p) => p.kind !== "function"));
  const leaves = [param(0, listOf(NUMBER)), param(1, STRING)].map((program) => ({ program, cost: 1 }));
  const constants = constantLeaves(t, universe);
  const inputs = t.examples.map((e) => e.inputs);
  const build = (limits: InstanceType<typeof SearchLimits>) =>
    new Enumerator({ inputs, vars: inputs.map(() => []), labeled: inputs.length }, instances, [...leaves, ...constants], (i) => i.op.cost, limits, undefined, (params) => {
      const lambdaInputs = inputs.flatMap((x) => [x, x]);
      const vars = lambdaInputs.map((_, k) => params.map((p) => (typeKey(p) === "num" ? k : typeKey(p) === "str" ? `w${k}` : [k])));
      return new Enumerator(
        { inputs: lambdaInputs, vars, labeled: 0 },
        firstOrder,
        [...params.map((p, i) => ({ program: lambdaVar(i, p), cost: 1 })), ...leaves, ...constants],
        (i) => i.op.cost,
        limits,
      );
    });
  const LEVEL = 11;
  const straight = new SearchLimits(Infinity, 1024 ** 3);
  const whole = build(straight);
  assert.ok(whole.growTo(LEVEL));
  const limits = new Interrupting(31);
  const turns = build(limits);
  while (!turns.growTo(LEVEL)) limits.resume(Infinity);
  assert.ok(limits.stops > 50, `only ${limits.stops} interruptions`);
  const contents = (e: InstanceType<typeof Enumerator>) =>
    [...e.bank.banks.values()].map((b) => `${b.key}: ${b.levels.map((l) => (l ?? []).map((x) => showProgram(x.program)).join(" ")).join(" | ")}`).sort();
  assert.deepEqual(contents(turns), contents(whole));
  assert.equal(limits.tried, straight.tried);
});

test("a misleading prior still finds a program that generalizes, scored by its hand-set costs", () => {
  const t = task("lastWord", [str("s")], STRING, [
    [["hello big world"], "world"],
    [["foo bar"], "bar"],
    [["one two three four"], "four"],
  ]);
  const plain = synthesize(t, { timeoutMs: 4000 });
  // Every operator the solution does not use is made as cheap as can be, the ones it uses left as they are.
  const used = new Set(["split", "last"]);
  const misleading = new Map([...OPERATOR_BY_NAME.keys()].filter((name) => !used.has(name)).map((name) => [name, 1]));
  const guided = synthesize(t, { timeoutMs: 4000, prior: () => misleading });
  assert.equal(plain.status, "solved");
  assert.equal(guided.status, "solved");
  for (const r of [plain, guided]) assert.deepEqual(r.best!.run(["a b c d e"]), { ok: true, value: "e" }, r.best!.expression);
  // Scored by the costs it was found with, the guided program would look cheaper than the plain
  // search's cheapest; by the hand-set costs it cannot.
  assert.ok(guided.best!.cost >= plain.best!.cost, `${guided.best!.expression} ${guided.best!.cost} < ${plain.best!.expression} ${plain.best!.cost}`);
});

test("with a prior that makes odd pieces cheap, an assembled program keeps the pieces a person would write", () => {
  const t = task("swapDayMonth", [str("s")], STRING, [
    [["03122019"], "12/03/2019"],
    [["11302020"], "30/11/2020"],
    [["07041999"], "04/07/1999"],
  ]);
  const plain = synthesize(t, { timeoutMs: 4000 });
  // replaceAll(s, sliceFrom(s, 2), "/") gives "03/", and slice(sliceFrom(s, 1), 1, 3) the same as
  // slice(s, 2, 4): under this prior they are found first, as pieces and as kept programs.
  const odd = new Map([["replaceAll", 1], ["sliceFrom", 1]]);
  const guided = synthesize(t, { timeoutMs: 4000, prior: () => odd });
  assert.equal(plain.status, "solved");
  assert.equal(guided.status, "solved");
  assert.deepEqual(guided.best!.run(["12252024"]), { ok: true, value: "25/12/2024" });
  assert.equal(guided.best!.cost, plain.best!.cost, `${guided.best!.expression} against ${plain.best!.expression}`);
  assert.doesNotMatch(guided.best!.expression, /replaceAll|sliceFrom\(s, 1\)/);
});
