// The operator-prediction model: saving and loading, costs within bounds, refusal of a model made for
// other features, guided search still correct, and `grimoire bench --guidance compare`.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { OPERATORS } from "../language-server/engine/operators";
import { synthesize } from "../language-server/engine/synthesize";
import { STRING, type Task } from "../language-server/engine/types";
import {
  buildNetwork,
  featuresHash,
  loadGuidance,
  loadTensorFlow,
  ModelMismatchError,
  OPERATOR_VOCABULARY,
  saveModel,
  type ModelMeta,
} from "../language-server/guidance/model";
import { FEATURE_COUNT, taskFeatures } from "../language-server/guidance/signatures";

const ROOT = path.join(__dirname, "..");
let dir: string;

const upper: Task = {
  name: "shout",
  params: [{ name: "s", type: STRING }],
  returnType: STRING,
  examples: [
    { inputs: ["hi"], output: "HI!" },
    { inputs: ["hey you"], output: "HEY YOU!" },
  ],
};

function meta(overrides: Partial<ModelMeta> = {}): ModelMeta {
  return {
    version: 1,
    operators: OPERATOR_VOCABULARY,
    featureCount: FEATURE_COUNT,
    featuresHash: featuresHash(),
    baseRates: OPERATOR_VOCABULARY.map(() => 0.05),
    trainedOn: "an untrained network, for tests",
    ...overrides,
  };
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-model-"));
  const tf = await loadTensorFlow();
  await saveModel(tf, buildNetwork(tf, 32, 3), meta(), path.join(dir, "good"));
  await saveModel(tf, buildNetwork(tf, 32, 3), meta({ featuresHash: "0" }), path.join(dir, "other-features"));
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a saved model loads and predicts the same probabilities, one per operator", async () => {
  const tf = await loadTensorFlow();
  const network = buildNetwork(tf, 16, 5);
  const saved = path.join(dir, "roundtrip");
  await saveModel(tf, network, meta(), saved);
  const loaded = await loadGuidance(saved);
  const direct = (network.predict(tf.zeros([1, FEATURE_COUNT])) as import("@tensorflow/tfjs").Tensor).dataSync();
  const again = (loaded.network.predict(tf.zeros([1, FEATURE_COUNT])) as import("@tensorflow/tfjs").Tensor).dataSync();
  assert.deepEqual(Array.from(again), Array.from(direct));
  const p = loaded.predict(upper);
  assert.equal(p.length, OPERATOR_VOCABULARY.length);
  assert.ok(Array.from(p).every((x) => x > 0 && x < 1));
  // `predict` applies the dense layers' weights itself: it must agree with the layers API.
  const features = taskFeatures(upper);
  const throughLayers = (loaded.network.predict(tf.tensor2d(features, [1, FEATURE_COUNT])) as import("@tensorflow/tfjs").Tensor).dataSync();
  Array.from(throughLayers).forEach((x, i) => assert.ok(Math.abs(x - p[i]) < 1e-5, `${OPERATOR_VOCABULARY[i]}: ${p[i]} against ${x}`));
});

test("predictions follow weights changed in place, as fine-tuning changes them", async () => {
  const tf = await loadTensorFlow();
  const guidance = await loadGuidance(path.join(dir, "good"));
  const before = guidance.predict(upper);
  assert.ok(Array.from(before).some((x) => Math.abs(x - 0.5) > 1e-3));
  const network = buildNetwork(tf, 32, 3);
  network.setWeights(guidance.network.getWeights().map((w) => tf.zerosLike(w)));
  guidance.network.setWeights(network.getWeights());
  // All weights zero: every output is sigmoid(0).
  assert.ok(Array.from(guidance.predict(upper)).every((x) => Math.abs(x - 0.5) < 1e-6));
});

test("costs stay within bounds of the hand-set ones and cover every enumerated operator", async () => {
  const guidance = await loadGuidance(path.join(dir, "good"));
  for (const weight of [0.5, 1, 3]) {
    const costs = guidance.withWeight(weight).costs(upper);
    for (const op of OPERATORS.filter((o) => !o.notEnumerated && !o.onlyWhenNamed)) {
      const cost = costs.get(op.name);
      assert.ok(cost !== undefined, op.name);
      assert.ok(Number.isInteger(cost) && cost >= Math.max(1, op.cost - 3) && cost <= op.cost + guidance.maxRaise, `${op.name}: ${cost} from ${op.cost}`);
      if (op.params.length >= 2) assert.ok(cost >= Math.min(op.cost, 2), `${op.name} combines values yet costs ${cost}`);
    }
    assert.ok(costs.has("field"));
  }
  // Without the floor (and moved by evidence against base rates alone), the same model makes some
  // combining operator cost 1 bit: the floor above is what held.
  const unfloored = guidance.withWeight(3, 0, 3, 1, false).costs(upper);
  assert.ok(OPERATORS.some((op) => op.params.length >= 2 && unfloored.get(op.name) === 1));
});

test("costs move by how much likelier an operator is than the others, not than its base rate alone", async () => {
  // An untrained network gives every operator about one half, far above these base rates of 0.05:
  // the evidence is about the same for all of them, so it says nothing about which to try first.
  const guidance = await loadGuidance(path.join(dir, "good"));
  const enumerated = OPERATORS.filter((o) => !o.notEnumerated && !o.onlyWhenNamed);
  const lowered = (costs: Map<string, number>) => enumerated.filter((op) => costs.get(op.name)! < op.cost).length;
  const absolute = guidance.withWeight(1, 2, 3, 2, false).costs(upper);
  const relative = guidance.withWeight(1, 2, 3, 2, true).costs(upper);
  assert.ok(lowered(absolute) > enumerated.length * 0.8, `${lowered(absolute)} of ${enumerated.length} lowered`);
  assert.ok(lowered(relative) < enumerated.length * 0.5, `${lowered(relative)} of ${enumerated.length} lowered`);
  const moved = enumerated.reduce((n, op) => n + Math.abs(relative.get(op.name)! - op.cost), 0) / enumerated.length;
  assert.ok(moved < 1, `costs moved ${moved.toFixed(2)} bits on average`);
});

test("a model trained on other features is refused with a message saying what to do", async () => {
  await assert.rejects(loadGuidance(path.join(dir, "other-features")), (e: Error) => e instanceof ModelMismatchError && /npm run train/.test(e.message));
});

test("a model trained before an operator was added still guides the others; one that knows a removed operator is refused", async () => {
  const tf = await loadTensorFlow();
  // As if mapIndexed had been added to the table after the model was trained.
  const older = OPERATOR_VOCABULARY.filter((name) => name !== "mapIndexed");
  assert.equal(older.length, OPERATOR_VOCABULARY.length - 1);
  await saveModel(tf, buildNetwork(tf, 32, 3, older.length), meta({ operators: older, baseRates: older.map(() => 0.05) }), path.join(dir, "older"));
  const guidance = await loadGuidance(path.join(dir, "older"));
  const costs = guidance.costs(upper);
  assert.equal(costs.has("mapIndexed"), false, "the new operator keeps its hand-set cost");
  for (const name of older.filter((n) => n !== "field")) assert.ok(costs.has(name), `${name} has a predicted cost`);
  const renamed = [...OPERATOR_VOCABULARY.slice(0, -2), "noSuchOperator", "field"];
  await saveModel(tf, buildNetwork(tf, 32, 3, renamed.length), meta({ operators: renamed }), path.join(dir, "removed"));
  await assert.rejects(loadGuidance(path.join(dir, "removed")), (e: Error) => e instanceof ModelMismatchError && /noSuchOperator/.test(e.message) && /npm run train/.test(e.message));
});

test("a guided search still returns only programs that fit every example", async () => {
  const guidance = await loadGuidance(path.join(dir, "good"));
  const result = synthesize(upper, { timeoutMs: 5000, prior: guidance.withWeight(2).prior() });
  assert.equal(result.status, "solved");
  for (const ex of upper.examples) assert.deepEqual(result.best!.run(ex.inputs), { ok: true, value: ex.output });
});

test("grimoire bench --guidance compare runs each task both ways and reports both", () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, "dist/cli.js"), "bench", path.join(ROOT, "examples/bench"), "--limit", "2", "--timeout", "2", "--guidance", "compare", "--json", "--model", path.join(dir, "good")], { encoding: "utf8", timeout: 60_000 });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  for (const line of lines) {
    for (const side of [line.guided, line.unguided]) {
      assert.ok(["solved", "unsolved", "error"].includes(side.status), JSON.stringify(line));
      assert.equal(typeof side.ms, "number");
    }
  }
  const table = spawnSync(process.execPath, [path.join(ROOT, "dist/cli.js"), "bench", path.join(ROOT, "examples/bench"), "--limit", "2", "--timeout", "1", "--guidance", "compare", "--model", path.join(dir, "good")], { encoding: "utf8", timeout: 60_000 });
  assert.match(table.stdout, /unguided 1 s\s+guided 1 s\s+ratio 1 s/);
});

test("--guidance without a model is a usage error naming the directory", () => {
  const missing = path.join(dir, "nowhere");
  const run = spawnSync(process.execPath, [path.join(ROOT, "dist/cli.js"), "bench", path.join(ROOT, "examples/bench"), "--guidance", "on", "--model", missing], { encoding: "utf8" });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /nowhere has none/);
});

test("fine-tuning on accepted tasks makes their operators likelier, writes the user's model, and reset forgets it", async () => {
  const { fineTune } = await import("../language-server/guidance/finetune");
  const { LearningScheduler } = await import("../language-server/session/learning");
  const examples = [
    {
      task: { name: "shout", params: upper.params, returnType: upper.returnType, examples: upper.examples },
      operators: ["concat", "toUpperCase"],
    },
  ];
  const userModel = path.join(dir, "user-model");
  // The base here is an untrained network: its first steps push every output down (most labels are
  // 0), and with 15 epochs the accepted operators had not yet come back up for some initial weights
  // (0.35 -> 0.26 once the table grew by an operator); with 30 they reach about 0.6.
  const result = await fineTune({ baseDirectory: path.join(dir, "good"), outDirectory: userModel, examples, seed: 3, freshTasks: 20, repeat: 30, epochs: 30, maxMs: 60_000 });
  assert.ok(result.after > result.before, `${result.before} -> ${result.after}`);
  assert.ok(fs.existsSync(path.join(userModel, "model.json")));
  assert.match(JSON.parse(fs.readFileSync(path.join(userModel, "meta.json"), "utf8")).trainedOn, /fine-tuned on 1 accepted/);
  // The shipped (base) model is left as it was.
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, "good", "meta.json"), "utf8")).trainedOn, "an untrained network, for tests");

  // The scheduler runs the same in a worker thread once enough functions were accepted and all is quiet.
  const changed: (string | undefined)[] = [];
  const scheduled = path.join(dir, "scheduled-model");
  const scheduler = new LearningScheduler({
    userModelDirectory: scheduled,
    shippedModelDirectory: path.join(dir, "good"),
    examples: async () => examples,
    busy: () => false,
    onModelChanged: (d) => changed.push(d),
    log: () => {},
    threshold: 2,
    idleMs: 10,
    maxMs: 20_000,
    workerFile: path.join(ROOT, "dist", "finetune-worker.js"),
  });
  assert.equal(scheduler.currentModel(), path.join(dir, "good"));
  scheduler.noteAccepted();
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(changed, [], "one accepted function is not enough");
  scheduler.noteAccepted();
  const deadline = Date.now() + 90_000;
  while (changed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(changed, [scheduled]);
  assert.equal(scheduler.currentModel(), scheduled);
  await scheduler.reset();
  assert.equal(fs.existsSync(scheduled), false);
  assert.equal(scheduler.currentModel(), path.join(dir, "good"));
  assert.deepEqual(changed, [scheduled, path.join(dir, "good")]);
});

test("a learned model from an older Grimoire (other features) gives way to the shipped one", async () => {
  const { LearningScheduler } = await import("../language-server/session/learning");
  const logged: string[] = [];
  const options = {
    shippedModelDirectory: path.join(dir, "good"),
    examples: async () => [],
    busy: () => false,
    onModelChanged: () => {},
    log: (line: string) => logged.push(line),
  };
  const stale = new LearningScheduler({ ...options, userModelDirectory: path.join(dir, "other-features") });
  assert.equal(stale.currentModel(), path.join(dir, "good"));
  assert.equal(stale.currentModel(), path.join(dir, "good"));
  assert.equal(logged.filter((l) => /other features/.test(l)).length, 1, "reported once");
  const learned = path.join(dir, "learned-current");
  fs.cpSync(path.join(dir, "good"), learned, { recursive: true });
  const current = new LearningScheduler({ ...options, userModelDirectory: learned });
  assert.equal(current.currentModel(), learned);
});
