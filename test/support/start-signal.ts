// For the writer processes of the store tests: with --wait, a writer prints "ready" and waits for a
// line on stdin, so that the test can start several writers at the same moment.
import * as readline from "node:readline";

export async function waitForStartSignal(flag: string | undefined): Promise<void> {
  if (flag !== "--wait") return;
  const lines = readline.createInterface({ input: process.stdin });
  const go = new Promise<void>((resolve) => lines.once("line", () => resolve()));
  process.stdout.write("ready\n");
  await go;
  lines.close();
}
