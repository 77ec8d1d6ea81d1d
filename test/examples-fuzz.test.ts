// Robustness of the example reader: random and mutated comments, truncated files, binary junk and
// huge literals never make it throw or hang, and bad examples come back as problems.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { readFunctions, taskOf, type SourceLanguage } from "../language-server/examples/read";
import { readFunctionsOrThrow } from "../language-server/examples/read";

const fixtures: [string, SourceLanguage][] = [
  ["forms.ts.txt", "typescript"],
  ["forms.js", "javascript"],
  ["forms.py", "python"],
  ["multi.ts.txt", "typescript"],
];
const texts = fixtures.map(([f, lang]) => [fs.readFileSync(path.join(__dirname, "fixtures", "examples", f), "utf8"), lang] as const);

/** Reads with the throwing variant (so a bug is not hidden by readFunctions' catch), under a time bound. */
async function check(text: string, lang: SourceLanguage, limitMs = 2000): Promise<void> {
  const t0 = performance.now();
  const fns = await readFunctionsOrThrow(text, lang);
  for (const fn of fns) {
    const r = taskOf(fn);
    assert.ok("task" in r || r.problems.length > 0);
    for (const p of [...fn.problems, ...("problems" in r ? r.problems : [])]) {
      assert.ok(p.message.length > 0);
      assert.ok(p.range.start.offset <= p.range.end.offset && p.range.end.offset <= text.length, JSON.stringify(p));
    }
  }
  const ms = performance.now() - t0;
  assert.ok(ms < limitMs, `took ${ms.toFixed(0)} ms`);
}

const commentLine = fc.oneof(
  fc.string(),
  fc.constantFrom("@example", "// =>", "=>", ">>>", "...", "*/", "/**", '"""', "'''", "`", "${", "(", ")", "[", "{", "\\"),
  fc.tuple(fc.constantFrom("f", "g", "titleCase"), fc.jsonValue(), fc.jsonValue()).map(([n, a, b]) => `${n}(${JSON.stringify(a)}) => ${JSON.stringify(b)}`),
);

test("random comments above functions never throw", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(commentLine, { maxLength: 8 }), fc.constantFrom<SourceLanguage>("typescript", "javascript", "python"), async (lines, lang) => {
      const text = lang === "python"
        ? `${lines.map((l) => `# ${l}`).join("\n")}\ndef f(x):\n    """\n${lines.map((l) => `    >>> ${l}`).join("\n")}\n    """\n`
        : `/**\n${lines.map((l) => ` * @example ${l}`).join("\n")}\n */\nfunction f(x) {}\n${lines.map((l) => `// ${l}`).join("\n")}\n`;
      await check(text, lang);
    }),
    { numRuns: 150 },
  );
});

test("mutated and truncated fixtures never throw", async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat(texts.length - 1), fc.nat(), fc.nat(), fc.string({ maxLength: 5 }), async (k, at, len, insert) => {
      const [text, lang] = texts[k];
      const i = at % (text.length + 1);
      await check(text.slice(0, i) + insert + text.slice(i + (len % 8)), lang);
      await check(text.slice(0, i), lang);
    }),
    { numRuns: 150 },
  );
});

test("binary junk never throws", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom<SourceLanguage>("typescript", "javascript", "python"), async (bytes, lang) => {
      await check(Buffer.from(bytes).toString("latin1"), lang);
      await check(Buffer.from(bytes).toString("utf8"), lang);
    }),
    { numRuns: 60 },
  );
  assert.deepEqual(await readFunctions(undefined as unknown as string, "python"), []);
});

test("huge literals: a 1 MB string is read; 10k-deep nesting is a problem, not a crash", async () => {
  const big = "x".repeat(1 << 20);
  for (const lang of ["typescript", "python"] as const) {
    const text = lang === "python" ? `# f("${big}") => 1\ndef f(s):\n    pass\n` : `// f("${big}") => 1\nfunction f(s) {}\n`;
    const t0 = performance.now();
    const [fn] = await readFunctions(text, lang);
    assert.ok(performance.now() - t0 < 2000);
    assert.equal((fn.examples[0].inputs[0] as string).length, 1 << 20);
  }
  const deep = "[".repeat(10_000) + "]".repeat(10_000);
  for (const lang of ["javascript", "python"] as const) {
    const text = lang === "python" ? `def f(s):\n    """\n    >>> f(${deep})\n    1\n    """\n` : `/** @example f(${deep}) // => 1 */\nfunction f(s) {}\n`;
    const t0 = performance.now();
    const [fn] = await readFunctionsOrThrow(text, lang);
    assert.ok(performance.now() - t0 < 2000);
    assert.equal(fn.examples.length, 0);
    assert.match(fn.problems[0].message, /nested more than 100 levels/);
  }
  // Many unclosed calls in one comment stay linear.
  await check(`/**\n${" * @example f((((\n".repeat(20_000)} */\nfunction f(a) {}\n`, "typescript");
  await check(`${"# f(\"a\", [\n".repeat(20_000)}def f(a):\n    pass\n`, "python");
});
