#!/usr/bin/env node
// Held-out evaluation of `grimoire synth`: runs the CLI on copies of the annotated files in
// eval/synth/, then checks every synthesized function on inputs that are not in its examples
// (eval/synth/checks.json). A function counts when its status is "solved" AND every hidden check
// passes. This is a measurement: it exits 0 whatever the score, 2 on setup errors.
//
//   node scripts/eval-synth.mjs [--set NAME] [--timeout S] [--guidance on|off] [FILE...]
//   (NAME: a folder of eval/, default synth; FILE: names in it, default all)
//
// Per-function lines go to stderr; the summary to stdout, ending with
//   synth eval: N of M functions (P%) synthesized within S s and correct on unseen inputs
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// eval/synth by default; `--set synth2` reads eval/synth2, the held-out set written later.
let evalSet = "synth";
const cli = join(root, "dist", "cli.js");
const CALL_LIMIT_MS = 2000; // per hidden check

function setupError(message) {
  process.stderr.write(`eval-synth: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- arguments

let timeout = "10";
let guidance = "off";
const only = [];
{
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--timeout") {
      timeout = args[++i];
      if (timeout === undefined || !(Number(timeout) > 0)) setupError("--timeout needs a positive number of seconds");
    } else if (a.startsWith("--timeout=")) {
      timeout = a.slice("--timeout=".length);
      if (!(Number(timeout) > 0)) setupError("--timeout needs a positive number of seconds");
    } else if (a === "--set") {
      evalSet = args[++i];
      if (!evalSet || !/^[\w-]+$/.test(evalSet)) setupError("--set needs the name of a folder in eval/");
    } else if (a === "--guidance") {
      guidance = args[++i];
      if (guidance !== "on" && guidance !== "off") setupError("--guidance must be on or off");
    } else if (a === "-h" || a === "--help") {
      process.stdout.write("Usage: node scripts/eval-synth.mjs [--set NAME] [--timeout S] [--guidance on|off] [FILE...]\n");
      process.exit(0);
    } else if (a.startsWith("-")) {
      setupError(`unknown option ${a}`);
    } else {
      only.push(basename(a));
    }
  }
}

const evalDir = join(root, "eval", evalSet);
if (!existsSync(evalDir)) setupError(`no such eval set: eval/${evalSet}`);
if (!existsSync(cli)) setupError(`${cli} is missing: run \`npm run build\` first`);
let checks;
try {
  checks = JSON.parse(readFileSync(join(evalDir, "checks.json"), "utf8"));
} catch (e) {
  setupError(`cannot read eval/${evalSet}/checks.json: ${e.message}`);
}
let transformSync;
try {
  ({ transformSync } = await import("esbuild"));
} catch (e) {
  setupError(`cannot load esbuild (a devDependency; run npm install): ${e.message}`);
}
{
  const py = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (py.status !== 0 && Object.keys(checks).some((f) => f.endsWith(".py"))) setupError("python3 is not available");
}

const files = Object.keys(checks).filter((f) => only.length === 0 || only.includes(f));
if (files.length === 0) setupError(`no such eval file: ${only.join(", ")}`);
for (const f of files) if (!existsSync(join(evalDir, f))) setupError(`eval/${evalSet}/${f} is listed in checks.json but missing`);

// ---------------------------------------------------------------- helpers

/** JSON with sorted keys, so that records compare regardless of key order. */
function canonical(value) {
  if (value === undefined) return "undefined";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function shortText(s, n = 120) {
  const flat = String(s).replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function argsText(args) {
  return `(${args.map((a) => JSON.stringify(a)).join(", ")})`;
}

/** Runs the CLI on one copied file; returns the per-function JSON records by name. */
function synthesize(copy, count) {
  const limitMs = (count * Number(timeout) + 120) * 1000;
  const r = spawnSync(process.execPath, [cli, "synth", copy, "--write", "--json", "--timeout", timeout, "--guidance", guidance], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: limitMs,
  });
  const byName = new Map();
  for (const line of (r.stdout ?? "").split("\n")) {
    if (!line.trim().startsWith("{")) continue;
    try {
      const rec = JSON.parse(line);
      if (rec && typeof rec.function === "string") byName.set(rec.function, rec);
    } catch {
      // not a record
    }
  }
  let problem;
  if (r.error) problem = `grimoire synth failed: ${r.error.message}`;
  else if (r.status !== 0 && r.status !== 1) problem = `grimoire synth exited ${r.status}: ${shortText(r.stderr || r.stdout)}`;
  return { byName, problem };
}

// ---------------------------------------------------------------- TypeScript

function loadTs(source, names) {
  const { code } = transformSync(source, { loader: "ts", format: "cjs", target: "es2022" });
  const tail = names.map((n) => `\ntry { module.exports[${JSON.stringify(n)}] = ${n}; } catch {}`).join("");
  const module = { exports: {} };
  const context = vm.createContext({ module, exports: module.exports });
  vm.runInContext(code + tail, context, { timeout: 5000, filename: "eval.js" });
  return context;
}

function checkTs(copy, file, records) {
  const names = Object.keys(checks[file]);
  const results = new Map();
  let context;
  let loadProblem;
  try {
    context = loadTs(readFileSync(copy, "utf8"), names);
  } catch (e) {
    loadProblem = `the written file does not load (${shortText(e.message, 200)})`;
  }
  for (const name of names) {
    const rec = records.get(name);
    if (!rec || rec.status !== "solved") continue;
    let ctx = context;
    if (!ctx) {
      // The whole file does not load: check the function's own code alone.
      try {
        ctx = loadTs(String(rec.code ?? ""), [name]);
      } catch (e) {
        results.set(name, { ok: false, reason: `error: ${loadProblem}; alone: ${shortText(e.message, 200)}` });
        continue;
      }
    }
    const modExports = vm.runInContext("module.exports", ctx);
    if (typeof modExports[name] !== "function") {
      results.set(name, { ok: false, reason: `error: ${name} is not defined in the written file` });
      continue;
    }
    let verdict = { ok: true };
    for (const [args, expected] of checks[file][name]) {
      ctx.__argsJson = JSON.stringify(args);
      let got;
      try {
        got = vm.runInContext(`module.exports[${JSON.stringify(name)}](...JSON.parse(__argsJson))`, ctx, { timeout: CALL_LIMIT_MS });
      } catch (e) {
        verdict = { ok: false, reason: `error on input ${argsText(args)}: ${shortText(e?.message ?? e)}` };
        break;
      }
      if (canonical(got) !== canonical(expected)) {
        verdict = { ok: false, reason: `wrong on input ${argsText(args)} (got ${shortText(canonical(got))}, expected ${canonical(expected)})` };
        break;
      }
    }
    results.set(name, verdict);
  }
  return results;
}

// ---------------------------------------------------------------- Python

const PY_CHECKER = String.raw`
import importlib.util, json, signal, sys

job = json.load(sys.stdin)

class Slow(Exception):
    pass

def on_alarm(signum, frame):
    raise Slow("took longer than %d ms" % job["limitMs"])

signal.signal(signal.SIGALRM, on_alarm)

def same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return type(a) == type(b) and a == b

def short(s, n=120):
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"

module_ns = None
load_problem = None
try:
    spec = importlib.util.spec_from_file_location("grimoire_eval_module", job["path"])
    mod = importlib.util.module_from_spec(spec)
    signal.setitimer(signal.ITIMER_REAL, 5)
    try:
        spec.loader.exec_module(mod)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    module_ns = vars(mod)
except BaseException as e:
    load_problem = "the written file does not load (%s: %s)" % (type(e).__name__, short(e, 200))

out = {}
for name, cases in job["checks"].items():
    ns = module_ns
    if ns is None:
        ns = {}
        try:
            exec(compile(job["codes"].get(name) or "", "<%s>" % name, "exec"), ns)
        except BaseException as e:
            out[name] = {"ok": False, "reason": "error: %s; alone: %s: %s" % (load_problem, type(e).__name__, short(e, 200))}
            continue
    fn = ns.get(name)
    if not callable(fn):
        out[name] = {"ok": False, "reason": "error: %s is not defined in the written file" % name}
        continue
    verdict = {"ok": True}
    for args, expected in cases:
        shown = "(" + ", ".join(json.dumps(a) for a in args) + ")"
        try:
            signal.setitimer(signal.ITIMER_REAL, job["limitMs"] / 1000)
            try:
                got = fn(*json.loads(json.dumps(args)))
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except BaseException as e:
            verdict = {"ok": False, "reason": "error on input %s: %s: %s" % (shown, type(e).__name__, short(e))}
            break
        try:
            as_json = json.loads(json.dumps(got))
            good = same(as_json, expected) and not isinstance(got, (tuple, set))
        except BaseException:
            good = False
        if not good:
            verdict = {"ok": False, "reason": "wrong on input %s (got %s, expected %s)" % (shown, short(repr(got)), json.dumps(expected))}
            break
    out[name] = verdict
json.dump(out, sys.stdout)
`;

function checkPy(copy, file, records) {
  const solved = Object.keys(checks[file]).filter((n) => records.get(n)?.status === "solved");
  const results = new Map();
  if (solved.length === 0) return results;
  const job = {
    path: copy,
    limitMs: CALL_LIMIT_MS,
    checks: Object.fromEntries(solved.map((n) => [n, checks[file][n]])),
    codes: Object.fromEntries(solved.map((n) => [n, records.get(n).code ?? ""])),
  };
  const r = spawnSync("python3", ["-c", PY_CHECKER], {
    cwd: dirname(copy),
    input: JSON.stringify(job),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: (solved.length * 5 * CALL_LIMIT_MS) + 30_000,
  });
  let parsed;
  try {
    parsed = JSON.parse(r.stdout);
  } catch {
    const why = r.error ? r.error.message : `python3 exited ${r.status}: ${shortText(r.stderr)}`;
    for (const n of solved) results.set(n, { ok: false, reason: `error: checker failed (${why})` });
    return results;
  }
  for (const n of solved) results.set(n, parsed[n] ?? { ok: false, reason: "error: checker gave no result" });
  return results;
}

// ---------------------------------------------------------------- main

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), "grimoire-eval-"));
const perFile = [];
let totalOk = 0;
let totalCount = 0;
try {
  for (const file of files) {
    const names = Object.keys(checks[file]);
    const copy = join(work, file);
    copyFileSync(join(evalDir, file), copy);
    const t0 = Date.now();
    const { byName, problem } = synthesize(copy, names.length);
    const synthMs = Date.now() - t0;
    const results = file.endsWith(".py") ? checkPy(copy, file, byName) : checkTs(copy, file, byName);
    let ok = 0;
    for (const name of names) {
      const rec = byName.get(name);
      let line;
      if (!rec) {
        line = `FAIL ${file} ${name}: error: not reported by grimoire synth${problem ? ` (${problem})` : ""}`;
      } else if (rec.status !== "solved") {
        const why = [rec.message, rec.question].filter(Boolean).map((s) => shortText(s)).join("; ");
        line = `FAIL ${file} ${name}: unsolved (${rec.status}${why ? `: ${why}` : ""}, ${rec.ms} ms)`;
      } else {
        const v = results.get(name) ?? { ok: false, reason: "error: not checked" };
        if (v.ok) {
          ok++;
          line = `ok   ${file} ${name} (${rec.ms} ms)`;
        } else {
          line = `FAIL ${file} ${name}: ${v.reason} — code: ${shortText(rec.code, 200)}`;
        }
      }
      process.stderr.write(line + "\n");
    }
    perFile.push({ file, ok, count: names.length, synthMs });
    totalOk += ok;
    totalCount += names.length;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const pct = (a, b) => (b === 0 ? 0 : Math.round((100 * a) / b));
for (const { file, ok, count, synthMs } of perFile) {
  process.stdout.write(`${file.padEnd(12)} ${String(ok).padStart(3)} of ${String(count).padEnd(3)} (${pct(ok, count)}%)   synth ${(synthMs / 1000).toFixed(1)} s\n`);
}
process.stdout.write(`total time ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.stdout.write(
  `synth eval: ${totalOk} of ${totalCount} functions (${pct(totalOk, totalCount)}%) synthesized within ${timeout} s and correct on unseen inputs\n`,
);
process.exit(0);
