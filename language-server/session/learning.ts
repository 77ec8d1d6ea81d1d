// Decides when the model learns from the user's accepted functions: after a few new ones, once
// the machine has been idle for a while, in a worker thread with a time bound. The tuned model
// goes to the user's storage; resetting deletes it and searches go back to the shipped model.
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { FineTuneOptions, FineTuneResult } from "../guidance/finetune";
import type { LearningExample } from "../server/protocol";

export interface LearningOptions {
  /** The folder of the user's own model (inside the extension's global storage). */
  readonly userModelDirectory: string;
  /** The shipped model, the starting point before any learning. */
  readonly shippedModelDirectory: string | undefined;
  /** The accepted tasks to learn from, newest first. */
  readonly examples: () => Promise<LearningExample[]>;
  /** Whether searches are running (learning waits for quiet). */
  readonly busy: () => boolean;
  readonly onModelChanged: (directory: string | undefined) => void;
  readonly log: (line: string) => void;
  /** New accepted functions needed before learning runs again (default 3). */
  readonly threshold?: number;
  /** Quiet time before learning starts (default 60 s). */
  readonly idleMs?: number;
  /** Bound on one learning run (default 60 s). */
  readonly maxMs?: number;
  readonly workerFile?: string;
}

export class LearningScheduler {
  private fresh = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Worker | undefined;
  enabled = true;

  constructor(private readonly options: LearningOptions) {}

  /**
   * The model searches should use now: the user's when it exists and reads the same features and
   * operators as the shipped one, else the shipped one. A model learned by an older Grimoire
   * cannot be loaded; it is left in place, and the next learning run starts again from the
   * shipped model and replaces it.
   */
  currentModel(): string | undefined {
    const user = this.options.userModelDirectory;
    if (fs.existsSync(path.join(user, "model.json"))) {
      if (this.matchesShipped(user)) return user;
      if (!this.staleReported) this.options.log(`the learned model in ${user} was trained on other features or operators; using the shipped model until learning runs again`);
      this.staleReported = true;
    }
    return this.options.shippedModelDirectory;
  }

  private staleReported = false;

  private matchesShipped(directory: string): boolean {
    const shipped = this.options.shippedModelDirectory;
    if (!shipped) return true;
    try {
      const read = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, "meta.json"), "utf8")) as { featuresHash?: string; featureCount?: number; operators?: string[] };
      const mine = read(directory);
      const theirs = read(shipped);
      return mine.featuresHash === theirs.featuresHash && mine.featureCount === theirs.featureCount && mine.operators?.join(" ") === theirs.operators?.join(" ");
    } catch {
      return false;
    }
  }

  /** A function was accepted: after enough of them and a quiet moment, learning runs. */
  noteAccepted(): void {
    this.fresh++;
    if (this.fresh >= (this.options.threshold ?? 3)) this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runWhenQuiet(), this.options.idleMs ?? 60_000);
    this.timer.unref();
  }

  private async runWhenQuiet(): Promise<void> {
    if (!this.enabled || this.running) return;
    if (this.options.busy()) return this.schedule();
    const base = this.currentModel();
    if (!base) return;
    const examples = (await this.options.examples()).slice(0, 200);
    if (examples.length === 0) return;
    this.fresh = 0;
    const data: FineTuneOptions = {
      baseDirectory: base,
      outDirectory: this.options.userModelDirectory,
      examples,
      seed: (Date.now() & 0xffff) + 7,
      maxMs: this.options.maxMs ?? 60_000,
    };
    this.options.log(`learning from ${examples.length} accepted functions (at most ${Math.round(data.maxMs! / 1000)} s)`);
    const file = this.options.workerFile ?? path.join(__dirname, "finetune-worker.js");
    const worker = new Worker(file, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    this.running = worker;
    worker.on("message", (message: { result?: FineTuneResult; failure?: string }) => {
      if (message.result) {
        const r = message.result;
        this.options.log(
          `learned in ${(r.ms / 1000).toFixed(1)} s${r.stoppedEarly ? " (stopped at the time bound)" : ""}: the accepted functions' operators went from p=${r.before.toFixed(2)} to p=${r.after.toFixed(2)}`,
        );
        this.options.onModelChanged(this.options.userModelDirectory);
      } else this.options.log(`learning failed: ${message.failure}`);
    });
    worker.on("error", (error) => this.options.log(`learning failed: ${error.message}`));
    worker.on("exit", () => {
      if (this.running === worker) this.running = undefined;
    });
  }

  /** Forgets what was learned: the user's model is deleted and searches use the shipped one. */
  async reset(): Promise<string> {
    clearTimeout(this.timer);
    await this.running?.terminate();
    this.running = undefined;
    this.fresh = 0;
    await fs.promises.rm(this.options.userModelDirectory, { recursive: true, force: true });
    this.options.onModelChanged(this.options.shippedModelDirectory);
    return this.options.shippedModelDirectory ? "Grimoire now uses its shipped model again." : "Grimoire has no model: searches use the hand-set costs.";
  }

  dispose(): void {
    clearTimeout(this.timer);
    void this.running?.terminate();
  }
}
