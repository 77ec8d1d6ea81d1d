// The --library FILE option of the commands that search (synth, bench): the library is read
// through its store, which reads every format version and checks every function; a missing or
// damaged file is reported, naming it, and left as it is.
import { existsSync } from "node:fs";
import { LibraryFormatError } from "../library/library-file";
import { LibraryStore, type LibraryEntry } from "../library/library-store";
import type { CliIo } from "./io";

/** The library's functions, or undefined after reporting why they cannot be read. */
export async function readLibraryOption(file: string, command: string, io: CliIo): Promise<LibraryEntry[] | undefined> {
  try {
    if (!existsSync(file)) throw new LibraryFormatError(`${file}: no such file`);
    const store = new LibraryStore(file, { damaged: "throw", onProblem: (problem) => io.stderr(`grimoire ${command}: ${problem.message}\n`) });
    return await store.list();
  } catch (error) {
    if (!(error instanceof LibraryFormatError)) throw error;
    io.stderr(`grimoire ${command}: ${error.message}\n`);
    return undefined;
  }
}
