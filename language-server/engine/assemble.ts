// Assembly of the expected output from pieces, left to right, as FlashFill does for strings: a
// piece fits when its output on every example is exactly what that example's expected output
// holds at the current position. Strings are joined with concatenation; lists with appends,
// where a piece is either a run of elements (a list program) or one element (an element program).
import type { Entry } from "./bank";
import { OPERATOR_BY_NAME } from "./operators";
import { apply, type Program } from "./program";
import { typeKey, valuesEqual, type Task, type Type, type Value } from "./types";

interface Piece {
  readonly entry: Entry;
  /** The piece's contribution per labeled example, as a sequence (string or list). */
  readonly parts: readonly (string | readonly Value[])[];
  /** An element program, to be wrapped as a one-element list. */
  readonly element: boolean;
  /** Its outputs on every example, as one key: pieces alike in it are interchangeable. */
  readonly shapeKey: string;
}

/** Pieces kept with the same output on every example (they differ only in how they read). */
const MAX_PIECES_PER_SHAPE = 8;
/**
 * Shapes (outputs on every example) kept for one output on the longest example: "30" of "12:30"
 * is both `String(minutes)` and `String(minutes).padStart(2, "0")`, which differ on "9:05", and
 * cheap pieces that fit no assembly must not crowd out the one that does.
 */
const MAX_SHAPES_PER_KEY = 48;

export class PieceAssembler {
  /** Pieces by their output on the longest example, grouped by their outputs on all examples. */
  private readonly pieces = new Map<string, Piece[][]>();
  private readonly outputs: readonly (string | readonly Value[])[];
  private readonly pivot: number;
  private readonly kind: "string" | "list";
  private readonly listKey: string;
  private readonly elementKey: string;
  changed = false;

  private constructor(
    private readonly task: Task,
    private readonly labeled: number,
  ) {
    this.kind = task.returnType.kind === "string" ? "string" : "list";
    this.outputs = task.examples.map((ex) => ex.output as string | readonly Value[]);
    let pivot = 0;
    this.outputs.forEach((o, e) => {
      if (o.length > this.outputs[pivot].length) pivot = e;
    });
    this.pivot = pivot;
    this.listKey = typeKey(task.returnType);
    this.elementKey = task.returnType.kind === "list" ? typeKey(task.returnType.element) : "";
  }

  /** An assembler for tasks that return strings or lists; undefined for other tasks. */
  static forTask(task: Task, labeled: number): PieceAssembler | undefined {
    const kind = task.returnType.kind;
    if ((kind !== "string" && kind !== "list") || task.examples.length === 0) return undefined;
    return new PieceAssembler(task, labeled);
  }

  private keyOf(seq: string | readonly Value[]): string {
    return typeof seq === "string" ? seq : JSON.stringify(seq);
  }

  private contains(out: string | readonly Value[], part: string | readonly Value[]): boolean {
    if (typeof out === "string") return out.includes(part as string);
    return this.findAt(out, part as readonly Value[], 0, true);
  }

  /** Whether `part` occurs in `out` at `pos` (or anywhere from `pos` on, when `anywhere`). */
  private findAt(out: readonly Value[], part: readonly Value[], pos: number, anywhere: boolean): boolean {
    for (let start = pos; start + part.length <= out.length; start++) {
      let ok = true;
      for (let i = 0; i < part.length && ok; i++) ok = valuesEqual(out[start + i], part[i]);
      if (ok) return true;
      if (!anywhere) return false;
    }
    return false;
  }

  private startsWithAt(out: string | readonly Value[], part: string | readonly Value[], pos: number): boolean {
    if (typeof out === "string") return out.startsWith(part as string, pos);
    return this.findAt(out, part as readonly Value[], pos, false);
  }

  /** Considers a newly kept program as a piece. */
  offer(key: string, entry: Entry): void {
    const element = this.kind === "list" && key === this.elementKey;
    if (key !== this.listKey && !element) return;
    const parts: (string | readonly Value[])[] = [];
    for (let e = 0; e < this.labeled; e++) {
      const v = entry.values[e] as Value;
      const part = element ? [v] : (v as string | readonly Value[]);
      if (!this.contains(this.outputs[e], part)) return;
      parts.push(part);
    }
    if (parts[this.pivot].length === 0) return;
    const k = this.keyOf(parts[this.pivot]);
    const shapeKey = (element ? "1" : "0") + parts.map((p) => this.keyOf(p)).join("\u0000");
    const piece = { entry, parts, element, shapeKey };
    let list = this.pieces.get(k);
    if (!list) this.pieces.set(k, (list = []));
    const shape = list.find((s) => s[0].shapeKey === shapeKey);
    if (shape) {
      if (shape.length >= MAX_PIECES_PER_SHAPE) return;
      shape.push(piece);
    } else {
      if (list.length >= MAX_SHAPES_PER_KEY) return;
      list.push([piece]);
    }
    this.changed = true;
  }

  /**
   * The cheapest assembly of at least two pieces by `rank` (the ranking cost of a piece), or
   * undefined. Pieces with the same outputs can differ: a learned prior may have made an odd one
   * cheap for the search, and the one meant is the one a person would write. `cost` is the least
   * any assembly costs in the search's own terms, which is what tells the search when no cheaper
   * program is left to enumerate.
   */
  assemble(maxParts: number, stopped: () => boolean, rank: (entry: Entry) => number = (e) => e.cost): { program: Program; cost: number } | undefined {
    this.changed = false;
    const { outputs, pivot } = this;
    const n = this.labeled;
    type Path = { readonly rank: number; readonly cost: number; readonly pieces: Piece[]; leastCost: number } | null;
    const memo = new Map<string, Path>();
    const joinCost = OPERATOR_BY_NAME.get(this.kind === "string" ? "concat" : "append")!.cost;
    const search = (pos: readonly number[], depth: number): Path => {
      let done = true;
      for (let e = 0; e < n; e++) if (pos[e] !== outputs[e].length) done = false;
      if (done) return { rank: 0, cost: 0, pieces: [], leastCost: 0 };
      if (depth === 0 || pos[pivot] >= outputs[pivot].length || stopped()) return null;
      const key = pos.join(",") + "/" + depth;
      const cached = memo.get(key);
      if (cached !== undefined) return cached;
      let best: Path = null;
      const seq = outputs[pivot];
      for (let end = seq.length; end > pos[pivot]; end--) {
        const shapes = this.pieces.get(this.keyOf(seq.slice(pos[pivot], end)));
        if (!shapes) continue;
        for (const shape of shapes) {
          const next: number[] = new Array(n);
          let ok = true;
          for (let e = 0; e < n && ok; e++) {
            ok = this.startsWithAt(outputs[e], shape[0].parts[e], pos[e]);
            next[e] = pos[e] + shape[0].parts[e].length;
          }
          if (!ok) continue;
          const rest = search(next, depth - 1);
          if (!rest) continue;
          for (const c of shape) {
            const pathRank = rank(c.entry) + joinCost + rest.rank;
            const cost = c.entry.cost + joinCost + rest.cost;
            const leastCost = Math.min(best?.leastCost ?? Infinity, c.entry.cost + joinCost + rest.leastCost);
            if (best === null || pathRank < best.rank || (pathRank === best.rank && cost < best.cost)) best = { rank: pathRank, cost, pieces: [c, ...rest.pieces], leastCost };
            else best.leastCost = leastCost;
          }
        }
      }
      memo.set(key, best);
      return best;
    };
    const path = search(new Array(n).fill(0), maxParts);
    if (!path || path.pieces.length < 2) return undefined;
    return { program: this.join(path.pieces), cost: path.leastCost - joinCost };
  }

  private join(pieces: readonly Piece[]): Program {
    const t = this.task.returnType;
    if (this.kind === "string") {
      const concat = OPERATOR_BY_NAME.get("concat")!;
      return pieces
        .slice(1)
        .reduce<Program>((acc, p) => apply(concat, { params: [t, t], result: t }, [acc, p.entry.program]), pieces[0].entry.program);
    }
    const element = (t as Type & { kind: "list" }).element;
    const append = OPERATOR_BY_NAME.get("append")!;
    const snoc = OPERATOR_BY_NAME.get("snoc")!;
    const cons = OPERATOR_BY_NAME.get("cons")!;
    const singleton = OPERATOR_BY_NAME.get("singleton")!;
    const [first, second, ...rest] = pieces;
    let acc: Program;
    if (first.element && !second.element) acc = apply(cons, { params: [element, t], result: t }, [first.entry.program, second.entry.program]);
    else {
      acc = first.element ? apply(singleton, { params: [element], result: t }, [first.entry.program]) : first.entry.program;
      acc = this.add(acc, second, append, snoc);
    }
    for (const p of rest) acc = this.add(acc, p, append, snoc);
    return acc;
  }

  private add(acc: Program, p: Piece, append: typeof OPERATOR_BY_NAME extends ReadonlyMap<string, infer O> ? O : never, snoc: typeof append): Program {
    const t = this.task.returnType;
    const element = (t as Type & { kind: "list" }).element;
    return p.element
      ? apply(snoc, { params: [t, element], result: t }, [acc, p.entry.program])
      : apply(append, { params: [t, t], result: t }, [acc, p.entry.program]);
  }
}
