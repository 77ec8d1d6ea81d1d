// Constants read off the words around the examples: literals in a comment's prose, and the few
// constants a word names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { hintedConstants, proseOf, wordsOf } from "../language-server/examples/hints";
import { readFunctions, taskOf } from "../language-server/examples/read";

test("the prose of a comment stops at its first example and drops JSDoc markers and tags", () => {
  const jsdoc = ' * Shortens text to at most `max` characters, adding "..." when cut.\n * @param max the longest\n * @example truncate("Hello world", 5) // => "Hello..."\n * Not prose: after the examples.';
  assert.equal(proseOf(jsdoc), 'Shortens text to at most `max` characters, adding "..." when cut.\nmax the longest');
  assert.equal(proseOf('    Keeps the odd numbers.\n    >>> odds([1, 2, 3])\n    [1, 3]\n'), "Keeps the odd numbers.");
  assert.equal(proseOf(' snakeToCamel("user_id") => "userId"'), "");
});

test("quoted strings and numbers in prose become constants; code in backticks and apostrophes do not", () => {
  assert.deepEqual(hintedConstants("truncate", 'Shortens text to at most `max` characters, adding "..." when cut.'), ["..."]);
  assert.deepEqual(hintedConstants("isAdult", "Whether someone aged 18 or more is an adult; it's 2.5 times 'x'."), [18, 2.5, "x"]);
  assert.deepEqual(hintedConstants("label", "Don't pad what's already long."), []);
  assert.deepEqual(hintedConstants("version", "Reads v1.2 and ISO8601 dates."), []);
});

test("a word of the name or the prose names a constant no example shows", () => {
  assert.deepEqual(hintedConstants("countVowels", ""), ["aeiou"]);
  assert.deepEqual(hintedConstants("count_consonants", ""), ["aeiou"]);
  assert.deepEqual(hintedConstants("ratio", "As a percentage."), [100]);
  assert.deepEqual(hintedConstants("adults", ""), [18]);
  assert.deepEqual(hintedConstants("invoice", "Tells overdue invoices apart."), []);
  assert.deepEqual(wordsOf("countVowels in_a-Word"), ["count", "vowels", "in", "a", "word"]);
});

test("a unit in the name offers its factor: 60 for minutes and seconds, 1024 for kilobytes, 100 for cents", () => {
  assert.deepEqual(hintedConstants("minutesPart", ""), [60]);
  assert.deepEqual(hintedConstants("hours_to_minutes", ""), [60, 24]);
  assert.deepEqual(hintedConstants("size_in_kb", ""), [1024]);
  assert.deepEqual(hintedConstants("wholeDollars", ""), [100]);
  assert.deepEqual(hintedConstants("toMillis", ""), [1000]);
  assert.deepEqual(hintedConstants("secondary", ""), [], "a word that merely starts like a unit is none");
});

test("a name that ends in one letter names that character; an article inside a name does not", () => {
  assert.deepEqual(hintedConstants("count_a", ""), ["a"]);
  assert.deepEqual(hintedConstants("splitOnX", ""), ["x"]);
  assert.deepEqual(hintedConstants("get_a_name", ""), []);
  assert.deepEqual(hintedConstants("x", ""), [], "a one-letter name is only a name");
});

test("a function read from a file carries its comment's constants into its task", async () => {
  const text = [
    "/**",
    ' * Joins the parts with " | " between them.',
    ' * @example joinParts(["a", "b"]) // => "a | b"',
    " */",
    "export function joinParts(parts: string[]): string { throw new Error(); }",
    "",
    "def count_vowels(word):",
    '    """',
    "    >>> count_vowels('banana')",
    "    3",
    '    """',
  ].join("\n");
  const [fn] = await readFunctions(text, "typescript");
  assert.equal(fn.description, 'Joins the parts with " | " between them.');
  const built = taskOf(fn);
  assert.ok("task" in built);
  assert.deepEqual(built.task.constants, [" | "]);
  assert.deepEqual(built.task.words, ["join", "parts", "joins", "the", "with", "between", "them"], "the name's words, then the prose's, each once");
  const [py] = await readFunctions(text.split("\n").slice(6).join("\n"), "python");
  const pyTask = taskOf(py);
  assert.ok("task" in pyTask);
  assert.deepEqual(pyTask.task.constants, ["aeiou"]);
  assert.deepEqual(pyTask.task.words, ["count", "vowels"]);
});
