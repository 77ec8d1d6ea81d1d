// Grimoire in a real VS Code (code-server + Chromium, see test/e2e/code-server.ts), three ways:
// mode 1 runs test/e2e/host/index.js inside the extension host against the extension's folder;
// mode 2 installs the packaged .vsix and clicks and types as a person would, taking screenshots
// under test/e2e/screenshots/; mode 3 does the same in a multi-root window of two folders, each with
// a project library of its own. The functions Grimoire writes are then run on inputs beyond the examples.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, test } from "node:test";
import * as vm from "node:vm";
import { transformSync } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { OPERATOR_BY_NAME } from "../language-server/engine/operators";
import { apply, constant, lambda, lambdaVar, param, type Program } from "../language-server/engine/program";
import { fnOf, listOf, NUMBER } from "../language-server/engine/types";
import { compileLibraryFunctions, programToJson } from "../language-server/library/library-file";
import { LibraryStore, projectLibraryFile } from "../language-server/library/library-store";
import {
  ROOT,
  ensureInstalled,
  installExtension,
  launchBrowser,
  openWorkbench,
  runExtensionTests,
  runFromPalette,
  startCodeServer,
  outputChannelTail,
  tempDir,
  type CodeServer,
} from "./e2e/code-server";

const FIXTURES = path.join(__dirname, "e2e/fixtures");
const SCREENSHOTS = path.join(__dirname, "e2e/screenshots");
const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
const VSIX = path.join(ROOT, `grimoire-${VERSION}.vsix`);

const NUMS = listOf(NUMBER);
const op = (name: string) => OPERATOR_BY_NAME.get(name)!;
const arith = (name: string, a: Program, b: Program) => apply(op(name), { params: [NUMBER, NUMBER], result: NUMBER }, [a, b]);
const mapNums = (list: Program, body: Program) => apply(op("map"), { params: [NUMS, fnOf([NUMBER], NUMBER)], result: NUMS }, [list, lambda([NUMBER], body)]);
/** map(xs, (x) => mod(add(x, k), n)): the Caesar-shift family, which the accepted functions below share. */
const caesar = (k: number, n: number) => mapNums(param(0, NUMS), arith("mod", arith("add", lambdaVar(0, NUMBER), constant(k, NUMBER)), constant(n, NUMBER)));

/** A fixture folder, with a project library (.grimoire/library.json, format version 1) of one function. */
function workspace(): string {
  const dir = tempDir("ws");
  fs.cpSync(FIXTURES, dir, { recursive: true });
  const doubleEach = mapNums(param(0, NUMS), arith("mul", lambdaVar(0, NUMBER), constant(2, NUMBER)));
  const project = { version: 1, functions: [{ name: "doubleEach", params: [NUMS], result: NUMS, body: programToJson(doubleEach), cost: 4, uses: 2, tasks: ["double", "twice"] }] };
  fs.mkdirSync(path.join(dir, ".grimoire"));
  fs.writeFileSync(path.join(dir, ".grimoire", "library.json"), JSON.stringify(project, null, 2));
  return dir;
}

/**
 * A user data folder whose Grimoire store already holds three accepted Caesar shifts with their
 * programs (as if accepted earlier), so that learning has something shared to find.
 */
function userDataWithAccepted(): string {
  const dir = tempDir("ud");
  const store = path.join(dir, "User", "globalStorage", "grimoire.grimoire");
  fs.mkdirSync(store, { recursive: true });
  const functions = ([[2, 5], [3, 4], [1, 7]] as const).map(([k, n], i) => ({
    id: `seed-${i}`,
    name: `shift${k}mod${n}`,
    signature: `shift${k}mod${n}(xs: number[]): number[]`,
    language: "typescript",
    acceptedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    examples: [`shift${k}mod${n}([1]) => [${(1 + k) % n}]`],
    code: `function shift${k}mod${n}(xs: number[]): number[] {\n  return xs.map((x) => (x + ${k}) % ${n});\n}\n`,
    taskKey: `seed-key-${i}`,
    program: programToJson(caesar(k, n)),
  }));
  fs.writeFileSync(path.join(store, "accepted.json"), JSON.stringify({ version: 1, functions }, null, 2));
  return dir;
}

/** Packages the extension unless a .vsix newer than the bundles and the manifest is there. */
function ensureVsix(): void {
  const inputs = ["dist/extension.js", "dist/server.js", "dist/search-worker.js", "package.json"].map((f) => path.join(ROOT, f));
  const newest = Math.max(...inputs.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : Infinity)));
  if (fs.existsSync(VSIX) && fs.statSync(VSIX).mtimeMs >= newest) return;
  const run = spawnSync("npm", ["run", "package"], { cwd: ROOT, encoding: "utf8", timeout: 300_000 });
  assert.equal(run.status, 0, `npm run package failed:\n${run.stdout}${run.stderr}`);
  assert.ok(fs.existsSync(VSIX), `npm run package did not write ${VSIX}`);
}

before(
  async () => {
    await ensureInstalled();
    ensureVsix();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  },
  { timeout: 20 * 60_000 },
);

/** Compiles a TypeScript file with esbuild and returns its top-level functions, exported or not. */
function loadTypeScript(file: string): Record<string, (...args: unknown[]) => unknown> {
  const js = transformSync(fs.readFileSync(file, "utf8"), { loader: "ts", format: "cjs" }).code;
  const module = { exports: {} };
  // A script's top-level function declarations become properties of its context.
  const context = vm.createContext({ module, exports: module.exports });
  vm.runInContext(js, context);
  return context as Record<string, (...args: unknown[]) => unknown>;
}

/** Runs a Python file's doctests, then evaluates an expression with the file's functions in scope. */
function evalPython(file: string, expression: string): unknown {
  const script = `import doctest, json, sys, types
module = types.ModuleType("grimoire_e2e")
exec(compile(open(sys.argv[1]).read(), sys.argv[1], "exec"), module.__dict__)
result = doctest.testmod(module)
assert result.failed == 0, f"{result.failed} doctests failed"
print(json.dumps(eval(sys.argv[2], module.__dict__)))`;
  const out = execFileSync("python3", ["-c", script, file, expression], { encoding: "utf8", timeout: 30_000 });
  return JSON.parse(out);
}

test("mode 1: code actions, Synthesize at Cursor and the Library through the VS Code API", { timeout: 180_000 }, async () => {
  const folder = workspace();
  const server = await startCodeServer();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const result = await runExtensionTests({
      server,
      browser,
      folder,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, "e2e/host/index.js"),
      timeoutMs: 120_000,
    });
    const resultsFile = path.join(folder, ".e2e-results.json");
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, "utf8")) : undefined;
    const logs = `--- extension host output ---\n${result.logs.slice(-40).join("\n")}`;
    assert.equal(result.code, 0, `the extension tests failed: ${results?.error ?? "(no results file)"}\n${logs}`);
    assert.ok(results?.ok, `no results from the extension host\n${logs}`);

    // The new TypeScript functions, compiled and run beyond their examples.
    const ts = loadTypeScript(path.join(folder, "strings.ts"));
    assert.equal(ts.titleCase("grace brewster murray hopper"), "Grace Brewster Murray Hopper");
    assert.equal(ts.emailDomain("alan.turing@bletchley.co.uk"), "bletchley.co.uk");
    assert.doesNotMatch(results.typescript, /not implemented/);
    // The Python function passes its own doctests and works on an unseen list.
    assert.deepEqual(evalPython(path.join(folder, "lists.py"), "evens([10, 11, 12, 13, 14, -2])"), [10, 12, 14, -2]);
    assert.deepEqual([...results.library].sort(), ["emailDomain", "evens", "titleCase"]);
    assert.deepEqual(results.learned, ["doubleEach"], "the project library's function is listed as learned");
    // Inserted as a Python helper (and still passing the doctests above), then renamed and pinned.
    // Python has it under its PEP 8 name.
    assert.deepEqual(evalPython(path.join(folder, "lists.py"), "double_each([1, 2, 3])"), [2, 4, 6]);
    assert.equal(results.renamed.name, "doubled");
    assert.equal(results.renamed.scope, "project");
    assert.ok(results.lenses.some((t: string) => /Synthesize from 2 examples|✓ solved in/.test(t)), JSON.stringify(results.lenses));
  } finally {
    await browser?.close();
    await server.stop();
  }
});

// ------------------------------------------------------------------------------------ mode 2

/** Polls an assertion (saving the editor first, so the file on disk is what the editor shows). */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

async function savedText(page: Page, file: string): Promise<string> {
  await page.keyboard.press("Control+S");
  await new Promise((r) => setTimeout(r, 200));
  return fs.readFileSync(file, "utf8");
}

async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, name);
  // Park the pointer on empty editor space so no hover tooltip covers the view.
  await page.mouse.move(1000, 700);
  await page.screenshot({ path: file });
  return file;
}

/** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column. */
async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
}

/** Opens the code-action menu (Ctrl+.) until it offers an item matching `title`, retrying while the server warms up. */
async function openCodeActions(page: Page, title: RegExp, timeoutMs = 60_000): Promise<void> {
  const item = page.locator(".action-widget .monaco-list-row", { hasText: title });
  const deadline = Date.now() + timeoutMs;
  while (true) {
    await page.keyboard.press("Control+.");
    try {
      await item.first().waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      await page.keyboard.press("Escape");
      if (Date.now() > deadline) throw new Error(`no code action matching ${title} after ${timeoutMs} ms`, { cause: error });
    }
  }
}

/** Picks an item of the open code-action menu with the keyboard (a pointer block lies over the menu for clicks). */
async function chooseCodeAction(page: Page, title: RegExp): Promise<void> {
  const focused = page.locator(".action-widget .monaco-list-row.focused");
  for (let i = 0; i < 20; i++) {
    if (title.test((await focused.getAttribute("aria-label")) ?? "")) {
      await page.keyboard.press("Enter");
      await page.locator(".action-widget").waitFor({ state: "hidden" });
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`the code-action menu has no item matching ${title}`);
}

async function answerInputBox(page: Page, number: number, text: string): Promise<void> {
  await page.locator(".quick-input-widget .quick-input-title", { hasText: `example ${number}` }).waitFor({ timeout: 20_000 });
  const input = page.locator(".quick-input-widget input");
  await input.fill(text);
  await page.keyboard.press("Enter");
}

test("mode 2: a person synthesizes from the code-action menu and the palette, and sees the Library", { timeout: 180_000 }, async () => {
  fs.rmSync(path.join(SCREENSHOTS, "failure.png"), { force: true });
  const folder = workspace();
  const file = path.join(folder, "strings.ts");
  const extensionsDir = tempDir("ext");
  installExtension(VSIX, extensionsDir);
  // Helpers, so that the learned function shows by name in the filled code; no idle-time learning, which would race the command.
  const server: CodeServer = await startCodeServer({
    extensionsDir,
    userDataDir: userDataWithAccepted(),
    settings: { "grimoire.library.emit": "helper", "grimoire.library.autoLearnAfter": 0 },
  });
  let browser: Browser | undefined;
  let page: Page | undefined;
  let stepName = "open the workbench";
  try {
    browser = await launchBrowser();
    page = await openWorkbench(browser, server, folder);

    stepName = "open strings.ts";
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "strings.ts" }).click();
    await page.locator(".editor-instance .view-lines", { hasText: "titleCase" }).waitFor();

    stepName = "the code lens on titleCase";
    // The lens shows the server has read the file, so the first Ctrl+. already offers the action.
    await page.locator(".codelens-decoration", { hasText: /Synthesize from 2 examples|solved in/ }).first().waitFor({ timeout: 60_000 });

    stepName = "the code-action menu on titleCase";
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes("function titleCase")) + 1;
    await goTo(page, line, lines[line - 1].indexOf("titleCase") + 2);
    await openCodeActions(page, /Synthesize titleCase from 2 examples/);
    await shot(page, "code-actions.png");

    stepName = "choose Synthesize titleCase";
    await chooseCodeAction(page, /Synthesize titleCase from 2 examples/);
    await eventually("titleCase to be written", async () => {
      const text = await savedText(page!, file);
      // A read while the editor saves can find the file empty: only a whole file with titleCase filled counts.
      const titleCase = /function titleCase[^]*?(?=function emailDomain)/.exec(text)?.[0];
      return titleCase && /return /.test(titleCase) && !/throw new Error/.test(titleCase) ? text : undefined;
    });
    await shot(page, "synthesized.png");

    stepName = "Synthesize from Examples";
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await runFromPalette(page, "Grimoire: Synthesize from Examples");
    await answerInputBox(page, 1, 'initials("Ada Lovelace") => "A.L."');
    await answerInputBox(page, 2, 'initials("Grace Hopper") => "G.H."');
    await answerInputBox(page, 3, "");
    await eventually("initials to be inserted", async () => {
      const text = await savedText(page!, file);
      return /function initials/.test(text) ? text : undefined;
    });
    const functions = loadTypeScript(file);
    assert.equal(functions.titleCase("grace brewster murray hopper"), "Grace Brewster Murray Hopper");
    assert.equal(functions.initials("Alan Turing"), "A.T.");

    stepName = "the Library view";
    await page.locator(".activitybar .action-label[aria-label^='Grimoire']").click();
    const library = page.locator(".sidebar .pane", { hasText: "Library" });
    await library.locator(".monaco-list-row", { hasText: "titleCase" }).waitFor({ timeout: 30_000 });
    await library.locator(".monaco-list-row", { hasText: "initials" }).waitFor({ timeout: 30_000 });
    await library.locator(".monaco-list-row", { hasText: "titleCase" }).click();
    await library.locator(".monaco-list-row", { hasText: "hello world" }).waitFor();
    await shot(page, "library.png");

    stepName = "the learned functions group";
    // The project library's function is there before any learning, marked as the project's.
    await library.locator(".monaco-list-row", { hasText: "Learned functions" }).waitFor({ timeout: 30_000 });
    await library.locator(".monaco-list-row", { hasText: "doubleEach" }).waitFor({ timeout: 30_000 });
    assert.ok((await library.locator(".monaco-list-row", { hasText: "doubleEach" }).innerText()).includes("project"));

    stepName = "Learn from Solved Functions";
    await runFromPalette(page, "Grimoire: Learn from Solved Functions");
    // Besides the shift family, the accepted string functions may share a piece (a first character, say).
    const learnedMessage = page.locator(".notifications-toasts .notification-toast", { hasText: /Learned \d+ functions? from \d+ solved functions/ });
    await learnedMessage.waitFor({ timeout: 60_000 });
    const learnedNames = /solved functions: ([\w, ]+)\./.exec(await learnedMessage.innerText())![1].split(", ");
    // Expand each learned function. The view may be refreshed just after the message (the library
    // file changed), so a click can land on a row that is then drawn again: click until expanded.
    // The pointer leaves the view after each click, or the row's hover would cover the next row.
    for (const name of learnedNames) {
      await eventually(`${name} expanded in the Library view`, async () => {
        await page!.mouse.move(900, 700);
        const row = library.locator(".monaco-list-row", { hasText: name }).first();
        if ((await row.getAttribute("aria-expanded", { timeout: 5_000 }).catch(() => null)) === "true") return true;
        await row.click({ timeout: 5_000 }).catch(() => undefined);
        return undefined;
      });
    }
    // The shift family's function: its body, and its uses by the three shifts.
    await library.locator(".monaco-list-row", { hasText: "map(a, (x) => mod(add(x, b), c))" }).waitFor({ timeout: 30_000 });
    await library.locator(".monaco-list-row", { hasText: /used 3 times by 3 functions: shift/ }).waitFor();
    await shot(page, "learned.png");

    stepName = "a synthesized function calls the learned function as a helper";
    await page.keyboard.press("Control+Shift+E");
    const shifts = path.join(folder, "shifts.ts");
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "shifts.ts" }).click();
    await page.locator(".editor-instance .view-lines", { hasText: "shift4" }).waitFor();
    const shiftLines = fs.readFileSync(shifts, "utf8").split("\n");
    const shiftLine = shiftLines.findIndex((l) => l.includes("function shift4")) + 1;
    await goTo(page, shiftLine, shiftLines[shiftLine - 1].indexOf("shift4") + 2);
    await openCodeActions(page, /Synthesize shift4 from 3 examples/);
    await chooseCodeAction(page, /Synthesize shift4 from 3 examples/);
    const filled = await eventually("shift4 to call a learned function", async () => {
      const text = await savedText(page!, shifts);
      return /return \w+\(xs, 4, 7\);/.test(text) ? text : undefined;
    });
    const learnedName = /return (\w+)\(xs, 4, 7\);/.exec(filled)![1];
    assert.ok(learnedNames.includes(learnedName), `${learnedName} is one of ${learnedNames.join(", ")}`);
    assert.equal(filled.split(`function ${learnedName}(`).length - 1, 1, "the helper is defined once");
    assert.deepEqual(loadTypeScript(shifts).shift4([1, 2, 3, 10]), [5, 6, 0, 0]);
    await shot(page, "helper.png");
  } catch (error) {
    const screenshot = page ? await shot(page, "failure.png").catch(() => "(none)") : "(none)";
    const log = outputChannelTail(server.userDataDir, "Grimoire");
    throw new Error(`mode 2 failed at "${stepName}" (screenshot: ${screenshot}): ${(error as Error).message}\n--- Grimoire output ---\n${log}`, { cause: error });
  } finally {
    await browser?.close();
    await server.stop();
  }
});

// ------------------------------------------------------------------------------------ mode 3

/**
 * Writes a folder's project library (.grimoire/library.json) with one learned function of three
 * arguments, map(a, (x) => body(x, b, c)) over a list of numbers, through the library's own store
 * (as learning would), after checking it as a library file is checked when read.
 */
async function writeProjectLibrary(
  folder: string,
  name: string,
  tasks: string[],
  body: (x: Program, b: Program, c: Program) => Program,
): Promise<void> {
  const program = mapNums(param(0, NUMS), body(lambdaVar(0, NUMBER), param(1, NUMBER), param(2, NUMBER)));
  const [operator] = compileLibraryFunctions([{ name, params: [NUMS, NUMBER, NUMBER], result: NUMS, body: programToJson(program), cost: 4, uses: 2, tasks }]);
  await new LibraryStore(projectLibraryFile(folder)).addLearned([{ definition: operator.abstraction!, uses: 2, tasks }]);
}

/**
 * Opens a file by its absolute path through Quick Open (Ctrl+P). Two folders hold a file of the same
 * name, and the list may still show the recently opened one first while it catches up with what was
 * typed: Enter waits until the focused row is the file in this folder, and the breadcrumbs, which
 * start with the folder's name in a multi-root window, say that the editor shows it.
 */
async function openByPath(page: Page, file: string): Promise<void> {
  const folderName = path.basename(path.dirname(file));
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(file);
  await page
    .locator(".quick-input-list .monaco-list-row.focused")
    .filter({ hasText: path.basename(file) })
    .filter({ hasText: folderName })
    .waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  await page.locator(".breadcrumbs-control .monaco-breadcrumb-item").first().filter({ hasText: folderName }).waitFor();
}

/**
 * Fills shift4 of an open shifts.ts from the code-action menu; answers the file once shift4 has a
 * whole body with a return (the file is read just after a save, so it may be read empty or half written).
 */
async function synthesizeShift4(page: Page, file: string): Promise<string> {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const line = lines.findIndex((l) => l.includes("function shift4")) + 1;
  // The lens shows the server has read the file, so the first Ctrl+. already offers the action.
  await page.locator(".codelens-decoration", { hasText: /Synthesize from 3 examples|solved in/ }).first().waitFor({ timeout: 60_000 });
  await goTo(page, line, lines[line - 1].indexOf("shift4") + 2);
  await openCodeActions(page, /Synthesize shift4 from 3 examples/);
  await chooseCodeAction(page, /Synthesize shift4 from 3 examples/);
  return eventually(`shift4 to be written in ${file}`, async () => {
    const text = await savedText(page, file);
    return /function shift4\(xs: number\[\]\): number\[\] \{\n\s*return [^\n]*;\n\}/.test(text) ? text : undefined;
  });
}

test("mode 3: a multi-root window lists each folder's project library and searches each file with its own folder's", { timeout: 180_000 }, async () => {
  // Two folders with the same stub; only tools' project library has the function that solves it.
  const root = tempDir("multi");
  const folders = { app: path.join(root, "app"), tools: path.join(root, "tools") };
  for (const folder of Object.values(folders)) {
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(FIXTURES, "shifts.ts"), path.join(folder, "shifts.ts"));
  }
  await writeProjectLibrary(folders.tools, "shiftWrap", ["shift2mod5", "shift3mod4"], (x, b, c) => arith("mod", arith("add", x, b), c));
  await writeProjectLibrary(folders.app, "scaleAdd", ["celsiusToFahrenheit", "twicePlusOne"], (x, b, c) => arith("add", arith("mul", x, b), c));
  const workspaceFile = path.join(root, "multi.code-workspace");
  fs.writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: "app" }, { path: "tools" }] }, null, 2));

  const extensionsDir = tempDir("ext");
  installExtension(VSIX, extensionsDir);
  const server: CodeServer = await startCodeServer({
    extensionsDir,
    settings: { "grimoire.library.emit": "helper", "grimoire.library.autoLearnAfter": 0 },
  });
  let browser: Browser | undefined;
  let page: Page | undefined;
  let stepName = "open the workspace";
  try {
    browser = await launchBrowser();
    page = await openWorkbench(browser, server, workspaceFile);

    stepName = "the Library view lists both folders' functions";
    await page.locator(".activitybar .action-label[aria-label^='Grimoire']").click();
    const library = page.locator(".sidebar .pane", { hasText: "Library" });
    const row = (name: string) => library.locator(".monaco-list-row", { hasText: name });
    await row("shiftWrap").waitFor({ timeout: 60_000 });
    await row("scaleAdd").waitFor({ timeout: 30_000 });
    assert.match(await row("shiftWrap").innerText(), /project: tools/);
    assert.match(await row("scaleAdd").innerText(), /project: app/);

    stepName = "tools/shifts.ts calls tools' function";
    const toolsFile = path.join(folders.tools, "shifts.ts");
    await openByPath(page, toolsFile);
    const tools = await synthesizeShift4(page, toolsFile);
    assert.match(tools, /return shiftWrap\(xs, 4, 7\);/);
    assert.equal(tools.split("function shiftWrap(").length - 1, 1, "the helper is defined once");
    assert.deepEqual(loadTypeScript(toolsFile).shift4([1, 2, 3, 10]), [5, 6, 0, 0]);

    stepName = "app/shifts.ts is solved without tools' function";
    const appFile = path.join(folders.app, "shifts.ts");
    await openByPath(page, appFile);
    const app = await synthesizeShift4(page, appFile);
    assert.doesNotMatch(app, /shiftWrap/, "tools' project function is not app's");
    assert.deepEqual(loadTypeScript(appFile).shift4([1, 2, 3, 10]), [5, 6, 0, 0]);

    stepName = "the accepted functions say which folder's file they were written in";
    await library.locator(".monaco-list-row", { hasText: "tools/shifts.ts" }).waitFor({ timeout: 30_000 });
    await library.locator(".monaco-list-row", { hasText: "app/shifts.ts" }).waitFor({ timeout: 30_000 });

    stepName = "the screenshot";
    await openByPath(page, toolsFile);
    await row("shiftWrap").click();
    await library.locator(".monaco-list-row", { hasText: "map(a, (x) => mod(add(x, b), c))" }).waitFor();
    // A wider side bar, so that the selected row's inline actions do not cut its description
    // ("project: tools"); then the focus goes back to the editor.
    const sidebar = (await page.locator(".part.sidebar").boundingBox())!;
    await page.mouse.move(sidebar.x + sidebar.width, sidebar.y + 300);
    await page.mouse.down();
    await page.mouse.move(sidebar.x + sidebar.width + 140, sidebar.y + 300, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.press("Control+1");
    await shot(page, "library-multi-root.png");
  } catch (error) {
    const screenshot = page ? await shot(page, "failure.png").catch(() => "(none)") : "(none)";
    const log = outputChannelTail(server.userDataDir, "Grimoire");
    throw new Error(`mode 3 failed at "${stepName}" (screenshot: ${screenshot}): ${(error as Error).message}\n--- Grimoire output ---\n${log}`, { cause: error });
  } finally {
    await browser?.close();
    await server.stop();
  }
});
