// Finds benchmark files from command-line paths, names their suites and reads them into tasks.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Task } from "../engine/types";
import { BenchmarkFormatError, decodeBenchmarkText } from "./errors";
import { parseLocatedJson } from "./json";
import { detectJsonFormat, readJsonBenchmark } from "./json-formats";
import { guessSygusVersion, readSygus, type SygusVersion } from "./sygus";

export interface BenchTask {
  readonly suite: string;
  readonly file: string;
  readonly task: Task;
  /** Set for `.sl` files: which SyGuS-IF version a peer solver must be told to expect. */
  readonly sygusVersion?: SygusVersion;
}

/** A file or JSON entry that could not be read; the runner reports it as an `error` line. */
export interface BenchLoadFailure {
  readonly suite: string;
  readonly file: string;
  /** The task name when known (the file's base name, or the entry's name or `#index`). */
  readonly name: string;
  readonly error: Error;
  readonly sygusVersion?: SygusVersion;
}

export type BenchEntry = BenchTask | BenchLoadFailure;

export function isBenchTask(entry: BenchEntry): entry is BenchTask {
  return "task" in entry;
}

/** A path that names nothing: a usage problem, so the command stops before running anything. */
export class BenchPathError extends Error {
  override readonly name = "BenchPathError";
}

export interface BenchmarkFile {
  readonly file: string;
  /** Named on the command line (or by a glob) rather than found inside a directory. */
  readonly explicit: boolean;
}

const BENCHMARK_EXTENSIONS = new Set([".sl", ".json"]);

/**
 * Expands command-line paths: a file stays itself, a directory becomes every `.sl` and `.json` file below it
 * (sorted), and `*` or `?` in the last segment are matched here, since the shell may have left them alone.
 * Throws BenchPathError for a path that does not exist or a pattern that matches nothing.
 */
export function expandBenchmarkPaths(paths: readonly string[]): BenchmarkFile[] {
  const files: BenchmarkFile[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean) => {
    const key = path.resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push({ file, explicit });
    }
  };
  const addPath = (given: string) => {
    const stats = statOrUndefined(given);
    if (!stats) throw new BenchPathError(`${given}: no such file or directory`);
    if (stats.isDirectory()) {
      const below = filesBelow(given);
      if (below.length === 0) throw new BenchPathError(`${given}: no .sl or .json files in this directory`);
      for (const file of below) add(file, false);
    }
    else add(given, true);
  };
  for (const given of paths) {
    const base = path.basename(given);
    const directory = path.dirname(given);
    // A file may really be named with '*'; only a pattern that names nothing is read as a misplaced wildcard.
    if (/[*?]/.test(directory) && !statOrUndefined(given)) throw new BenchPathError(`${given}: only the last part of a path may contain '*' or '?'`);
    if (!/[*?]/.test(base) || statOrUndefined(given)) {
      addPath(given);
      continue;
    }
    const stats = statOrUndefined(directory);
    if (!stats?.isDirectory()) throw new BenchPathError(`${given}: no such directory ${directory}`);
    const pattern = globToRegExp(base);
    const matches = fs.readdirSync(directory).filter((name) => pattern.test(name)).sort(compareText);
    if (matches.length === 0) throw new BenchPathError(`${given}: no files match`);
    for (const name of matches) addPath(path.join(directory, name));
  }
  return files;
}

function globToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Every benchmark file below a directory, sorted by path; symbolic links to directories are not followed, to avoid cycles. */
function filesBelow(directory: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (BENCHMARK_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && (entry.isFile() || statOrUndefined(full)?.isFile())) found.push(full);
    }
  };
  walk(directory);
  return found.sort(compareText);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The suite a file belongs to, from the names of the benchmark sets in its path; otherwise its directory's name. */
export function suiteOf(file: string): string {
  const resolved = path.resolve(file).split(path.sep).join("/");
  const base = path.basename(resolved);
  const year = /\/sygus-comp-pbe-strings\/(\d{4})\//.exec(resolved) ?? /\/comp\/(\d{4})\/PBE_/.exec(resolved);
  if (year) return `sygus-${year[1]}`;
  if (resolved.includes("/probe-strings/larger-grammar/")) return "probe-larger-grammar";
  if (resolved.includes("/probe-strings/")) return "probe-strings";
  if (base === "new_benchmarks.json") return "bustle-new";
  if (base === "sygus_benchmarks.json") return "bustle-sygus";
  if (base === "list_tasks.json" || resolved.includes("/dreamcoder-list-tasks/")) return "dreamcoder-lists";
  if (/\/list[-_]functions?[-_]250\//.test(resolved)) return "list-functions-250";
  return path.basename(path.dirname(resolved));
}

/**
 * Reads one file into its entries. Format problems become failure entries rather than exceptions.
 * Returns undefined for a well-formed JSON file of no known benchmark shape found inside a directory
 * (result files sit next to the benchmarks); named explicitly, such a file is a failure.
 */
export function readBenchmarkFile(file: string, explicit = true): BenchEntry[] | undefined {
  const suite = suiteOf(file);
  const extension = path.extname(file).toLowerCase();
  const baseName = path.basename(file, path.extname(file));
  const failure = (error: Error, sygusVersion?: SygusVersion): BenchEntry[] => [{ suite, file, name: baseName, error, sygusVersion }];
  let text: string;
  try {
    text = decodeBenchmarkText(file, fs.readFileSync(file));
  } catch (error) {
    if (error instanceof BenchmarkFormatError) return failure(error, extension === ".sl" ? 1 : undefined);
    return failure(new Error(`${file}: cannot read the file: ${(error as Error).message}`));
  }
  const looksLikeSygus = extension === ".sl" || (extension !== ".json" && /^\s*[(;]/.test(text));
  try {
    if (looksLikeSygus) {
      const { task, version } = readSygus(text, file, baseName);
      return [{ suite, file, task, sygusVersion: version }];
    }
    const json = parseLocatedJson(text, file);
    const format = detectJsonFormat(json.value);
    if (!format) {
      if (!explicit) return undefined;
      return failure(new BenchmarkFormatError(file, 1, 1, "not a known benchmark format (expected BUSTLE, DreamCoder list or list-functions-250 JSON, or a SyGuS .sl file)"));
    }
    return readJsonBenchmark(json, file, format, baseName).map((entry) =>
      "task" in entry ? { suite, file, task: entry.task } : { suite, file, name: entry.name, error: entry.error },
    );
  } catch (error) {
    if (error instanceof BenchmarkFormatError) return failure(error, looksLikeSygus ? guessSygusVersion(text) : undefined);
    // A reader bug must not stop the run either; it is reported like a malformed file.
    return failure(new Error(`${file}: could not be read: ${error instanceof Error ? error.message : String(error)}`), looksLikeSygus ? 1 : undefined);
  }
}

export interface LoadedBenchmarks {
  readonly entries: BenchEntry[];
  /** JSON files found in directories that are not benchmarks. */
  readonly skipped: string[];
}

/** Expands the paths and reads the files in order, stopping once `limit` entries are read. */
export function loadBenchmarks(paths: readonly string[], limit = Infinity): LoadedBenchmarks {
  const entries: BenchEntry[] = [];
  const skipped: string[] = [];
  for (const { file, explicit } of expandBenchmarkPaths(paths)) {
    if (entries.length >= limit) break;
    const read = readBenchmarkFile(file, explicit);
    if (read) entries.push(...read);
    else skipped.push(file);
  }
  return { entries: entries.slice(0, limit), skipped };
}
