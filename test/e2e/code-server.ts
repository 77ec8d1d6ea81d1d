// A real VS Code for the end-to-end tests: code-server (the VS Code server and web workbench) on
// a loopback port with a throwaway profile, driven by Debian's Chromium through playwright-core.
// See /work/shared/recipes/vscode-e2e.md for why this and not @vscode/test-electron (offline).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const TOOLS = process.env.GRIMOIRE_E2E_TOOLS ?? path.join(os.homedir(), ".cache/grimoire-e2e");
export const CODE_SERVER = path.join(TOOLS, "node_modules/.bin/code-server");
export const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// Children still running when node exits (a crash, a timed-out test, Ctrl+C) are killed here.
const running = new Set<ChildProcess>();
const temporary: string[] = [];
process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
  if (process.env.GRIMOIRE_E2E_KEEP !== "1") for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  // process.exit runs the "exit" handlers above (and playwright-core's, which close Chromium).
  process.once(signal, () => process.exit(128 + os.constants.signals[signal]));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Runs install.sh (a no-op when all is there), showing its progress on stderr as it goes; throws
 * with its complaint when it cannot install.
 */
export async function ensureInstalled(timeoutMs = 15 * 60_000): Promise<void> {
  const child = spawn("bash", [path.join(__dirname, "install.sh")], { stdio: ["ignore", "ignore", "pipe"], detached: true });
  running.add(child);
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => {
    stderr += d.toString();
    process.stderr.write(d);
  });
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.once("error", (error) => {
      stderr += String(error);
      resolve([null, null]);
    });
    child.once("exit", (c, s) => resolve([c, s]));
  });
  clearTimeout(timer);
  running.delete(child);
  if (code !== 0) throw new Error(`test/e2e/install.sh failed (exit ${code ?? signal}):\n${stderr}`);
}

/** A temporary folder, removed when the process exits unless GRIMOIRE_E2E_KEEP=1 (to look at after a failure). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `grimoire-e2e-${prefix}-`));
  temporary.push(dir);
  return dir;
}

/**
 * The last lines of an extension's output channel, as the extension host logged it under the user
 * data folder (logs/<session>/exthost<N>/output_logging_<time>/<N>-<channel>.log); a failed run shows
 * them so that what the server did is known without keeping the folder.
 */
export function outputChannelTail(userDataDir: string, channel: string, lines = 40): string {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < 4) walk(full, depth + 1);
      else if (entry.isFile() && entry.name.endsWith(`-${channel}.log`)) found.push(full);
    }
  };
  const logs = path.join(userDataDir, "logs");
  if (fs.existsSync(logs)) walk(logs, 0);
  if (found.length === 0) return `(no ${channel} output log under ${logs})`;
  return found.map((file) => fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")).join("\n");
}

/** Packages an extension folder with the project's vsce; returns the .vsix path. */
export function packageExtension(folder: string, out = path.join(folder, "extension.vsix")): string {
  const vsce = path.join(ROOT, "node_modules/.bin/vsce");
  const run = spawnSync(vsce, ["package", "--no-dependencies", "--allow-missing-repository", "--skip-license", "--out", out], {
    cwd: folder,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`vsce package failed in ${folder}:\n${run.stdout}${run.stderr}`);
  return out;
}

/** Installs a .vsix into an extensions folder (code-server does it without starting a window). */
export function installExtension(vsix: string, extensionsDir: string): void {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-e2e-ud-install-"));
  const run = spawnSync(
    CODE_SERVER,
    ["--user-data-dir", userDataDir, "--extensions-dir", extensionsDir, "--force", "--install-extension", vsix],
    { encoding: "utf8", timeout: 120_000, env: isolatedEnv(userDataDir) },
  );
  fs.rmSync(userDataDir, { recursive: true, force: true });
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${run.status ?? run.signal}):\n${output}`);
  }
}

// code-server writes a config file and logs under XDG folders; keep them out of the real home.
function isolatedEnv(dir: string): NodeJS.ProcessEnv {
  // code-server leaves its IPC sockets in the temporary folder; one inside `dir` goes with it.
  const tmp = path.join(dir, "tmp");
  fs.mkdirSync(tmp, { recursive: true });
  return {
    ...process.env,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(dir, "xdg-config"),
    XDG_DATA_HOME: path.join(dir, "xdg-data"),
    VSCODE_PROXY_URI: "",
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  userDataDir: string;
  extensionsDir: string;
  /** What code-server printed so far. */
  logs(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Folder the window opens when the URL names none. */
  folder?: string;
  extensionsDir?: string;
  userDataDir?: string;
  /** User settings, on top of DEFAULT_SETTINGS. */
  settings?: Record<string, unknown>;
  timeoutMs?: number;
}

// A quiet window: no welcome page or walkthrough stealing focus from the palette, no prompts.
export const DEFAULT_SETTINGS: Record<string, unknown> = {
  "workbench.startupEditor": "none",
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "extensions.ignoreRecommendations": true,
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "chat.commandCenter.enabled": false,
  "editor.minimap.enabled": false,
};

/** Starts code-server and resolves once its HTTP port answers. */
export async function startCodeServer(options: StartOptions = {}): Promise<CodeServer> {
  const userDataDir = options.userDataDir ?? tempDir("ud");
  const extensionsDir = options.extensionsDir ?? tempDir("ext");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    "--auth", "none",
    "--bind-addr", `127.0.0.1:${port}`,
    "--config", path.join(userDataDir, "config.yaml"),
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
    "--user-data-dir", userDataDir,
    "--extensions-dir", extensionsDir,
    ...(options.folder ? [options.folder] : []),
  ];
  fs.writeFileSync(path.join(userDataDir, "config.yaml"), "auth: none\ncert: false\n");
  fs.mkdirSync(path.join(userDataDir, "User"), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, "User/settings.json"), JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }, null, 2));
  // A process group of its own, so that stop() also ends the extension host and language servers.
  const child = spawn(CODE_SERVER, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env: isolatedEnv(userDataDir) });
  running.add(child);
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  exited.then(() => running.delete(child));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    killGroup(child, "SIGKILL"); // children that outlived code-server (extension host, language server)
  };

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (true) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before answering:\n${output}`);
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${origin} within ${options.timeoutMs ?? 30_000} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, origin, userDataDir, extensionsDir, logs: () => output, stop };
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run test/e2e/install.sh`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * Runs a command by its title from the palette (F1). The palette filters once per keystroke, and
 * commands of extensions appear only once the extension host has scanned them, so retry until then.
 */
export async function runFromPalette(
  page: Page,
  title: string,
  options: { timeoutMs?: number; beforeRun?: () => Promise<unknown> } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  const input = page.locator(".quick-input-widget input");
  const row = page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first();
  while (true) {
    await page.keyboard.press("F1");
    await input.waitFor();
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 3_000 });
      break;
    } catch (error) {
      await page.keyboard.press("Escape");
      if (Date.now() > deadline) throw new Error(`no command titled "${title}" in the palette after ${timeoutMs} ms`, { cause: error });
    }
  }
  await options.beforeRun?.();
  await row.click();
}

/**
 * The workbench URL that opens a folder, or a multi-root workspace when given a .code-workspace
 * file, optionally with VS Code's test payload.
 */
export function workbenchUrl(server: CodeServer, folder: string, payload?: [string, string][]): string {
  const query = new URLSearchParams(folder.endsWith(".code-workspace") ? { workspace: folder } : { folder });
  if (payload) query.set("payload", JSON.stringify(payload));
  return `${server.origin}/?${query}`;
}

/** Opens a folder (or a .code-workspace file, see workbenchUrl) in a new page and waits for the workbench to be on screen. */
export async function openWorkbench(browser: Browser, server: CodeServer, folder: string, timeoutMs = 60_000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(20_000);
  await page.goto(workbenchUrl(server, folder));
  await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: timeoutMs });
  // The explorer shows the folder (a workspace's folders) once the remote file system is connected.
  await page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ timeout: timeoutMs });
  return page;
}

export interface ExtensionTestsResult {
  code: number;
  /** What the extension host printed (console.log and errors of the tests and the extensions). */
  logs: string[];
  /** The browser's console: the workbench's own messages. */
  console: string[];
}

export interface ExtensionTestsOptions {
  server: CodeServer;
  browser: Browser;
  folder: string;
  /** Absolute path of the extension's folder on this machine (the one with package.json). */
  extensionDevelopmentPath: string;
  /** Absolute path of a CommonJS module exporting `run(): Promise<void>`. */
  extensionTestsPath: string;
  timeoutMs?: number;
}

/**
 * "Mode 1": runs extension tests inside VS Code's extension host, like @vscode/test-electron.
 * The workbench reports the exit code of run() through window.codeAutomationExit.
 */
export async function runExtensionTests(options: ExtensionTestsOptions): Promise<ExtensionTestsResult> {
  const { server, browser } = options;
  const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const logs: string[] = [];
  const console: string[] = [];
  const page = await browser.newPage();
  try {
    const exit = new Promise<number>((resolve) => {
      void page.exposeFunction("codeAutomationExit", (code: number) => resolve(code));
    });
    await page.exposeFunction("codeAutomationLog", (type: string, args: unknown[]) => {
      logs.push(`[${type}] ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}`);
    });
    page.on("console", (m) => console.push(`[${m.type()}] ${m.text()}`));
    page.on("pageerror", (e) => console.push(`[pageerror] ${e.message}`));
    await page.goto(
      workbenchUrl(server, options.folder, [
        ["extensionDevelopmentPath", remote(options.extensionDevelopmentPath)],
        ["extensionTestsPath", remote(options.extensionTestsPath)],
      ]),
    );
    const timeoutMs = options.timeoutMs ?? 120_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`extension tests did not finish within ${timeoutMs} ms; logs:\n${logs.join("\n")}\ncode-server:\n${server.logs()}`)),
        timeoutMs,
      );
    });
    try {
      return { code: await Promise.race([exit, timeout]), logs, console };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await page.close().catch(() => undefined);
  }
}
