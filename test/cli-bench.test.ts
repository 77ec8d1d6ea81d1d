// `grimoire bench` end to end through the built bundle, and the command line's usage errors in process.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as path from "node:path";
import { grimoire as runBuilt, inProcess, ROOT } from "./support/cli";
import { peerUnavailable } from "../language-server/bench/peer";

const CLI_FIXTURES = "test/fixtures/bench/cli";
const noCvc4 = peerUnavailable("cvc4") ?? false;

before(() => {
  // The test drives dist/cli.js and dist/bench-worker.js as users do, so they must match the source.
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "pipe" });
});

const grimoire = (...args: string[]) => runBuilt(args, 60_000);

const STATUSES = ["solved", "unsolved", "error"];

test("--json prints one object per task with the documented fields, and progress on stderr", () => {
  const { code, stdout, stderr } = grimoire("bench", CLI_FIXTURES, "--timeout", "0.5", "--json");
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(
    lines.map((line) => line.task),
    ["concat", "drop first", "broken entry", "truncated"],
  );
  for (const line of lines) {
    assert.deepEqual(Object.keys(line).sort(), ["code", "file", "generalized", "heldOutExamples", "message", "ms", "program", "status", "suite", "task"]);
    assert.equal(line.suite, "cli");
    assert.ok(STATUSES.includes(line.status), line.status);
    assert.ok(line.generalized === null || typeof line.generalized === "boolean");
    assert.ok(line.program === null || typeof line.program === "string");
    if (line.status === "solved") assert.equal(typeof line.code, "string");
    else assert.equal(line.generalized, null);
  }
  const [concat, dropFirst, brokenEntry, truncated] = lines;
  assert.equal(concat.file, path.join(CLI_FIXTURES, "concat.sl"));
  assert.equal(typeof concat.ms, "number");
  assert.equal(dropFirst.heldOutExamples, 1);
  assert.equal(brokenEntry.status, "error");
  assert.equal(brokenEntry.ms, null);
  assert.match(brokenEntry.message, /lists\.json:6:36: entry 1 \("broken entry"\): examples\[0\]\.o must be an array, found string "not a list"$/);
  assert.equal(truncated.status, "error");
  assert.match(truncated.message, /truncated\.sl:5:1: expected '\)' but the file ended/);

  const progress = stderr.trim().split("\n");
  assert.equal(progress.length, 4);
  assert.match(progress[0], /^\[1\/4\] cli concat (solved|unsolved|error) \d+ ms/);
  assert.match(progress[3], /^\[4\/4\] cli truncated error: /);
});

test("without --json stdout is the summary table", () => {
  const { code, stdout } = grimoire("bench", path.join(CLI_FIXTURES, "concat.sl"), path.join(CLI_FIXTURES, "truncated.sl"), "--timeout", "0.5");
  assert.equal(code, 0);
  assert.match(stdout, /^suite\s+tasks\s+solved\s+errors\s+generalized\s+median ms\s+p90 ms$/m);
  assert.match(stdout, /^cli\s+2\s+[01]\s+1\s+-\s/m);
  assert.match(stdout, /^Grimoire searched its own DSL, not the task's grammar\.$/m);
});

test("--peer cvc4 adds a peer object: cvc4 for .sl files, n/a for JSON", { skip: noCvc4 }, () => {
  const { code, stdout } = grimoire("bench", path.join(CLI_FIXTURES, "concat.sl"), path.join(CLI_FIXTURES, "lists.json"), "--timeout", "2", "--json", "--peer", "cvc4", "--limit", "2");
  assert.equal(code, 0);
  const [concat, lists] = stdout.trim().split("\n").map((line) => JSON.parse(line));
  assert.equal(concat.peer.status, "solved");
  assert.equal(typeof concat.peer.ms, "number");
  assert.deepEqual(lists.peer, { status: "n/a", ms: null, message: null });
});

test("the bin script runs the bundle", () => {
  const run = spawnSync(process.execPath, ["bin/grimoire.js", "--help"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^Usage: grimoire COMMAND/);
});

test("usage: help, unknown commands and options, bad values, missing paths", async () => {
  const help = await inProcess("bench", "--help");
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: grimoire bench PATH\.\.\./);

  const cases: [string[], RegExp][] = [
    [[], /^Usage: grimoire COMMAND/],
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["synth", "whatever"], /^grimoire synth: whatever: not a TypeScript, JavaScript or Python file$/m],
    [["bench"], /needs at least one PATH/],
    [["bench", CLI_FIXTURES, "--fast"], /Unknown option '--fast'/],
    [["bench", CLI_FIXTURES, "--timeout", "abc"], /--timeout must be a positive number of seconds, not 'abc'/],
    [["bench", CLI_FIXTURES, "--timeout", "0"], /--timeout must be a positive/],
    [["bench", CLI_FIXTURES, "--timeout", "1e9"], /--timeout must be at most 86400 seconds/],
    [["bench", CLI_FIXTURES, "--limit", "2.5"], /--limit must be a positive whole number/],
    [["bench", CLI_FIXTURES, "--peer", "z3"], /--peer must be one of cvc4, not 'z3'/],
    [["bench", "test/fixtures/bench/no-such-file.sl"], /no-such-file\.sl: no such file or directory/],
    [["bench", "test/fixtures/bench/cli/*.csv"], /no files match/],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = await inProcess(...args);
    assert.equal(code, 2, args.join(" "));
    assert.equal(stdout, "", args.join(" "));
    assert.match(stderr, message, args.join(" "));
  }
});

test("in process: a file that cannot be read is an error line and the run still exits 0", async () => {
  const { code, stdout, stderr } = await inProcess("bench", path.join(CLI_FIXTURES, "truncated.sl"), "--json", "--timeout", "0.1");
  assert.equal(code, 0);
  assert.equal(JSON.parse(stdout).status, "error");
  assert.match(stderr, /^\[1\/1\] cli truncated error: /);
});
