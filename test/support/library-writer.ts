// A separate process changing a library file, for test/library-functions.test.ts: it adds COUNT
// functions with distinct bodies named PREFIX_0, PREFIX_1, ... to the library FILE, one addLearned
// call each. With --wait it first prints "ready" and waits for a line on stdin, so that several
// writers can be started together.
import { compileLibraryFunctions } from "../../language-server/library/library-file";
import { LibraryStore } from "../../language-server/library/library-store";
import { addConstant } from "./library-fixtures";
import { waitForStartSignal } from "./start-signal";

async function main(): Promise<void> {
  const [file, prefix, count, base, flag] = process.argv.slice(2);
  if (!file || !prefix || !count || !base) throw new Error("usage: library-writer FILE PREFIX COUNT BASE [--wait]");
  await waitForStartSignal(flag);
  // A generous lock timeout: the point is to test correctness under contention, not speed.
  const store = new LibraryStore(file, { lockTimeoutMs: 30_000, onProblem: (p) => process.stderr.write(`${p.message}\n`) });
  for (let i = 0; i < Number(count); i++) {
    const [operator] = compileLibraryFunctions([addConstant(`${prefix}_${i}`, Number(base) + i)]);
    await store.addLearned([{ definition: operator.abstraction!, uses: 2, tasks: [`${prefix}/${i}`] }]);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
