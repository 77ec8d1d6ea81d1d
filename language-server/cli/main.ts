// The bundled command-line entry (dist/cli.js): runs the command and sets the exit code.
import { runCli } from "./cli";
import { processIo } from "./io";

// A reader that stops early (`| head`) closes the pipe; that ends the command quietly rather than with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    // Setting exitCode rather than calling exit() lets piped output drain first.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`grimoire: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
