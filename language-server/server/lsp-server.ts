// The only layer that speaks LSP: it turns protocol messages into calls on the plain Workspace,
// SearchPool and AcceptedStore, and their answers back into diagnostics, lenses and code actions.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import {
  CodeAction,
  CodeActionKind,
  CodeLensRefreshRequest,
  DiagnosticSeverity,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeLens,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
  type WorkspaceFolder,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { setGrammarDirectory, type SourceLanguage } from "../examples/read";
import { shippedModelDirectory } from "../guidance/location";
import { AcceptedStore, defaultStorageDirectory } from "../library/accepted-store";
import { LearningScheduler } from "../session/learning";
import { acceptedAfter, LibraryLearningScheduler, readLastLearningRun, writeLastLearningRun } from "../session/library-learning";
import { LibrarySession, type ProjectFolder } from "../session/library-session";
import { PendingAcceptances } from "../session/pending-acceptances";
import { SearchPool, type SearchActivity } from "../session/search-pool";
import { formatSeconds, Workspace, type LensInfo, type SynthesisAnswer } from "../session/workspace";
import {
  DEFAULT_SETTINGS,
  Notifications,
  Requests,
  ServerCommands,
  type GrimoireSettings,
  type InitializationOptions,
  type InsertLearnedParams,
  type InsertLearnedReply,
  type LearnLibraryReply,
  type LibraryChangeReply,
  type NewAcceptedFunction,
  type SynthesisReply,
} from "./protocol";

/** Client-side commands the server's lenses and actions refer to (registered by the VS Code extension). */
const CLIENT_COMMANDS = {
  synthesizeAtCursor: "grimoire.synthesizeAtCursor",
  placeCursor: "grimoire.placeCursor",
  showOutput: "grimoire.showOutput",
} as const;

/** What a code action carries from listing to resolve. */
interface ActionData {
  readonly uri: string;
  readonly name: string;
  readonly candidate: number;
}

const LANGUAGE_IDS: Record<string, { language: SourceLanguage; jsx: boolean }> = {
  typescript: { language: "typescript", jsx: false },
  typescriptreact: { language: "typescript", jsx: true },
  javascript: { language: "javascript", jsx: false },
  javascriptreact: { language: "javascript", jsx: true },
  python: { language: "python", jsx: false },
};

export class GrimoireLanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly pendingAcceptances = new PendingAcceptances();
  private workspace!: Workspace;
  private store!: AcceptedStore;
  private settings: GrimoireSettings = DEFAULT_SETTINGS;
  private canRefreshLenses = false;
  private canPullConfiguration = false;
  private canShowProgress = false;
  private canResolveEdits = false;
  private hasClientCommands = false;
  /** The client says when workspace folders are added or removed (`workspace/didChangeWorkspaceFolders`). */
  private hasFolderChanges = false;
  private progress: Promise<WorkDoneProgressServerReporter> | undefined;
  private lensRefresh: NodeJS.Timeout | undefined;
  private storeWatch: { dispose(): void } | undefined;
  private learning!: LearningScheduler;
  private library!: LibrarySession;
  private libraryLearning!: LibraryLearningScheduler;
  private searching = false;

  constructor(private readonly connection: Connection) {
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.initialized());
    connection.onShutdown(() => this.shutdown());
    connection.onDidChangeConfiguration((change) => void this.loadSettings(change.settings));
    connection.onCodeAction(async (params) => {
      // Requests for other kinds only (organize imports on save, quick fixes) get nothing from Grimoire.
      const only = params.context.only;
      if (only && !only.some((kind) => CodeActionKind.RefactorRewrite === kind || CodeActionKind.RefactorRewrite.startsWith(`${kind}.`))) return [];
      const analysis = await this.workspace.analysis(params.textDocument.uri);
      return analysis ? this.codeActions(params.textDocument.uri, this.workspace.actions(analysis, params.range)) : [];
    });
    connection.onCodeActionResolve((action, token) => this.resolveAction(action, token));
    connection.onCodeLens(async (params) => {
      const analysis = await this.workspace.analysis(params.textDocument.uri);
      return analysis ? this.workspace.lenses(analysis).map((lens) => this.codeLens(params.textDocument.uri, lens)) : [];
    });
    connection.onExecuteCommand(async (params) => {
      if (params.command === ServerCommands.recordAccepted) await this.recordAccepted(params.arguments?.[0]);
      else if (params.command === ServerCommands.synthesizeFunction) await this.synthesizeAndApply(params.arguments?.[0]);
    });
    connection.onRequest(Requests.synthesizeAtCursor, async (params, token) =>
      this.reply(await this.workspace.synthesize(params.uri, { position: params.position }, 0, token)),
    );
    connection.onRequest(Requests.synthesizeFromExamples, async (params, token) =>
      this.reply(await this.workspace.synthesizeNew(params.uri, params.position, params.examples, token)),
    );
    connection.onRequest(Requests.listLibrary, () => this.store.list());
    connection.onRequest(Requests.resetModel, () => this.learning.reset());
    connection.onRequest(Requests.deleteFromLibrary, async ({ id }) => {
      const deleted = await this.store.delete(id);
      if (deleted) void connection.sendNotification(Notifications.libraryChanged);
      return deleted;
    });
    connection.onRequest(Requests.listLearned, async () => {
      await this.library.reload();
      return this.library.list();
    });
    connection.onRequest(Requests.learnLibrary, (token) => this.learnLibrary(token));
    connection.onRequest(Requests.renameLearned, ({ id, scope, name, folder }) =>
      this.changeLibrary(async () => {
        const { before, after } = await this.library.rename(scope, id, name, this.folderId(folder));
        return `Renamed ${before} to ${after}.`;
      }),
    );
    connection.onRequest(Requests.pinLearned, ({ id, scope, pinned, folder }) =>
      this.changeLibrary(async () => {
        const changed = await this.library.store(scope, this.folderId(folder)).setPinned(id, pinned);
        return `${changed.name} is ${pinned ? "pinned: clearing the library keeps it" : "no longer pinned"}.`;
      }),
    );
    connection.onRequest(Requests.shareLearned, ({ id, toFolder }) => this.changeLibrary(() => this.library.shareWithProject(id, this.folderId(toFolder))));
    connection.onRequest(Requests.deleteLearned, ({ id, scope, folder }) =>
      this.changeLibrary(async () => {
        const result = await this.library.store(scope, this.folderId(folder)).delete(id);
        if (!result) return "That function is no longer in the library.";
        const into = result.inlinedInto.length > 0 ? ` Its body now stands in its place in ${result.inlinedInto.join(", ")}.` : "";
        return `Deleted ${result.deleted.name} from the library.${into}`;
      }),
    );
    connection.onRequest(Requests.insertLearned, (params) => this.insertLearned(params));
    connection.onRequest(Requests.exportLibrary, ({ language, folder }) => this.library.export(language === "python" ? "python" : "typescript", this.folderId(folder)));

    this.documents.onDidOpen((e) => this.documentChanged(e.document, true));
    this.documents.onDidChangeContent((e) => this.documentChanged(e.document));
    this.documents.onDidClose((e) => {
      this.workspace.close(e.document.uri);
      this.pendingAcceptances.forget(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    this.documents.listen(connection);
  }

  listen(): void {
    this.connection.listen();
  }

  private log(line: string): void {
    this.connection.console.log(`[${new Date().toISOString().slice(11, 23)}] ${line}`);
  }

  private initialize(params: InitializeParams): InitializeResult {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    this.settings = mergeSettings(options.settings);
    this.canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    this.canPullConfiguration = params.capabilities.workspace?.configuration === true;
    this.canShowProgress = params.capabilities.window?.workDoneProgress === true;
    this.canResolveEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes("edit") === true;
    this.hasClientCommands = options.clientCommands === true;
    this.hasFolderChanges = params.capabilities.workspace?.workspaceFolders === true;
    // The packaged extension ships the grammars next to this bundle.
    const grammars = path.join(__dirname, "grammars");
    if (fs.existsSync(grammars)) setGrammarDirectory(grammars);
    this.store = new AcceptedStore(options.storagePath ?? defaultStorageDirectory(), {
      onProblem: (problem) => {
        this.log(`library store: ${problem.message}`);
        void this.connection.window.showWarningMessage(`Grimoire: ${problem.message}`);
      },
    });
    const pool = new SearchPool({
      memoryLimitMb: this.settings.memoryLimitMb,
      log: (line) => this.log(line),
      onActivity: (activity) => this.activityChanged(activity),
      onResult: (key, outcome) => this.log(`search ${key.slice(0, 8)}: ${outcome.status} in ${outcome.ms} ms${outcome.message ? ` (${outcome.message})` : ""}`),
    });
    const shipped = shippedModelDirectory();
    this.learning = new LearningScheduler({
      userModelDirectory: path.join(path.dirname(this.store.file), "model"),
      shippedModelDirectory: fs.existsSync(path.join(shipped, "model.json")) ? shipped : undefined,
      examples: async () => (await this.store.list()).flatMap((entry) => (entry.learning ? [entry.learning] : [])),
      busy: () => this.searching,
      onModelChanged: (directory) => {
        this.workspace.setModel(directory);
        this.log(directory ? `searches are now guided by the model in ${directory}` : "searches now use the hand-set costs");
      },
      log: (line) => this.log(line),
    });
    this.learning.enabled = this.settings.learnFromUse;
    this.library = new LibrarySession({
      globalFile: path.join(path.dirname(this.store.file), "library.json"),
      folders: workspaceFolders(params),
      onProblem: (problem) => {
        this.log(`library: ${problem.message}`);
        void this.connection.window.showWarningMessage(`Grimoire: ${problem.message}`);
      },
      onChanged: (first) => {
        pool.useLibraries(this.library.libraryKeys());
        // The first read is the state the client starts from; later ones change what the view shows.
        if (!first) void this.connection.sendNotification(Notifications.libraryChanged);
        // Results found without these functions were forgotten: the open functions are searched again.
        if (!first || this.library.hasFunctions()) this.workspace.refreshSearches();
      },
      log: (line) => this.log(line),
      memoryLimitMb: this.settings.memoryLimitMb,
    });
    this.libraryLearning = new LibraryLearningScheduler({
      learn: async () => {
        const reply = await this.learnLibrary();
        if (reply.added.length > 0) void this.connection.window.showInformationMessage(`Grimoire: ${reply.message}`);
      },
      busy: () => this.searching,
      acceptedSinceLastRun: async () => acceptedAfter(await this.store.list(), await readLastLearningRun(path.dirname(this.store.file))),
    });
    this.libraryLearning.threshold = this.settings.library.autoLearnAfter;
    // Functions accepted while this window was closed, or in other windows, count too.
    void this.libraryLearning.check();
    const model = this.learning.currentModel();
    this.workspace = new Workspace(
      pool,
      this.settings,
      {
        analyzed: (uri) => void this.publishDiagnostics(uri),
        searched: () => this.refreshLenses(),
      },
      model,
      // Each document searches with the global library merged with its own folder's project library.
      (uri) => this.library.bundleFor(filePath(uri)),
    );
    this.log(model ? `searches are guided by the model in ${model}` : "no model found: searches use the hand-set costs");
    this.log(`Grimoire server started (pid ${process.pid}); library store in ${path.dirname(this.store.file)}`);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.RefactorRewrite], resolveProvider: true },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [ServerCommands.recordAccepted, ServerCommands.synthesizeFunction] },
        // Every folder of a multi-root window has its project library, so the server follows folders coming and going.
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "grimoire", version: "0.1.0" },
    };
  }

  private async initialized(): Promise<void> {
    // Subscribed before anything is awaited, so that no change sent right after `initialized` is missed.
    if (this.hasFolderChanges) {
      this.connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = event.removed.flatMap((f) => projectFolder(f) ?? []);
        const added = event.added.flatMap((f) => projectFolder(f) ?? []);
        this.log(`workspace folders: ${[...added.map((f) => `+${f.name}`), ...removed.map((f) => `-${f.name}`)].join(" ") || "no change on disk"}`);
        void this.library.changeFolders({ added, removed });
      });
    }
    await this.loadSettings(undefined);
    this.storeWatch = this.store.watch(() => {
      void this.connection.sendNotification(Notifications.libraryChanged);
      // Another window may have accepted a function: idle-time learning may be due.
      void this.libraryLearning.check();
    });
    await this.library.start();
  }

  private shutdown(): void {
    this.storeWatch?.dispose();
    this.library.dispose();
    this.libraryLearning.dispose();
    this.learning.dispose();
    this.workspace.dispose();
  }

  /** Settings come from `workspace/configuration` when the client has it, else from the change notification. */
  private async loadSettings(pushed: unknown): Promise<void> {
    let section: Partial<GrimoireSettings> | undefined;
    if (this.canPullConfiguration) {
      try {
        section = (await this.connection.workspace.getConfiguration("grimoire")) as Partial<GrimoireSettings> | undefined;
      } catch (error) {
        this.log(`could not read settings: ${(error as Error).message}`);
      }
    } else if (pushed && typeof pushed === "object" && "grimoire" in pushed) {
      section = (pushed as { grimoire: Partial<GrimoireSettings> }).grimoire;
    }
    if (!section) return;
    this.settings = mergeSettings(section);
    this.workspace.configure(this.settings);
    this.learning.enabled = this.settings.learnFromUse;
    this.libraryLearning.threshold = this.settings.library.autoLearnAfter;
    for (const document of this.documents.all()) {
      const id = LANGUAGE_IDS[document.languageId];
      if (id && !this.settings.languages.includes(id.language)) {
        // A language just turned off: forget its documents and clear what was shown for them.
        this.workspace.close(document.uri);
        void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      } else this.documentChanged(document);
    }
  }

  private documentChanged(document: TextDocument, opened = false): void {
    const id = LANGUAGE_IDS[document.languageId];
    if (!id || !this.settings.languages.includes(id.language)) return;
    const text = document.getText();
    this.workspace.update({ uri: document.uri, version: document.version, language: id.language, jsx: id.jsx, text }, opened);
    for (const entry of this.pendingAcceptances.landed(document.uri, document.version, text)) void this.recordAccepted(entry);
  }

  private async publishDiagnostics(uri: string): Promise<void> {
    const analysis = this.workspace.latestAnalysis(uri);
    if (!analysis) return;
    const diagnostics = this.workspace.problems(analysis).map((p) => ({
      range: p.range,
      message: p.message,
      severity: DiagnosticSeverity.Error,
      source: "grimoire",
    }));
    await this.connection.sendDiagnostics({ uri, version: analysis.snapshot.version, diagnostics });
    this.refreshLenses();
  }

  /** Asks the client to fetch lenses again, at most every 100 ms. */
  private refreshLenses(): void {
    if (!this.canRefreshLenses || this.lensRefresh) return;
    this.lensRefresh = setTimeout(() => {
      this.lensRefresh = undefined;
      void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
    }, 100);
  }

  private codeLens(uri: string, lens: LensInfo): CodeLens {
    const examples = `${lens.exampleCount} example${lens.exampleCount === 1 ? "" : "s"}`;
    // VS Code's client command shows a cancellable notification; other editors get the server's command.
    const run = (title: string) =>
      this.hasClientCommands
        ? { title, command: CLIENT_COMMANDS.synthesizeAtCursor, arguments: [uri, lens.position] }
        : { title, command: ServerCommands.synthesizeFunction, arguments: [{ uri, name: lens.name, candidate: 0 } satisfies ActionData] };
    const state = lens.state;
    switch (state.kind) {
      case "error":
        return { range: lens.range, command: { title: `⚠ ${shorten(state.message)}`, command: this.hasClientCommands ? CLIENT_COMMANDS.showOutput : "" } };
      case "solved":
        return { range: lens.range, command: run(`✓ solved in ${formatSeconds(state.ms)}`) };
      case "searching":
        return { range: lens.range, command: run(`$(sync~spin) Synthesizing from ${examples}…`) };
      case "unsolved":
      case "failed":
        return { range: lens.range, command: run(`✗ ${shorten(state.message)}: try again`) };
      default:
        return { range: lens.range, command: run(`Synthesize from ${examples}`) };
    }
  }

  private codeActions(uri: string, actions: ReturnType<Workspace["actions"]>): CodeAction[] {
    return actions.map((a) => {
      if (a.kind === "ask") {
        const action = CodeAction.create(a.title, { changes: { [uri]: [a.edit] } }, CodeActionKind.RefactorRewrite);
        if (this.hasClientCommands) action.command = { title: "Place the cursor", command: CLIENT_COMMANDS.placeCursor, arguments: [uri, a.cursor] };
        return action;
      }
      const data: ActionData = { uri, name: a.name, candidate: a.candidate };
      // Without resolve support the edit cannot come later, so the action runs a command that searches and applies it.
      const action = this.canResolveEdits
        ? CodeAction.create(a.title, CodeActionKind.RefactorRewrite)
        : CodeAction.create(a.title, { title: a.title, command: ServerCommands.synthesizeFunction, arguments: [data] }, CodeActionKind.RefactorRewrite);
      if (this.canResolveEdits) action.data = data;
      if (a.candidate === 0) action.isPreferred = true;
      return action;
    });
  }

  /** The search happens here, when the user picks the action; background search has usually cached it. */
  private async resolveAction(action: CodeAction, token: Parameters<Parameters<Connection["onCodeActionResolve"]>[0]>[1]): Promise<CodeAction> {
    const data = action.data as ActionData | undefined;
    if (!data || typeof data.uri !== "string") return action;
    const answer = await this.workspace.synthesize(data.uri, { name: data.name }, data.candidate, token);
    if (answer.status !== "solved") {
      if (answer.status !== "cancelled") void this.connection.window.showWarningMessage(`Grimoire: ${answer.message}`);
      return action;
    }
    action.edit = { documentChanges: [{ textDocument: { uri: data.uri, version: answer.version }, edits: answer.edits }] };
    // No command records it: the function is recorded when the document shows the edit (see PendingAcceptances).
    const document = this.documents.get(data.uri);
    if (document?.version === answer.version) this.pendingAcceptances.expect(data.uri, answer.version, document.getText(), answer.edits, answer.accepted);
    return action;
  }

  /** The command form of the Synthesize action: search, apply the edit through the client, record it. */
  private async synthesizeAndApply(argument: unknown): Promise<void> {
    const data = argument as ActionData | undefined;
    if (!data || typeof data.uri !== "string" || typeof data.name !== "string") return;
    const answer = await this.workspace.synthesize(data.uri, { name: data.name }, typeof data.candidate === "number" ? data.candidate : 0);
    if (answer.status !== "solved") {
      if (answer.status !== "cancelled") void this.connection.window.showWarningMessage(`Grimoire: ${answer.message}`);
      return;
    }
    const applied = await this.connection.workspace.applyEdit({
      label: `Synthesize ${answer.name}`,
      edit: { documentChanges: [{ textDocument: { uri: data.uri, version: answer.version }, edits: answer.edits }] },
    });
    if (applied.applied) await this.recordAccepted(answer.accepted);
    else this.log(`the editor did not apply the edit for ${answer.name}${applied.failureReason ? `: ${applied.failureReason}` : ""}`);
  }

  private reply(answer: SynthesisAnswer): SynthesisReply {
    if (answer.status !== "solved") return { status: answer.status, function: answer.name, message: answer.message };
    return {
      status: "solved",
      function: answer.name,
      message: answer.message,
      version: answer.version,
      edits: answer.edits,
      accepted: answer.accepted,
      ms: answer.ms,
    };
  }

  private async recordAccepted(entry: unknown): Promise<void> {
    if (!isAcceptedEntry(entry)) {
      this.log("recordAccepted: ignored an argument that is not a library entry");
      return;
    }
    try {
      const added = await this.store.add(entry);
      this.log(`library: recorded ${added.name}`);
      this.learning.noteAccepted();
      void this.libraryLearning.check();
      void this.connection.sendNotification(Notifications.libraryChanged);
    } catch (error) {
      this.log(`library: could not record ${entry.name}: ${(error as Error).message}`);
      void this.connection.window.showErrorMessage(`Grimoire could not record ${entry.name} in the library: ${(error as Error).message}`);
    }
  }

  /**
   * Learns library functions from the accepted functions, with work-done progress (cancellable
   * there, and through the request). The learning runs in a worker thread.
   */
  private async learnLibrary(token?: CancellationToken): Promise<LearnLibraryReply> {
    // A request from the client comes with its own cancellable notification; a run in idle time
    // (no token) shows the server's progress instead, so that one run never shows two.
    const reporter = this.canShowProgress && !token ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    reporter?.begin("Grimoire: learning library functions", undefined, "from your accepted functions", true);
    const tokens = [token, reporter?.token].filter((t): t is CancellationToken => t !== undefined);
    const cancellation = {
      get isCancellationRequested() {
        return tokens.some((t) => t.isCancellationRequested);
      },
      onCancellationRequested: (listener: () => void) => {
        const subscriptions = tokens.map((t) => t.onCancellationRequested(listener));
        return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
      },
    };
    const started = new Date();
    try {
      const summary = await this.library.learn(await this.store.list(), cancellation);
      this.log(`library: ${summary.message}`);
      // Idle-time learning counts new accepted functions from the last run that went through.
      if (summary.status !== "cancelled") {
        this.libraryLearning.noteLearned();
        await writeLastLearningRun(path.dirname(this.store.file), started).catch((error: Error) => this.log(`library: could not note the learning run: ${error.message}`));
      }
      return { status: summary.status, added: summary.added, message: summary.message };
    } catch (error) {
      const message = `Learning failed: ${(error as Error).message}`;
      this.log(`library: ${message}`);
      return { status: "error", added: [], message };
    } finally {
      reporter?.done();
    }
  }

  /** Runs a change of a learned library; a refused change (a taken name, a caller in the way) is answered, not thrown. */
  private async changeLibrary(change: () => Promise<string>): Promise<LibraryChangeReply> {
    try {
      const message = await change();
      await this.library.reload();
      this.log(`library: ${message}`);
      return { ok: true, message };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  }

  private insertLearned(params: InsertLearnedParams): InsertLearnedReply {
    const id = LANGUAGE_IDS[params.languageId];
    const language = id?.language ?? "typescript";
    const document = params.uri ? this.documents.get(params.uri) : undefined;
    const text = document?.getText() ?? "";
    const offset = document ? document.offsetAt(params.position) : 0;
    const insertion = this.library.insertion({ ...params, folder: this.folderId(params.folder) }, text, offset, language);
    if (!insertion) return { edits: [], message: "That function is no longer in the library." };
    if (insertion.inserted.length === 0) return { edits: [], message: "This file already defines it." };
    // A document the server does not read (another language) gets the code at the position as it is.
    const at = (o: number) => (document ? document.positionAt(o) : params.position);
    return {
      edits: insertion.edits.map((e) => ({ range: { start: at(e.start), end: at(e.end) }, newText: e.newText })),
      message: `Inserted ${insertion.inserted.join(", ")}.`,
    };
  }

  /** Status for the client's status item, and a work-done progress (the status bar spinner) while searching. */
  private activityChanged(activity: SearchActivity): void {
    this.searching = activity.running !== undefined || activity.queued > 0;
    const text = activity.running ? `Synthesizing ${activity.running.name}` : "Grimoire: idle";
    const detail = activity.queued > 0 ? `${activity.queued} more waiting` : undefined;
    void this.connection.sendNotification(Notifications.status, { state: activity.running ? "searching" : "idle", text, detail });
    if (!this.canShowProgress) return;
    if (activity.running) {
      const message = `${activity.running.name}${detail ? ` (${detail})` : ""}`;
      if (!this.progress) {
        this.progress = this.connection.window.createWorkDoneProgress().then((reporter) => {
          reporter.begin("Grimoire", undefined, message);
          return reporter;
        });
      } else void this.progress.then((reporter) => reporter.report(message));
    } else if (this.progress) {
      const done = this.progress;
      this.progress = undefined;
      void done.then((reporter) => reporter.done());
    }
  }

  /**
   * A folder a request names (its URI), as the library session knows it. The client sends back what
   * the server listed, or a folder of its own list, which it may spell differently (VS Code escapes
   * characters Node leaves as they are): a folder unknown by its URI is looked up by its path.
   */
  private folderId(uri: string | undefined): string | undefined {
    if (uri === undefined) return undefined;
    const folders = this.library.folders();
    if (folders.some((f) => f.id === uri)) return uri;
    const file = filePath(uri);
    return folders.find((f) => file !== undefined && path.resolve(f.path) === path.resolve(file))?.id ?? uri;
  }
}

/**
 * The workspace folders on disk, each with its project library; a client without workspace folders
 * names its root instead. None for a window without a folder.
 */
function workspaceFolders(params: InitializeParams): ProjectFolder[] {
  if (params.workspaceFolders) return params.workspaceFolders.flatMap((f) => projectFolder(f) ?? []);
  const root = params.rootUri ? projectFolder({ uri: params.rootUri, name: "" }) : undefined;
  return root ? [root] : [];
}

/** An LSP workspace folder as the library session knows it; undefined for one not on disk. */
function projectFolder(folder: WorkspaceFolder): ProjectFolder | undefined {
  const file = filePath(folder.uri);
  return file === undefined ? undefined : { id: folder.uri, path: file, name: folder.name || path.basename(file) };
}

/** The file a `file:` URI names; undefined for other schemes (an unsaved document, a remote one). */
function filePath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** A lens is one line above the function: long messages are cut (the diagnostic has the whole text). */
function shorten(message: string): string {
  return message.length > 90 ? `${message.slice(0, 87)}...` : message;
}

function mergeSettings(section: Partial<GrimoireSettings> | undefined): GrimoireSettings {
  const s = section ?? {};
  const number = (value: unknown, fallback: number, min: number, max: number) =>
    typeof value === "number" && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
  const languages = Array.isArray(s.languages)
    ? s.languages.filter((l): l is SourceLanguage => l === "typescript" || l === "javascript" || l === "python")
    : DEFAULT_SETTINGS.languages;
  const library: Partial<GrimoireSettings["library"]> = s.library && typeof s.library === "object" ? s.library : {};
  return {
    timeoutSeconds: number(s.timeoutSeconds, DEFAULT_SETTINGS.timeoutSeconds, 0.1, 600),
    backgroundSearch: typeof s.backgroundSearch === "boolean" ? s.backgroundSearch : DEFAULT_SETTINGS.backgroundSearch,
    backgroundDelayMs: number(s.backgroundDelayMs, DEFAULT_SETTINGS.backgroundDelayMs, 0, 10_000),
    memoryLimitMb: number(s.memoryLimitMb, DEFAULT_SETTINGS.memoryLimitMb, 128, 16_384),
    languages,
    alternatives: Math.round(number(s.alternatives, DEFAULT_SETTINGS.alternatives, 0, 10)),
    guidance: typeof s.guidance === "boolean" ? s.guidance : DEFAULT_SETTINGS.guidance,
    learnFromUse: typeof s.learnFromUse === "boolean" ? s.learnFromUse : DEFAULT_SETTINGS.learnFromUse,
    library: {
      emit: library.emit === "helper" || library.emit === "inline" ? library.emit : DEFAULT_SETTINGS.library.emit,
      autoLearnAfter: Math.round(number(library.autoLearnAfter, DEFAULT_SETTINGS.library.autoLearnAfter, 0, 1000)),
    },
  };
}

function isAcceptedEntry(x: unknown): x is NewAcceptedFunction {
  if (!x || typeof x !== "object") return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.name === "string" &&
    typeof e.signature === "string" &&
    typeof e.code === "string" &&
    typeof e.taskKey === "string" &&
    (e.language === "typescript" || e.language === "javascript" || e.language === "python") &&
    Array.isArray(e.examples) &&
    e.examples.every((s) => typeof s === "string")
  );
}
