// `grimoire synth`: fills the stubs of source files from the examples in their comments.
import { randomBytes } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import type { OperatorPrior } from "../engine/api";
import { guidanceModule } from "../guidance/load";
import { shippedModelDirectory } from "../guidance/location";
import { parseArgs } from "node:util";
import { applyEdits, fillDocument, type FunctionOutcome } from "../document/fill";
import { languageOfPath } from "../examples/read";
import type { Operator } from "../engine/operators";
import { readLibraryOption } from "./library-option";
import { EXIT_OK, EXIT_USAGE, timeoutOption, usageErrors, UsageError, type CliIo } from "./io";

export const SYNTH_USAGE = `Usage: grimoire synth FILE... [--function NAME] [--timeout S] [--json] [--write] [--alternatives N] [--force] [--guidance on|off] [--library FILE]

Reads the examples in each file's comments (JSDoc @example and \`// f(x) => y\` lines in
TypeScript and JavaScript, doctests and \`# f(x) => y\` lines in Python) and synthesizes every
stub that has them.

Options:
  --function NAME    only this function
  --timeout S        seconds per function, may be fractional (default 10)
  --json             one JSON object per function on stdout
  --write            replace each stub's body in place (written atomically)
  --alternatives N   how many other candidates to report (default 2)
  --force            also replace functions that already have a body
  --guidance on|off  let the neural model steer the search (default off)
  --library FILE     also search with the functions of this library (see 'grimoire learn');
                     the code written expands them in place
  -h, --help         show this help

Exit code: 0 when every function was solved, 1 when some were not, 2 on usage or I/O errors.
`;

/** Exit code when some function could not be synthesized. */
const EXIT_UNSOLVED = 1;

interface SynthArguments {
  readonly files: string[];
  readonly only?: string;
  readonly timeoutMs: number;
  readonly json: boolean;
  readonly write: boolean;
  readonly alternatives: number;
  readonly force: boolean;
  readonly guidance: boolean;
  readonly library?: string;
}

function parseSynthArguments(args: readonly string[]): SynthArguments | "help" {
  const parsed = usageErrors(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        function: { type: "string" },
        timeout: { type: "string" },
        json: { type: "boolean", default: false },
        write: { type: "boolean", default: false },
        alternatives: { type: "string" },
        force: { type: "boolean", default: false },
        guidance: { type: "string" },
        library: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("synth needs at least one FILE");
  const timeoutMs = timeoutOption(values.timeout, 10);
  const alternatives = values.alternatives === undefined ? 2 : Number(values.alternatives);
  if (!Number.isInteger(alternatives) || alternatives < 0 || alternatives > 20) {
    throw new UsageError(`--alternatives must be a whole number from 0 to 20, not '${values.alternatives}'`);
  }
  for (const file of positionals) {
    if (!languageOfPath(file)) throw new UsageError(`${file}: not a TypeScript, JavaScript or Python file`);
  }
  return {
    files: positionals,
    only: values.function,
    timeoutMs,
    json: values.json,
    write: values.write,
    alternatives,
    force: values.force,
    guidance: guidanceOption(values.guidance),
    library: values.library,
  };
}

function guidanceOption(value: string | undefined): boolean {
  // Off by default: guided searches are faster but, measured so far, pick programs that generalize a little worse.
  if (value === "on") return true;
  if (value === undefined || value === "off") return false;
  throw new UsageError(`--guidance must be on or off, not '${value}'`);
}

/** The shipped model's prior, or none when it is missing or cannot load (the search then uses the hand-set costs). */
async function loadPrior(io: CliIo): Promise<OperatorPrior | undefined> {
  const dir = shippedModelDirectory();
  if (!existsSync(path.join(dir, "model.json"))) return undefined;
  try {
    return (await guidanceModule().loadGuidance(dir)).prior();
  } catch (error) {
    io.stderr(`grimoire synth: searching without guidance: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so an interrupted run never leaves half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.grimoire-${randomBytes(4).toString("hex")}.tmp`;
  try {
    const { mode } = await fs.stat(file);
    await fs.writeFile(temporary, text, { mode });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

function location(file: string, outcome: FunctionOutcome): string {
  return outcome.range ? `${file}:${outcome.range.start.line + 1}:${outcome.range.start.column + 1}` : file;
}

export async function synthCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseSynthArguments(args);
  if (parsed === "help") {
    io.stdout(SYNTH_USAGE);
    return EXIT_OK;
  }
  let allSolved = true;
  let ioFailed = false;
  const prior = parsed.guidance ? await loadPrior(io) : undefined;
  let library: Operator[] | undefined;
  if (parsed.library !== undefined) {
    const entries = await readLibraryOption(parsed.library, "synth", io);
    if (!entries) return EXIT_USAGE;
    library = entries.map((entry) => entry.operator);
  }
  for (const file of parsed.files) {
    let text: string;
    try {
      text = await fs.readFile(file, "utf8");
    } catch (error) {
      io.stderr(`grimoire synth: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      ioFailed = true;
      continue;
    }
    const language = languageOfPath(file)!;
    const outcomes = await fillDocument(text, language, {
      timeoutMs: parsed.timeoutMs,
      alternatives: parsed.alternatives,
      only: parsed.only,
      force: parsed.force,
      prior,
      library,
    });
    if (parsed.only !== undefined && outcomes.length === 0) {
      io.stderr(`${file}: no function named ${parsed.only} with examples\n`);
      allSolved = false;
    }
    for (const o of outcomes) {
      if (o.status === "skipped") {
        io.stderr(`${file}: skipped ${o.function}: ${o.message}\n`);
        continue;
      }
      if (o.status !== "solved") allSolved = false;
      if (parsed.json) {
        io.stdout(
          JSON.stringify({
            file,
            function: o.function,
            language: o.language,
            status: o.status,
            code: o.code ?? null,
            ms: o.ms,
            alternatives: o.alternatives,
            question: o.question ?? null,
            message: o.message ?? null,
            line: o.range ? o.range.start.line + 1 : null,
            column: o.range ? o.range.start.column + 1 : null,
          }) + "\n",
        );
      } else if (o.status === "solved") {
        // The header is a comment in the file's own language, so the output can be pasted or piped into a file of it.
        const comment = o.language === "python" ? "#" : "//";
        io.stdout(`${comment} ${file}: ${o.function}, solved in ${o.ms} ms\n${o.code!.trimEnd()}\n\n`);
        if (o.question) io.stderr(`${file}: ${o.function}: the candidates disagree on ${o.function}(${o.question.map((v) => JSON.stringify(v)).join(", ")}); an example for it would settle which one is meant\n`);
      } else {
        io.stderr(`${location(file, o)}: ${o.function}: ${o.message}\n`);
      }
    }
    if (parsed.write) {
      const edits = outcomes.filter((o) => o.status === "solved").flatMap((o) => o.edits);
      if (edits.length > 0) {
        const updated = applyEdits(text, edits);
        if (updated !== text) {
          try {
            await writeAtomically(file, updated);
            io.stderr(`${file}: wrote ${edits.length} change${edits.length === 1 ? "" : "s"}\n`);
          } catch (error) {
            io.stderr(`grimoire synth: cannot write ${file}: ${(error as Error).message}\n`);
            ioFailed = true;
          }
        }
      }
    }
  }
  if (ioFailed) return EXIT_USAGE;
  return allSolved ? EXIT_OK : EXIT_UNSOLVED;
}
