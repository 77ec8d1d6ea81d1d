// Grimoire's own messages between the VS Code client and the language server, typed once here and
// imported by both sides (as vscode-eslint does). Standard LSP covers the rest: diagnostics, code
// lenses, code actions and their resolve, work-done progress.
import { NotificationType, NotificationType0, RequestType, RequestType0 } from "vscode-jsonrpc";
import type { ProgramJson } from "../library/library-file";

/** One function the user accepted, as kept in the library store. */
export interface AcceptedFunction {
  /** Stable identifier (random), used to delete an entry. */
  readonly id: string;
  readonly name: string;
  /** The signature as it reads in its language, e.g. `titleCase(s: string): string`. */
  readonly signature: string;
  readonly language: "typescript" | "javascript" | "python";
  /** When it was accepted, ISO 8601. */
  readonly acceptedAt: string;
  /** The examples as written, one call and its value each: `titleCase("a b") => "A B"`. */
  readonly examples: readonly string[];
  /** The whole function as inserted. */
  readonly code: string;
  /** The document it was accepted in (a URI), when there was one. */
  readonly sourceUri?: string;
  /** The task's content hash (the same task gives the same key). */
  readonly taskKey: string;
  /** What the model learns from (fine-tuning in idle time): the task and the operators of the accepted program. */
  readonly learning?: LearningExample;
  /**
   * The program itself (library functions expanded where they can be), for library learning.
   * Entries accepted before Grimoire kept it have none and are simply not learned from.
   */
  readonly program?: ProgramJson;
}

/** An accepted function before the store gives it an id and a date. */
export type NewAcceptedFunction = Omit<AcceptedFunction, "id" | "acceptedAt">;

/** A solved task as the model learns from it: the signature and examples, and the program's operators. */
export interface LearningExample {
  readonly task: {
    readonly name: string;
    readonly params: readonly { readonly name: string; readonly type: unknown }[];
    readonly returnType: unknown;
    readonly examples: readonly { readonly inputs: readonly unknown[]; readonly output: unknown }[];
  };
  readonly operators: readonly string[];
}

/** What the server is doing, for the client's language status item. */
export interface ServerStatus {
  readonly state: "idle" | "searching" | "error";
  /** Short text for the status item, e.g. "Synthesizing titleCase". */
  readonly text: string;
  /** Longer text for its hover. */
  readonly detail?: string;
}

export interface SynthesizeAtCursorParams {
  readonly uri: string;
  /** 0-based line and UTF-16 character, as LSP positions are. */
  readonly position: { readonly line: number; readonly character: number };
}

export interface SynthesizeFromExamplesParams {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
  /** One `call => value` per entry, e.g. `titleCase("a b") => "A B"`. */
  readonly examples: readonly string[];
}

/** A text change in LSP terms (the client turns it into a WorkspaceEdit). */
export interface PlainTextEdit {
  readonly range: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
  readonly newText: string;
}

export interface SynthesisReply {
  readonly status: "solved" | "unsolved" | "error" | "cancelled";
  /** The function's name, when one was found. */
  readonly function?: string;
  /** What happened, for the user (errors name the example and what is wrong). */
  readonly message: string;
  /** The document's version the edits apply to. */
  readonly version?: number;
  readonly edits?: readonly PlainTextEdit[];
  /** The library entry to record once the edits are applied (the client passes it to `grimoire.recordAccepted`). */
  readonly accepted?: NewAcceptedFunction;
  readonly ms?: number;
}

/** A learned library function, as the Library view shows it. */
export interface LearnedFunctionInfo {
  readonly id: string;
  /** Which library holds it: the user's global one, or a workspace folder's `.grimoire/library.json`. */
  readonly scope: "global" | "project";
  /** For a project function: the workspace folder (its URI, as the client named it) whose library holds it. */
  readonly folder?: string;
  /** For a project function: that folder's name, for the view to show when the window has several folders. */
  readonly folderName?: string;
  readonly name: string;
  /** In Grimoire's neutral notation, e.g. `shiftMod(a: [num], b: num, c: num): [num]`. */
  readonly signature: string;
  /** The body in the same notation, its parameters named a, b, c. */
  readonly body: string;
  /** Its definition as a helper in each language. */
  readonly code: Readonly<Record<"typescript" | "javascript" | "python", string>>;
  /** How many times the solved functions it was learned from call it. */
  readonly uses: number;
  /** The functions it was learned from. */
  readonly tasks: readonly string[];
  readonly pinned: boolean;
  /** When it was added, ISO 8601. */
  readonly learnedAt: string;
  /**
   * Why searches do not use it, when they do not (a project function of the same name wins); with
   * several folders, the reason names the folders where it is left out.
   */
  readonly leftOut?: string;
}

/** Which learned function a Library view action is about. */
export interface LearnedFunctionRef {
  readonly id: string;
  readonly scope: "global" | "project";
  /**
   * For a project function: the workspace folder (its URI) whose library holds it, as `folder` of
   * its LearnedFunctionInfo. Without it, the first folder's library is meant.
   */
  readonly folder?: string;
}

/** Add to Project Library: the global function, and the workspace folder (its URI) whose project library gets it. */
export interface ShareLearnedParams extends LearnedFunctionRef {
  /** Without it, the first folder's library gets it (the client asks which folder when there are several). */
  readonly toFolder?: string;
}

export interface ExportLibraryParams {
  readonly language: "typescript" | "python";
  /**
   * The workspace folder (its URI) whose project functions go into the module with the global ones;
   * without it, the first folder's.
   */
  readonly folder?: string;
}

/** The answer to a change of the library: whether it was made, and what to tell the user. */
export interface LibraryChangeReply {
  readonly ok: boolean;
  readonly message: string;
}

export interface LearnLibraryReply {
  readonly status: "learned" | "nothing" | "cancelled" | "too-few" | "error";
  /** The functions added to the global library. */
  readonly added: readonly string[];
  readonly message: string;
}

export interface InsertLearnedParams extends LearnedFunctionRef {
  /** The document to insert into, when it is one Grimoire reads (its imports are then completed too). */
  readonly uri?: string;
  readonly position: { readonly line: number; readonly character: number };
  /** The editor's language id: the helper is written in its language (TypeScript for any other). */
  readonly languageId: string;
}

export interface InsertLearnedReply {
  /** The edits to apply; none when the document already defines the function. */
  readonly edits: readonly PlainTextEdit[];
  readonly message: string;
}

export const Requests = {
  /** Synthesizes the function around the position (user-started; the client shows a notification). */
  synthesizeAtCursor: new RequestType<SynthesizeAtCursorParams, SynthesisReply, void>("grimoire/synthesizeAtCursor"),
  /** Synthesizes a new function from examples typed by the user and inserts it at the position. */
  synthesizeFromExamples: new RequestType<SynthesizeFromExamplesParams, SynthesisReply, void>("grimoire/synthesizeFromExamples"),
  /** Every accepted function, newest first. */
  listLibrary: new RequestType0<readonly AcceptedFunction[], void>("grimoire/library/list"),
  /** Forgets what the model learned from the user's functions and goes back to the shipped model. */
  resetModel: new RequestType0<string, void>("grimoire/model/reset"),
  /** Deletes an accepted function; answers whether it was there. */
  deleteFromLibrary: new RequestType<{ readonly id: string }, boolean, void>("grimoire/library/delete"),
  /** Every learned function, the project libraries' first (folder by folder), then the global ones. */
  listLearned: new RequestType0<readonly LearnedFunctionInfo[], void>("grimoire/library/learned"),
  /** Learns library functions from the accepted functions now (with work-done progress; cancellable). */
  learnLibrary: new RequestType0<LearnLibraryReply, void>("grimoire/library/learn"),
  /** Renames a learned function (emitted helpers and the functions that call it use the new name). */
  renameLearned: new RequestType<LearnedFunctionRef & { readonly name: string }, LibraryChangeReply, void>("grimoire/library/rename"),
  /** Pins or unpins a learned function (pinned ones survive clearing the library). */
  pinLearned: new RequestType<LearnedFunctionRef & { readonly pinned: boolean }, LibraryChangeReply, void>("grimoire/library/pin"),
  /** Copies a global learned function (and those it calls) into a workspace folder's project library. */
  shareLearned: new RequestType<ShareLearnedParams, LibraryChangeReply, void>("grimoire/library/share"),
  /** Deletes a learned function; the library functions that call it get its body in its place. */
  deleteLearned: new RequestType<LearnedFunctionRef, LibraryChangeReply, void>("grimoire/library/deleteLearned"),
  /** The edits that insert a learned function (and the library functions it calls) at a position. */
  insertLearned: new RequestType<InsertLearnedParams, InsertLearnedReply, void>("grimoire/library/insertLearned"),
  /** The learned library as a module of the language: the global functions and one folder's project functions. */
  exportLibrary: new RequestType<ExportLibraryParams, string, void>("grimoire/library/export"),
} as const;

export const Notifications = {
  /** Sent by the server when the accepted functions or the learned library changed (in this window or another). */
  libraryChanged: new NotificationType0("grimoire/library/changed"),
  /** Sent by the server when what it is doing changes. */
  status: new NotificationType<ServerStatus>("grimoire/status"),
} as const;

/** Commands the server executes (`workspace/executeCommand`). */
export const ServerCommands = {
  /** Records an accepted function in the library; argument: `SynthesisReply["accepted"]`. */
  recordAccepted: "grimoire.recordAccepted",
  /**
   * Synthesizes a function and applies the edit with `workspace/applyEdit`; argument:
   * `{ uri, name, candidate }`. For editors without `codeAction/resolve` and for lenses outside VS Code.
   */
  synthesizeFunction: "grimoire.synthesizeFunction",
} as const;

/** What the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** The extension's global storage folder; the library store lives there. */
  readonly storagePath?: string;
  readonly settings?: Partial<GrimoireSettings>;
  /** The client registers Grimoire's own commands (the VS Code extension does; other editors do not). */
  readonly clientCommands?: boolean;
}

/** The `grimoire.*` settings the server reads. */
export interface GrimoireSettings {
  /** Seconds per search. */
  readonly timeoutSeconds: number;
  /** Search in the background when examples change. */
  readonly backgroundSearch: boolean;
  /** Milliseconds to wait after the last edit before a background search starts. */
  readonly backgroundDelayMs: number;
  /** Memory limit of the search worker, in MB. */
  readonly memoryLimitMb: number;
  readonly languages: readonly ("typescript" | "javascript" | "python")[];
  /** How many other candidates to offer. */
  readonly alternatives: number;
  /** Let the neural model steer the search. */
  readonly guidance: boolean;
  /** Fine-tune the model on accepted functions in idle time. */
  readonly learnFromUse: boolean;
  readonly library: LibrarySettings;
}

/** The `grimoire.library.*` settings. */
export interface LibrarySettings {
  /** `inline`: library functions are expanded in the filled function; `helper`: called by name, defined once in the file. */
  readonly emit: "inline" | "helper";
  /** Learn library functions in idle time once this many functions were accepted since the last run (0: never). */
  readonly autoLearnAfter: number;
}

export const DEFAULT_SETTINGS: GrimoireSettings = {
  timeoutSeconds: 10,
  backgroundSearch: true,
  backgroundDelayMs: 400,
  memoryLimitMb: 1024,
  languages: ["typescript", "javascript", "python"],
  alternatives: 2,
  // Off until guided searches generalize as well as plain ones (see README, "Neural guidance").
  guidance: false,
  learnFromUse: true,
  library: { emit: "inline", autoLearnAfter: 5 },
};
