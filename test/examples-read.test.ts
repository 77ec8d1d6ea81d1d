// Reading examples from comments with tree-sitter: every comment form in TypeScript, JavaScript and
// Python, exact problem ranges, declared types (interfaces, aliases, hints), stubs and functions not written yet.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { languageOfPath, readFunctions, type FoundFunction, type Range } from "../language-server/examples/read";
import { NUMBER, STRING, listOf, recordOf } from "../language-server/engine/types";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "fixtures", "examples", name), "utf8");
// TypeScript fixtures end in .txt so that the project's type check leaves them alone.
const read = async (name: string) => readFunctions(fixture(name), languageOfPath(name.replace(/\.txt$/, ""))!);
const byName = (fns: FoundFunction[], name: string) => {
  const fn = fns.find((f) => f.name === name);
  assert.ok(fn, `no function ${name} in ${fns.map((f) => f.name).join(", ")}`);
  return fn;
};
const at = (r: Range) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
const pairs = (fn: FoundFunction) => fn.examples.map((e) => [e.inputs, e.output]);

test("languageOfPath", () => {
  for (const p of ["a.ts", "a.mts", "a.cts", "dir/a.tsx"]) assert.equal(languageOfPath(p), "typescript");
  for (const p of ["a.js", "a.mjs", "a.cjs", "a.jsx"]) assert.equal(languageOfPath(p), "javascript");
  assert.equal(languageOfPath("x/y.py"), "python");
  assert.equal(languageOfPath("README.md"), undefined);
});

test("TypeScript: JSDoc (same line and lodash form), line comments, arrows, function expressions, methods", async () => {
  const fns = await read("forms.ts.txt");
  assert.deepEqual(fns.map((f) => f.name), ["titleCase", "greet", "capitalize", "count", "total", "maybe", "later"]);
  const title = byName(fns, "titleCase");
  assert.deepEqual(pairs(title), [[["hello world"], "Hello World"], [["two words"], "Two Words"]]);
  assert.deepEqual(title.params, [{ name: "s", type: STRING, annotation: title.params[0].annotation }]);
  assert.deepEqual(title.returnType, STRING);
  assert.equal(title.exists, true);
  assert.equal(title.isStub, true);
  assert.equal(title.exported, true);
  assert.equal(at(title.bodyRange!), "14:45-16:1");
  assert.equal(at(title.range), "14:0-16:1");
  assert.equal(at(title.commentRange), "7:0-13:3");
  assert.equal(at(title.examples[0].range), "9:12-9:56");
  assert.equal(title.problems.length, 0);

  const greet = byName(fns, "greet");
  assert.deepEqual(greet.params[0].type, recordOf([{ name: "name", type: STRING }, { name: "age", type: NUMBER }]));
  assert.deepEqual(pairs(greet), [[[{ name: "Ada", age: 36 }], "Hi Ada"]]);
  assert.equal(greet.exported, true);

  const cap = byName(fns, "capitalize");
  assert.deepEqual(pairs(cap), [[["hello"], "Hello"], [["x"], "X"]]);
  assert.equal(cap.isStub, false);
  assert.equal(at(cap.bodyRange!), "25:49-25:87");

  const count = byName(fns, "count");
  assert.deepEqual(count.params[0].type, listOf(STRING)); // type Tags = readonly string[]
  assert.equal(count.isStub, false);
  assert.deepEqual(count.returnType, NUMBER);

  const total = byName(fns, "total");
  assert.equal(total.isMethod, true);
  assert.equal(total.isAsync, true);
  assert.equal(total.indent, "  ");
  assert.deepEqual(total.params[0].type, listOf(NUMBER));
  assert.deepEqual(total.returnType, NUMBER); // Promise<number>
  assert.deepEqual(pairs(total), [[[[1, 2.5, -3]], 0.5]]);

  assert.deepEqual(byName(fns, "maybe").params[0].type, STRING); // string | null

  const later = byName(fns, "later");
  assert.equal(later.exists, false);
  assert.equal(later.isStub, true);
  assert.deepEqual(later.params.map((p) => p.name), ["a", "b"]);
  assert.deepEqual(pairs(later), [[[1, 2], 3]]);
  assert.equal(at(later.commentRange), "42:0-42:19");
});

test("JavaScript: lodash @example, line comments, hex numbers, object keys", async () => {
  const fns = await read("forms.js");
  assert.deepEqual(fns.map((f) => f.name), ["chunk", "isEven", "keys"]);
  assert.deepEqual(pairs(byName(fns, "chunk")), [[[["a", "b", "c"], 2], [["a", "b"], ["c"]]]]);
  assert.deepEqual(byName(fns, "chunk").params.map((p) => p.name), ["xs", "size"]);
  const even = byName(fns, "isEven");
  assert.deepEqual(pairs(even), [[[4], true], [[3], false]]);
  assert.equal(even.isStub, true); // throw new Error("todo")
  const keys = byName(fns, "keys");
  assert.deepEqual(pairs(keys), [[[{ a: 1, b: 2 }], ["a", "b"]]]);
  assert.equal(keys.isStub, false);
  assert.equal(keys.exported, true);
});

test("Python: doctests (continuations, triple quotes, methods), # comments, hints, not-yet-written functions", async () => {
  const fns = await read("forms.py");
  assert.deepEqual(fns.map((f) => f.name), ["shout", "title_case", "evens", "mean", "people", "later"]);
  const shout = byName(fns, "shout");
  assert.deepEqual(pairs(shout), [[["hi"], "HI!"]]);
  assert.equal(shout.isStub, true); // ...
  const title = byName(fns, "title_case");
  assert.deepEqual(pairs(title), [[["hello world"], "Hello World"], [["x"], "X"]]);
  assert.equal(title.isStub, true); // raise NotImplementedError
  assert.equal(at(title.bodyRange!), "16:4-16:38"); // after the docstring
  const evens = byName(fns, "evens");
  assert.deepEqual(pairs(evens), [[[[1, 2, 3, 4]], [2, 4]], [[[]], []]]);
  assert.deepEqual(evens.params[0].type, listOf(NUMBER)); // List[int]
  assert.deepEqual(evens.returnType, listOf(NUMBER)); // list[int]
  assert.equal(evens.isStub, false);
  const mean = byName(fns, "mean");
  assert.equal(mean.isMethod, true);
  assert.deepEqual(mean.params.map((p) => p.name), ["xs"]); // self dropped
  assert.deepEqual(pairs(mean), [[[[1, 2]], 1.5]]);
  assert.equal(mean.indent, "    ");
  const people = byName(fns, "people");
  assert.deepEqual(pairs(people), [[[{ name: "Ada", age: 36 }], "Ada"], [[{ name: "Bo", age: 1000 }], "Bo"]]);
  assert.equal(people.params[0].annotation?.shape, "record");
  assert.equal(people.isStub, true);
  const later = byName(fns, "later");
  assert.equal(later.exists, false);
  assert.deepEqual(later.problems.map((p) => [at(p.range), p.message]), [
    ["48:24-48:28", "`None` is not supported: Grimoire's values have no null or undefined (yet)"],
    ["49:2-49:8", "this example calls `later2` but the examples above call `later`"],
  ]);
});

test("Python: a docstring's escapes are decoded as doctest reads them, unless it is raw", async () => {
  const source = [
    "def join_lines(lines: list[str]) -> str:",
    '    """',
    "    >>> join_lines([\"a\", \"b\"])",
    "    'a\\\\nb'",
    '    """',
    "",
    "def tab(s: str) -> str:",
    '    r"""',
    "    >>> tab('x')",
    "    'x\\t'",
    '    """',
    "",
    "def oops(s: str) -> str:",
    '    """',
    "    >>> oops('\\u00e9', x)",
    "    'e'",
    '    """',
  ].join("\n");
  const fns = await readFunctions(source, "python");
  // In the file `'a\\nb'`; in the docstring `'a\nb'`, the repr of a newline.
  assert.deepEqual(pairs(byName(fns, "join_lines")), [[[["a", "b"]], "a\nb"]]);
  // A raw docstring keeps `\t` as written, and doctest reads the repr's escape: a tab.
  assert.deepEqual(pairs(byName(fns, "tab")), [[["x"], "x\t"]]);
  // After an escape of six characters that stands for one, a problem is still where it is written.
  assert.deepEqual(byName(fns, "oops").problems.map((p) => at(p.range)), ["14:23-14:24"]);
});

test("one bad example does not hide the others, nor the other functions", async () => {
  const fns = await read("multi.ts.txt");
  assert.deepEqual(fns.map((f) => f.name), ["first", "second", "third"]);
  assert.deepEqual(pairs(byName(fns, "first")), [[["abc"], "a"]]);
  const second = byName(fns, "second");
  assert.deepEqual(pairs(second), [[["abc"], "b"]]);
  assert.deepEqual(second.problems.map((p) => [at(p.range), p.message]), [
    ["4:10-4:14", "`oops` is not a literal: examples may only use literal values"],
    ["5:3-5:26", '`second("abc", 1)` passes 2 arguments but second takes 1'],
    ["6:3-6:8", "this example calls `other` but the function is `second`"],
  ]);
  const third = byName(fns, "third");
  assert.deepEqual(pairs(third), [[[[1, 2]], 3]]);
  assert.deepEqual(third.problems.map((p) => [at(p.range), p.message]), [["11:18-11:22", '`"no"` is a string, but `xs` is declared `number[]`']]);
});

test("literals: quotes, escapes, numbers, nesting; non-literals are problems with their exact range", async () => {
  const ts = [
    "/**",
    ' * @example f("a\\tb", \'it\\\'s\', `t`, -1_000, 0x1F, 1e3, .5, true, [1, [2]], {"k": {x: [false]}}) // => "\\u{41}\\x42"',
    " * @example f(1 + 1) // => 0",
    " * @example f(`a${x}`) // => 0",
    " * @example f(g()) // => 0",
    " * @example f([1,,2]) // => 0",
    " * @example f({...o}) // => 0",
    " * @example f(1) // => undefined",
    " */",
    "function f(...args: unknown[]) {}",
  ].join("\n");
  const [fn] = await readFunctions(ts, "typescript");
  assert.deepEqual(pairs(fn), [[["a\tb", "it's", "t", -1000, 31, 1000, 0.5, true, [1, [2]], { k: { x: [false] } }], "AB"]]);
  assert.deepEqual(fn.problems.map((p) => [at(p.range), p.message]), [
    ["2:14-2:19", "`1 + 1` is not a literal: examples may only use literal values"],
    ["3:14-3:21", "``a${x}`` is a template with substitutions: examples may only use literal values"],
    ["4:14-4:17", "`g()` is not a literal: examples may only use literal values"],
    ["5:14-5:20", "`[1,,2]` has a hole (an empty element): write every element"],
    ["6:15-6:19", "`...o` is not a literal property: examples may only use `key: value` pairs"],
    ["7:23-7:32", "`undefined` is not supported: Grimoire's values have no null or undefined (yet)"],
  ]);

  // Raw docstrings: in a plain one, Python itself reads `'a\\'b'` as `'a'b'`.
  const py = [
    "def g(*args):",
    '    r"""',
    "    >>> g('a\\'b', \"c\", r'\\d', '''e''', 1_0, 0o17, -2.5, True, (1, 2), [[]], {'k': [None]})",
    "    'ok'",
    "    >>> g(x)",
    "    1",
    "    >>> g(f'{y}')",
    "    1",
    "    >>> g({1, 2})",
    "    1",
    "    >>> g(1)",
    "    1j",
    '    """',
  ].join("\n");
  const [pf] = await readFunctions(py, "python");
  assert.deepEqual(pf.problems.map((p) => [at(p.range), p.message]), [
    ["2:83-2:87", "`None` is not supported: Grimoire's values have no null or undefined (yet)"],
    ["4:10-4:11", "`x` is not a literal: examples may only use literal values"],
    ["6:10-6:16", "`f'{y}'` is an f-string with substitutions: examples may only use literal values"],
    ["8:10-8:16", "`{1, 2}` is a set: Grimoire has no sets, use a list"],
    ["11:4-11:6", "`1j` is a complex number: examples may only use real numbers"],
  ]);
  const py2 = "def g(a, b, c, d, e, f, h, i, j):\n    r\"\"\"\n    >>> g('a\\'b', \"c\", r'\\d', '''e''', 1_0, 0o17, -2.5, True, (1, 2))\n    ['x', {'k': [1]}]\n    \"\"\"\n";
  const [pf2] = await readFunctions(py2, "python");
  assert.deepEqual(pairs(pf2), [[["a'b", "c", "\\d", "e", 10, 15, -2.5, true, [1, 2]], ["x", { k: [1] }]]]);
});

test("TSX files and unicode columns (UTF-16 offsets)", async () => {
  const tsx = "// shout(\"é😀\") => \"É😀\"\nexport function shout(s: string): string { return <b>{s}</b> as any; }\n";
  const [fn] = await readFunctions(tsx, "typescript", { jsx: true });
  assert.deepEqual(pairs(fn), [[["é😀"], "É😀"]]);
  assert.equal(at(fn.examples[0].outputRange), "0:19-0:24");
});
