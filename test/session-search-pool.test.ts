// The language server's search pool: worker threads, the content-keyed cache, priorities,
// cancellation and the memory limit.
import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import { SearchPool, type SearchActivity } from "../language-server/session/search-pool";
import { taskKey } from "../language-server/session/task-key";
import { NUMBER, STRING, type Task, type Value } from "../language-server/engine/types";

const WORKER = path.join(__dirname, "..", "dist", "search-worker.js");

function task(name: string, examples: [Value[], Value][], params = [{ name: "s", type: STRING }], returnType = STRING): Task {
  return { name, params, returnType, examples: examples.map(([inputs, output]) => ({ inputs, output })) };
}

const upper = task("upper", [[["ab"], "AB"], [["x"], "X"]]);
// No program of the DSL maps these, so the search runs until its budget or a cancel.
const noise = task("noise", [[["a"], "q8z!"], [["bb"], "#@x"], [["ccc"], "w"]]);

test("equal tasks share one key; a different example changes it", () => {
  assert.equal(taskKey(upper), taskKey(task("upper", [[["ab"], "AB"], [["x"], "X"]])));
  assert.notEqual(taskKey(upper), taskKey(task("upper", [[["ab"], "AB"], [["y"], "Y"]])));
});

test("a search runs in the worker, and asking again is answered from the cache", async () => {
  const pool = new SearchPool({ memoryLimitMb: 512, workerFile: WORKER });
  try {
    const first = await pool.search(upper, { timeoutMs: 5000, alternatives: 1, priority: "background" }).outcome;
    assert.equal(first.status, "solved");
    assert.match(first.best!.returns.typescript, /toUpperCase/);
    assert.equal(first.best!.code.python.includes("def upper"), true);
    const again = pool.search(upper, { timeoutMs: 5000, alternatives: 1, priority: "user" });
    assert.equal(await again.outcome, first, "the same outcome object, from the cache");
    assert.equal(pool.cached(again.key, 5000), first);
  } finally {
    pool.dispose();
  }
});

test("a user's request runs before queued background searches, and cancelling one leaves the others", async () => {
  const started: string[] = [];
  const pool = new SearchPool({
    memoryLimitMb: 512,
    workerFile: WORKER,
    onActivity: (a: SearchActivity) => {
      if (a.running && started[started.length - 1] !== a.running.name) started.push(a.running.name);
    },
  });
  try {
    const busy = pool.search(noise, { timeoutMs: 1500, alternatives: 0, priority: "background" });
    const later = pool.search(task("lower", [[["AB"], "ab"]]), { timeoutMs: 5000, alternatives: 0, priority: "background" });
    const dropped = pool.search(task("twice", [[["ab"], "abab"]]), { timeoutMs: 5000, alternatives: 0, priority: "background" });
    const urgent = pool.search(task("first", [[["abc"], "a"], [["xy"], "x"]]), { timeoutMs: 5000, alternatives: 0, priority: "user" });
    pool.cancelBackgroundExcept(new Set([busy.key, later.key]));
    assert.equal((await dropped.outcome).status, "cancelled");
    assert.equal((await busy.outcome).status, "unsolved");
    assert.equal((await urgent.outcome).status, "solved");
    assert.equal((await later.outcome).status, "solved");
    assert.deepEqual(started, ["noise", "first", "lower"]);
  } finally {
    pool.dispose();
  }
});

test("cancelling a running search stops it within a moment, and the worker serves the next one", async () => {
  const pool = new SearchPool({ memoryLimitMb: 512, workerFile: WORKER });
  try {
    const long = pool.search(noise, { timeoutMs: 60_000, alternatives: 0, priority: "user" });
    await new Promise((r) => setTimeout(r, 700));
    const cancelledAt = performance.now();
    pool.cancel(long.key);
    const outcome = await long.outcome;
    assert.equal(outcome.status, "cancelled");
    assert.ok(performance.now() - cancelledAt < 1500, `stopped after ${Math.round(performance.now() - cancelledAt)} ms`);
    assert.equal(pool.cached(long.key, 60_000), undefined, "a cancelled search is not cached");
    assert.equal((await pool.search(upper, { timeoutMs: 5000, alternatives: 0, priority: "user" }).outcome).status, "solved");
  } finally {
    pool.dispose();
  }
});

test("an unsolved result holds only for budgets up to the one it had", async () => {
  const pool = new SearchPool({ memoryLimitMb: 512, workerFile: WORKER });
  try {
    const short = pool.search(noise, { timeoutMs: 300, alternatives: 0, priority: "background" });
    assert.equal((await short.outcome).status, "unsolved");
    assert.ok(pool.cached(short.key, 300));
    assert.equal(pool.cached(short.key, 2000), undefined, "a longer budget deserves a new search");
  } finally {
    pool.dispose();
  }
});

test("a worker that runs out of memory fails its search with a message, and the next search gets a new worker", async () => {
  const pool = new SearchPool({ memoryLimitMb: 512, workerFile: WORKER });
  try {
    pool.setMemoryLimit(12);
    // Long lists of long strings fill the tiny heap quickly.
    const big = task(
      "big",
      [[[Array.from({ length: 400 }, (_, i) => `word${i} `.repeat(50))], 12345]],
      [{ name: "xs", type: { kind: "list", element: STRING } }],
      NUMBER,
    );
    const outcome = await pool.search(big, { timeoutMs: 20_000, alternatives: 0, priority: "user" }).outcome;
    assert.equal(outcome.status, "failed", JSON.stringify(outcome));
    assert.match(outcome.message!, /memory/);
    pool.setMemoryLimit(512);
    assert.equal((await pool.search(upper, { timeoutMs: 5000, alternatives: 0, priority: "user" }).outcome).status, "solved");
  } finally {
    pool.dispose();
  }
});
