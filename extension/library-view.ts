// The Library view: the functions Grimoire learned (from the global library and each workspace
// folder's project library) above the functions the user accepted, newest first, all read from the
// server (shared by all windows), with actions to insert, rename, pin, delete, copy, open the source
// and export.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Requests, type AcceptedFunction, type LearnedFunctionInfo, type LibraryChangeReply } from "../language-server/server/protocol";

export type LibraryNode =
  | {
      readonly kind: "group";
      readonly group: "learned" | "accepted";
      // The lists read for this drawing of the view: a group's rows come from the same read as its count.
      readonly learned: readonly LearnedFunctionInfo[];
      readonly entries: readonly AcceptedFunction[];
    }
  | { readonly kind: "learned"; readonly fn: LearnedFunctionInfo }
  | { readonly kind: "learnedDetail"; readonly fn: LearnedFunctionInfo; readonly label: string; readonly icon: string; readonly tooltip?: string }
  | { readonly kind: "empty"; readonly label: string; readonly command?: vscode.Command }
  | { readonly kind: "function"; readonly entry: AcceptedFunction }
  | { readonly kind: "detail"; readonly entry: AcceptedFunction; readonly label: string; readonly icon: string; readonly tooltip?: string };

const LANGUAGE_NAMES: Record<AcceptedFunction["language"], string> = { typescript: "TypeScript", javascript: "JavaScript", python: "Python" };

export class LibraryView implements vscode.TreeDataProvider<LibraryNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The accepted functions last shown (tests read them). */
  entries: readonly AcceptedFunction[] = [];
  /** The learned functions last shown (tests read them). */
  learned: readonly LearnedFunctionInfo[] = [];
  /** Counts the reads of the library, so that a slow, older read never replaces a newer one. */
  private reads = 0;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: LibraryNode): Promise<LibraryNode[]> {
    if (!node) {
      if (!this.client.isRunning()) return [];
      // Two refreshes close together (two functions accepted in a row) read the library twice, and
      // the answers may come back in either order: each drawing keeps the lists of its own read.
      const read = ++this.reads;
      let entries: readonly AcceptedFunction[];
      let learned: readonly LearnedFunctionInfo[];
      try {
        [entries, learned] = await Promise.all([this.client.sendRequest(Requests.listLibrary), this.client.sendRequest(Requests.listLearned)]);
      } catch (error) {
        this.client.error("Could not read the library", error);
        return [];
      }
      if (read === this.reads) [this.entries, this.learned] = [entries, learned];
      // With nothing at all, the view's welcome text explains how to start.
      if (entries.length === 0 && learned.length === 0) return [];
      return [
        { kind: "group", group: "learned", learned, entries },
        { kind: "group", group: "accepted", learned, entries },
      ];
    }
    switch (node.kind) {
      case "group":
        if (node.group === "learned") {
          if (node.learned.length > 0) return node.learned.map((fn) => ({ kind: "learned", fn }));
          return [
            {
              kind: "empty",
              label: "None yet: Learn from Solved Functions",
              command: { title: "Learn from Solved Functions", command: "grimoire.learnLibrary" },
            },
          ];
        }
        return node.entries.map((entry) => ({ kind: "function", entry }));
      case "learned":
        return learnedDetails(node.fn);
      case "function":
        return acceptedDetails(node.entry);
      default:
        return [];
    }
  }

  getTreeItem(node: LibraryNode): vscode.TreeItem {
    switch (node.kind) {
      case "group": {
        const learned = node.group === "learned";
        const count = learned ? node.learned.length : node.entries.length;
        const item = new vscode.TreeItem(learned ? "Learned functions" : "Accepted functions", vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.group}`;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon(learned ? "library" : "check-all");
        item.contextValue = learned ? "grimoire.group.learned" : "grimoire.group.accepted";
        item.tooltip = learned
          ? "Functions Grimoire learned from what several of your solved functions share. Searches use them as single steps."
          : "Every function you accepted, newest first.";
        return item;
      }
      case "empty": {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon("lightbulb");
        item.command = node.command;
        return item;
      }
      case "learned": {
        const { fn } = node;
        const item = new vscode.TreeItem(fn.name, vscode.TreeItemCollapsibleState.Collapsed);
        // A project library copied into another folder holds the same ids: the folder keeps the rows apart.
        item.id = `learned:${fn.scope}:${fn.folder ?? ""}:${fn.id}`;
        const parts = [`${fn.uses} use${fn.uses === 1 ? "" : "s"}`, ...(fn.scope === "project" ? [projectLabel(fn)] : []), ...(fn.pinned ? ["pinned"] : []), ...(fn.leftOut ? ["not used"] : [])];
        item.description = parts.join(" · ");
        item.tooltip = learnedTooltip(fn);
        item.iconPath = new vscode.ThemeIcon(fn.pinned ? "pinned" : "symbol-function");
        // The scope is in the context value: only a global function can be added to the project library.
        item.contextValue = `grimoire.learned${fn.pinned ? ".pinned" : ""}${fn.scope === "global" ? ".global" : ""}`;
        return item;
      }
      case "learnedDetail": {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.tooltip = node.tooltip ?? learnedTooltip(node.fn);
        return item;
      }
      case "detail": {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        if (node.tooltip) item.tooltip = codeTooltip(node.entry);
        return item;
      }
      case "function": {
        const { entry } = node;
        const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = entry.id;
        // The file says which of two functions of the same name is which (the same stub in two folders).
        const source = entry.sourceUri ? sourceLabel(entry.sourceUri) : undefined;
        item.description = [LANGUAGE_NAMES[entry.language], source, new Date(entry.acceptedAt).toLocaleDateString()].filter(Boolean).join(" · ");
        item.tooltip = codeTooltip(entry);
        item.iconPath = new vscode.ThemeIcon("symbol-function");
        item.contextValue = entry.sourceUri ? "grimoire.accepted.withSource" : "grimoire.accepted";
        return item;
      }
    }
  }

  async insert(node: LibraryNode | undefined): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!node || (node.kind !== "function" && node.kind !== "learned")) return;
    if (!editor) {
      void vscode.window.showInformationMessage("Grimoire: open an editor to insert the function into.");
      return;
    }
    if (node.kind === "learned") return this.insertLearned(editor, node.fn);
    const code = node.entry.code.endsWith("\n") ? node.entry.code : `${node.entry.code}\n`;
    await editor.edit((edit) => edit.insert(editor.selection.active, code));
  }

  /** A learned function goes in as a helper in the editor's language, with the library functions it calls and the imports it needs. */
  private async insertLearned(editor: vscode.TextEditor, fn: LearnedFunctionInfo): Promise<void> {
    const document = editor.document;
    const at = editor.selection.active;
    const reply = await this.client.sendRequest(Requests.insertLearned, {
      id: fn.id,
      scope: fn.scope,
      folder: fn.folder,
      uri: document.uri.toString(),
      position: { line: at.line, character: at.character },
      languageId: document.languageId,
    });
    if (reply.edits.length === 0) {
      void vscode.window.showInformationMessage(`Grimoire: ${reply.message}`);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of reply.edits) {
      edit.replace(document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    }
    if (!(await vscode.workspace.applyEdit(edit))) void vscode.window.showErrorMessage("Grimoire: the function could not be inserted.");
  }

  async copy(node: LibraryNode | undefined): Promise<void> {
    if (node?.kind === "learned") {
      const language = vscode.window.activeTextEditor?.document.languageId;
      const code = language === "python" ? node.fn.code.python : language?.startsWith("javascript") ? node.fn.code.javascript : node.fn.code.typescript;
      await vscode.env.clipboard.writeText(code);
      void vscode.window.setStatusBarMessage(`Grimoire: copied ${node.fn.name}`, 3000);
      return;
    }
    if (node?.kind !== "function") return;
    await vscode.env.clipboard.writeText(node.entry.code);
    void vscode.window.setStatusBarMessage(`Grimoire: copied ${node.entry.name}`, 3000);
  }

  async open(node: LibraryNode | undefined): Promise<void> {
    if (node?.kind !== "function" || !node.entry.sourceUri) return;
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(node.entry.sourceUri));
      await vscode.window.showTextDocument(document);
    } catch {
      void vscode.window.showWarningMessage(`Grimoire: ${node.entry.sourceUri} can no longer be opened.`);
    }
  }

  async delete(node: LibraryNode | undefined): Promise<void> {
    if (node?.kind === "learned") {
      const answer = await vscode.window.showWarningMessage(
        `Delete ${node.fn.name} from the ${node.fn.scope === "project" ? projectLibraryName(node.fn) : "Grimoire library"}?`,
        { modal: true, detail: "Searches stop using it. Code already in your files stays as it is; library functions that call it get its body instead." },
        "Delete",
      );
      if (answer !== "Delete") return;
      this.report(await this.client.sendRequest(Requests.deleteLearned, { id: node.fn.id, scope: node.fn.scope, folder: node.fn.folder }));
      return;
    }
    if (node?.kind !== "function") return;
    const answer = await vscode.window.showWarningMessage(
      `Delete ${node.entry.name} from the Grimoire library?`,
      { modal: true, detail: "The code already in your files stays as it is." },
      "Delete",
    );
    if (answer !== "Delete") return;
    await this.client.sendRequest(Requests.deleteFromLibrary, { id: node.entry.id });
    this.refresh();
  }

  /** Asks for a new name; it is checked by the server (an identifier in every language, not taken). */
  async rename(node: LibraryNode | undefined, newName?: string): Promise<void> {
    if (node?.kind !== "learned") return;
    const name =
      newName ??
      (await vscode.window.showInputBox({
        title: `Grimoire: rename ${node.fn.name}`,
        prompt: "The new name; emitted helpers and the library functions that call it use it.",
        value: node.fn.name,
        validateInput: (value) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(value.trim()) ? undefined : "Letters, digits and underscores, not starting with a digit"),
      }));
    if (name === undefined || name.trim() === node.fn.name) return;
    this.report(await this.client.sendRequest(Requests.renameLearned, { id: node.fn.id, scope: node.fn.scope, folder: node.fn.folder, name: name.trim() }));
  }

  async setPinned(node: LibraryNode | undefined, pinned: boolean): Promise<void> {
    if (node?.kind !== "learned") return;
    this.report(await this.client.sendRequest(Requests.pinLearned, { id: node.fn.id, scope: node.fn.scope, folder: node.fn.folder, pinned }));
  }

  /**
   * Copies a global function into a folder's .grimoire/library.json, which can be committed. With
   * several workspace folders the user picks the folder; `folder` (a folder's URI) skips the question.
   */
  async shareWithProject(node: LibraryNode | undefined, folder?: string): Promise<void> {
    if (node?.kind !== "learned" || node.fn.scope !== "global") return;
    const folders = vscode.workspace.workspaceFolders ?? [];
    let toFolder = folder ?? (folders.length === 1 ? folders[0].uri.toString() : undefined);
    if (toFolder === undefined && folders.length > 1) {
      const picked = await vscode.window.showQuickPick(
        // The path tells apart two folders of the same name.
        folders.map((f) => ({ label: f.name, description: f.uri.scheme === "file" ? f.uri.fsPath : f.uri.toString(), folder: f })),
        { title: `Grimoire: add ${node.fn.name} to the project library of`, placeHolder: "The workspace folder whose .grimoire/library.json gets it" },
      );
      if (!picked) return;
      toFolder = picked.folder.uri.toString();
    }
    // With no folder at all the server answers that there is no project library.
    this.report(await this.client.sendRequest(Requests.shareLearned, { id: node.fn.id, scope: node.fn.scope, toFolder }));
  }

  /**
   * Writes the learned library as a module, where the user chooses: the global functions and the
   * project functions of one folder, that of the active editor's file (or the first folder when the
   * file is in none, or no editor is open). One folder's, because the file is written for one place
   * and two folders may each have a different function of the same name, which one module cannot hold.
   */
  async export(language: "typescript" | "python"): Promise<vscode.Uri | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
    const name = language === "python" ? "grimoire_library.py" : "grimoireLibrary.ts";
    const target = await vscode.window.showSaveDialog({
      title: `Export the Grimoire library as a ${language === "python" ? "Python" : "TypeScript"} module`,
      defaultUri: folder ? vscode.Uri.joinPath(folder.uri, name) : undefined,
      filters: language === "python" ? { Python: ["py"] } : { TypeScript: ["ts"] },
    });
    if (!target) return undefined;
    const text = await this.client.sendRequest(Requests.exportLibrary, { language, folder: folder?.uri.toString() });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(`Grimoire: exported the library to ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  }

  private report(reply: LibraryChangeReply): void {
    if (reply.ok) void vscode.window.setStatusBarMessage(`Grimoire: ${reply.message}`, 5000);
    else void vscode.window.showWarningMessage(`Grimoire: ${reply.message}`);
    this.refresh();
  }
}

function learnedDetails(fn: LearnedFunctionInfo): LibraryNode[] {
  const tasks = fn.tasks.length > 0 ? `: ${fn.tasks.join(", ")}` : "";
  return [
    { kind: "learnedDetail", fn, label: fn.signature, icon: "symbol-method" },
    { kind: "learnedDetail", fn, label: fn.body, icon: "code" },
    { kind: "learnedDetail", fn, label: `used ${fn.uses} time${fn.uses === 1 ? "" : "s"} by ${fn.tasks.length} function${fn.tasks.length === 1 ? "" : "s"}${tasks}`, icon: "references" },
    ...(fn.leftOut ? [{ kind: "learnedDetail" as const, fn, label: `not used: ${fn.leftOut}`, icon: "warning" }] : []),
  ];
}

function acceptedDetails(entry: AcceptedFunction): LibraryNode[] {
  const code = entry.code.trimEnd();
  return [
    { kind: "detail", entry, label: entry.signature, icon: "symbol-method", tooltip: code },
    ...entry.examples.map((example) => ({ kind: "detail" as const, entry, label: example, icon: "beaker" })),
    { kind: "detail", entry, label: code.split("\n").find((l) => /\breturn\b/.test(l))?.trim() ?? code.split("\n")[0], icon: "code", tooltip: code },
  ];
}

/** Whether the window has several workspace folders, so that a project function must say whose it is. */
function severalFolders(): boolean {
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
}

/** How a project function's row says where it is from: "project", or "project: app" with several folders. */
function projectLabel(fn: LearnedFunctionInfo): string {
  return severalFolders() && fn.folderName ? `project: ${fn.folderName}` : "project";
}

/** "project library", or "project library of app" with several folders. */
function projectLibraryName(fn: LearnedFunctionInfo): string {
  return severalFolders() && fn.folderName ? `project library of ${fn.folderName}` : "project library";
}

function learnedTooltip(fn: LearnedFunctionInfo): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  const where = fn.scope === "project" ? projectLibraryName(fn) : "your library";
  tooltip.appendMarkdown(`**${fn.name}** · ${where} · learned ${new Date(fn.learnedAt).toLocaleString()}${fn.pinned ? " · pinned" : ""}\n\n`);
  tooltip.appendCodeblock(fn.code.typescript.trimEnd(), "typescript");
  tooltip.appendMarkdown(`Used ${fn.uses} times by ${fn.tasks.join(", ") || "no function"}.`);
  return tooltip;
}

function codeTooltip(entry: AcceptedFunction): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${entry.name}** · ${LANGUAGE_NAMES[entry.language]} · accepted ${new Date(entry.acceptedAt).toLocaleString()}\n\n`);
  tooltip.appendCodeblock(entry.examples.join("\n"), entry.language);
  tooltip.appendCodeblock(entry.code.trimEnd(), entry.language);
  return tooltip;
}

/**
 * Where an accepted function was written: its path in the workspace (with the folder's name in a
 * multi-root window), or the file's name alone when it lies outside every folder.
 */
function sourceLabel(sourceUri: string): string | undefined {
  try {
    const uri = vscode.Uri.parse(sourceUri, true);
    if (!vscode.workspace.getWorkspaceFolder(uri)) return uri.path.split("/").pop() || undefined;
    return vscode.workspace.asRelativePath(uri);
  } catch {
    return undefined;
  }
}
