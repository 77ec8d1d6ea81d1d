// The bundled language server in a window with several workspace folders, driven over --stdio: each
// folder's project library (.grimoire/library.json) is used for the documents in that folder only,
// and folders added or removed while it runs (workspace/didChangeWorkspaceFolders) are followed.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { OPERATOR_BY_NAME } from "../language-server/engine/operators";
import { apply, lambda, lambdaVar, param, type Program } from "../language-server/engine/program";
import { fnOf, listOf, NUMBER } from "../language-server/engine/types";
import { programToJson } from "../language-server/library/library-file";
import { applyLspEdits, TestClient, type Diagnostic } from "./support/lsp-client";

interface Action {
  title: string;
  edit?: { documentChanges?: { edits: { range: Diagnostic["range"]; newText: string }[] }[] };
}

interface Learned {
  name: string;
  scope: "global" | "project";
  folder?: string;
  folderName?: string;
}

const NUMS = listOf(NUMBER);
const op = (name: string) => OPERATOR_BY_NAME.get(name)!;
const arith = (name: string, a: Program, b: Program) => apply(op(name), { params: [NUMBER, NUMBER], result: NUMBER }, [a, b]);
/** shift(a, b, c) = map(a, (x) => mod(add(x, b), c)), the body of each folder's project function. */
const shiftBody = apply(op("map"), { params: [NUMS, fnOf([NUMBER], NUMBER)], result: NUMS }, [
  param(0, NUMS),
  lambda([NUMBER], arith("mod", arith("add", lambdaVar(0, NUMBER), param(1, NUMBER)), param(2, NUMBER))),
]);

/** A folder whose project library holds the shift function under `functionName`, and shifts.ts with a stub. */
function projectFolder(dir: string, name: string, functionName: string): { uri: string; name: string; document: string } {
  const folder = path.join(dir, name);
  fs.mkdirSync(path.join(folder, ".grimoire"), { recursive: true });
  const library = { version: 1, functions: [{ name: functionName, params: [NUMS, NUMBER, NUMBER], result: NUMS, body: programToJson(shiftBody), cost: 3, uses: 2, tasks: ["a", "b"] }] };
  fs.writeFileSync(path.join(folder, ".grimoire", "library.json"), JSON.stringify(library, null, 2));
  return { uri: pathToFileURL(folder).href, name, document: pathToFileURL(path.join(folder, "shifts.ts")).href };
}

// The same task in every folder: which library function its program calls says which library it was searched with.
const SHIFTS = `// shift4([1, 2, 3]) => [5, 6, 0]
// shift4([5, 9]) => [2, 6]
// shift4([0]) => [4]
function shift4(xs: number[]): number[] {
  throw new Error("not implemented");
}
`;

let client: TestClient;
let dir: string;
let storage: string;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-roots-"));
  storage = path.join(dir, "storage");
});

after(async () => {
  await client?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Lists the actions on shift4 in a document, resolves Synthesize and answers the filled text. */
async function synthesized(uri: string): Promise<string> {
  const actions = (await client.connection.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: { start: { line: 3, character: 10 }, end: { line: 3, character: 10 } },
    context: { diagnostics: [] },
  })) as Action[];
  const synth = actions.find((a) => a.title === "Synthesize shift4 from 3 examples");
  assert.ok(synth, JSON.stringify(actions));
  const resolved = (await client.connection.sendRequest("codeAction/resolve", synth)) as Action;
  const change = resolved.edit?.documentChanges?.[0];
  assert.ok(change, `resolve returned no edit for ${uri}`);
  return applyLspEdits(SHIFTS, change.edits);
}

test("two workspace folders: a search in each folder's document uses that folder's project function; a folder added later is used too, a removed one no longer", { timeout: 120_000 }, async () => {
  const app = projectFolder(dir, "app", "appShift");
  const lib = projectFolder(dir, "lib", "libShift");
  client = await TestClient.start({
    storagePath: storage,
    // Helpers, so that the filled function calls the library function by name.
    settings: { timeoutSeconds: 10, backgroundDelayMs: 50, library: { emit: "helper" } },
    workspaceFolders: [
      { uri: app.uri, name: app.name },
      { uri: lib.uri, name: lib.name },
    ],
  });
  assert.deepEqual((client.initializeResult?.capabilities.workspace as Record<string, unknown>)?.workspaceFolders, { supported: true, changeNotifications: true });
  // The libraries are read once the client says `initialized`; the log says what was read.
  await client.until(() => client.logs.find((l) => /library: 0 global functions, 1 project function in app, 1 project function in lib/.test(l)), 20_000, "the libraries read");

  // The second folder's document first, so that the first folder's library cannot be what it gets by default.
  client.open(lib.document, "typescript", SHIFTS);
  client.open(app.document, "typescript", SHIFTS);
  const inLib = await synthesized(lib.document);
  assert.match(inLib, /return libShift\(xs, 4, 7\);/, inLib);
  assert.match(inLib, /^function libShift\(a: number\[\], b: number, c: number\): number\[\] \{/m, inLib);
  assert.doesNotMatch(inLib, /appShift/);
  // The same task in the other folder is searched with its own library, not answered from the first's result.
  const inApp = await synthesized(app.document);
  assert.match(inApp, /return appShift\(xs, 4, 7\);/, inApp);
  assert.doesNotMatch(inApp, /libShift/);

  // The Library view's list: each project function with its folder.
  const learned = (await client.connection.sendRequest("grimoire/library/learned")) as Learned[];
  assert.deepEqual(
    learned.map((f) => [f.name, f.scope, f.folder, f.folderName]),
    [
      ["appShift", "project", app.uri, "app"],
      ["libShift", "project", lib.uri, "lib"],
    ],
  );

  // A folder added while the server runs: its project library is read, and its documents use it.
  const extra = projectFolder(dir, "extra", "extraShift");
  await client.connection.sendNotification("workspace/didChangeWorkspaceFolders", { event: { added: [{ uri: extra.uri, name: extra.name }], removed: [{ uri: app.uri, name: app.name }] } });
  await client.until(() => client.logs.find((l) => /library: 0 global functions, 1 project function in lib, 1 project function in extra/.test(l)), 20_000, "the folders changed");
  client.open(extra.document, "typescript", SHIFTS);
  const inExtra = await synthesized(extra.document);
  assert.match(inExtra, /return extraShift\(xs, 4, 7\);/, inExtra);
  // The removed folder's functions are no longer listed.
  const after = (await client.connection.sendRequest("grimoire/library/learned")) as Learned[];
  assert.deepEqual(after.map((f) => f.name), ["libShift", "extraShift"]);

  // A change names its folder: renaming lib's function rewrites lib's file and leaves extra's as it is.
  const reply = (await client.connection.sendRequest("grimoire/library/rename", { id: "v1-libShift", scope: "project", folder: lib.uri, name: "shiftWithin" })) as { ok: boolean; message: string };
  assert.deepEqual(reply, { ok: true, message: "Renamed libShift to shiftWithin." });
  const libFile = JSON.parse(fs.readFileSync(path.join(dir, "lib", ".grimoire", "library.json"), "utf8"));
  assert.deepEqual(libFile.functions.map((f: { name: string }) => f.name), ["shiftWithin"]);
  const extraFile = JSON.parse(fs.readFileSync(path.join(dir, "extra", ".grimoire", "library.json"), "utf8"));
  assert.deepEqual(extraFile.functions.map((f: { name: string }) => f.name), ["extraShift"]);
});
