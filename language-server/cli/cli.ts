// The command dispatcher: `grimoire COMMAND ...`. Each command owns its options and its usage text.
import { benchCommand } from "./bench-command";
import { learnCommand } from "./learn-command";
import { libraryCommand } from "./library-command";
import { synthCommand } from "./synth-command";
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "./io";

export const USAGE = `Usage: grimoire COMMAND [ARGS...]

Commands:
  bench PATH...   run the synthesizer on benchmark files and report the results
  learn           solve tasks, then learn library functions from the programs found
  library SUB     list, export, import or clear a library of learned functions
  synth FILE...   fill the stubs of source files from the examples in their comments

Run 'grimoire COMMAND --help' for a command's options.
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  bench: benchCommand,
  learn: learnCommand,
  library: libraryCommand,
  synth: synthCommand,
};

/** Runs one command line (without the node and script names) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (name === undefined) {
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`grimoire: unknown command '${name}'\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`grimoire ${name}: ${error.message}\nRun 'grimoire ${name} --help' for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
