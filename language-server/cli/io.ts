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
