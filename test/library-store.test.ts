// The library store: order, dedupe and persistence; damaged, partly bad and newer files; stale
// locks; several processes writing at once; and change notices across instances and processes.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { scratchDirectory } from "./support/scratch";
import { test } from "node:test";
import type { AcceptedFunction } from "../language-server/server/protocol";
import { AcceptedStore, STORE_VERSION, defaultStorageDirectory, type StoreProblem } from "../language-server/library/accepted-store";
import { spawnWriter } from "./support/start-signal";

const ROOT = path.resolve(__dirname, "..");
const WRITER = path.join(ROOT, "test/support/store-writer.ts");

/** A fresh temporary folder; the store directory inside it does not exist yet. */
function storeDirectory(): string {
  const dir = scratchDirectory("grimoire-store-");
  return path.join(dir, "library");
}

function entry(name: string, code = `function ${name}() { return 1; }`): Omit<AcceptedFunction, "id" | "acceptedAt"> {
  return {
    name,
    signature: `${name}(): number`,
    language: "typescript",
    examples: [`${name}() => 1`],
    code,
    sourceUri: `file:///work/${name}.ts`,
    taskKey: `key-${name}`,
  };
}

function writeStore(directory: string, content: unknown): string {
  fs.mkdirSync(directory, { recursive: true });
  const file = path.join(directory, "accepted.json");
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

function storeFiles(directory: string): string[] {
  return fs.readdirSync(directory).sort();
}

/** Resolves when `count` calls have been made, or rejects after `ms`. */
function calls(ms: number, count = 1): { callback: () => void; done: Promise<void> } {
  let seen = 0;
  let resolve!: () => void;
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<void>((res, reject) => {
    resolve = res;
    timer = setTimeout(() => reject(new Error(`expected ${count} call(s) within ${ms} ms, saw ${seen}`)), ms);
  });
  return {
    callback: () => {
      if (++seen !== count) return;
      clearTimeout(timer);
      resolve();
    },
    done,
  };
}

function runWriter(directory: string, prefix: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, directory, prefix, String(count)], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}: ${stderr}`))));
  });
}

test("defaultStorageDirectory: $GRIMOIRE_HOME, else ~/.grimoire", () => {
  const saved = process.env.GRIMOIRE_HOME;
  try {
    process.env.GRIMOIRE_HOME = path.join(os.tmpdir(), "somewhere");
    assert.equal(defaultStorageDirectory(), path.join(os.tmpdir(), "somewhere"));
    delete process.env.GRIMOIRE_HOME;
    assert.equal(defaultStorageDirectory(), path.join(os.homedir(), ".grimoire"));
  } finally {
    if (saved === undefined) delete process.env.GRIMOIRE_HOME;
    else process.env.GRIMOIRE_HOME = saved;
  }
});

test("add, list and delete: newest first, nothing created until the first write", async () => {
  const directory = storeDirectory();
  const store = new AcceptedStore(directory);
  assert.equal(store.file, path.join(directory, "accepted.json"));
  assert.deepEqual(await store.list(), []);
  assert.equal(await store.delete("nothing"), false);
  assert.equal(fs.existsSync(directory), false, "reading and deleting must not create the directory");

  const a = await store.add(entry("a"), new Date("2024-01-01T00:00:00Z"));
  const b = await store.add(entry("b"), new Date("2024-01-02T00:00:00Z"));
  const c = await store.add(entry("c"), new Date("2024-01-03T00:00:00Z"));
  assert.match(a.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.notEqual(a.id, b.id);
  assert.equal(b.acceptedAt, "2024-01-02T00:00:00.000Z");
  assert.deepEqual(a, { ...entry("a"), id: a.id, acceptedAt: "2024-01-01T00:00:00.000Z" });
  assert.deepEqual(await store.list(), [c, b, a]);

  assert.equal(await store.delete(b.id), true);
  assert.equal(await store.delete(b.id), false);
  assert.deepEqual(
    (await store.list()).map((f) => f.name),
    ["c", "a"],
  );
  // No lock or temporary file is left behind.
  assert.deepEqual(storeFiles(directory), ["accepted.json"]);
});

test("add refuses an entry with a bad shape and writes nothing", async () => {
  const directory = storeDirectory();
  const store = new AcceptedStore(directory);
  await assert.rejects(store.add({ ...entry("a"), language: "rust" as "python" }), /language/);
  await assert.rejects(store.add({ ...entry("a"), examples: [1] as unknown as string[] }), /examples/);
  assert.deepEqual(await store.list(), []);
});

test("accepting the same function again replaces its entry and moves it to the top", async () => {
  const store = new AcceptedStore(storeDirectory());
  const first = await store.add(entry("f"), new Date("2024-01-01T00:00:00Z"));
  await store.add(entry("g"), new Date("2024-01-02T00:00:00Z"));
  const again = await store.add(entry("f"), new Date("2024-01-03T00:00:00Z"));
  // Same task, different code: a different function, kept beside the first.
  await store.add(entry("f", "function f() { return 2; }"), new Date("2023-12-31T00:00:00Z"));
  const listed = await store.list();
  assert.deepEqual(
    listed.map((f) => [f.name, f.acceptedAt]),
    [
      ["f", "2024-01-03T00:00:00.000Z"],
      ["g", "2024-01-02T00:00:00.000Z"],
      ["f", "2023-12-31T00:00:00.000Z"],
    ],
  );
  assert.equal(listed[0]?.id, again.id);
  assert.ok(!listed.some((f) => f.id === first.id));
});

test("entries persist across instances in the documented format", async () => {
  const directory = storeDirectory();
  const added = await new AcceptedStore(directory).add(entry("p"), new Date("2024-05-06T07:08:09Z"));
  const other = new AcceptedStore(directory);
  assert.deepEqual(await other.list(), [added]);
  const text = fs.readFileSync(other.file, "utf8");
  assert.deepEqual(JSON.parse(text), { version: STORE_VERSION, functions: [added] });
  assert.match(text, /^\{\n {2}"version": 1,\n {2}"functions": \[\n/, "pretty-printed");
});

test("a damaged file is set aside, reported with both names, and the store starts empty", async () => {
  const directory = storeDirectory();
  const file = writeStore(directory, "{ this is not json");
  const problems: StoreProblem[] = [];
  const store = new AcceptedStore(directory, { onProblem: (p) => problems.push(p) });
  assert.deepEqual(await store.list(), []);
  assert.equal(problems.length, 1);
  const damaged = storeFiles(directory).filter((name) => name.startsWith("accepted.json.damaged-"));
  assert.equal(damaged.length, 1);
  const aside = path.join(directory, damaged[0]!);
  assert.equal(fs.readFileSync(aside, "utf8"), "{ this is not json", "the damaged content is kept");
  assert.equal(problems[0]?.file, file);
  assert.ok(problems[0]?.message.includes(file) && problems[0].message.includes(aside), problems[0]?.message);
  assert.equal(fs.existsSync(file), false);

  // A file of the wrong shape found by a write is set aside the same way, and the write goes on.
  writeStore(directory, { version: 1, functions: { not: "a list" } });
  const added = await store.add(entry("after"));
  assert.deepEqual(await store.list(), [added]);
  assert.equal(problems.length, 2);
  assert.match(problems[1]!.message, /functions is not a list/);
  assert.equal(storeFiles(directory).filter((name) => name.startsWith("accepted.json.damaged-")).length, 2);
});

test("entries with a bad shape are skipped with one report, and kept aside before a rewrite", async () => {
  const directory = storeDirectory();
  const good: AcceptedFunction = { ...entry("good"), id: "1", acceptedAt: "2024-01-01T00:00:00.000Z" };
  const original = {
    version: 1,
    functions: [good, { ...good, id: "2", examples: "f() => 1" }, { ...good, id: "3", language: "cobol" }, 42],
  };
  writeStore(directory, original);
  const problems: StoreProblem[] = [];
  const store = new AcceptedStore(directory, { onProblem: (p) => problems.push(p) });
  assert.deepEqual(await store.list(), [good]);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /3 entries/);
  assert.match(problems[0]!.message, /entry 2: examples is not a list of strings/);

  await store.add(entry("new"));
  const saved = storeFiles(directory).filter((name) => name.startsWith("accepted.json.damaged-"));
  assert.equal(saved.length, 1, "the file with the unreadable entries is saved before it is rewritten");
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(directory, saved[0]!), "utf8")), original);
  assert.deepEqual(
    (await store.list()).map((f) => f.name),
    ["new", "good"],
  );
});

test("a file written by a newer Grimoire is read but never changed", async () => {
  const directory = storeDirectory();
  const good = { ...entry("n"), id: "1", acceptedAt: "2024-01-01T00:00:00.000Z" };
  const file = writeStore(directory, { version: STORE_VERSION + 1, functions: [good, { id: 2, shape: "new" }], extra: true });
  const before = fs.readFileSync(file, "utf8");
  const problems: StoreProblem[] = [];
  const store = new AcceptedStore(directory, { onProblem: (p) => problems.push(p) });
  assert.deepEqual(await store.list(), [good]);
  await assert.rejects(store.add(entry("x")), /written by a newer Grimoire/);
  await assert.rejects(store.delete("1"), /written by a newer Grimoire/);
  assert.equal(fs.readFileSync(file, "utf8"), before);
  assert.deepEqual(storeFiles(directory), ["accepted.json"]);
  assert.deepEqual(problems, []);
});

test("a stale lock is broken; a live one is waited for until the timeout", async () => {
  const directory = storeDirectory();
  fs.mkdirSync(directory, { recursive: true });
  const lock = path.join(directory, "accepted.json.lock");
  const store = new AcceptedStore(directory, { lockTimeoutMs: 300 });

  // Held by a process that has exited.
  const exited = spawnSync(process.execPath, ["-e", ""]);
  fs.writeFileSync(lock, JSON.stringify({ pid: exited.pid, host: os.hostname(), time: new Date().toISOString(), token: "x" }));
  await store.add(entry("after-dead-holder"));
  assert.equal(fs.existsSync(lock), false);

  // Held by a live process, but for far longer than any write takes.
  fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), time: "then", token: "y" }));
  const old = new Date(Date.now() - 60_000);
  fs.utimesSync(lock, old, old);
  await store.add(entry("after-old-lock"));
  assert.equal(fs.existsSync(lock), false);

  // Held right now by a live process: the write waits, then fails and leaves the lock alone.
  fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), time: "now", token: "z" }));
  const started = Date.now();
  await assert.rejects(store.add(entry("blocked")), /Timed out after 300 ms waiting for the lock/);
  assert.ok(Date.now() - started >= 250, "it waited for the lock");
  assert.equal(fs.existsSync(lock), true);
  fs.rmSync(lock);
  assert.deepEqual(
    (await store.list()).map((f) => f.name).sort(),
    ["after-dead-holder", "after-old-lock"],
  );
});

test("four processes adding 25 entries each at once lose nothing", async () => {
  const directory = storeDirectory();
  const writers = ["w0", "w1", "w2", "w3"].map((prefix) =>
    spawnWriter(ROOT, WRITER, [directory, prefix, "25"], prefix),
  );
  // Every writer has loaded before any starts, so that their writes overlap.
  await Promise.all(writers.map((w) => w.ready));
  for (const w of writers) w.go();
  await Promise.all(writers.map((w) => w.finished));

  const stored = JSON.parse(fs.readFileSync(path.join(directory, "accepted.json"), "utf8")) as { version: number; functions: AcceptedFunction[] };
  assert.equal(stored.version, 1);
  assert.equal(stored.functions.length, 100);
  const expected = ["w0", "w1", "w2", "w3"].flatMap((p) => Array.from({ length: 25 }, (_, i) => `${p}-${i}`));
  assert.deepEqual(stored.functions.map((f) => f.name).sort(), expected.sort());
  assert.equal(new Set(stored.functions.map((f) => f.id)).size, 100);
  assert.deepEqual(storeFiles(directory), ["accepted.json"], "no lock or temporary file is left behind");
});

test("watch() notices writes by another process and another instance, even before the directory exists", async () => {
  const directory = storeDirectory();
  const watching = new AcceptedStore(directory);

  // The directory does not exist yet: the first write creates it.
  const created = calls(3000);
  const subscription = watching.watch(() => created.callback());
  try {
    await new AcceptedStore(directory).add(entry("first"));
    await created.done;
  } finally {
    subscription.dispose();
  }

  let seen = calls(5000);
  const watcher = watching.watch(() => seen.callback());
  try {
    await runWriter(directory, "child", 1);
    await seen.done;
    assert.deepEqual(
      (await watching.list()).map((f) => f.name),
      ["child-0", "first"],
    );

    seen = calls(2000);
    const other = new AcceptedStore(directory);
    const [newest] = await other.list();
    assert.equal(await other.delete(newest!.id), true);
    await seen.done;
  } finally {
    watcher.dispose();
  }

  // After dispose, nothing more is reported.
  let late = 0;
  const disposed = watching.watch(() => late++);
  disposed.dispose();
  await watching.add(entry("unwatched"));
  await new Promise((resolve) => setTimeout(resolve, 250));
  assert.equal(late, 0);
});
