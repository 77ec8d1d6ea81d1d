// The words of a function's name and comment: operators they name cost less, idioms they name
// (evenness, signs, vowels, case) are offered, and a string's characters kept or dropped for
// what they are make a filter of them.
import assert from "node:assert/strict";
import { test } from "node:test";
import { keptCharacters } from "../language-server/engine/deduce";
import { synthesize } from "../language-server/engine/synthesize";
import { baseForms } from "../language-server/engine/words";
import { BOOLEAN, listOf, NUMBER, STRING, type Task, type Type, type Value } from "../language-server/engine/types";

function task(name: string, words: string[], params: [string, Type][], returnType: Type, pairs: [Value[], Value][]): Task {
  return {
    name,
    params: params.map(([n, type]) => ({ name: n, type })),
    returnType,
    examples: pairs.map(([inputs, output]) => ({ inputs, output })),
    ...(words.length > 0 ? { words } : {}),
  };
}

/** Whether the task's best program gives the reference's output on every input. */
function generalizes(t: Task, reference: (...args: any[]) => Value, inputs: Value[][]): string | undefined {
  const best = synthesize(t, { timeoutMs: 3000 }).best;
  assert.ok(best, `${t.name}: nothing found`);
  for (const args of inputs) {
    const out = best.run(args);
    if (!out.ok || JSON.stringify(out.value) !== JSON.stringify(reference(...args))) return `${best.returns.typescript} on ${JSON.stringify(args)}`;
  }
  return undefined;
}

test("inflected words reduce to the forms operators are named by", () => {
  assert.ok(baseForms("evens").includes("even"));
  assert.ok(baseForms("sorted").includes("sort"));
  assert.ok(baseForms("reversed").includes("reverse"));
  assert.ok(baseForms("counting").includes("count"));
  assert.deepEqual(baseForms("is"), ["is"], "short words are left whole");
});

test("a test of evenness the name asks for is what comes back, beyond the examples", () => {
  const t = task("isEven", ["is", "even"], [["n", NUMBER]], BOOLEAN, [[[4], true], [[7], false], [[0], true]]);
  assert.equal(generalizes(t, (n: number) => n % 2 === 0, [[10], [13], [-2], [1], [100]]), undefined);
  assert.equal(synthesize(t, { timeoutMs: 3000 }).best?.returns.python, "n % 2 == 0");
});

test("a count the name asks for counts, where positions of the examples' lists would fit", () => {
  const t = task("countEvens", ["count", "evens"], [["xs", listOf(NUMBER)]], NUMBER, [
    [[[1, 2, 3, 4]], 2],
    [[[7, 9]], 0],
    [[[2, 2, 8, 5]], 3],
  ]);
  assert.equal(generalizes(t, (xs: number[]) => xs.filter((x) => x % 2 === 0).length, [[[10, 12, 13]], [[1]], [[]], [[0, 0, 4, 6]]]), undefined);
});

test("the smallest by a key, for a word that asks for it", () => {
  const item = { kind: "record" as const, fields: [{ name: "name", type: STRING }, { name: "price", type: NUMBER }] };
  const t = task("cheapest", ["cheapest"], [["items", listOf(item)]], STRING, [
    [[[{ name: "pen", price: 2 }, { name: "book", price: 20 }]], "pen"],
    [[[{ name: "tv", price: 300 }, { name: "gum", price: 1 }, { name: "cup", price: 5 }]], "gum"],
  ]);
  const reference = (items: { name: string; price: number }[]) => items.reduce((a, b) => (b.price < a.price ? b : a)).name;
  assert.equal(generalizes(t, reference, [[[{ name: "a", price: 9 }, { name: "b", price: 11 }, { name: "c", price: 3 }]], [[{ name: "z", price: 50 }, { name: "y", price: 60 }]]]), undefined);
});

test("the largest by a key, for newest", () => {
  const book = { kind: "record" as const, fields: [{ name: "title", type: STRING }, { name: "year", type: NUMBER }] };
  // The second-to-last book's title fits both examples too.
  const t = task("newest", ["newest"], [["books", listOf(book)]], STRING, [
    [[[{ title: "Dune", year: 1965 }, { title: "Emma", year: 1815 }]], "Dune"],
    [[[{ title: "Emma", year: 1815 }, { title: "Beloved", year: 1987 }, { title: "Ulysses", year: 1922 }]], "Beloved"],
  ]);
  const reference = (books: { title: string; year: number }[]) => books.reduce((a, b) => (b.year > a.year ? b : a)).title;
  assert.equal(generalizes(t, reference, [[[{ title: "a", year: 2000 }, { title: "b", year: 1900 }, { title: "c", year: 1950 }]], [[{ title: "z", year: 1 }]]]), undefined);
});

test("characters kept for what they are: a filter of the string's characters", () => {
  const t = task("removeVowels", ["remove", "vowels"], [["s", STRING]], STRING, [
    [["hello"], "hll"],
    [["banana"], "bnn"],
    [["sky"], "sky"],
  ]);
  const best = synthesize(t, { timeoutMs: 3000 }).best;
  assert.equal(best?.returns.typescript, '[...s].filter((c) => !"aeiouAEIOU".includes(c)).join("")');
  assert.equal(best?.returns.python, '"".join(c for c in s if c not in "aeiouAEIOU")');
  assert.deepEqual(best.run(["education"]), { ok: true, value: "dctn" });
});

test("padding on the right, for a word that asks for padding", () => {
  // Both examples add two spaces: `s + "  "` fits them too, and never reads the width.
  const t = task("padRight", ["pad", "right"], [["s", STRING], ["width", NUMBER]], STRING, [
    [["ab", 4], "ab  "],
    [["xyz", 5], "xyz  "],
  ]);
  const best = synthesize(t, { timeoutMs: 3000 }).best;
  assert.equal(best?.returns.python, 's.ljust(width, " ")');
  assert.deepEqual(best.run(["abc", 3]), { ok: true, value: "abc" });
});

test("characters made over by a test the words name: a character map with cases", () => {
  const t = task("replaceVowels", ["replace", "vowels"], [["text", STRING]], STRING, [
    [["hello"], "h*ll*"],
    [["banana"], "b*n*n*"],
  ]);
  // Found in about a second here; the rest of a budget goes to looking for a cheaper program.
  const best = synthesize(t, { timeoutMs: 8000 }).best;
  assert.equal(best?.returns.python, '"".join("*" if c in "aeiouAEIOU" else c for c in text)');
  assert.deepEqual(best.run(["education"]), { ok: true, value: "*d*c*t**n" });
});

test("which characters are kept is read off the examples only when each is always kept or always dropped", () => {
  assert.deepEqual([...keptCharacters([["a-b", "ab"], ["c-", "c"]])!], [["a", true], ["-", false], ["b", true], ["c", true]]);
  assert.equal(keptCharacters([["aa", "a"]]), undefined, "one a kept, the other dropped");
  assert.equal(keptCharacters([["ab", "ba"]]), undefined, "reordered");
  assert.equal(keptCharacters([["ab", "abc"]]), undefined, "a character the input lacks");
  assert.equal(keptCharacters([["ab", "a"], ["ba", "ba"]]), undefined, "b dropped in one example and kept in another");
});

test("every other item is a filter by position, right on repeated items too", () => {
  const t = task("evenIndices", ["even", "indices"], [["xs", listOf(NUMBER)]], listOf(NUMBER), [
    [[[10, 20, 30, 40]], [10, 30]],
    [[[5, 6, 7]], [5, 7]],
    [[[1]], [1]],
  ]);
  const best = synthesize(t, { timeoutMs: 3000 }).best;
  assert.equal(best?.returns.typescript, "xs.filter((_, i) => i % 2 === 0)");
  // `xs.indexOf(x) % 2 === 0` fits the examples too, and keeps every 7 of [7, 7, 7].
  assert.deepEqual(best.run([[7, 7, 7]]), { ok: true, value: [7, 7] });
});

test("every other character is a filter of the characters by position, where a repeated character is kept once and dropped once", () => {
  const t = task("everyOther", ["every", "other"], [["text", STRING]], STRING, [
    [["abcdef"], "ace"],
    [["xy"], "x"],
    [["hello"], "hlo"],
  ]);
  // The second l of hello is dropped where the first is kept: no test of the character alone fits.
  const best = synthesize(t, { timeoutMs: 5000 }).best;
  assert.equal(best?.returns.typescript, '[...text].filter((_, i) => i % 2 === 0).join("")');
  assert.equal(best?.returns.python, '"".join(c for i, c in enumerate(text) if i % 2 == 0)');
  assert.deepEqual(best.run(["aabbcc"]), { ok: true, value: "abc" });
});

test("the item with the top key, for top", () => {
  const taskType = { kind: "record" as const, fields: [{ name: "title", type: STRING }, { name: "priority", type: NUMBER }] };
  const t = task("topPriority", ["top", "priority"], [["tasks", listOf(taskType)]], STRING, [
    [[[{ title: "a", priority: 1 }, { title: "b", priority: 5 }, { title: "c", priority: 3 }]], "b"],
    [[[{ title: "x", priority: 9 }, { title: "y", priority: 1 }]], "x"],
  ]);
  // `tasks.at(-2).title` fits both examples.
  assert.equal(
    generalizes(t, (ts: { title: string; priority: number }[]) => ts.reduce((b, x) => (x.priority > b.priority ? x : b)).title, [[[{ title: "z", priority: 2 }]], [[{ title: "p", priority: 1 }, { title: "q", priority: 10 }, { title: "r", priority: 9 }]]]),
    undefined,
  );
});

test("a number's digits, for a word that asks for them, through a list of numbers the task alone would not reach", () => {
  const t = task("sumDigits", ["sum", "digits"], [["n", NUMBER]], NUMBER, [
    [[123], 6],
    [[9], 9],
    [[4051], 10],
    [[77], 14],
  ]);
  // Without the word, `(n + 3) % 9 + 6` fits these four by accident.
  assert.equal(generalizes(t, (n: number) => [...String(n)].reduce((a, d) => a + Number(d), 0), [[0], [10], [999], [123456]]), undefined);
  const best = synthesize(t, { timeoutMs: 3000 }).best!;
  assert.equal(best.returns.typescript, "[...String(n)].map(Number).reduce((a, b) => a + b, 0)");
  assert.equal(best.returns.python, "sum(int(d) for d in str(n))");
  const unnamed = synthesize({ ...t, name: "f", words: undefined }, { timeoutMs: 1000 }).best;
  assert.doesNotMatch(unnamed?.expression ?? "", /digits/, "digits are offered only where a word asks for them");
});

test("a string read backwards, for a word that asks for it, even from a task of numbers alone", () => {
  const palindrome = task("isPalindrome", ["is", "palindrome"], [["word", STRING]], BOOLEAN, [
    [["racecar"], true],
    [["hello"], false],
    [["abba"], true],
    [["ab"], false],
    [["abca"], false],
    [["level"], true],
  ]);
  // Unnamed, `word.slice(2).includes(word[1])` fits these six by accident.
  const isPalindrome = (w: string) => w === [...w].reverse().join("");
  assert.equal(generalizes(palindrome, isPalindrome, [["noon"], ["abcda"], ["x"], [""], ["abcab"]]), undefined);
  const best = synthesize(palindrome, { timeoutMs: 3000 }).best!;
  assert.equal(best.returns.typescript, 'word === [...word].reverse().join("")');
  assert.equal(best.returns.python, "word == word[::-1]");

  const reverseNumber = task("reverseNumber", ["reverse", "number"], [["n", NUMBER]], NUMBER, [
    [[123], 321],
    [[4005], 5004],
    [[9], 9],
  ]);
  assert.equal(generalizes(reverseNumber, (n: number) => Number([...String(n)].reverse().join("")), [[12], [7001], [120]]), undefined);
  const unnamed = synthesize({ ...palindrome, name: "f", words: undefined }, { timeoutMs: 1000 }).best;
  assert.doesNotMatch(unnamed?.expression ?? "", /reverseString/, "the backwards string is offered only where a word asks for it");
});

test("emptiness, for a word that asks for it, of a string or a list", () => {
  const isEmpty = task("isEmpty", ["is", "empty"], [["text", STRING]], BOOLEAN, [
    [[""], true],
    [["a"], false],
    [["hello"], false],
  ]);
  // Unnamed, `" ".startsWith(text)` fits these three and is wrong for " ".
  assert.equal(generalizes(isEmpty, (s: string) => s === "", [[" "], [""], ["abc"]]), undefined);
  const best = synthesize(isEmpty, { timeoutMs: 3000 }).best!;
  assert.equal(best.returns.typescript, 'text === ""');
  assert.equal(best.returns.python, 'text == ""');

  const noItems = task("hasNoItems", ["has", "no", "items", "empty"], [["xs", listOf(NUMBER)]], BOOLEAN, [
    [[[]], true],
    [[[3]], false],
    [[[0, 0]], false],
  ]);
  assert.equal(generalizes(noItems, (xs: number[]) => xs.length === 0, [[[5, 6, 7]], [[]], [[0]]]), undefined);
  assert.equal(synthesize(noItems, { timeoutMs: 3000 }).best!.returns.python, "len(xs) == 0");
});

test("a record field a word names, or names by its usual abbreviation, is read", () => {
  const item = { kind: "record" as const, fields: [{ name: "name", type: STRING }, { name: "price", type: NUMBER }, { name: "qty", type: NUMBER }] };
  const totalQuantity = task("totalQuantity", ["total", "quantity"], [["items", listOf(item)]], NUMBER, [
    [[[{ name: "pen", price: 2, qty: 1 }, { name: "ink", price: 5, qty: 3 }]], 4],
    [[[{ name: "cup", price: 7, qty: 2 }]], 2],
    [[[]], 0],
  ]);
  // Twice the number of items fits these three; "quantity" asks for the qty field.
  const sumOfQuantities = (items: { qty: number }[]) => items.reduce((a, i) => a + i.qty, 0);
  const unseen = [[[{ name: "a", price: 1, qty: 9 }, { name: "b", price: 3, qty: 1 }]], [[{ name: "c", price: 10, qty: 0 }]]];
  assert.equal(generalizes(totalQuantity, sumOfQuantities, unseen), undefined);
  const unnamed = synthesize({ ...totalQuantity, name: "f", words: undefined }, { timeoutMs: 1000 }).best;
  assert.doesNotMatch(unnamed?.expression ?? "", /qty/, "without the word, the examples alone do not ask for the field");
});

test("a word that picks items out, beside one naming a test, asks for that test: countDigits counts digits", () => {
  const t = task("countDigits", ["count", "digits"], [["text", STRING]], NUMBER, [
    [["abc123"], 3],
    [["no digits"], 0],
    [["4 eyes"], 1],
  ]);
  // "digit" alone names a character or a number's digits as well; the count says which.
  assert.equal(generalizes(t, (s: string) => [...s].filter((c) => c >= "0" && c <= "9").length, [["2024-11-23"], [""], ["a1b2c3d4"]]), undefined);
});

test("a literal the name holds is compared with: isAdmin is role === \"admin\"", () => {
  const t = task("isAdmin", ["is", "admin"], [["role", STRING]], BOOLEAN, [[["admin"], true], [["user"], false], [["guest"], false]]);
  assert.equal(generalizes(t, (role: string) => role === "admin", [["root"], ["administrator"], ["admin"], [""]]), undefined);
  assert.equal(synthesize(t, { timeoutMs: 3000 }).best?.returns.python, 'role == "admin"');
});

test("a trailing slash is removed with removesuffix, for a word that asks for trimming", () => {
  const t = task("trimTrailingSlash", ["trim", "trailing", "slash"], [["path", STRING]], STRING, [
    [["a/b/"], "a/b"],
    [["a/b"], "a/b"],
    [["/"], ""],
  ]);
  assert.equal(generalizes(t, (p: string) => (p.endsWith("/") ? p.slice(0, -1) : p), [["x/"], [""], ["a/b/c/"], ["abc"], ["a//"]]), undefined);
  assert.equal(synthesize(t, { timeoutMs: 3000 }).best?.returns.python, 'path.removesuffix("/")');
});

test("a range check between two parameters, for a word that names a range", () => {
  const t = task("in_range", ["in", "range"], [["x", NUMBER], ["low", NUMBER], ["high", NUMBER]], BOOLEAN, [
    [[5, 1, 10], true],
    [[0, 1, 10], false],
    [[10, 1, 10], true],
    [[11, 1, 10], false],
  ]);
  assert.equal(generalizes(t, (x: number, lo: number, hi: number) => lo <= x && x <= hi, [[1, 1, 10], [3, 5, 9], [7, 5, 9], [10, 5, 9], [0, 0, 0]]), undefined);
  assert.equal(synthesize(t, { timeoutMs: 3000 }).best?.returns.python, "low <= x <= high");
});
