// Learning from use, as DreamCoder's sleep phase does: the model is trained a little further on
// the tasks the user accepted, mixed with fresh generated ones so that it does not forget the
// rest, within a bound on time. The result is written to the user's own model directory; the
// shipped weights are never touched.
import type { LearningExample } from "../server/protocol";
import type { Task } from "../engine/types";
import { generateTasks } from "./generate";
import { loadGuidance, loadTensorFlow, saveModel, vocabularyName } from "./model";
import { FEATURE_COUNT, taskFeatures } from "./signatures";

export interface FineTuneOptions {
  /** The model to start from (the user's, or the shipped one). */
  readonly baseDirectory: string;
  /** Where the tuned model goes (the user's model directory). */
  readonly outDirectory: string;
  readonly examples: readonly LearningExample[];
  readonly seed: number;
  /** Generated tasks mixed in (default 600). */
  readonly freshTasks?: number;
  /** How many times each accepted task is repeated in the data (default 8). */
  readonly repeat?: number;
  readonly epochs?: number;
  /** Training stops after this long, whatever the epochs (default 60 s). */
  readonly maxMs?: number;
}

export interface FineTuneResult {
  readonly accepted: number;
  readonly generated: number;
  readonly ms: number;
  readonly stoppedEarly: boolean;
  /** Mean probability the model gave the accepted tasks' operators, before and after. */
  readonly before: number;
  readonly after: number;
}

export async function fineTune(options: FineTuneOptions): Promise<FineTuneResult> {
  const started = performance.now();
  const maxMs = options.maxMs ?? 60_000;
  const guidance = await loadGuidance(options.baseDirectory);
  const tf = await loadTensorFlow();
  const accepted = options.examples.map((e) => ({ task: e.task as unknown as Task, operators: e.operators }));
  const fresh = generateTasks({ seed: options.seed, count: options.freshTasks ?? 600 });
  const rows = [...accepted.flatMap((a) => Array.from({ length: options.repeat ?? 8 }, () => a)), ...fresh];
  // The network's outputs are the operators it was trained on, which may be fewer than the table's.
  const V = guidance.meta.operators.length;
  const index = new Map(guidance.meta.operators.map((name, i) => [name, i]));
  const x = new Float32Array(rows.length * FEATURE_COUNT);
  const y = new Float32Array(rows.length * V);
  rows.forEach((row, r) => {
    x.set(taskFeatures(row.task), r * FEATURE_COUNT);
    for (const op of row.operators) {
      const i = index.get(vocabularyName(op));
      if (i !== undefined) y[r * V + i] = 1;
    }
  });
  const fit = () => {
    let total = 0;
    let count = 0;
    for (const a of accepted) {
      const p = guidance.predict(a.task);
      for (const op of a.operators) {
        const i = index.get(vocabularyName(op));
        if (i === undefined) continue;
        total += p[i];
        count++;
      }
    }
    return count === 0 ? 0 : total / count;
  };
  const before = fit();
  const network = guidance.network;
  network.compile({ optimizer: tf.train.adam(0.001), loss: "binaryCrossentropy" });
  const xs = tf.tensor2d(x, [rows.length, FEATURE_COUNT]);
  const ys = tf.tensor2d(y, [rows.length, V]);
  let stoppedEarly = false;
  await network.fit(xs, ys, {
    epochs: options.epochs ?? 4,
    batchSize: 32,
    shuffle: true,
    verbose: 0,
    callbacks: {
      onBatchEnd: async () => {
        if (performance.now() - started > maxMs) {
          stoppedEarly = true;
          network.stopTraining = true;
        }
      },
    },
  });
  xs.dispose();
  ys.dispose();
  const after = fit();
  await saveModel(tf, network, { ...guidance.meta, trainedOn: `${guidance.meta.trainedOn}; fine-tuned on ${accepted.length} accepted tasks and ${fresh.length} generated ones` }, options.outDirectory);
  return { accepted: accepted.length, generated: fresh.length, ms: Math.round(performance.now() - started), stoppedEarly, before, after };
}
