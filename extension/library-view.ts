// The Library view: every function the user accepted, newest first, read from the server's store
// (shared by all windows), with actions to insert, copy, open its source and delete.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Requests, type AcceptedFunction } from "../language-server/server/protocol";

export type LibraryNode =
  | { readonly kind: "function"; readonly entry: AcceptedFunction }
  | { readonly kind: "detail"; readonly entry: AcceptedFunction; readonly label: string; readonly icon: string; readonly tooltip?: string };

const LANGUAGE_NAMES: Record<AcceptedFunction["language"], string> = { typescript: "TypeScript", javascript: "JavaScript", python: "Python" };

export class LibraryView implements vscode.TreeDataProvider<LibraryNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The entries last shown (tests read them). */
  entries: readonly AcceptedFunction[] = [];

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: LibraryNode): Promise<LibraryNode[]> {
    if (!node) {
      if (!this.client.isRunning()) return [];
      try {
        this.entries = await this.client.sendRequest(Requests.listLibrary);
      } catch (error) {
        this.client.error("Could not read the library", error);
        return [];
      }
      return this.entries.map((entry) => ({ kind: "function", entry }));
    }
    if (node.kind !== "function") return [];
    const { entry } = node;
    const code = entry.code.trimEnd();
    return [
      { kind: "detail", entry, label: entry.signature, icon: "symbol-method", tooltip: code },
      ...entry.examples.map((example) => ({ kind: "detail" as const, entry, label: example, icon: "beaker" })),
      { kind: "detail", entry, label: code.split("\n").find((l) => /\breturn\b/.test(l))?.trim() ?? code.split("\n")[0], icon: "code", tooltip: code },
    ];
  }

  getTreeItem(node: LibraryNode): vscode.TreeItem {
    if (node.kind === "detail") {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      if (node.tooltip) item.tooltip = codeTooltip(node.entry);
      return item;
    }
    const { entry } = node;
    const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = entry.id;
    item.description = `${LANGUAGE_NAMES[entry.language]} · ${new Date(entry.acceptedAt).toLocaleDateString()}`;
    item.tooltip = codeTooltip(entry);
    item.iconPath = new vscode.ThemeIcon("symbol-function");
    item.contextValue = entry.sourceUri ? "grimoire.accepted.withSource" : "grimoire.accepted";
    return item;
  }

  async insert(node: LibraryNode | undefined): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!node) return;
    if (!editor) {
      void vscode.window.showInformationMessage("Grimoire: open an editor to insert the function into.");
      return;
    }
    const code = node.entry.code.endsWith("\n") ? node.entry.code : `${node.entry.code}\n`;
    await editor.edit((edit) => edit.insert(editor.selection.active, code));
  }

  async copy(node: LibraryNode | undefined): Promise<void> {
    if (!node) return;
    await vscode.env.clipboard.writeText(node.entry.code);
    void vscode.window.setStatusBarMessage(`Grimoire: copied ${node.entry.name}`, 3000);
  }

  async open(node: LibraryNode | undefined): Promise<void> {
    if (!node?.entry.sourceUri) return;
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(node.entry.sourceUri));
      await vscode.window.showTextDocument(document);
    } catch {
      void vscode.window.showWarningMessage(`Grimoire: ${node.entry.sourceUri} can no longer be opened.`);
    }
  }

  async delete(node: LibraryNode | undefined): Promise<void> {
    if (!node) return;
    const answer = await vscode.window.showWarningMessage(
      `Delete ${node.entry.name} from the Grimoire library?`,
      { modal: true, detail: "The code already in your files stays as it is." },
      "Delete",
    );
    if (answer !== "Delete") return;
    await this.client.sendRequest(Requests.deleteFromLibrary, { id: node.entry.id });
    this.refresh();
  }
}

function codeTooltip(entry: AcceptedFunction): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${entry.name}** · ${LANGUAGE_NAMES[entry.language]} · accepted ${new Date(entry.acceptedAt).toLocaleString()}\n\n`);
  tooltip.appendCodeblock(entry.examples.join("\n"), entry.language);
  tooltip.appendCodeblock(entry.code.trimEnd(), entry.language);
  return tooltip;
}
