// A small LSP client for tests and benchmarks: spawns the bundled server with --stdio and talks to
// it with vscode-jsonrpc, recording what the server sends on its own (diagnostics, notifications).
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";

export const SERVER = path.join(__dirname, "..", "..", "dist", "server.js");

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly logs: string[] = [];
  private readonly versions = new Map<string, number>();
  private waiters: (() => void)[] = [];

  private constructor(readonly process: ChildProcess) {
    this.connection = createMessageConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification("textDocument/publishDiagnostics", (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      this.wake();
    });
    this.connection.onNotification("window/logMessage", (p: { message: string }) => this.logs.push(p.message));
    this.connection.onNotification((method, params) => {
      this.notifications.push({ method, params });
      this.wake();
    });
    // The server may ask for progress tokens, configuration and lens refreshes.
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.onRequest("workspace/codeLens/refresh", () => {
      this.notifications.push({ method: "workspace/codeLens/refresh", params: null });
      this.wake();
      return null;
    });
    this.connection.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest("window/showMessageRequest", () => null);
    this.connection.onRequest("workspace/applyEdit", (p: { edit: unknown }) => {
      this.appliedEdits.push(p.edit);
      this.wake();
      return { applied: true };
    });
    this.connection.listen();
  }

  settings: Record<string, unknown> | null = null;
  /** Edits the server asked the editor to apply (`workspace/applyEdit`). */
  readonly appliedEdits: unknown[] = [];
  /** What the server answered to `initialize` (its capabilities). */
  initializeResult: { capabilities: Record<string, unknown> } | undefined;

  static async start(options: {
    storagePath: string;
    settings?: Record<string, unknown>;
    capabilities?: Record<string, unknown>;
    /** Say that the client has Grimoire's own commands, as the VS Code extension does. */
    clientCommands?: boolean;
    /** The window's workspace folders; given, the client also says it sends their changes, as VS Code does. */
    workspaceFolders?: { uri: string; name: string }[];
  }): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
    const client = new TestClient(child);
    client.settings = options.settings ?? null;
    client.initializeResult = await client.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: null,
      ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders } : {}),
      capabilities: options.capabilities ?? {
        workspace: { codeLens: { refreshSupport: true }, configuration: true, ...(options.workspaceFolders ? { workspaceFolders: true } : {}) },
        window: { workDoneProgress: true },
        textDocument: { codeAction: { resolveSupport: { properties: ["edit", "command"] } } },
      },
      initializationOptions: { storagePath: options.storagePath, settings: options.settings, clientCommands: options.clientCommands },
    });
    await client.connection.sendNotification("initialized", {});
    return client;
  }

  open(uri: string, languageId: string, text: string): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-document change). */
  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Waits until the predicate holds, re-checking whenever the server sends something. */
  async until<T>(check: () => T | undefined | false, timeoutMs = 20_000, what = "condition"): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 3000))]);
      void this.connection.sendNotification("exit");
    } catch {
      // The server may already be gone.
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.process.kill("SIGKILL");
        resolve();
      }, 3000);
      this.process.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyLspEdits(text: string, edits: readonly { range: Diagnostic["range"]; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (p.line < starts.length ? starts[p.line] + p.character : text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
