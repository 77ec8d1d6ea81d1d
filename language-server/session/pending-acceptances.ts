// Functions offered by a resolved code action, waiting to be seen in their document. The editor
// applies a code action's edit and then runs its command, but VS Code drops a resolved action's
// command when the menu's actions were released during the resolve (the cursor moved, or the
// diagnostics changed, while the search ran): the function was written and never recorded. So the
// server records a function when the document it changes shows the edit, whichever client applied
// it and however.
import type { NewAcceptedFunction } from "../server/protocol";
import type { PlainEdit } from "./workspace";

/** How long after the resolve an edit that lands still counts as the offered one. */
export const PENDING_ACCEPTANCE_MS = 120_000;

interface Pending {
  readonly version: number;
  /** The texts the edit inserts that the document did not already hold: all must appear. */
  readonly inserted: readonly string[];
  readonly entry: NewAcceptedFunction;
  readonly until: number;
}

export class PendingAcceptances {
  private readonly byUri = new Map<string, Pending[]>();

  /**
   * Notes that `edits`, computed on `text` at `version`, would write `entry`'s function. An edit
   * that inserts nothing new (its text is already there) cannot show that it landed, so it is not
   * waited for; an offer with no such edit at all is not noted.
   */
  expect(uri: string, version: number, text: string, edits: readonly PlainEdit[], entry: NewAcceptedFunction, now = Date.now()): void {
    const inserted = edits.map((e) => e.newText.trim()).filter((t) => t !== "" && !text.includes(t));
    if (inserted.length === 0) return;
    // The same function offered again (a second resolve of one action) replaces the older offer.
    const others = (this.byUri.get(uri) ?? []).filter((p) => p.until > now && p.entry.code !== entry.code);
    this.byUri.set(uri, [...others, { version, inserted, entry, until: now + PENDING_ACCEPTANCE_MS }]);
  }

  /** The offered functions that the document now shows, each answered once; expired offers go. */
  landed(uri: string, version: number, text: string, now = Date.now()): NewAcceptedFunction[] {
    const pending = this.byUri.get(uri);
    if (!pending) return [];
    const found: NewAcceptedFunction[] = [];
    const waiting: Pending[] = [];
    for (const p of pending) {
      if (p.until <= now) continue;
      if (version > p.version && p.inserted.every((t) => text.includes(t))) found.push(p.entry);
      else waiting.push(p);
    }
    if (waiting.length > 0) this.byUri.set(uri, waiting);
    else this.byUri.delete(uri);
    return found;
  }

  /** Forgets a closed document's offers. */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
