// `grimoire bench`: runs the synthesizer over benchmark files and reports per task and per suite.
import { parseArgs } from "node:util";
import { BenchPathError, loadBenchmarks } from "../bench/load";
import { PEER_SOLVERS, peerUnavailable, type PeerSolver } from "../bench/peer";
import * as fs from "node:fs";
import * as path from "node:path";
import { formatComparison, formatJsonLine, formatProgress, formatSummary, summarize, summarizeComparison } from "../bench/report";
import { runBench, type GuidanceMode } from "../bench/run";
import { shippedModelDirectory } from "../guidance/location";
import { LIBRARY_VERSION, type LibraryJson } from "../library/library-file";
import { readLibraryOption } from "./library-option";
import { EXIT_OK, EXIT_USAGE, timeoutOption, usageErrors, UsageError, type CliIo } from "./io";

export const BENCH_USAGE = `Usage: grimoire bench PATH... [--timeout S] [--json] [--peer cvc4] [--limit N] [--guidance on|off|compare] [--model DIR]

Runs the synthesizer on benchmark tasks and reports how many it solves.

PATH is a SyGuS .sl file (SyGuS-IF v1 or v2), a BUSTLE, DreamCoder or list-functions-250 .json
file, a directory (every .sl and .json file below it) or a pattern with * in its last part.

Options:
  --timeout S    seconds per task, may be fractional (default 10)
  --json         one JSON object per task on stdout instead of the summary table
  --peer cvc4    also run cvc4 on each .sl task with the same time limit
  --limit N      run only the first N tasks
  --guidance M   on: search with the neural prior; off: without it (default); compare: every
                 task both ways in the same run, alternating, with a side-by-side summary
  --model DIR    the model to guide with (default: the shipped one, media/model)
  --library FILE also search with the functions of this library (see 'grimoire learn')
  -h, --help     show this help
`;

const DEFAULT_TIMEOUT_SECONDS = 10;

interface BenchArguments {
  readonly paths: string[];
  readonly timeoutMs: number;
  readonly json: boolean;
  readonly peer: PeerSolver | undefined;
  readonly limit: number;
  readonly guidance: GuidanceMode;
  readonly modelDirectory: string;
  readonly library: string | undefined;
}

export function parseBenchArguments(args: readonly string[]): BenchArguments | "help" {
  const parsed = usageErrors(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        timeout: { type: "string" },
        json: { type: "boolean", default: false },
        peer: { type: "string" },
        limit: { type: "string" },
        guidance: { type: "string" },
        model: { type: "string" },
        library: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("bench needs at least one PATH");
  const timeoutMs = timeoutOption(values.timeout, DEFAULT_TIMEOUT_SECONDS);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (values.limit !== undefined && !(/^\d+$/.test(values.limit) && limit > 0)) {
    throw new UsageError(`--limit must be a positive whole number, not '${values.limit}'`);
  }
  const peer = values.peer;
  if (peer !== undefined && !(PEER_SOLVERS as readonly string[]).includes(peer)) {
    throw new UsageError(`--peer must be one of ${PEER_SOLVERS.join(", ")}, not '${peer}'`);
  }
  const guidance = values.guidance ?? "off";
  if (!["on", "off", "compare"].includes(guidance)) throw new UsageError(`--guidance must be on, off or compare, not '${guidance}'`);
  const modelDirectory = values.model ?? shippedModelDirectory();
  if (guidance !== "off" && !fs.existsSync(path.join(modelDirectory, "model.json"))) {
    throw new UsageError(`--guidance ${guidance} needs a model, and ${modelDirectory} has none (run npm run train, or give --model DIR)`);
  }
  return { paths: positionals, timeoutMs, json: values.json, peer: peer as PeerSolver | undefined, limit, guidance: guidance as GuidanceMode, modelDirectory, library: values.library };
}

export async function benchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseBenchArguments(args);
  if (parsed === "help") {
    io.stdout(BENCH_USAGE);
    return EXIT_OK;
  }
  if (parsed.peer) {
    const problem = peerUnavailable(parsed.peer);
    if (problem) {
      io.stderr(`grimoire bench: ${problem}\n`);
      return EXIT_USAGE;
    }
  }
  let loaded;
  try {
    loaded = loadBenchmarks(parsed.paths, parsed.limit);
  } catch (error) {
    if (error instanceof BenchPathError) {
      io.stderr(`grimoire bench: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const { entries, skipped } = loaded;
  if (skipped.length > 0) io.stderr(`Skipped ${skipped.length} JSON file(s) that are not benchmarks, such as ${skipped[0]}\n`);
  if (entries.length === 0) io.stderr("No benchmark tasks found.\n");
  let library: LibraryJson | undefined;
  if (parsed.library) {
    const entries = await readLibraryOption(parsed.library, "bench", io);
    if (!entries) return EXIT_USAGE;
    library = { version: LIBRARY_VERSION, functions: entries.map(({ operator: _operator, ...stored }) => stored) };
  }
  const options = { timeoutMs: parsed.timeoutMs, peer: parsed.peer, guidance: parsed.guidance, modelDirectory: parsed.modelDirectory, library };
  const results = await runBench(entries, options, (result, index) => {
    io.stderr(formatProgress(result, index, entries.length) + "\n");
    if (parsed.json) io.stdout(formatJsonLine(result) + "\n");
  });
  if (!parsed.json) {
    io.stdout(parsed.guidance === "compare" ? formatComparison(summarizeComparison(results), parsed.timeoutMs) : formatSummary(summarize(results), parsed.peer));
  }
  return EXIT_OK;
}
