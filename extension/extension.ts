// The VS Code client: starts the language server, and adds what only the editor can do (commands
// with input boxes and notifications, the Library view, the status item). Everything about examples
// and search lives in the server; this file only knows VS Code and the protocol in ../language-server/server/protocol.
import * as vscode from "vscode";
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { Notifications, Requests, ServerCommands, type InitializationOptions, type LearnLibraryReply, type SynthesisReply } from "../language-server/server/protocol";
import { LibraryView, type LibraryNode } from "./library-view";

const LANGUAGES = ["typescript", "typescriptreact", "javascript", "javascriptreact", "python"];
const SELECTOR: { scheme: string; language: string }[] = LANGUAGES.flatMap((language) => [
  { scheme: "file", language },
  { scheme: "untitled", language },
]);

/** What the extension returns from `activate`, for tests that drive it from inside VS Code. */
export interface GrimoireApi {
  readonly client: LanguageClient;
  readonly library: LibraryView;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<GrimoireApi> {
  const output = vscode.window.createOutputChannel("Grimoire");
  const serverModule = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  await vscode.workspace.fs.createDirectory(context.globalStorageUri);
  const initializationOptions: InitializationOptions = {
    storagePath: context.globalStorageUri.fsPath,
    clientCommands: true,
    settings: vscode.workspace.getConfiguration("grimoire") as unknown as InitializationOptions["settings"],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    outputChannel: output,
    initializationOptions,
    synchronize: { configurationSection: "grimoire" },
  };
  client = new LanguageClient("grimoire", "Grimoire", serverOptions, clientOptions);
  const languageClient = client;

  const status = vscode.languages.createLanguageStatusItem("grimoire.status", SELECTOR);
  status.name = "Grimoire";
  status.text = "Grimoire: starting";
  status.command = { title: "Show Output", command: "grimoire.showOutput" };

  const library = new LibraryView(languageClient);
  const tree = vscode.window.createTreeView("grimoire.library", { treeDataProvider: library, showCollapseAll: true });

  context.subscriptions.push(
    output,
    status,
    tree,
    languageClient.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        status.text = "Grimoire: idle";
        status.busy = false;
        library.refresh();
      } else if (e.newState === State.Stopped) {
        status.text = "Grimoire: stopped";
        status.severity = vscode.LanguageStatusSeverity.Warning;
      }
    }),
    vscode.commands.registerCommand("grimoire.synthesizeAtCursor", (uri?: string, position?: { line: number; character: number }) =>
      synthesizeAtCursor(languageClient, uri, position),
    ),
    vscode.commands.registerCommand("grimoire.synthesizeFromExamples", () => synthesizeFromExamples(languageClient)),
    vscode.commands.registerCommand("grimoire.showOutput", () => output.show(true)),
    vscode.commands.registerCommand("grimoire.restartServer", async () => {
      output.appendLine("Restarting the Grimoire server.");
      await languageClient.restart();
    }),
    vscode.commands.registerCommand("grimoire.resetModel", async () => {
      const answer = await vscode.window.showWarningMessage(
        "Forget what Grimoire's model learned from your accepted functions?",
        { modal: true, detail: "Searches go back to the model that ships with the extension. Your library is kept." },
        "Reset",
      );
      if (answer === "Reset") void vscode.window.showInformationMessage(await languageClient.sendRequest(Requests.resetModel));
    }),
    vscode.commands.registerCommand("grimoire.placeCursor", (uri: string, position: { line: number; character: number }) => placeCursor(uri, position)),
    vscode.commands.registerCommand("grimoire.library.refresh", () => library.refresh()),
    vscode.commands.registerCommand("grimoire.library.insert", (node?: LibraryNode) => library.insert(node ?? selected(tree))),
    vscode.commands.registerCommand("grimoire.library.copy", (node?: LibraryNode) => library.copy(node ?? selected(tree))),
    vscode.commands.registerCommand("grimoire.library.open", (node?: LibraryNode) => library.open(node ?? selected(tree))),
    vscode.commands.registerCommand("grimoire.library.delete", (node?: LibraryNode) => library.delete(node ?? selected(tree))),
    vscode.commands.registerCommand("grimoire.library.rename", (node?: LibraryNode, name?: string) => library.rename(node ?? selected(tree), name)),
    vscode.commands.registerCommand("grimoire.library.pin", (node?: LibraryNode) => library.setPinned(node ?? selected(tree), true)),
    // A folder's URI may come second (from a script or a test); a menu passes only the node.
    vscode.commands.registerCommand("grimoire.library.shareWithProject", (node?: LibraryNode, folder?: unknown) =>
      library.shareWithProject(node ?? selected(tree), typeof folder === "string" ? folder : undefined),
    ),
    vscode.commands.registerCommand("grimoire.library.unpin", (node?: LibraryNode) => library.setPinned(node ?? selected(tree), false)),
    vscode.commands.registerCommand("grimoire.library.exportTypeScript", () => library.export("typescript")),
    vscode.commands.registerCommand("grimoire.library.exportPython", () => library.export("python")),
    vscode.commands.registerCommand("grimoire.learnLibrary", () => learnLibrary(languageClient, output, library)),
  );

  await languageClient.start();
  context.subscriptions.push(
    // By method name: the server sends this notification with a null parameter, which a typed zero-parameter handler rejects.
    languageClient.onNotification(Notifications.libraryChanged.method, () => library.refresh()),
    languageClient.onNotification(Notifications.status, (s) => {
      status.text = s.text;
      status.detail = s.detail;
      status.busy = s.state === "searching";
      status.severity = s.state === "error" ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    }),
  );
  library.refresh();
  return { client: languageClient, library };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function selected(tree: vscode.TreeView<LibraryNode>): LibraryNode | undefined {
  return tree.selection[0];
}

/** Applies a reply's edits to its document, refusing when the document changed since the search. */
async function applyReply(reply: SynthesisReply, uri: vscode.Uri): Promise<boolean> {
  if (reply.status !== "solved" || !reply.edits) {
    if (reply.status === "cancelled") return false;
    const show = reply.status === "error" ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
    void show(`Grimoire: ${reply.message}`);
    return false;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  if (reply.version !== undefined && document.version !== reply.version) {
    void vscode.window.showWarningMessage(`Grimoire: ${document.fileName} changed during the search; run the command again.`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of reply.edits) {
    edit.replace(uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage("Grimoire: the edit could not be applied.");
    return false;
  }
  if (reply.accepted) await vscode.commands.executeCommand(ServerCommands.recordAccepted, reply.accepted);
  void vscode.window.setStatusBarMessage(`Grimoire: ${reply.message}`, 5000);
  return true;
}

async function synthesizeAtCursor(client: LanguageClient, uriText?: string, position?: { line: number; character: number }): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const uri = uriText ? vscode.Uri.parse(uriText) : editor?.document.uri;
  const at = position ?? (editor ? { line: editor.selection.active.line, character: editor.selection.active.character } : undefined);
  if (!uri || !at) {
    void vscode.window.showInformationMessage("Grimoire: put the cursor in a function with examples first.");
    return false;
  }
  const reply = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Grimoire: synthesizing", cancellable: true },
    (_progress, token) => client.sendRequest(Requests.synthesizeAtCursor, { uri: uri.toString(), position: at }, token),
  );
  return applyReply(reply, uri);
}

/** Asks for examples one input box at a time (an empty box finishes), then inserts the new function at the cursor. */
async function synthesizeFromExamples(client: LanguageClient): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !LANGUAGES.includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage("Grimoire: open a TypeScript, JavaScript or Python file to insert the function into.");
    return false;
  }
  const python = editor.document.languageId === "python";
  const sample = python ? 'title_case("ada lovelace") => "Ada Lovelace"' : 'titleCase("ada lovelace") => "Ada Lovelace"';
  const examples: string[] = [];
  for (;;) {
    const entry = await vscode.window.showInputBox({
      title: `Grimoire: example ${examples.length + 1}`,
      prompt: examples.length === 0 ? "One example as `call => value`" : "Another example, or press Enter on an empty box to synthesize",
      placeHolder: sample,
      ignoreFocusOut: true,
      validateInput: (value) =>
        value.trim() === "" ? (examples.length === 0 ? "Give at least one example" : undefined) : value.includes("=>") ? undefined : "Write it as `call => value`",
    });
    if (entry === undefined) return false;
    if (entry.trim() === "") break;
    examples.push(entry);
  }
  const uri = editor.document.uri;
  const position = { line: editor.selection.active.line, character: editor.selection.active.character };
  const reply = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Grimoire: synthesizing from your examples", cancellable: true },
    (_progress, token) => client.sendRequest(Requests.synthesizeFromExamples, { uri: uri.toString(), position, examples }, token),
  );
  return applyReply(reply, uri);
}

/** Learns library functions from the accepted ones now, in a cancellable notification; says what was learned. */
async function learnLibrary(client: LanguageClient, output: vscode.OutputChannel, library: LibraryView): Promise<LearnLibraryReply> {
  const reply = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Grimoire: learning from your solved functions", cancellable: true },
    (_progress, token) => client.sendRequest(Requests.learnLibrary, token),
  );
  output.appendLine(`Learn from Solved Functions: ${reply.message}`);
  if (reply.status === "error") void vscode.window.showErrorMessage(`Grimoire: ${reply.message}`);
  else if (reply.status !== "cancelled") void vscode.window.showInformationMessage(`Grimoire: ${reply.message}`);
  library.refresh();
  return reply;
}

async function placeCursor(uriText: string, position: { line: number; character: number }): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uriText));
  const editor = await vscode.window.showTextDocument(document);
  const at = new vscode.Position(position.line, position.character);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at));
}
