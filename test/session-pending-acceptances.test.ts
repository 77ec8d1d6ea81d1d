// The server records a function offered by a resolved code action when its document shows the edit.
import assert from "node:assert/strict";
import { test } from "node:test";
import { PENDING_ACCEPTANCE_MS, PendingAcceptances } from "../language-server/session/pending-acceptances";

const STUB = "function f(x: number): number {\n  throw new Error('todo');\n}\n";
const BODY = "  return x + 1;";
const FILLED = STUB.replace("  throw new Error('todo');", BODY);
const edit = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 25 } }, newText: BODY };
const entry = (code: string) => ({ name: "f", signature: "f(x: number): number", language: "typescript" as const, examples: ["f(1) => 2"], code, taskKey: "k" });

test("an offer is answered once, by the first later version that shows every inserted text", () => {
  const pending = new PendingAcceptances();
  pending.expect("file:///a.ts", 3, STUB, [edit], entry(FILLED), 0);
  assert.deepEqual(pending.landed("file:///a.ts", 4, `${STUB}// typing elsewhere\n`, 10), []);
  assert.deepEqual(pending.landed("file:///b.ts", 5, FILLED, 10), [], "another document");
  assert.deepEqual(pending.landed("file:///a.ts", 5, FILLED, 20).map((e) => e.code), [FILLED]);
  assert.deepEqual(pending.landed("file:///a.ts", 6, FILLED, 30), [], "answered once");
});

test("an offer expires, is forgotten with its document, and is not noted when its text is already there", () => {
  const pending = new PendingAcceptances();
  pending.expect("file:///a.ts", 3, STUB, [edit], entry(FILLED), 0);
  assert.deepEqual(pending.landed("file:///a.ts", 4, FILLED, PENDING_ACCEPTANCE_MS + 1), []);
  pending.expect("file:///a.ts", 3, STUB, [edit], entry(FILLED), 0);
  pending.forget("file:///a.ts");
  assert.deepEqual(pending.landed("file:///a.ts", 4, FILLED, 1), []);
  pending.expect("file:///a.ts", 3, FILLED, [edit], entry(FILLED), 0);
  assert.deepEqual(pending.landed("file:///a.ts", 4, FILLED, 1), [], "the document held the body before the edit");
});

test("two candidates offered for one function: only the one that lands is answered", () => {
  const pending = new PendingAcceptances();
  const other = { ...edit, newText: "  return x * 2;" };
  pending.expect("file:///a.ts", 3, STUB, [edit], entry(FILLED), 0);
  pending.expect("file:///a.ts", 3, STUB, [other], entry(STUB.replace("  throw new Error('todo');", other.newText)), 0);
  assert.deepEqual(pending.landed("file:///a.ts", 4, FILLED, 1).map((e) => e.code), [FILLED]);
});
