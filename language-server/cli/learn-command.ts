// `grimoire learn`: solves the tasks of benchmark files, then learns library functions from the
// programs found and adds them to a library file.
import { parseArgs } from "node:util";
import { BenchPathError, isBenchTask, loadBenchmarks } from "../bench/load";
import { synthesize } from "../engine/synthesize";
import { learnAbstractions, type CorpusProgram } from "../library/learn";
import { defaultLibraryFile, LibraryFormatError } from "../library/library-file";
import { bodyOf, LibraryChangeError, LibraryStore, LockTimeoutError, signatureOf } from "../library/library-store";
import { EXIT_OK, EXIT_USAGE, timeoutOption, usageErrors, UsageError, type CliIo } from "./io";

export const LEARN_USAGE = `Usage: grimoire learn --from PATH... [--library FILE] [--timeout S] [--limit N]

Solves the tasks in PATH (benchmark files or directories, as for 'grimoire bench'), with the
library's functions available, then learns new functions from the programs found: sub-programs
that at least two tasks share. They are added to the library.

Options:
  --from PATH    tasks to solve and learn from (may be given more than once)
  --library FILE the library to use and extend (default: $GRIMOIRE_HOME/library.json, else
                 ~/.grimoire/library.json)
  --timeout S    seconds per task, may be fractional (default 1)
  --limit N      solve only the first N tasks
  -h, --help     show this help
`;

export async function learnCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = usageErrors(() =>
    parseArgs({
      args: [...args],
      strict: true,
      options: {
        from: { type: "string", multiple: true },
        library: { type: "string" },
        timeout: { type: "string" },
        limit: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (values.help) {
    io.stdout(LEARN_USAGE);
    return EXIT_OK;
  }
  if (!values.from || values.from.length === 0) throw new UsageError("learn needs at least one --from PATH");
  const timeoutMs = timeoutOption(values.timeout, 1);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (values.limit !== undefined && !(/^\d+$/.test(values.limit) && limit > 0)) throw new UsageError(`--limit must be a positive whole number, not '${values.limit}'`);
  const file = values.library ?? defaultLibraryFile();
  // The CLI leaves a damaged library where it is, for the user to fix, rather than setting it aside.
  const store = new LibraryStore(file, { damaged: "throw", onProblem: (problem) => io.stderr(`grimoire learn: ${problem.message}\n`) });
  let library;
  try {
    library = await store.list();
  } catch (error) {
    if (error instanceof LibraryFormatError) {
      io.stderr(`grimoire learn: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  let loaded;
  try {
    loaded = loadBenchmarks(values.from, limit);
  } catch (error) {
    if (error instanceof BenchPathError) {
      io.stderr(`grimoire learn: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const tasks = loaded.entries.filter(isBenchTask);
  const corpus: CorpusProgram[] = [];
  for (const [i, entry] of tasks.entries()) {
    const result = synthesize(entry.task, { timeoutMs, library: library.map((f) => f.operator) });
    if (result.best) corpus.push({ task: `${entry.suite}/${entry.task.name}`, program: result.best.program });
    io.stderr(`[${i + 1}/${tasks.length}] ${entry.task.name}: ${result.best ? result.best.expression : "unsolved"}\n`);
  }
  const started = performance.now();
  const learned = learnAbstractions(corpus, { takenNames: new Set(library.map((f) => f.name)), maxAbstractions: 20 });
  const ms = Math.round(performance.now() - started);
  // Another process may have changed the library while the tasks were solved: the store merges
  // under its lock, skipping functions it already has and numbering names taken meanwhile.
  let result;
  try {
    result = await store.addLearned(learned.abstractions);
  } catch (error) {
    if (error instanceof LibraryFormatError || error instanceof LibraryChangeError || error instanceof LockTimeoutError) {
      io.stderr(`grimoire learn: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const entries = await store.list();
  io.stdout(
    `Solved ${corpus.length} of ${tasks.length} tasks; learned ${count(learned.abstractions.length, "function")} in ${ms} ms ` +
      `(corpus ${learned.sizeBefore} -> ${learned.sizeAfter} nodes). Library: ${file} (${count(entries.length, "function")})\n`,
  );
  // The functions as stored: a name taken meanwhile was numbered, and calls follow it.
  const added = result.added.map((f) => entries.find((e) => e.id === f.id)).filter((e) => e !== undefined);
  for (const e of added) io.stdout(`  ${signatureOf(e.operator.abstraction!)} = ${bodyOf(e.operator.abstraction!)}   used ${e.uses} times by ${e.tasks.length} tasks\n`);
  for (const s of result.skipped) io.stdout(`  ${s.name}: already in the library as ${s.sameAs}\n`);
  return EXIT_OK;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
