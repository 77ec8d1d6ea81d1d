// A content hash of a synthesis task: equal tasks (same name, signature and examples) get equal keys,
// so results are cached by what was asked, not by where it was written.
import { createHash } from "node:crypto";
import type { Task } from "../engine/types";

export function taskKey(task: Task): string {
  const content = JSON.stringify([task.name, task.params, task.returnType, task.examples, task.constants ?? []]);
  return createHash("sha256").update(content).digest("hex").slice(0, 32);
}
