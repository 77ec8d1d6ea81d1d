// Extension tests that run inside VS Code's extension host (loaded through extensionTestsPath by
// test/e2e.test.ts). They drive Grimoire through the public `vscode` API, save the files and write
// what they saw to .e2e-results.json in the workspace; the outer test runs the new functions.
// Plain CommonJS: the extension host loads it as is, without a compiler.
const assert = require("assert");
const fs = require("fs");
const path = require("path");
const vscode = require("vscode");

const EXTENSION_ID = "grimoire.grimoire";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns something truthy; fails with what it waited for instead of hanging. */
async function waitFor(what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(250);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last.message})` : ""}`);
}

async function withTimeout(what, promise, timeoutMs = 60_000) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms: ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function positionOf(document, needle) {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is not in ${document.fileName}`);
  return document.positionAt(offset);
}

/** Asks for the code actions at a function's name until Grimoire's Synthesize action is there, resolved. */
async function synthesizeAction(document, name, title) {
  const at = positionOf(document, name);
  const range = new vscode.Range(at, at);
  const titles = [];
  const offered = await waitFor(`the code action "${title}" on ${name}`, async () => {
    const actions = await vscode.commands.executeCommand("vscode.executeCodeActionProvider", document.uri, range);
    titles.splice(0, titles.length, ...(actions ?? []).map((a) => a.title));
    return (actions ?? []).find((a) => a.title === title);
  }).catch((error) => {
    throw new Error(`${error.message}; offered: ${JSON.stringify(titles)}`);
  });
  assert.ok(!offered.edit, "the Synthesize action is resolved lazily, so it has no edit before resolve");
  // The fourth argument makes VS Code resolve the first N actions (codeAction/resolve: the search).
  const resolved = await withTimeout(
    `resolving "${title}"`,
    waitFor(`a resolved "${title}" with an edit`, async () => {
      const actions = await vscode.commands.executeCommand("vscode.executeCodeActionProvider", document.uri, range, undefined, 10);
      return (actions ?? []).find((a) => a.title === title && a.edit);
    }),
  );
  return resolved;
}

/** Applies the action's edit as the editor does; the server records the function when it sees the edit land. */
async function applyAction(action) {
  assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" was refused`);
}

async function open(folder, file) {
  const document = await vscode.workspace.openTextDocument(path.join(folder, file));
  await vscode.window.showTextDocument(document);
  return document;
}

async function lensTitles(document) {
  const lenses = await vscode.commands.executeCommand("vscode.executeCodeLensProvider", document.uri, 10);
  return (lenses ?? []).map((l) => (l.command ? l.command.title : ""));
}

async function run() {
  const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
  const results = { steps: [] };
  const step = (name) => {
    results.steps.push(name);
    console.log(`[e2e host] ${name}`);
  };
  try {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);

    // TypeScript: the lens, then the code action on titleCase, resolved and applied.
    step("open strings.ts");
    const ts = await open(folder, "strings.ts");
    const api = await withTimeout("activating the extension", extension.activate(), 30_000);
    assert.ok(api && api.library && api.client, "activate() returns { client, library }");
    results.lenses = await waitFor("a lens on titleCase", async () => {
      const titles = await lensTitles(ts);
      return titles.some((t) => /^(Synthesize from 2 examples|✓ solved in .+)$/.test(t)) ? titles : undefined;
    });
    step(`lenses: ${JSON.stringify(results.lenses)}`);
    const action = await synthesizeAction(ts, "titleCase(text", "Synthesize titleCase from 2 examples");
    step("resolved the titleCase action");
    await applyAction(action);
    await waitFor("the titleCase stub to be replaced", () => !/titleCase\(text: string\): string \{\s*throw/.test(ts.getText()));

    // Synthesize at Cursor, the command the lenses run, on emailDomain.
    step("grimoire.synthesizeAtCursor on emailDomain");
    const at = positionOf(ts, "emailDomain(email");
    const done = await withTimeout(
      "grimoire.synthesizeAtCursor",
      vscode.commands.executeCommand("grimoire.synthesizeAtCursor", ts.uri.toString(), { line: at.line, character: at.character }),
    );
    assert.strictEqual(done, true, "grimoire.synthesizeAtCursor answers true once the edit is applied");
    assert.ok(await ts.save(), "strings.ts saved");
    results.typescript = ts.getText();

    // Python: the doctest stub.
    step("open lists.py");
    const py = await open(folder, "lists.py");
    const pyAction = await synthesizeAction(py, "evens(xs", "Synthesize evens from 3 examples");
    await applyAction(pyAction);
    await waitFor("the evens stub to be replaced", () => !/raise NotImplementedError/.test(py.getText()));
    assert.ok(await py.save(), "lists.py saved");
    results.python = py.getText();

    // The Library view lists what was accepted (its focus command is contributed by the view).
    step("grimoire.library.focus");
    await vscode.commands.executeCommand("grimoire.library.focus");
    results.library = await waitFor("titleCase, emailDomain and evens in the Library", async () => {
      await api.library.getChildren();
      const names = api.library.entries.map((e) => e.name);
      return ["titleCase", "emailDomain", "evens"].every((n) => names.includes(n)) ? names : undefined;
    });
    step(`library: ${JSON.stringify(results.library)}`);
    // The project library's function (the fixture's .grimoire/library.json) is listed among the learned ones.
    results.learned = await waitFor("the project library's function in the Library", async () => {
      await api.library.getChildren();
      return api.library.learned.length > 0 ? api.library.learned.map((f) => f.name) : undefined;
    });

    // Insert it into lists.py at the end: a Python helper, once; asking again inserts nothing.
    step("grimoire.library.insert on doubleEach");
    const node = { kind: "learned", fn: api.library.learned[0] };
    const pyEditor = await vscode.window.showTextDocument(py);
    const end = py.positionAt(py.getText().length);
    pyEditor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand("grimoire.library.insert", node);
    // Python gets it under its PEP 8 name.
    await waitFor("double_each in lists.py", () => /def double_each\(a: list\[int\]\) -> list\[int\]:\n    return \[x \* 2 for x in a\]/.test(py.getText()));
    await vscode.commands.executeCommand("grimoire.library.insert", node);
    assert.strictEqual(py.getText().split("def double_each").length - 1, 1, "inserted once");
    assert.ok(await py.save(), "lists.py saved");
    results.python = py.getText();

    // Rename and pin it: the project's .grimoire/library.json changes, and the view follows.
    step("rename and pin doubleEach");
    await vscode.commands.executeCommand("grimoire.library.rename", node, "doubled");
    await vscode.commands.executeCommand("grimoire.library.pin", { kind: "learned", fn: { ...node.fn, name: "doubled" } });
    results.renamed = await waitFor("doubled, pinned, in the project library", async () => {
      await api.library.getChildren();
      const fn = api.library.learned.find((f) => f.name === "doubled");
      return fn && fn.pinned ? fn : undefined;
    });
    const projectFile = JSON.parse(fs.readFileSync(path.join(folder, ".grimoire", "library.json"), "utf8"));
    assert.deepStrictEqual(projectFile.functions.map((f) => [f.name, f.pinned]), [["doubled", true]]);
    results.ok = true;
  } catch (error) {
    results.error = error && error.stack ? error.stack : String(error);
    console.error(`[e2e host] failed: ${results.error}`);
    throw error;
  } finally {
    fs.writeFileSync(path.join(folder, ".e2e-results.json"), JSON.stringify(results, null, 2));
  }
}

module.exports = { run };
