// A separate process writing to the library store, for test/library-store.test.ts: it adds COUNT
// distinct entries named PREFIX-0, PREFIX-1, ... to the store in DIRECTORY. With --wait it first
// prints "ready" and waits for a line on stdin, so that several writers can be started together.
import { AcceptedStore } from "../../language-server/library/accepted-store";
import { waitForStartSignal } from "./start-signal";

async function main(): Promise<void> {
  const [directory, prefix, count, flag] = process.argv.slice(2);
  if (!directory || !prefix || !count) throw new Error("usage: store-writer DIRECTORY PREFIX COUNT [--wait]");
  await waitForStartSignal(flag);
  // A generous lock timeout: the point is to test correctness under contention, not speed.
  const store = new AcceptedStore(directory, { lockTimeoutMs: 30_000, onProblem: (p) => process.stderr.write(`${p.message}\n`) });
  for (let i = 0; i < Number(count); i++) {
    const name = `${prefix}-${i}`;
    await store.add({
      name,
      signature: `${name}(s: string): string`,
      language: "typescript",
      examples: [`${name}("a") => "A"`],
      code: `function ${name}(s: string): string { return s.toUpperCase(); }`,
      taskKey: `task-${name}`,
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
