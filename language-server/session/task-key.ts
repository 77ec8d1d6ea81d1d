// A content hash of a synthesis task: equal tasks (same name, signature and examples) get equal keys,
// so results are cached by what was asked, not by where it was written.
import { createHash } from "node:crypto";
import type { Task } from "../engine/types";

export function taskKey(task: Task): string {
  const content = JSON.stringify([task.name, task.params, task.returnType, task.examples, task.constants ?? []]);
  return createHash("sha256").update(content).digest("hex").slice(0, 32);
}

/**
 * The key of one search: its task's key and the key of the library it searches with, since another
 * library may find another program (or one sooner). Without library functions it is the task's key.
 */
export function searchKey(task: string, libraryKey: string | undefined): string {
  return libraryKey ? `${task}+${libraryKey}` : task;
}
