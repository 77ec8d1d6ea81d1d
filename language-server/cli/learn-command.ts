// `grimoire learn`: solves the tasks of benchmark files, then learns library functions from the
// programs found, and from the functions accepted in the editor when asked, and adds them to a
// library file.
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { BenchPathError, isBenchTask, loadBenchmarks, type LoadedBenchmarks } from "../bench/load";
import { synthesize } from "../engine/synthesize";
import { learnAbstractions, type CorpusProgram } from "../library/learn";
import { AcceptedStore } from "../library/accepted-store";
import { defaultLibraryFile, LibraryFormatError, programFromJson } from "../library/library-file";
import { corpusFromAccepted } from "../session/library-learning";
import { bodyOf, LibraryChangeError, LibraryStore, LockTimeoutError, signatureOf } from "../library/library-store";
import { EXIT_OK, EXIT_USAGE, timeoutOption, usageErrors, UsageError, type CliIo } from "./io";
import { count } from "../text/count";

export const LEARN_USAGE = `Usage: grimoire learn [--from PATH...] [--accepted DIR] [--library FILE] [--timeout S] [--limit N]

Solves the tasks in PATH (benchmark files or directories, as for 'grimoire bench'), with the
library's functions available, then learns new functions from the programs found, together with
the functions accepted in the editor (--accepted): sub-programs that at least two tasks share.
They are added to the library.

Options:
  --from PATH... tasks to solve and learn from (several paths may follow one --from)
  --accepted DIR also learn from the accepted functions stored in DIR/accepted.json (the editor
                 keeps them in its global storage; the CLI's own store is $GRIMOIRE_HOME, else
                 ~/.grimoire)
  --library FILE the library to use and extend (default: $GRIMOIRE_HOME/library.json, else
                 ~/.grimoire/library.json)
  --timeout S    seconds per task, may be fractional (default 1)
  --limit N      solve only the first N tasks
  -h, --help     show this help
`;

export async function learnCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = usageErrors(() =>
    parseArgs({
      args: [...args],
      strict: true,
      // `--from a.json b.json` reads both, as the usage line's PATH... says: the paths after the
      // first arrive as positionals.
      allowPositionals: true,
      options: {
        from: { type: "string", multiple: true },
        accepted: { type: "string" },
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
  const from = [...(values.from ?? []), ...positionals];
  if (from.length === 0 && values.accepted === undefined) throw new UsageError("learn needs tasks to learn from: --from PATH or --accepted DIR");
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
  const corpus: CorpusProgram[] = [];
  if (values.accepted !== undefined) {
    const accepted = await acceptedPrograms(values.accepted, io);
    if (accepted === undefined) return EXIT_USAGE;
    corpus.push(...accepted);
  }
  let loaded: LoadedBenchmarks;
  try {
    loaded = from.length > 0 ? loadBenchmarks(from, limit) : { entries: [], skipped: [] };
  } catch (error) {
    if (error instanceof BenchPathError) {
      io.stderr(`grimoire learn: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const tasks = loaded.entries.filter(isBenchTask);
  const fromAccepted = corpus.length;
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
    `${from.length > 0 ? `Solved ${corpus.length - fromAccepted} of ${tasks.length} tasks; ` : ""}${values.accepted !== undefined ? `${count(fromAccepted, "accepted function")} with a program; ` : ""}learned ${count(learned.abstractions.length, "function")} in ${ms} ms ` +
      `(corpus ${learned.sizeBefore} -> ${learned.sizeAfter} nodes). Library: ${file} (${count(entries.length, "function")})\n`,
  );
  // The functions as stored: a name taken meanwhile was numbered, and calls follow it.
  const added = result.added.map((f) => entries.find((e) => e.id === f.id)).filter((e) => e !== undefined);
  for (const e of added) io.stdout(`  ${signatureOf(e.operator.abstraction!)} = ${bodyOf(e.operator.abstraction!)}   used ${e.uses} times by ${e.tasks.length} tasks\n`);
  for (const s of result.skipped) io.stdout(`  ${s.name}: already in the library as ${s.sameAs}\n`);
  return EXIT_OK;
}

/**
 * The programs of the accepted functions stored in `directory`, one per task. Entries from before
 * programs were kept have none and are left out; a store that cannot be read is reported.
 */
async function acceptedPrograms(directory: string, io: CliIo): Promise<CorpusProgram[] | undefined> {
  if (!fs.existsSync(path.join(directory, "accepted.json"))) {
    io.stderr(`grimoire learn: ${path.join(directory, "accepted.json")}: no such file\n`);
    return undefined;
  }
  let problem: string | undefined;
  const entries = await new AcceptedStore(directory, { onProblem: (p) => (problem = p.message) }).list();
  if (problem) io.stderr(`grimoire learn: ${problem}\n`);
  const programs: CorpusProgram[] = [];
  for (const entry of corpusFromAccepted(entries)) {
    try {
      programs.push({ task: entry.task, program: programFromJson(entry.program) });
    } catch (error) {
      io.stderr(`grimoire learn: the accepted function ${entry.task} has a program this Grimoire cannot read (${(error as Error).message}); left out\n`);
    }
  }
  return programs;
}
