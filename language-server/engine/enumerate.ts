// Bottom-up enumeration in order of cost. Level L holds the programs of cost exactly L: for each
// operator, L minus its cost is split among its arguments in every way and the matching bank
// entries are combined. New outputs are kept, equivalent ones are dropped (observational
// equivalence), and programs that fail on a labeled point are dropped.
//
// Lambdas: an operator's function-typed argument comes from a separate enumerator whose domain is
// made of sample arguments for the lambda's variables. Its programs are lambda bodies, kept once
// per behaviour on those samples, and turned into closures for the main domain on demand.
import { Bank, hashOutputs, type Entry, type TypedBank } from "./bank";
import type { Instance } from "./instantiate";
import { ERR, type Result } from "./operators";
import { apply, budget, compile, lambda, type Program } from "./program";
import { typeKey, valuesEqual, type Type, type Value } from "./types";

/** Where a search is evaluated: points, each with the function's inputs and the lambda variables' values. */
export interface Domain {
  readonly inputs: readonly (readonly Value[])[];
  readonly vars: readonly (readonly Value[])[];
  /** Points [0, labeled) are real examples: a program undefined on one of them is useless. */
  readonly labeled: number;
}

export interface Leaf {
  readonly program: Program;
  readonly cost: number;
}

/** Shared stop conditions for every enumerator of one search. */
export class SearchLimits {
  stopped: "" | "timeout" | "cancelled" | "memory" = "";
  /** Candidates evaluated by every enumerator of the search, lambda bodies included. */
  tried = 0;
  private ticks = 0;
  constructor(
    public deadline: number,
    readonly maxBytes: number,
    readonly cancellation?: { readonly isCancellationRequested: boolean },
  ) {}
  /** Lets a search stopped by its deadline go on until a new one (cancellation and memory stops stay). */
  resume(deadline: number): void {
    this.deadline = deadline;
    if (this.stopped === "timeout") this.stopped = "";
  }
  /** Called in inner loops; looks at the clock only every few hundred calls. */
  tick(bytes: number): boolean {
    if (this.stopped) return false;
    if ((++this.ticks & 255) !== 0) return true;
    if (this.cancellation?.isCancellationRequested) this.stopped = "cancelled";
    else if (Date.now() > this.deadline) this.stopped = "timeout";
    else if (bytes > this.maxBytes) this.stopped = "memory";
    return !this.stopped;
  }
}

export type CostOf = (inst: Instance) => number;

/** The first candidate of a level not yet tried: an operator instance, a split of the cost, argument indices. */
interface Position {
  readonly level: number;
  readonly instance: number;
  readonly c0: number;
  readonly c1: number;
  readonly i: number;
  readonly j: number;
  readonly k: number;
}

/** Kept entries an enumerator reports programs found again for, at most (see `watch`). */
const MAX_WATCHED = 8;

/** Steps one candidate's evaluation may take (lambdas run inside it). */
const STEPS_PER_CANDIDATE = 200_000;

export class Enumerator {
  readonly bank = new Bank();
  /** Highest level whose enumeration finished. */
  level = 0;
  private readonly n: number;
  private readonly fnSources = new Map<string, FunctionSource>();
  private readonly scratch: Result[];
  private readonly resultBanks = new Map<Instance, TypedBank>();
  /** Where an interrupted level stopped: the next call to `growTo` goes on from there. */
  private pending: Position | undefined;
  /**
   * Kept entries whose programs found again are reported to `onFoundAgain` (the task's solutions):
   * a dearer program that behaves alike everywhere may still be the one meant.
   */
  private readonly watched: Entry[] = [];
  private onFoundAgain: ((kept: Entry, build: () => Program, level: number) => void) | undefined;

  constructor(
    readonly domain: Domain,
    private readonly instances: readonly Instance[],
    private readonly leaves: readonly Leaf[],
    private readonly costOf: CostOf,
    private readonly limits: SearchLimits,
    /**
     * Called for every new entry, and again for an entry whose program was replaced by one of
     * lower rank (`replaced`); the synthesizer checks solutions here.
     */
    private readonly onAdd: (typeKey: string, entry: Entry, replaced: boolean) => void = () => {},
    /** Makes the lambda enumerator for a function type's parameters (main context only). */
    lambdaSource?: (params: readonly Type[]) => Enumerator | undefined,
    /**
     * Whether a behaviour found again by a program of lower rank (hand-set cost) keeps that
     * program: with a learned prior's costs, which program is meant should not depend on the
     * order the prior tried them in. (With the hand-set costs, a later program is never cheaper.)
     */
    private readonly reranks = false,
  ) {
    this.n = domain.inputs.length;
    this.scratch = new Array(this.n);
    if (lambdaSource) {
      for (const inst of instances) {
        for (const p of inst.params) {
          if (p.kind !== "function") continue;
          const key = typeKey(p);
          if (this.fnSources.has(key)) continue;
          const inner = lambdaSource(p.params);
          if (inner) this.fnSources.set(key, new FunctionSource(p, inner, domain, limits));
        }
      }
    }
  }

  /**
   * Reports each later program that behaves as `entry` does to `onFoundAgain` (set by the first
   * call). The first MAX_WATCHED entries only: every duplicate the inner loop meets is looked up.
   */
  watch(entry: Entry, onFoundAgain: (kept: Entry, build: () => Program, level: number) => void): void {
    this.onFoundAgain = onFoundAgain;
    if (this.watched.length < MAX_WATCHED && !this.watched.includes(entry)) this.watched.push(entry);
  }

  /**
   * Enumerates levels up to `target`; false when the limits stopped it first. A level the limits
   * interrupted is taken up where it stopped by the next call (after `SearchLimits.resume`), so a
   * search can be run in turns with another.
   */
  growTo(target: number): boolean {
    while (this.level < target) {
      if (!this.enumerateLevel(this.level + 1)) return false;
      this.level++;
    }
    return true;
  }

  private entries(key: string, type: Type, cost: number, op?: string): readonly Entry[] {
    if (type.kind === "function") {
      const src = this.fnSources.get(key);
      if (!src) return NONE;
      // A predicate that ignores the element it is given is never what a person means.
      return op && CONSTANT_BODY_ALLOWED.has(op) ? src.at(cost) : src.usingVariables(cost);
    }
    return this.bank.at(key, cost);
  }

  private enumerateLevel(level: number): boolean {
    const from = this.pending?.level === level ? this.pending : undefined;
    this.pending = undefined;
    if (!from) {
      for (const leaf of this.leaves) {
        if (leaf.cost !== level) continue;
        this.addLeaf(leaf);
      }
    }
    for (let n = from?.instance ?? 0; n < this.instances.length; n++) {
      const inst = this.instances[n];
      const rest = level - this.costOf(inst);
      const arity = inst.params.length;
      if (rest < arity) continue;
      if (!this.combine(inst, rest, level, n, n === from?.instance ? from : undefined)) return false;
    }
    if (!this.limits.stopped) return true;
    // Stopped after the last candidate was tried: the level is done, but not its lambdas' levels perhaps.
    this.pending = { level, instance: 0, c0: 0, c1: 0, i: 0, j: 0, k: 0 };
    return false;
  }

  private addLeaf(leaf: Leaf): void {
    const compiled = compile(leaf.program);
    const values: Result[] = new Array(this.n);
    for (let e = 0; e < this.n; e++) {
      const v = compiled(this.domain.inputs[e], this.domain.vars[e][0], this.domain.vars[e][1]);
      if (v === ERR && e < this.domain.labeled) return;
      values[e] = v;
    }
    this.keep(leaf.program.type, typeKey(leaf.program.type), { program: leaf.program, cost: leaf.cost, rank: leaf.cost, values });
  }

  private keep(type: Type, key: string, entry: Entry): void {
    if (this.bank.add(key, type, entry)) this.onAdd(key, entry, false);
  }

  /**
   * Tries the operator on every split of `rest` among its arguments. Stopped by the limits, it
   * records where it was (`pending`), and `from` takes it up there: the first candidate not tried.
   */
  private combine(inst: Instance, rest: number, level: number, instance: number, from: Position | undefined): boolean {
    const [t0, t1, t2] = inst.params;
    const [k0, k1, k2] = inst.paramKeys;
    const symmetric = inst.op.commutative === true && k0 === k1;
    const name = inst.op.name;
    const stopAt = (c0: number, c1: number, i: number, j: number, k: number): false => {
      this.pending = { level, instance, c0, c1, i, j, k };
      return false;
    };
    if (inst.params.length === 1) {
      const as = this.entries(k0, t0, rest, name);
      if (this.limits.stopped) return stopAt(0, 0, 0, 0, 0);
      for (let i = from?.i ?? 0; i < as.length; i++) {
        if (!this.limits.tick(this.bank.bytes)) return stopAt(0, 0, i, 0, 0);
        this.evaluate(inst, level, as[i], undefined, undefined);
      }
      return true;
    }
    if (inst.params.length === 2) {
      for (let c0 = from?.c0 || 1; c0 < rest; c0++) {
        const c1 = rest - c0;
        if (symmetric && c0 > c1) break;
        const resumed = from !== undefined && c0 === from.c0;
        const as = this.entries(k0, t0, c0, name);
        if (this.limits.stopped) return stopAt(c0, 0, 0, 0, 0);
        if (as.length === 0) continue;
        const bs = this.entries(k1, t1, c1, name);
        if (this.limits.stopped) return stopAt(c0, 0, 0, 0, 0);
        for (let i = resumed ? from.i : 0; i < as.length; i++) {
          const j0 = resumed && i === from.i ? from.j : symmetric && c0 === c1 ? i : 0;
          for (let j = j0; j < bs.length; j++) {
            if (!this.limits.tick(this.bank.bytes)) return stopAt(c0, 0, i, j, 0);
            this.evaluate(inst, level, as[i], bs[j], undefined);
          }
        }
      }
      return true;
    }
    for (let c0 = from?.c0 || 1; c0 < rest - 1; c0++) {
      const as = this.entries(k0, t0, c0, name);
      if (this.limits.stopped) return stopAt(c0, 1, 0, 0, 0);
      if (as.length === 0) continue;
      for (let c1 = from !== undefined && c0 === from.c0 ? from.c1 : 1; c0 + c1 < rest; c1++) {
        const resumed = from !== undefined && c0 === from.c0 && c1 === from.c1;
        const bs = this.entries(k1, t1, c1, name);
        if (this.limits.stopped) return stopAt(c0, c1, 0, 0, 0);
        if (bs.length === 0) continue;
        const cs = this.entries(k2, t2, rest - c0 - c1, name);
        if (this.limits.stopped) return stopAt(c0, c1, 0, 0, 0);
        if (cs.length === 0) continue;
        for (let i = resumed ? from.i : 0; i < as.length; i++) {
          const j0 = resumed && i === from.i ? from.j : 0;
          for (let j = j0; j < bs.length; j++) {
            const kStart = resumed && i === from.i && j === from.j ? from.k : 0;
            for (let k = kStart; k < cs.length; k++) {
              if (!this.limits.tick(this.bank.bytes)) return stopAt(c0, c1, i, j, k);
              this.evaluate(inst, level, as[i], bs[j], cs[k]);
            }
          }
        }
      }
    }
    return true;
  }

  private evaluate(inst: Instance, level: number, a: Entry, b: Entry | undefined, c: Entry | undefined): void {
    // Taking apart a value that is the same everywhere (slicing "positive" by a computed index)
    // only encodes a lookup table.
    if (inst.op.takesApart && (isConstant(a.values) || readsNumberFromText(b) || readsNumberFromText(c))) return;
    this.limits.tried++;
    const f = inst.op.semantics;
    const n = this.n;
    const labeled = this.domain.labeled;
    const av = a.values;
    const bv = b?.values;
    const cv = c?.values;
    // Outputs go to a scratch vector first; only a new, useful one is copied into the bank.
    const values = this.scratch;
    let defined = 0;
    budget.reset(STEPS_PER_CANDIDATE);
    for (let e = 0; e < n; e++) {
      const x = av[e];
      const y = bv ? bv[e] : undefined;
      const z = cv ? cv[e] : undefined;
      let v: Result;
      if (x === ERR || y === ERR || z === ERR) v = ERR;
      else v = f(x, y, z);
      if (v === ERR) {
        if (e < labeled) return;
      } else defined++;
      values[e] = v;
    }
    // Lambda bodies have no labeled points; one that is undefined everywhere is useless.
    if (defined === 0) return;
    const bank = this.typedBank(inst);
    const hash = hashOutputs(values, n);
    const rank = inst.op.cost + a.rank + (b ? b.rank : 0) + (c ? c.rank : 0);
    const kept = this.bank.find(bank, values, hash);
    if (kept) {
      if (this.watched.length > 0 && this.watched.includes(kept)) this.onFoundAgain!(kept, () => this.build(inst, a, b, c), level);
      if (!this.reranks || rank >= kept.rank) return;
      kept.program = this.build(inst, a, b, c);
      kept.rank = rank;
      this.onAdd(inst.resultKey, kept, true);
      return;
    }
    const entry: Entry = { program: this.build(inst, a, b, c), cost: level, rank, values: values.slice(0, n) };
    this.bank.insert(bank, entry, hash);
    this.onAdd(inst.resultKey, entry, false);
  }

  private build(inst: Instance, a: Entry, b: Entry | undefined, c: Entry | undefined): Program {
    const args = c ? [a.program, b!.program, c.program] : b ? [a.program, b.program] : [a.program];
    return apply(inst.op, { params: inst.params, result: inst.result }, args);
  }

  private typedBank(inst: Instance): TypedBank {
    let b = this.resultBanks.get(inst);
    if (!b) {
      b = this.bank.bankFor(inst.result, inst.resultKey);
      this.resultBanks.set(inst, b);
    }
    return b;
  }
}

const NONE: readonly Entry[] = [];

/** Higher-order operators for which a lambda that ignores its variables still makes sense. */
const CONSTANT_BODY_ALLOWED = new Set(["map", "fold", "zipWith"]);

/** A number parsed out of text is a quantity, not a position: slicing by it only fits by accident. */
function readsNumberFromText(e: Entry | undefined): boolean {
  return e !== undefined && e.program.kind === "apply" && e.program.op.name === "stringToNumber";
}

function isConstant(values: readonly Result[]): boolean {
  const first = values[0];
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    if (v === first) continue;
    if (typeof v !== "object" || typeof first !== "object" || !valuesEqual(v as Value, first as Value)) return false;
  }
  return true;
}

/** Whether a lambda body reads one of its variables. */
export function usesVariables(p: Program): boolean {
  switch (p.kind) {
    case "var":
      return true;
    case "apply":
      return p.args.some(usesVariables);
    default:
      return false;
  }
}

/** Extra cost of wrapping a body into a lambda. */
export const LAMBDA_COST = 1;

/**
 * Function-typed entries for the main domain: the bodies a lambda enumerator found, turned into
 * one closure per main point (the closure sees that point's inputs).
 */
class FunctionSource {
  private readonly byCost: Entry[][] = [];
  private readonly withVariables: Entry[][] = [];
  private readonly resultKey: string;

  constructor(
    private readonly fnType: Type & { kind: "function" },
    private readonly inner: Enumerator,
    private readonly domain: Domain,
    private readonly limits: SearchLimits,
  ) {
    this.resultKey = typeKey(fnType.result);
  }

  at(cost: number): readonly Entry[] {
    const cached = this.byCost[cost];
    if (cached) return cached;
    const bodyCost = cost - LAMBDA_COST;
    if (bodyCost < 1) return NONE;
    this.inner.growTo(bodyCost);
    if (this.inner.level < bodyCost) return NONE; // stopped by the limits; do not cache a partial level
    const out: Entry[] = [];
    for (const body of this.inner.bank.at(this.resultKey, bodyCost)) {
      // Stopped half-way, the list is not kept: the caller stops too and asks again later.
      if (!this.limits.tick(0)) return NONE;
      const compiled = compile(body.program);
      const values: Result[] = this.domain.inputs.map(
        (inputs) => ((x: any, y: any) => compiled(inputs, x, y)) as unknown as Result,
      );
      out.push({ program: lambda(this.fnType.params, body.program), cost, rank: LAMBDA_COST + body.rank, values });
    }
    this.byCost[cost] = out;
    return out;
  }

  /** The entries at this cost whose body reads at least one lambda variable. */
  usingVariables(cost: number): readonly Entry[] {
    const cached = this.withVariables[cost];
    if (cached) return cached;
    const all = this.at(cost);
    if (all === NONE) return NONE;
    const out = all.filter((e) => e.program.kind === "lambda" && usesVariables(e.program.body));
    this.withVariables[cost] = out;
    return out;
  }
}
