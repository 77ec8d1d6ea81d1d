// A second real LSP client: Neovim 0.7+ (Debian's `neovim`) runs the bundled server over stdio,
// opens a stub with examples, picks the "Synthesize" code action the way a Neovim user does
// (vim.lsp.buf.code_action() + vim.ui.select, which resolves the action, applies its edit and
// runs its command), writes the file and quits; see test/neovim/synthesize.lua. Then the written
// function is run on inputs it never saw, and the library store must hold it.
// Needs `npm run build` first (dist/server.js). Installs Neovim when it is missing, and fails
// (not skips) when it cannot.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { scratchDirectory } from "./support/scratch";
import { pathToFileURL } from "node:url";
import * as vm from "node:vm";
import { before, test } from "node:test";
import { transformSync } from "esbuild";

const ROOT = path.resolve(__dirname, "..");
const SERVER = path.join(ROOT, "dist", "server.js");
const SCRIPT = path.join(__dirname, "neovim", "synthesize.lua");
const INSTALL = path.join(ROOT, "test", "e2e", "install.sh");
/** Each wait inside the Lua script (initialize, code actions, the resolve's search). */
const STEP_MS = 15_000;
/** nvim is killed, with the server it started, past this. */
const RUN_MS = 45_000;

function nvimVersion(): string | undefined {
  const r = spawnSync("nvim", ["--version"], { encoding: "utf8", timeout: 10_000 });
  return r.status === 0 ? r.stdout.split("\n")[0].trim() : undefined;
}

/**
 * Neovim, installed when missing: by test/e2e/install.sh when it knows about Neovim (it installs
 * the whole end-to-end tool set, code-server included, so a bare machine may take a few minutes),
 * else by apt-get. Throws, saying what was tried, when nvim is still not there.
 */
function ensureNeovim(): string {
  const found = nvimVersion();
  if (found) return found;
  let tried: string;
  let result: ReturnType<typeof spawnSync>;
  if (fs.existsSync(INSTALL) && /\bneovim\b/.test(fs.readFileSync(INSTALL, "utf8"))) {
    tried = `bash ${path.relative(ROOT, INSTALL)}`;
    result = spawnSync("bash", [INSTALL], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 15 * 60_000 });
  } else {
    const root = process.getuid?.() === 0;
    const sudo = root ? [] : ["sudo", "-n"];
    tried = `${sudo.join(" ")} apt-get install -y neovim`.trim();
    const shell = `${sudo.join(" ")} apt-get install -y -q neovim || { ${sudo.join(" ")} apt-get update -q && ${sudo.join(" ")} apt-get install -y -q neovim; }`;
    result = spawnSync("sh", ["-c", shell], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 10 * 60_000,
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  const installed = nvimVersion();
  if (installed) return installed;
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-20).join("\n");
  throw new Error(
    `Neovim (nvim) is not on PATH and installing it failed: \`${tried}\` ` +
      `${result.error ? `could not run (${result.error.message})` : `exited with ${result.status ?? result.signal}`}; ` +
      `install Debian's neovim package (apt-get install -y neovim) and run again.\n${output}`,
  );
}

let neovim = "";
before(() => {
  assert.ok(fs.existsSync(SERVER), `${path.relative(ROOT, SERVER)} is missing: run \`npm run build\` first`);
  neovim = ensureNeovim();
  const m = /NVIM v(\d+)\.(\d+)/.exec(neovim);
  assert.ok(m && (Number(m[1]) > 0 || Number(m[2]) >= 7), `this test needs Neovim 0.7 or newer, found "${neovim}"`);
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
  /** Neovim's LSP log, where the server's stderr ends up. */
  lspLog: string;
}

/** Runs the Lua script in a headless Neovim; kills nvim and its server (one process group) past RUN_MS. */
function runNeovim(dir: string, env: Record<string, string>): Promise<Run> {
  const started = Date.now();
  const child = spawn("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-c", `luafile ${SCRIPT.replace(/([ \\|"])/g, "\\$1")}`], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so that a kill reaches the server and its worker too
    env: {
      ...process.env,
      // Keep Neovim's own files (lsp.log, shada, swap) inside the temporary folder.
      XDG_CONFIG_HOME: path.join(dir, "xdg", "config"),
      XDG_DATA_HOME: path.join(dir, "xdg", "data"),
      XDG_CACHE_HOME: path.join(dir, "xdg", "cache"),
      XDG_STATE_HOME: path.join(dir, "xdg", "state"),
      NVIM_LOG_FILE: path.join(dir, "xdg", "nvim.log"),
      GRIMOIRE_SERVER: SERVER,
      GRIMOIRE_NODE: process.execPath,
      GRIMOIRE_TIMEOUT_MS: String(STEP_MS),
      ...env,
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  const killGroup = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup();
  }, RUN_MS);
  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start nvim: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      killGroup(); // a server that outlived nvim
      resolve({ code, signal, stdout, stderr, timedOut, ms: Date.now() - started, lspLog: path.join(dir, "xdg", "cache", "nvim", "lsp.log") });
    });
  });
}

function explain(run: Run): string {
  const how = run.timedOut
    ? `hung and was killed after ${RUN_MS} ms (past the script's own ${STEP_MS} ms limit on each step; its last "nvim:" line says how far it got)`
    : `exited with ${run.code ?? run.signal} after ${run.ms} ms`;
  let text = `nvim ${how}\n--- nvim's stderr ---\n${run.stderr.trim()}`;
  if (run.stdout.trim()) text += `\n--- nvim's stdout ---\n${run.stdout.trim()}`;
  // Neovim logs what the server wrote on its stderr (a crash's stack) in lsp.log.
  const log = fs.existsSync(run.lspLog) ? fs.readFileSync(run.lspLog, "utf8").trim() : "";
  if (log.split("\n").length > 1) text += `\n--- ${run.lspLog} (last 20 lines) ---\n${log.split("\n").slice(-20).join("\n")}`;
  return text;
}

interface Workspace {
  dir: string;
  file: string;
  storage: string;
}

function workspace(name: string, text: string): Workspace {
  const dir = scratchDirectory("grimoire-nvim-");
  const file = path.join(dir, "project", name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return { dir, file, storage: path.join(dir, "storage") };
}

/** Runs Neovim on the stub, asserts it succeeded and changed the file, and returns the new text. */
async function synthesizeInNeovim(ws: Workspace, stub: string, filetype: string, name: string): Promise<{ text: string; run: Run }> {
  const run = await runNeovim(ws.dir, {
    GRIMOIRE_STORAGE: ws.storage,
    GRIMOIRE_FILE: ws.file,
    GRIMOIRE_FILETYPE: filetype,
    GRIMOIRE_FUNCTION: name,
  });
  assert.ok(!run.timedOut && run.code === 0, `Neovim did not synthesize ${name} (${neovim}): ${explain(run)}`);
  const text = fs.readFileSync(ws.file, "utf8");
  assert.notEqual(text, stub, `nvim exited 0 but ${ws.file} is unchanged: ${explain(run)}`);
  return { text, run };
}

/** The library store's entries; asserts there is one for `name` whose code is what the file holds. */
function assertRecorded(ws: Workspace, name: string, language: string, text: string): void {
  const file = path.join(ws.storage, "accepted.json");
  assert.ok(fs.existsSync(file), `the server recorded nothing: ${file} does not exist (recordAccepted not executed?)`);
  const store = JSON.parse(fs.readFileSync(file, "utf8")) as { version: number; functions: { name: string; language: string; code: string; sourceUri?: string }[] };
  const entry = store.functions.find((f) => f.name === name);
  assert.ok(entry, `${file} has no entry named ${name}; it has ${JSON.stringify(store.functions.map((f) => f.name))}`);
  assert.equal(entry.language, language, `the store's ${name} entry has the wrong language`);
  assert.ok(text.includes(entry.code), `the store's code for ${name} is not what was inserted:\n${entry.code}\n--- file ---\n${text}`);
  assert.equal(entry.sourceUri, pathToFileURL(ws.file).href, `the store's ${name} entry names the wrong source`);
}

const TS_STUB = `/**
 * The domain of an e-mail address.
 * @example emailDomain("ada@lovelace.org") // => "lovelace.org"
 * @example emailDomain("grace.hopper@navy.mil") // => "navy.mil"
 */
export function emailDomain(email: string): string {
  throw new Error("not implemented");
}
`;

test("Neovim's LSP client synthesizes a TypeScript stub through the Synthesize code action", async (t) => {
  const ws = workspace("email.ts", TS_STUB);
  const { text, run } = await synthesizeInNeovim(ws, TS_STUB, "typescript", "emailDomain");
  t.diagnostic(`${neovim}: ${run.ms} ms`);
  assert.ok(!text.includes("not implemented"), `the stub's body is still there:\n${text}`);
  assert.ok(text.startsWith(TS_STUB.slice(0, TS_STUB.indexOf("export function"))), `the doc comment was changed:\n${text}`);

  let js: string;
  try {
    js = transformSync(text, { loader: "ts", format: "cjs", target: "node20" }).code;
  } catch (error) {
    assert.fail(`the new text does not compile: ${(error as Error).message}\n${text}`);
  }
  const sandbox = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(js, { module: sandbox, exports: sandbox.exports });
  const emailDomain = sandbox.exports.emailDomain as (email: string) => string;
  assert.equal(typeof emailDomain, "function", `the new text exports no emailDomain:\n${text}`);
  for (const [input, expected] of [
    ["ada@lovelace.org", "lovelace.org"],
    ["x@example.com", "example.com"],
    ["first.last@mail.sub.example.co.uk", "mail.sub.example.co.uk"],
  ]) {
    assert.equal(emailDomain(input), expected, `emailDomain(${JSON.stringify(input)}) in:\n${text}`);
  }

  assertRecorded(ws, "emailDomain", "typescript", text);
});

const PY_STUB = `def email_domain(email: str) -> str:
    """The domain of an e-mail address.

    >>> email_domain("ada@lovelace.org")
    'lovelace.org'
    >>> email_domain("grace.hopper@navy.mil")
    'navy.mil'
    """
    raise NotImplementedError
`;

test("Neovim's LSP client synthesizes a Python doctest stub", async (t) => {
  const ws = workspace("email.py", PY_STUB);
  const { text, run } = await synthesizeInNeovim(ws, PY_STUB, "python", "email_domain");
  t.diagnostic(`${neovim}: ${run.ms} ms`);
  assert.ok(!text.includes("raise NotImplementedError"), `the stub's body is still there:\n${text}`);
  assert.match(text, /^\s+return\b/m, `the new body returns nothing:\n${text}`);

  assertRecorded(ws, "email_domain", "python", text);

  // One python3 run (pyenv's shim is slow to start): the new body on unseen inputs, then the file's own doctests.
  const check = `
import doctest, importlib.util, sys
spec = importlib.util.spec_from_file_location("email", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
for given, expected in [("x@example.com", "example.com"), ("first.last@mail.sub.example.co.uk", "mail.sub.example.co.uk")]:
    got = module.email_domain(given)
    assert got == expected, f"email_domain({given!r}) gave {got!r}, not {expected!r}"
failed, attempted = doctest.testmod(module)
assert attempted == 2 and failed == 0, f"{failed} of {attempted} doctests failed"
`;
  const r = spawnSync("python3", ["-c", check, ws.file], { encoding: "utf8", timeout: 20_000 });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    t.diagnostic("python3 is missing: the synthesized Python body was not run");
    return;
  }
  assert.equal(r.status, 0, `the synthesized Python function is wrong:\n${r.stdout}${r.stderr}\n--- ${ws.file} ---\n${text}`);
});
