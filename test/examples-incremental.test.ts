// Reading a document again after an edit, from its previous syntax tree, must find exactly what a
// fresh read finds: random edits (insertions, deletions, non-ASCII text) on the fixture files.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { IncrementalParse, readFunctions, type SourceLanguage } from "../language-server/examples/read";

const FIXTURES = path.join(__dirname, "fixtures", "examples");
const FILES: [string, SourceLanguage][] = [
  ["forms.ts.txt", "typescript"],
  ["forms.js", "javascript"],
  ["forms.py", "python"],
];

const PIECES = ["", "x", "\n", " * @example f(1) // => 2\n", "é", "😀", "}", "(", '"', "// g(3) => 4\n", ">>> h(5)\n", "    "];

for (const [file, language] of FILES) {
  test(`incremental reads of ${file} match fresh reads after random edits`, async () => {
    const original = fs.readFileSync(path.join(FIXTURES, file), "utf8");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 6 }),
        async (edits) => {
          const incremental = new IncrementalParse();
          try {
            let text = original;
            await readFunctions(text, language, { incremental });
            for (const [at, removed, inserted] of edits) {
              const start = at % (text.length + 1);
              text = text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + removed));
              const again = await readFunctions(text, language, { incremental });
              const fresh = await readFunctions(text, language);
              assert.deepEqual(again, fresh);
            }
          } finally {
            incremental.dispose();
          }
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
}
