// `grimoire library`: shows, exports, imports and clears a library file, through the store, so that
// it is safe while editors and other runs change the same file.
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { defaultLibraryFile, LibraryFormatError } from "../library/library-file";
import { bodyOf, LibraryChangeError, LibraryStore, LockTimeoutError, signatureOf } from "../library/library-store";
import { emitHelper } from "../engine/emit";
import { EXIT_OK, EXIT_USAGE, usageErrors, UsageError, type CliIo } from "./io";
import { count } from "../text/count";

export const LIBRARY_USAGE = `Usage: grimoire library list [--code] [--library FILE]
       grimoire library export --language typescript|javascript|python [--out FILE] [--library FILE]
       grimoire library import FILE [--library FILE]
       grimoire library clear [--all] [--library FILE]

Shows and changes a library of learned functions (see 'grimoire learn').

Subcommands:
  list     each function: name, signature, body, uses, tasks and whether it is pinned; with
           --code, also its code in TypeScript, JavaScript and Python
  export   the whole library as a TypeScript or JavaScript module (exported functions) or a
           Python module
  import   adds the functions of another library file; functions it already has are skipped,
           and a taken name is numbered (name_2)
  clear    removes the functions that are not pinned (pinned ones stay, with the functions they
           call); with --all, removes every function

Options:
  --library FILE        the library (default: $GRIMOIRE_HOME/library.json, else
                        ~/.grimoire/library.json)
  --code                for list: show each function's code in the three languages
  --language LANGUAGE   for export: typescript, javascript or python
  --out FILE            for export: write the module to FILE instead of standard output
  --all                 for clear: remove pinned functions too
  -h, --help            show this help
`;

const SUBCOMMANDS = new Set(["list", "export", "import", "clear"]);

export async function libraryCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = usageErrors(() =>
    parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: {
        library: { type: "string" },
        language: { type: "string" },
        out: { type: "string" },
        all: { type: "boolean", default: false },
        code: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (values.help) {
    io.stdout(LIBRARY_USAGE);
    return EXIT_OK;
  }
  const [subcommand, ...operands] = positionals;
  if (subcommand === undefined) throw new UsageError("library needs a subcommand: list, export, import or clear");
  if (!SUBCOMMANDS.has(subcommand)) throw new UsageError(`unknown library subcommand '${subcommand}' (list, export, import or clear)`);
  const expected = subcommand === "import" ? 1 : 0;
  if (operands.length !== expected) {
    throw new UsageError(expected === 1 ? "library import needs exactly one FILE to import" : `library ${subcommand} takes no FILE (the library is --library FILE)`);
  }
  if (values.language !== undefined && subcommand !== "export") throw new UsageError("--language is for library export");
  if (values.out !== undefined && subcommand !== "export") throw new UsageError("--out is for library export");
  if (values.all && subcommand !== "clear") throw new UsageError("--all is for library clear");
  if (values.code && subcommand !== "list") throw new UsageError("--code is for library list");

  const file = values.library ?? defaultLibraryFile();
  const report = (message: string) => io.stderr(`grimoire library: ${message}\n`);
  // A damaged library is left for the user to fix, except by clear, which starts over: there the
  // damaged file is set aside (never deleted) and where it went is reported.
  const store = new LibraryStore(file, { damaged: subcommand === "clear" ? "set-aside" : "throw", onProblem: (problem) => report(problem.message) });
  try {
    switch (subcommand) {
      case "list":
        return await list(store, io, values.code === true);
      case "export": {
        const language = values.language;
        if (language !== "typescript" && language !== "javascript" && language !== "python") {
          throw new UsageError(
            language === undefined ? "library export needs --language typescript, javascript or python" : `--language must be typescript, javascript or python, not '${language}'`,
          );
        }
        const module = await store.export(language);
        if (values.out === undefined) io.stdout(module);
        else {
          try {
            fs.writeFileSync(values.out, module);
          } catch (error) {
            report(`cannot write ${values.out}: ${(error as Error).message}`);
            return EXIT_USAGE;
          }
        }
        return EXIT_OK;
      }
      case "import": {
        const result = await store.import(operands[0]);
        io.stdout(`Imported ${count(result.added.length, "function")} from ${operands[0]} into ${file}\n`);
        for (const r of result.renamed) io.stdout(`  ${r.from} is named ${r.to}: the library already had a different ${r.from}\n`);
        for (const s of result.skipped) io.stdout(`  ${s.name} was already there${s.name === s.sameAs ? "" : ` as ${s.sameAs}`}\n`);
        return EXIT_OK;
      }
      case "clear": {
        const { removed, kept } = await store.clear({ all: values.all });
        io.stdout(`Removed ${count(removed, "function")} from ${file}${kept > 0 ? `; kept ${kept} (pinned, or called by a pinned one)` : ""}\n`);
        return EXIT_OK;
      }
    }
  } catch (error) {
    if (error instanceof LibraryFormatError || error instanceof LibraryChangeError || error instanceof LockTimeoutError) {
      report(error.message);
      return EXIT_USAGE;
    }
    throw error;
  }
  return EXIT_USAGE;
}

async function list(store: LibraryStore, io: CliIo, withCode: boolean): Promise<number> {
  const entries = await store.list();
  if (entries.length === 0) {
    io.stdout(`The library ${store.file} is empty.\n`);
    return EXIT_OK;
  }
  io.stdout(`${count(entries.length, "function")} in ${store.file}:\n`);
  for (const e of entries) {
    const def = e.operator.abstraction!;
    io.stdout(`\n${signatureOf(def)}${e.pinned ? "   [pinned]" : ""}\n`);
    io.stdout(`  = ${bodyOf(def)}\n`);
    io.stdout(`  used ${count(e.uses, "time")} by ${count(e.tasks.length, "task")}; learned ${e.learnedAt}; id ${e.id}\n`);
    if (withCode) {
      for (const language of ["typescript", "javascript", "python"] as const) {
        io.stdout(`  ${LANGUAGE_NAMES[language]}:\n${indent(emitHelper(def, language).trimEnd(), "    ")}\n`);
      }
    }
  }
  return EXIT_OK;
}

const LANGUAGE_NAMES = { typescript: "TypeScript", javascript: "JavaScript", python: "Python" } as const;
const indent = (text: string, by: string) => text.replace(/^/gm, by);
