// Malformed benchmark files: each must give a BenchmarkFormatError with the right position, never a crash.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { BenchmarkFormatError } from "../language-server/bench/errors";
import { parseLocatedJson } from "../language-server/bench/json";
import { isBenchTask, readBenchmarkFile, type BenchLoadFailure } from "../language-server/bench/load";
import { readSygus } from "../language-server/bench/sygus";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-bench-malformed-"));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Reads a file that must fail as a whole, and returns its one failure. */
function failureOf(name: string, content: string | Uint8Array): BenchLoadFailure & { error: BenchmarkFormatError } {
  const entries = readBenchmarkFile(write(name, content));
  assert.ok(entries);
  assert.equal(entries.length, 1);
  const [entry] = entries;
  if (isBenchTask(entry)) assert.fail(`${name} was read as a task`);
  assert.ok(entry.error instanceof BenchmarkFormatError, entry.error.message);
  return entry as BenchLoadFailure & { error: BenchmarkFormatError };
}

function assertPosition(error: BenchmarkFormatError, line: number, column: number, pattern: RegExp) {
  assert.equal(`${error.line}:${error.column}`, `${line}:${column}`, error.message);
  assert.match(error.detail, pattern);
  assert.equal(error.message, `${error.file}:${line}:${column}: ${error.detail}`);
}

const HEADER = "(set-logic SLIA)\n(synth-fun f ((x String)) String)\n";

test("truncated s-expression: reported where the file ends, naming the open list", () => {
  const { error } = failureOf("truncated.sl", HEADER + '(constraint (= (f "a") "b")\n');
  assertPosition(error, 4, 1, /^expected '\)' but the file ended \(the list opened at 3:1 is not closed\)$/);
  assert.equal(error.file, path.join(scratch, "truncated.sl"));
});

test("string escapes: unknown backslash escape and unclosed string", () => {
  assertPosition(failureOf("escape.sl", HEADER + '(constraint (= (f "a\\qb") "b"))\n').error, 3, 21, /unknown escape '\\q'/);
  assertPosition(failureOf("unclosed.sl", HEADER + '(constraint (= (f "a) b))\n').error, 3, 19, /string literal is not closed/);
  // The escapes both conventions agree on are read.
  const { task } = readSygus(HEADER + '(constraint (= (f "say \\"hi\\" \\\\ ""ok""") "\\u{41}"))\n', "ok.sl", "ok");
  assert.deepEqual(task.examples[0], { inputs: ['say "hi" \\ "ok"'], output: "A" });
});

test("unexpected ')' and stray characters", () => {
  assertPosition(failureOf("close.sl", HEADER + "(check-synth))\n").error, 3, 14, /unexpected '\)'/);
  assertPosition(failureOf("brace.sl", HEADER + "(constraint {)\n").error, 3, 13, /unexpected character '\{'/);
});

test("SyGuS structure: wrong literal type, arity, missing pieces, unsupported commands and sorts", () => {
  assertPosition(failureOf("type.sl", HEADER + "(constraint (= (f 5) \"b\"))\n").error, 3, 19, /argument 'x' must be a String literal, found 5/);
  assertPosition(failureOf("arity.sl", HEADER + '(constraint (= (f "a" "b") "c"))\n').error, 3, 16, /takes 1 argument\(s\) but this call passes 2/);
  assertPosition(failureOf("variable.sl", HEADER + '(constraint (= (f x) "c"))\n').error, 3, 19, /must be a literal, found 'x'/);
  assertPosition(failureOf("nosynth.sl", '(set-logic SLIA)\n(constraint (= (f "a") "b"))\n').error, 1, 1, /no synth-fun/);
  assertPosition(failureOf("noconstraint.sl", HEADER).error, 1, 1, /no constraints/);
  assertPosition(failureOf("inv.sl", HEADER + "(synth-inv inv ((x Int)))\n").error, 3, 1, /unsupported command 'synth-inv'/);
  assertPosition(failureOf("sort.sl", "(synth-fun f ((x Real)) String)\n").error, 1, 18, /unsupported sort 'Real'/);
  assertPosition(failureOf("big.sl", "(synth-fun f ((x Int)) Int)\n(constraint (= (f 99999999999999999999) 1))\n").error, 2, 19, /too large/);
});

test("empty files", () => {
  assertPosition(failureOf("empty.sl", "").error, 1, 1, /no commands/);
  assertPosition(failureOf("comments.sl", "; only a comment\n").error, 1, 1, /no commands/);
  assertPosition(failureOf("empty.json", "").error, 1, 1, /empty/);
  assertPosition(failureOf("blank.json", "  \n\n").error, 3, 1, /empty/);
});

test("binary junk: invalid UTF-8 and NUL bytes", () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
  assertPosition(failureOf("junk.sl", png).error, 1, 1, /not UTF-8 text/);
  assertPosition(failureOf("junk.json", png).error, 1, 1, /not UTF-8 text/);
  const nul = Buffer.concat([Buffer.from("(set-logic SLIA)\n(synth"), Buffer.from([0]), Buffer.from("-fun)")]);
  assertPosition(failureOf("nul.sl", nul).error, 2, 7, /NUL byte/);
  const late = Buffer.concat([Buffer.from('[\n  {"name": "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}]')]);
  assertPosition(failureOf("late.json", late).error, 2, 16, /not UTF-8 text/);
});

test("JSON syntax errors map to line and column", () => {
  assertPosition(failureOf("comma.json", '[\n  {"name": "x",, "y": 1}\n]').error, 2, 16, /expected a property name/);
  assertPosition(failureOf("cut.json", '[\n  {"name": "x", "examples": [').error, 2, 30, /expected a JSON value, found the end of the file/);
  assertPosition(failureOf("quote.json", '{"data": [{"i": [1], "o": "unterminated}]}').error, 1, 27, /string is not closed/);
  assertPosition(failureOf("escape.json", '{"data": "\\x41"}').error, 1, 11, /invalid escape '\\x'/);
  assertPosition(failureOf("trailing.json", '{"data": []} extra').error, 1, 14, /after the end of the JSON value/);
  assertPosition(failureOf("deep.json", "[".repeat(100_000)).error, 1, 501, /nested more than 500 levels/);
  assertPosition(failureOf("deep.sl", "(".repeat(100_000)).error, 1, 501, /nested more than 500 levels/);
});

test("wrong field types: the bad entry is named and located, the others are still read", () => {
  const text = [
    "[",
    '  {"name": "good", "trainExamples": [{"inputs": ["a"], "output": "b"}], "testExamples": []},',
    '  {"name": "numeric", "trainExamples": [{"inputs": ["a"], "output": 5}], "testExamples": []},',
    '  {"trainExamples": "none"},',
    '  {"name": "ragged", "trainExamples": [{"inputs": ["a"], "output": "b"}, {"inputs": ["a", "b"], "output": "c"}]}',
    "]",
  ].join("\n");
  const entries = readBenchmarkFile(write("bustle.json", text));
  assert.ok(entries);
  assert.equal(entries.length, 4);
  assert.ok(isBenchTask(entries[0]));
  assert.equal(entries[0].task.heldOut, undefined);
  const [numeric, unnamed, ragged] = entries.slice(1).map((entry) => (isBenchTask(entry) ? assert.fail(entry.task.name) : entry));
  assert.equal(numeric.name, "numeric");
  assertPosition(numeric.error as BenchmarkFormatError, 3, 69, /^entry 1 \("numeric"\): trainExamples\[0\]\.output must be a string, found number 5$/);
  assert.equal(unnamed.name, "#2");
  assertPosition(unnamed.error as BenchmarkFormatError, 4, 3, /^entry 2 has no field 'name'$/);
  assertPosition(ragged.error as BenchmarkFormatError, 5, 85, /trainExamples\[1\]\.inputs has 2 inputs but the first example has 1/);
});

test("wrong field types in DreamCoder and list-functions files", () => {
  const dreamcoder = '[{"name": "t", "type": {"input": "list-of-str", "output": "int"}, "examples": []}]';
  const [entry] = readBenchmarkFile(write("dc.json", dreamcoder)) ?? [];
  assert.ok(entry && !isBenchTask(entry));
  assertPosition(entry.error as BenchmarkFormatError, 1, 34, /type\.input is "list-of-str", not one of int, bool, list-of-int, list-of-bool/);
  const fractional = '[{"name": "t", "type": {"input": "list-of-int", "output": "int"},\n "examples": [{"i": [1, 2.5], "o": 1}]}]';
  const [second] = readBenchmarkFile(write("dc2.json", fractional)) ?? [];
  assert.ok(second && !isBenchTask(second));
  assertPosition(second.error as BenchmarkFormatError, 2, 25, /examples\[0\]\.i\[1\] must be an integer, found number 2\.5/);
  assertPosition(failureOf("c999_1.json", '{"data": [{"i": "abc", "o": []}]}').error, 1, 17, /^data\[0\]\.i must be an array, found string "abc"$/);
  assertPosition(failureOf("nodata.json", '{"data": []}').error, 1, 10, /has no examples/);
});

test("JSON of no known shape is an error when named explicitly", () => {
  assertPosition(failureOf("results.json", '{"num_tasks": 3, "results": []}').error, 1, 1, /not a known benchmark format/);
  const found = readBenchmarkFile(write("results2.json", '{"num_tasks": 3}'), false);
  assert.equal(found, undefined);
});

test("random text and bytes never escape as anything but BenchmarkFormatError", () => {
  const onlyFormatErrors = (read: () => unknown) => {
    try {
      read();
    } catch (error) {
      if (!(error instanceof BenchmarkFormatError)) throw error;
      assert.ok(error.line >= 1 && error.column >= 1);
    }
  };
  const sygusish = fc.array(fc.constantFrom("(", ")", '"', '""', "\\", "synth-fun", "constraint", " f", " x", " String", " Int", "=", "-", "5", "\n", ";", "|"), {
    maxLength: 40,
  });
  fc.assert(
    fc.property(sygusish, (parts) => onlyFormatErrors(() => readSygus(parts.join(""), "fuzz.sl", "fuzz"))),
    { numRuns: 300 },
  );
  const jsonish = fc.array(fc.constantFrom("[", "]", "{", "}", '"', ":", ",", "1", "-", "e", "true", "nul", "\\", "\n", '"data"', '"i"'), { maxLength: 40 });
  fc.assert(
    fc.property(jsonish, (parts) => onlyFormatErrors(() => parseLocatedJson(parts.join(""), "fuzz.json"))),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom("sl", "json"), (bytes, extension) => {
      const entries = readBenchmarkFile(write(`bytes.${extension}`, bytes));
      for (const entry of entries ?? []) if (!isBenchTask(entry)) assert.ok(entry.error instanceof BenchmarkFormatError, entry.error.message);
    }),
    { numRuns: 100 },
  );
});
