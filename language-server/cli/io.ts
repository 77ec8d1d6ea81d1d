// Where a command writes; tests pass collectors instead of the process streams.
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Exit codes: 0 for a completed command (unsolved tasks included), 2 for usage and input/output problems. */
export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

/** A problem with how the command was called; the message goes to stderr and the exit code is 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Seconds in `--timeout`; node timers cannot wait much longer than a day, and no search should. */
const MAX_TIMEOUT_SECONDS = 86_400;

/** Reads `--timeout S` (seconds, may be fractional) into milliseconds, or the default. */
export function timeoutOption(value: string | undefined, defaultSeconds: number): number {
  if (value === undefined) return defaultSeconds * 1000;
  const seconds = Number(value);
  if (value.trim() === "" || !Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--timeout must be a positive number of seconds, not '${value}'`);
  }
  if (seconds > MAX_TIMEOUT_SECONDS) throw new UsageError(`--timeout must be at most ${MAX_TIMEOUT_SECONDS} seconds`);
  return Math.round(seconds * 1000);
}

/** Runs an argument parser, turning its complaints into usage errors (exit code 2). */
export function usageErrors<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
