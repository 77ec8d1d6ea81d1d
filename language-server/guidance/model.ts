// The neural half of the search: a small network (TensorFlow.js, WebAssembly backend) that reads a
// task's property signature and gives, for every operator of the DSL, the probability that the
// shortest program for the task uses it. Those probabilities become the search's operator costs.
// TensorFlow.js is loaded on first use only, so nothing here slows a process that never guides.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { OperatorPrior } from "../engine/api";
import { OPERATORS } from "../engine/operators";
import type { Task } from "../engine/types";
import { FEATURE_COUNT, featureNames, taskFeatures } from "./signatures";

export { shippedModelDirectory } from "./location";

type Tf = typeof import("@tensorflow/tfjs");
type LayersModel = import("@tensorflow/tfjs").LayersModel;
type LayerVariable = import("@tensorflow/tfjs").LayerVariable;
type Tensor = import("@tensorflow/tfjs").Tensor;
type Tensor2D = import("@tensorflow/tfjs").Tensor2D;

/** The model's outputs: every enumerated operator, and one entry for all record-field reads. */
export const OPERATOR_VOCABULARY: readonly string[] = [...OPERATORS.filter((op) => !op.notEnumerated && !op.onlyWhenNamed).map((op) => op.name), "field"];

/** The vocabulary entry of an operator name (`field:name` reads share one). */
export function vocabularyName(operator: string): string {
  return operator.startsWith("field:") ? "field" : operator;
}

/** What is saved next to the weights, so a model and the code that reads it can be checked to agree. */
export interface ModelMeta {
  readonly version: 1;
  readonly operators: readonly string[];
  readonly featureCount: number;
  /** A hash of the feature names: a model trained on other features is refused. */
  readonly featuresHash: string;
  /** How often each operator appears in the training labels: the baseline a task's prediction is compared with. */
  readonly baseRates: readonly number[];
  readonly trainedOn: string;
}

/** How strongly the prediction moves an operator's cost away from its hand-set one (bits per bit of evidence). */
export const DEFAULT_WEIGHT = 1;
/**
 * Costs move by evidence relative to the task's other operators (NORMALIZED): the shifted costs are
 * moved together so that the operators' total weight, the sum of 2^-cost, stays what the hand-set
 * costs give. Moved by evidence against base rates alone, a model that finds a dozen operators
 * somewhat likelier than usual made them all cheaper, every level filled faster, and the guided
 * search reached the pieces of "first name + initial" later than the plain one. Centred, only the
 * operators likelier than the task's others get cheaper, and the rest dearer, by at most MAX_RAISE
 * bits; a plain search takes turns with the guided one for when the doubt is wrong. On generated
 * tasks of another seed (every fourth of 600, 1 s each, scripts/tune-guidance.ts --all), the
 * median time went from 60 ms unguided to 20 ms with costs only lowered (MAX_RAISE 0, not
 * centred), and from 68 ms to 12 ms centred with MAX_RAISE 2; all 150 were solved each way.
 */
const NORMALIZED = true;
const MAX_RAISE = 2;
const MAX_LOWER = 3;
/**
 * An operator that combines two or more values is never made cheaper than 2 bits. At 1 bit every
 * level fills with its combinations of the levels below (concat of everything with everything),
 * so the search reaches the level of the solution later than the hand-set costs would: on a task
 * like "Dr. " + first word, the guided first phase stopped at level 9 where the plain one solved it.
 */
const MIN_COMBINING_COST = 2;

export function featuresHash(): string {
  let h = 2166136261;
  for (const ch of featureNames().join("|")) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16);
}

let tfLoading: Promise<Tf> | undefined;

/** Loads TensorFlow.js with the WebAssembly backend (the .wasm files are looked for in `wasmDirectory`), or the CPU backend when WebAssembly cannot start. */
export function loadTensorFlow(wasmDirectory?: string): Promise<Tf> {
  tfLoading ??= (async () => {
    const tf = await import("@tensorflow/tfjs");
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    const dir = wasmDirectory ?? defaultWasmDirectory();
    if (dir) wasm.setWasmPaths(dir.endsWith(path.sep) ? dir : dir + path.sep);
    try {
      if (!(await tf.setBackend("wasm"))) throw new Error("wasm backend refused");
    } catch {
      await tf.setBackend("cpu");
    }
    await tf.ready();
    return tf;
  })();
  return tfLoading;
}

function defaultWasmDirectory(): string | undefined {
  // The bundles ship the .wasm files in dist/tfjs; from source, node_modules has them.
  const bundled = path.join(__dirname, "tfjs");
  try {
    require("node:fs").accessSync(path.join(bundled, "tfjs-backend-wasm.wasm"));
    return bundled;
  } catch {
    try {
      return path.dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"));
    } catch {
      return undefined;
    }
  }
}

/** The network: property signature in, one sigmoid per vocabulary entry out (`outputs`, the table's by default). */
export function buildNetwork(tf: Tf, hidden = 256, seed = 1, outputs = OPERATOR_VOCABULARY.length): LayersModel {
  // Seeded initializers and dropout, so training is reproducible.
  const init = (k: number) => tf.initializers.glorotUniform({ seed: seed * 100 + k });
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [FEATURE_COUNT], units: hidden, activation: "relu", kernelInitializer: init(1) }));
  model.add(tf.layers.dropout({ rate: 0.2, seed: seed * 100 + 2 }));
  model.add(tf.layers.dense({ units: hidden, activation: "relu", kernelInitializer: init(3) }));
  model.add(tf.layers.dense({ units: outputs, activation: "sigmoid", kernelInitializer: init(4) }));
  return model;
}

/** Writes the network as model.json + weights.bin (TensorFlow.js's layers format) and meta.json. */
export async function saveModel(tf: Tf, model: LayersModel, meta: ModelMeta, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weights = Buffer.from(artifacts.weightData as ArrayBuffer);
      const json = {
        format: "layers-model",
        generatedBy: "grimoire",
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ["weights.bin"], weights: artifacts.weightSpecs }],
      };
      await writeAtomically(path.join(dir, "weights.bin"), weights);
      await writeAtomically(path.join(dir, "model.json"), JSON.stringify(json));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON", weightDataBytes: weights.length } };
    }),
  );
  await writeAtomically(path.join(dir, "meta.json"), JSON.stringify(meta, null, 1));
}

async function writeAtomically(file: string, data: string | Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, data);
  await fs.rename(temporary, file);
}

/** A loaded model, ready to guide searches. */
export class Guidance {
  private readonly index: Map<string, number>;
  /**
   * The network as a chain of dense layers (dropout does nothing when predicting), or undefined for
   * any other shape. Applying their weights directly skips the layers API's bookkeeping, about a
   * third of a prediction's time. The variables are read on each call, so the weights fine-tuning
   * changes in place are seen.
   */
  private readonly denseSteps: DenseStep[] | undefined;
  /** The operators' total weight under the hand-set costs (the sum of 2^-cost), which centred costs keep. */
  private readonly handWeight: number;

  constructor(
    private readonly tf: Tf,
    readonly network: LayersModel,
    readonly meta: ModelMeta,
    readonly weight = DEFAULT_WEIGHT,
    /** How many bits an unlikely operator may get dearer than its hand-set cost. */
    readonly maxRaise = MAX_RAISE,
    /** How many bits a likely operator may get cheaper than its hand-set cost. */
    readonly maxLower = MAX_LOWER,
    /** The least an operator of two or more arguments may cost (never more than its hand-set cost). */
    readonly minCombiningCost = MIN_COMBINING_COST,
    /** Whether the shifted costs are moved together so that the operators' total weight (the sum of 2^-cost) stays the hand-set one. */
    readonly normalized = NORMALIZED,
  ) {
    this.index = new Map(meta.operators.map((name, i) => [name, i]));
    this.denseSteps = denseChain(network);
    this.handWeight = OPERATORS.reduce((sum, op) => sum + (this.index.has(op.name) ? 2 ** -op.cost : 0), 0);
  }

  /** The same model, moving costs by another weight. */
  withWeight(weight: number, maxRaise = this.maxRaise, maxLower = this.maxLower, minCombiningCost = this.minCombiningCost, normalized = this.normalized): Guidance {
    return new Guidance(this.tf, this.network, this.meta, weight, maxRaise, maxLower, minCombiningCost, normalized);
  }

  /** The probability, per vocabulary entry, that the task's shortest program uses it. */
  predict(task: Task): Float32Array {
    const features = taskFeatures(task);
    const { tf } = this;
    return tf.tidy(() => {
      const x = tf.tensor2d(features, [1, features.length]);
      if (!this.denseSteps) return (this.network.predict(x) as Tensor).dataSync() as Float32Array;
      let h: Tensor2D = x;
      for (const step of this.denseSteps) {
        const z = tf.add(tf.matMul(h, step.kernel.read()), step.bias.read()) as Tensor2D;
        h = step.activation === "relu" ? tf.relu(z) : tf.sigmoid(z);
      }
      return h.dataSync() as Float32Array;
    });
  }

  /**
   * Operator costs for the task: an operator the model finds more likely than it usually is gets
   * cheaper, one it finds less likely dearer, by `weight` bits per bit of evidence, within bounds;
   * when `normalized`, the evidence is taken relative to the task's other operators (see NORMALIZED).
   */
  costs(task: Task): Map<string, number> {
    const p = this.predict(task);
    const costs = new Map<string, number>();
    let offset = 0;
    if (this.normalized) {
      let shifted = 0;
      for (const op of OPERATORS) {
        const i = this.index.get(op.name);
        if (i !== undefined) shifted += 2 ** -(op.cost + this.weight * this.evidence(i, p[i]));
      }
      offset = Math.log2(shifted) - Math.log2(this.handWeight);
    }
    for (const op of OPERATORS) {
      const i = this.index.get(op.name);
      if (i === undefined) continue;
      const cost = this.cost(i, p[i], op.cost, offset);
      costs.set(op.name, op.params.length >= 2 ? Math.max(cost, Math.min(op.cost, this.minCombiningCost)) : cost);
    }
    costs.set("field", this.fieldCost(p, offset));
    return costs;
  }

  /** The cost of a record-field read for the task (one vocabulary entry covers them all). */
  private fieldCost(p: Float32Array, offset: number): number {
    const i = this.index.get("field");
    return i === undefined ? 2 : this.cost(i, p[i], 2, offset);
  }

  /** Bits by which the model finds operator `i` less likely for the task than it usually is (negative: likelier). */
  private evidence(i: number, probability: number): number {
    const p = Math.min(0.999, Math.max(0.001, probability));
    const base = Math.min(0.999, Math.max(0.001, this.meta.baseRates[i] ?? 0.05));
    return Math.log2(base) - Math.log2(p);
  }

  private cost(i: number, probability: number, hand: number, offset = 0): number {
    const shifted = Math.round(hand + this.weight * this.evidence(i, probability) + offset);
    return Math.max(1, Math.max(hand - this.maxLower, Math.min(hand + this.maxRaise, shifted)));
  }

  /** The prior the engine takes (`SynthesisOptions.prior`). */
  prior(): OperatorPrior {
    return (task) => {
      try {
        return this.costs(task);
      } catch {
        // A task the features cannot describe is searched with the hand-set costs.
        return undefined;
      }
    };
  }
}

interface DenseStep {
  readonly kernel: LayerVariable;
  readonly bias: LayerVariable;
  readonly activation: "relu" | "sigmoid";
}

function denseChain(network: LayersModel): DenseStep[] | undefined {
  const steps: DenseStep[] = [];
  for (const layer of network.layers) {
    const kind = layer.getClassName();
    if (kind === "Dropout") continue;
    const activation = layer.getConfig().activation;
    if (kind !== "Dense" || layer.weights.length !== 2 || (activation !== "relu" && activation !== "sigmoid")) return undefined;
    steps.push({ kernel: layer.weights[0], bias: layer.weights[1], activation });
  }
  return steps.length > 0 ? steps : undefined;
}

export class ModelMismatchError extends Error {}

/** Loads a model saved by `saveModel`; refuses one trained on other features or operators. */
export async function loadGuidance(dir: string, options: { weight?: number; wasmDirectory?: string } = {}): Promise<Guidance> {
  const [modelJson, weights, metaJson] = await Promise.all([
    fs.readFile(path.join(dir, "model.json"), "utf8"),
    fs.readFile(path.join(dir, "weights.bin")),
    fs.readFile(path.join(dir, "meta.json"), "utf8"),
  ]);
  const meta = JSON.parse(metaJson) as ModelMeta;
  if (meta.featureCount !== FEATURE_COUNT || meta.featuresHash !== featuresHash()) {
    throw new ModelMismatchError(`the model in ${dir} was trained on other features; run npm run train`);
  }
  // Outputs are read by name, so a model trained before an operator was added still guides the
  // others (the new one keeps its hand-set cost until the next training); one that predicts an
  // operator the table no longer has was trained for another DSL.
  const known = new Set(OPERATOR_VOCABULARY);
  const gone = meta.operators.filter((name) => !known.has(name));
  if (gone.length > 0) {
    throw new ModelMismatchError(`the model in ${dir} was trained on another operator table (${gone.slice(0, 3).join(", ")} no longer exist); run npm run train`);
  }
  const tf = await loadTensorFlow(options.wasmDirectory);
  const parsed = JSON.parse(modelJson) as { modelTopology: object; weightsManifest: { weights: import("@tensorflow/tfjs").io.WeightsManifestEntry[] }[] };
  const data = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  const network = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: parsed.modelTopology, weightSpecs: parsed.weightsManifest[0].weights, weightData: data }));
  return new Guidance(tf, network, meta, options.weight ?? DEFAULT_WEIGHT);
}
