// `npm run train`: makes training tasks from the DSL itself (never from the benchmark suites),
// trains the operator-prediction network on their property signatures, reports loss and top-k
// recall on a held-out part, and writes the weights to media/model/. Fixed seeds: the same
// command gives the same data and the same split.
import { parseArgs } from "node:util";
import * as path from "node:path";
import { generateTasks, NOT_GENERATED } from "../language-server/guidance/generate";
import { mulberry32 as random } from "../language-server/guidance/inputs";
import { buildNetwork, featuresHash, loadTensorFlow, OPERATOR_VOCABULARY, saveModel, vocabularyName, type ModelMeta } from "../language-server/guidance/model";
import { FEATURE_COUNT, taskFeatures } from "../language-server/guidance/signatures";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "30000" },
    epochs: { type: "string", default: "12" },
    seed: { type: "string", default: "1" },
    hidden: { type: "string", default: "256" },
    out: { type: "string", default: path.join(__dirname, "..", "media", "model") },
  },
});
const count = Number(values.count);
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const hidden = Number(values.hidden);
// The model's outputs: the operators training tasks can use (an operator the generator leaves out
// would only be learned as never used).
const VOCABULARY = OPERATOR_VOCABULARY.filter((name) => !NOT_GENERATED.has(name));

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}


async function main(): Promise<void> {
  const started = performance.now();
  log(`generating ${count} tasks from the DSL (seed ${seed})...`);
  let lastReport = 0;
  const tasks = generateTasks({ seed, count }, (done) => {
    if (done - lastReport >= 5000) {
      lastReport = done;
      log(`  ${done} tasks (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  });
  log(`generated ${tasks.length} tasks in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const index = new Map(VOCABULARY.map((name, i) => [name, i]));
  const V = VOCABULARY.length;
  const order = tasks.map((_, i) => i);
  const rand = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const x = new Float32Array(tasks.length * FEATURE_COUNT);
  const y = new Float32Array(tasks.length * V);
  order.forEach((t, row) => {
    x.set(taskFeatures(tasks[t].task), row * FEATURE_COUNT);
    for (const op of tasks[t].operators) {
      const i = index.get(vocabularyName(op));
      if (i !== undefined) y[row * V + i] = 1;
    }
  });
  const held = Math.max(1, Math.round(tasks.length * 0.1));
  const trainRows = tasks.length - held;
  const baseRates = Array.from({ length: V }, (_, i) => {
    let n = 0;
    for (let r = 0; r < trainRows; r++) n += y[r * V + i];
    return n / trainRows;
  });

  const tf = await loadTensorFlow();
  log(`training on ${trainRows} tasks, holding out ${held}; ${FEATURE_COUNT} features, ${V} operators; backend ${tf.getBackend()}`);
  const xs = tf.tensor2d(x, [tasks.length, FEATURE_COUNT]);
  const ys = tf.tensor2d(y, [tasks.length, V]);
  const [xTrain, xHeld] = tf.split(xs, [trainRows, held]);
  const [yTrain, yHeld] = tf.split(ys, [trainRows, held]);
  const model = buildNetwork(tf, hidden, seed, VOCABULARY.length);
  model.compile({ optimizer: tf.train.adam(0.001), loss: "binaryCrossentropy" });
  await model.fit(xTrain, yTrain, {
    epochs,
    batchSize: 256,
    shuffle: false,
    validationData: [xHeld, yHeld],
    verbose: 0,
    callbacks: {
      onEpochEnd: (epoch, logs) =>
        log(`  epoch ${epoch + 1}/${epochs}: loss ${logs?.loss?.toFixed(4)}, held-out loss ${logs?.val_loss?.toFixed(4)} (${((performance.now() - started) / 1000).toFixed(0)} s)`),
    },
  });

  // Top-k recall on the held-out tasks: the share of each task's operators among the k most likely.
  const predicted = (model.predict(xHeld) as import("@tensorflow/tfjs").Tensor).dataSync();
  const labels = yHeld.dataSync();
  for (const k of [3, 5, 10]) {
    let found = 0;
    let total = 0;
    let allFound = 0;
    for (let r = 0; r < held; r++) {
      const row = Array.from(predicted.subarray(r * V, (r + 1) * V));
      const top = new Set(row.map((p, i) => [p, i] as const).sort((a, b) => b[0] - a[0]).slice(0, k).map(([, i]) => i));
      let here = 0;
      let hit = 0;
      for (let i = 0; i < V; i++) {
        if (labels[r * V + i] !== 1) continue;
        here++;
        if (top.has(i)) hit++;
      }
      found += hit;
      total += here;
      if (hit === here) allFound++;
    }
    log(`held-out top-${k}: ${((100 * found) / total).toFixed(1)}% of operators found; all of a task's operators in the top ${k} for ${((100 * allFound) / held).toFixed(1)}% of tasks`);
  }
  // The same measure for a model that always guesses the most frequent operators, for comparison.
  const byRate = baseRates.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0]);
  const top10 = new Set(byRate.slice(0, 10).map(([, i]) => i));
  let found = 0;
  let total = 0;
  for (let r = 0; r < held; r++) {
    for (let i = 0; i < V; i++) {
      if (labels[r * V + i] !== 1) continue;
      total++;
      if (top10.has(i)) found++;
    }
  }
  log(`baseline (the 10 most frequent operators): ${((100 * found) / total).toFixed(1)}% of operators found`);

  const meta: ModelMeta = {
    version: 1,
    operators: VOCABULARY,
    featureCount: FEATURE_COUNT,
    featuresHash: featuresHash(),
    baseRates,
    trainedOn: `${tasks.length} generated tasks (seed ${seed}), ${epochs} epochs, hidden ${hidden}`,
  };
  await saveModel(tf, model, meta, values.out!);
  log(`wrote ${values.out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`train: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
