// The search worker thread: runs one synthesis at a time for the language server, whose main thread
// never searches. Cancellation arrives through shared memory, because the search never yields to
// the event loop while it runs. The neural model is loaded here, on the first guided search.
// Library learning runs in a second worker started from this same file (one bundle serves both),
// so that a learning run neither blocks the server nor holds up searches.
import * as fs from "node:fs";
import * as path from "node:path";
import { parentPort } from "node:worker_threads";
import { emittedCandidate } from "../document/fill";
import type { OperatorPrior } from "../engine/api";
import type { Operator } from "../engine/operators";
import { synthesize } from "../engine/synthesize";
import { guidanceModule } from "../guidance/load";
import { mergeLibraries } from "../library/library-store";
import { learnFromCorpus } from "./library-learning";
import type { LearnRequest, LibraryBundle, SearchRequest, SearchWorkerMessage } from "./search-protocol";

const port = parentPort;
if (!port) throw new Error("search-worker must run in a worker thread");

const priors = new Map<string, Promise<OperatorPrior | undefined>>();

/** The prior of a model directory, loaded once per version of its weights; a model that cannot load leaves searches unguided. */
function priorFrom(directory: string | undefined): Promise<OperatorPrior | undefined> {
  if (!directory) return Promise.resolve(undefined);
  let stamp = 0;
  try {
    // Learning from use rewrites the user's model in place: new weights mean a new load.
    stamp = fs.statSync(path.join(directory, "weights.bin")).mtimeMs;
  } catch {
    return Promise.resolve(undefined);
  }
  const key = `${directory}@${stamp}`;
  let prior = priors.get(key);
  if (!prior) {
    prior = guidanceModule()
      .loadGuidance(directory)
      .then(
      (guidance) => guidance.prior(),
      () => undefined,
    );
    priors.set(key, prior);
  }
  return prior;
}

/**
 * The operators of the bundles used lately, by key, least recently used first. A multi-root window
 * sends one bundle per folder, and searches of its folders' documents take turns.
 */
const libraries = new Map<string, Operator[]>();
const KEPT_LIBRARIES = 8;

/**
 * The operators of a library bundle, built once per version of the libraries. On a name both
 * define, the project's function wins (mergeLibraries says which global ones are left out).
 */
function libraryFrom(bundle: LibraryBundle | undefined): Operator[] {
  if (!bundle) return [];
  let operators = libraries.get(bundle.key);
  if (!operators) {
    operators = [];
    try {
      operators = mergeLibraries(bundle.global, bundle.project).operators;
    } catch {
      // The server reads and checks the files before sending them; should they still not compile, searches go on without them.
    }
    if (libraries.size >= KEPT_LIBRARIES) libraries.delete(libraries.keys().next().value!);
  }
  libraries.delete(bundle.key);
  libraries.set(bundle.key, operators);
  return operators;
}

async function handle(request: SearchRequest): Promise<SearchWorkerMessage> {
  const flag = new Int32Array(request.cancelFlag);
  const cancellation = {
    get isCancellationRequested() {
      return Atomics.load(flag, 0) !== 0;
    },
  };
  try {
    const prior = await priorFrom(request.modelDirectory);
    const result = synthesize(request.task, {
      timeoutMs: request.timeoutMs,
      alternatives: request.alternatives,
      maxBankBytes: request.maxBankBytes,
      cancellation,
      prior,
      library: libraryFrom(request.library),
    });
    return {
      id: request.id,
      answer: {
        status: result.status,
        best: result.best && emittedCandidate(result.best, request.task),
        alternatives: result.alternatives.map((c) => emittedCandidate(c, request.task)),
        question: result.question,
        ms: result.ms,
      },
    };
  } catch (error) {
    return { id: request.id, failure: error instanceof Error ? error.message : String(error) };
  }
}

function handleLearn(request: LearnRequest): SearchWorkerMessage {
  try {
    return { id: request.id, learned: learnFromCorpus(request.learn) };
  } catch (error) {
    return { id: request.id, failure: error instanceof Error ? error.message : String(error) };
  }
}

// One job at a time, in arrival order, even though loading a model is asynchronous.
let queue: Promise<void> = Promise.resolve();
port.on("message", (request: SearchRequest | LearnRequest) => {
  queue = queue.then(async () => port.postMessage("learn" in request ? handleLearn(request) : await handle(request)));
});

port.postMessage({ ready: true } satisfies SearchWorkerMessage);
