// The bundled language server driven over --stdio with vscode-jsonrpc, as an editor would drive it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, test } from "node:test";
import { transformSync } from "esbuild";
import { CancellationTokenSource } from "vscode-jsonrpc/node";
import { applyLspEdits, TestClient, type Diagnostic } from "./support/lsp-client";

interface Action {
  title: string;
  kind?: string;
  data?: unknown;
  edit?: { documentChanges?: { textDocument: { uri: string; version: number }; edits: { range: Diagnostic["range"]; newText: string }[] }[]; changes?: Record<string, { range: Diagnostic["range"]; newText: string }[]> };
  command?: { command: string; arguments?: unknown[] };
}
interface Lens { range: Diagnostic["range"]; command?: { title: string; command: string; arguments?: unknown[] } }

const STRINGS = `/**
 * The domain of an e-mail address.
 * @example emailDomain("ada@lovelace.org") // => "lovelace.org"
 * @example emailDomain("grace.hopper@navy.mil") // => "navy.mil"
 */
export function emailDomain(email: string): string {
  throw new Error("not implemented");
}

/**
 * @example shout("hi") // => "HI!"
 * @example shout(hey) // => "HEY!"
 */
export function shout(s: string): string {
  return "";
}

export function untouched(n: number): number {
  return n + 1;
}
`;

const PYTHON = `def total_length(words: list[str]) -> int:
    """
    >>> total_length(["ab", "c"])
    3
    >>> total_length(["hello", "world", "!"])
    11
    """
    raise NotImplementedError
`;

/** Runs emitted TypeScript function text in node (type annotations stripped by esbuild). */
function runTypeScript(source: string, call: string): unknown {
  const js = transformSync(`${source}\n;globalThis.__result = ${call};`, { loader: "ts", format: "cjs" }).code;
  const sandbox: { __result?: unknown } = {};
  new Function("globalThis", "exports", js)(sandbox, {});
  return sandbox.__result;
}

function at(line: number, character = 2) {
  return { start: { line, character }, end: { line, character } };
}

describe("language server over stdio", () => {
  let client: TestClient;
  let storage: string;
  const uri = "file:///workspace/strings.ts";

  before(async () => {
    storage = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-lsp-"));
    client = await TestClient.start({ storagePath: storage, settings: { timeoutSeconds: 10, backgroundDelayMs: 50 }, clientCommands: true });
    client.open(uri, "typescript", STRINGS);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(storage, { recursive: true, force: true });
  });

  test("a malformed example gets an error diagnostic on its exact range", async () => {
    const published = await client.until(() => client.diagnostics.get(uri), 20_000, "diagnostics");
    assert.equal(published.diagnostics.length, 1, JSON.stringify(published.diagnostics));
    const [d] = published.diagnostics;
    assert.equal(d.severity, 1);
    const line = STRINGS.split("\n")[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), "hey");
    assert.match(d.message, /hey/);
  });

  test("listing actions answers at once and carries no edit; resolve fills the stub and the function works", async () => {
    const started = performance.now();
    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: at(2),
      context: { diagnostics: [] },
    })) as Action[];
    const listMs = performance.now() - started;
    const synth = actions.find((a) => a.title === "Synthesize emailDomain from 2 examples");
    assert.ok(synth, JSON.stringify(actions));
    assert.equal(synth.edit, undefined);
    assert.ok(listMs < 5000, `listing took ${listMs} ms`);
    const quickFixesOnly = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: at(2),
      context: { diagnostics: [], only: ["quickfix"] },
    });
    assert.deepEqual(quickFixesOnly, [], "nothing when the editor asks for other kinds");

    const resolved = (await client.connection.sendRequest("codeAction/resolve", synth)) as Action;
    const change = resolved.edit?.documentChanges?.[0];
    assert.ok(change, "resolve returns an edit");
    assert.equal(change.textDocument.version, 1);
    const text = applyLspEdits(STRINGS, change.edits);
    assert.match(text, /export function emailDomain\(email: string\): string \{\n  return /);
    assert.match(text, /export function untouched\(n: number\): number \{\n  return n \+ 1;/, "the rest of the file is kept");
    const fnText = text.slice(text.indexOf("export function emailDomain"), text.indexOf("/**", 10));
    assert.equal(runTypeScript(fnText.replace("export ", ""), `emailDomain("someone@example.co.uk")`), "example.co.uk");

    // No command records it: an editor may drop a resolved action's command. The server records the
    // function when the document shows the edit, and not before.
    assert.equal(resolved.command, undefined);
    const listLibrary = async () => (await client.connection.sendRequest("grimoire/library/list")) as { name: string; language: string; examples: string[]; code: string; sourceUri: string }[];
    client.change(uri, `${STRINGS}\n// an unrelated edit\n`);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await listLibrary(), [], "an edit that is not the offered one records nothing");
    const before = client.notifications.filter((n) => n.method === "grimoire/library/changed").length;
    client.change(uri, text);
    await client.until(() => client.notifications.filter((n) => n.method === "grimoire/library/changed").length > before, 5000, "library changed");
    const library = await listLibrary();
    assert.equal(library.length, 1);
    assert.equal(library[0].name, "emailDomain");
    assert.equal(library[0].language, "typescript");
    assert.deepEqual(library[0].examples, ['emailDomain("ada@lovelace.org") => "lovelace.org"', 'emailDomain("grace.hopper@navy.mil") => "navy.mil"']);
    assert.equal(library[0].sourceUri, uri);
    const stored = JSON.parse(fs.readFileSync(path.join(storage, "accepted.json"), "utf8"));
    assert.equal(stored.version, 1);
    assert.equal(stored.functions[0].name, "emailDomain");
    // Back to the stubs, which the next tests read.
    client.change(uri, STRINGS);
  });

  test("code lenses say what each function's search found; functions with bodies get none", async () => {
    const solved = await pollLenses(client, uri, (ls) => ls.some((l) => l.command?.title.startsWith("✓ solved in")));
    assert.equal(solved.length, 2, "emailDomain and shout (whose examples have a problem)");
    assert.match(solved.find((l) => l.range.start.line === 5)!.command!.title, /^✓ solved in \d+(\.\d+)? s$/);
    assert.match(solved.find((l) => l.range.start.line === 13)!.command!.title, /^⚠ /);
    // The server batches refreshes (at most one per 100 ms), so the request may come a moment after the lenses change.
    await client.until(() => client.notifications.some((n) => n.method === "workspace/codeLens/refresh"), 5000, "a lens refresh request");
  });

  test("editing the examples updates the diagnostics and the actions", async () => {
    const fixed = STRINGS.replace("shout(hey)", 'shout("hey")');
    const version = client.change(uri, fixed);
    const published = await client.until(() => {
      const d = client.diagnostics.get(uri);
      return d && d.version === version ? d : undefined;
    }, 20_000, "diagnostics of the new version");
    assert.deepEqual(published.diagnostics, []);
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: at(13, 20), context: { diagnostics: [] } })) as Action[];
    // shout has a real body, so it is not a stub: no action offered.
    assert.deepEqual(actions.map((a) => a.title), []);
    const stub = fixed.replace('  return "";\n', '  throw new Error("todo");\n');
    client.change(uri, stub);
    const shout = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: at(13, 20), context: { diagnostics: [] } })) as Action[];
    assert.deepEqual(shout.map((a) => a.title).slice(0, 1), ["Synthesize shout from 2 examples"]);
  });

  test("Synthesize from Examples reads the typed examples as literals and inserts a new function", async () => {
    const reply = (await client.connection.sendRequest("grimoire/synthesizeFromExamples", {
      uri,
      position: { line: 17, character: 0 },
      examples: ['double(3) => 6', 'double(10) => 20'],
    })) as { status: string; edits: { range: Diagnostic["range"]; newText: string }[]; message: string };
    assert.equal(reply.status, "solved", reply.message);
    const inserted = reply.edits.map((e) => e.newText).join("");
    assert.match(inserted, /\/\/ double\(3\) => 6\n\/\/ double\(10\) => 20\nfunction double\(n: number\): number \{/);
    assert.equal(runTypeScript(inserted, "double(21)"), 42);

    const bad = (await client.connection.sendRequest("grimoire/synthesizeFromExamples", {
      uri,
      position: { line: 0, character: 0 },
      examples: ['double(3) => 6', 'double(process.exit()) => 1'],
    })) as { status: string; message: string };
    assert.equal(bad.status, "error");
    assert.match(bad.message, /^Example 2 \(`double\(process\.exit\(\)\) => 1`\): /);
  });

  test("a user's request can be cancelled, and answers soon after", async () => {
    const hard = `/**\n * @example mystery("abc", 7) // => "qq91"\n * @example mystery("zz", 1) // => "x"\n */\nfunction mystery(s: string, n: number): string {\n  throw new Error("todo");\n}\n`;
    const hardUri = "file:///workspace/hard.ts";
    client.open(hardUri, "typescript", hard);
    const source = new CancellationTokenSource();
    const started = performance.now();
    const reply = client.connection.sendRequest("grimoire/synthesizeAtCursor", { uri: hardUri, position: { line: 4, character: 10 } }, source.token);
    setTimeout(() => source.cancel(), 500);
    const answer = (await reply.catch((e: Error) => ({ status: "cancelled", message: e.message }))) as { status: string };
    assert.equal(answer.status, "cancelled");
    assert.ok(performance.now() - started < 4000, `took ${Math.round(performance.now() - started)} ms`);
  });

  test("once searched, other candidates and a question are offered; the question inserts an example line", async () => {
    const partUri = "file:///workspace/part.ts";
    const text = `/**\n * Used in greetings.\n * @example part("ab cd ef") // => "ab"\n */\nfunction part(s: string): string {\n  throw new Error("todo");\n}\n`;
    client.open(partUri, "typescript", text);
    await pollLenses(client, partUri, (ls) => ls.some((l) => l.command?.title.startsWith("✓")));
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: partUri }, range: at(4, 10), context: { diagnostics: [] } })) as Action[];
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], "Synthesize part from 1 example");
    assert.ok(titles.some((t) => /^Synthesize part as: .+$/.test(t)), titles.join("\n"));
    const ask = actions.find((a) => a.title.startsWith("Add an example for part("));
    assert.ok(ask?.edit?.changes, titles.join("\n"));
    const asked = applyLspEdits(text, ask.edit.changes[partUri]);
    const call = /^Add an example for (part\(.*\))$/.exec(ask.title)![1];
    assert.equal(asked.split("\n")[3], ` * @example ${call} // => `);
    assert.equal(ask.command?.command, "grimoire.placeCursor");
    // The alternative's resolve gives a different body from the best one.
    const alternative = actions.find((a) => /^Synthesize part as: /.test(a.title))!;
    const best = (await client.connection.sendRequest("codeAction/resolve", actions[0])) as Action;
    const other = (await client.connection.sendRequest("codeAction/resolve", alternative)) as Action;
    assert.notEqual(best.edit!.documentChanges![0].edits[0].newText, other.edit!.documentChanges![0].edits[0].newText);
  });

  test("Python: resolve fills the body below the docstring and the result runs", async () => {
    const pyUri = "file:///workspace/lengths.py";
    client.open(pyUri, "python", PYTHON);
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: pyUri }, range: at(0, 6), context: { diagnostics: [] } })) as Action[];
    assert.equal(actions[0]?.title, "Synthesize total_length from 2 examples");
    const resolved = (await client.connection.sendRequest("codeAction/resolve", actions[0])) as Action;
    const text = applyLspEdits(PYTHON, resolved.edit!.documentChanges![0].edits);
    assert.match(text, /    """\n    return /);
    assert.ok(!text.includes("raise NotImplementedError"));
    const file = path.join(storage, "lengths.py");
    fs.writeFileSync(file, `${text}\nprint(total_length(["abc", "de", "", "f"]))\n`);
    const run = spawnSync("python3", [file], { encoding: "utf8" });
    assert.equal(run.stdout.trim(), "6", run.stderr);
  });
});

describe("an editor without codeAction/resolve (and without Grimoire's client commands)", () => {
  test("the action runs a server command that searches, applies the edit through the editor and records it", async () => {
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-lsp-"));
    const client = await TestClient.start({ storagePath: storage, capabilities: { workspace: { applyEdit: true } } });
    try {
      const uri = "file:///workspace/plain.ts";
      client.open(uri, "typescript", STRINGS);
      const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: at(2), context: { diagnostics: [] } })) as Action[];
      const synth = actions[0];
      assert.equal(synth.command?.command, "grimoire.synthesizeFunction");
      await client.connection.sendRequest("workspace/executeCommand", { command: synth.command.command, arguments: synth.command.arguments });
      const edit = (await client.until(() => client.appliedEdits[0], 15_000, "applyEdit")) as NonNullable<Action["edit"]>;
      assert.match(applyLspEdits(STRINGS, edit.documentChanges![0].edits), /return email\.split/);
      const lenses = (await client.connection.sendRequest("textDocument/codeLens", { textDocument: { uri } })) as Lens[];
      assert.ok(lenses.every((l) => l.command?.command !== "grimoire.synthesizeAtCursor"), "no lens points to a VS Code-only command");
      const library = (await client.connection.sendRequest("grimoire/library/list")) as { name: string }[];
      assert.deepEqual(library.map((e) => e.name), ["emailDomain"]);
    } finally {
      await client.stop();
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });
});

describe("guided searches in the server", () => {
  test("with grimoire.guidance on, the search worker loads the shipped model and still fills the stub", async () => {
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-lsp-"));
    const client = await TestClient.start({ storagePath: storage, settings: { guidance: true, backgroundSearch: false } });
    try {
      const uri = "file:///workspace/guided.ts";
      client.open(uri, "typescript", STRINGS);
      const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: at(2), context: { diagnostics: [] } })) as Action[];
      const resolved = (await client.connection.sendRequest("codeAction/resolve", actions[0])) as Action;
      assert.match(applyLspEdits(STRINGS, resolved.edit!.documentChanges![0].edits), /return email\.split\("@"\)/);
      assert.ok(client.logs.some((l) => /searches are guided by the model in .*media[\\/]model/.test(l)), client.logs.join("\n"));
    } finally {
      await client.stop();
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });
});

describe("language server lifecycle", () => {
  test("shutdown and exit end the process", async () => {
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-lsp-"));
    const client = await TestClient.start({ storagePath: storage });
    await client.stop();
    assert.notEqual(client.process.exitCode ?? client.process.signalCode, null);
    assert.equal(client.process.signalCode, null, "it exited on its own, not killed");
    fs.rmSync(storage, { recursive: true, force: true });
  });
});

async function pollLenses(client: TestClient, uri: string, done: (lenses: Lens[]) => boolean): Promise<Lens[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const lenses = (await client.connection.sendRequest("textDocument/codeLens", { textDocument: { uri } })) as Lens[];
    if (done(lenses) || Date.now() > deadline) return lenses;
    await new Promise((r) => setTimeout(r, 100));
  }
}
