// Value banks: every program the search keeps, grouped by type and by cost, with its outputs on
// every point of the search's domain. Two programs with the same type and the same outputs are
// observationally equivalent; only one is kept: the first (cheapest) one, unless the search runs
// with costs other than the hand-set ones and a later one is cheaper by those.
import { ERR, type Result } from "./operators";
import type { Program } from "./program";
import { valuesEqual, type Type, type Value } from "./types";

export interface Entry {
  /**
   * The program kept for this behaviour. Where the search's costs are not the hand-set ones, a
   * program found later with the same outputs and a lower `rank` takes its place.
   */
  program: Program;
  /** The level the search found the behaviour at, in its own costs. */
  readonly cost: number;
  /** The program's hand-set cost (inputs, variables and literals at the search's leaf costs), by which programs are ranked. */
  rank: number;
  /** Outputs per domain point; ERR where the program is undefined (only ever on unlabeled points). */
  readonly values: readonly Result[];
}

export interface TypedBank {
  readonly type: Type;
  readonly key: string;
  /** levels[c] holds the entries of cost c. */
  readonly levels: Entry[][];
  /** Entries by the hash of their outputs, for the equivalence check. */
  readonly index: OutputIndex;
}

/**
 * Entries by the 32-bit hash of their outputs, in open addressing over typed arrays: the search
 * looks up every candidate here, and a Map of arrays cost a lookup through boxed keys and an
 * array per entry (a sixth of the search's time on a two-list task, with the collector).
 */
export class OutputIndex {
  /** The hash in each slot. */
  private hashes = new Int32Array(1024);
  /** 1 + the entry's position in `entries` for each used slot, 0 for a free one. */
  private slots = new Int32Array(1024);
  private readonly entries: Entry[] = [];

  /** The entry with these outputs (whose hash is given), if any. */
  find(values: readonly Result[], hash: number): Entry | undefined {
    const mask = this.slots.length - 1;
    const n = values.length;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i];
      if (slot === 0) return undefined;
      if (this.hashes[i] === hash) {
        const e = this.entries[slot - 1];
        if (sameOutputs(e.values, values, n)) return e;
      }
    }
  }

  /** Adds an entry known to be new. */
  insert(entry: Entry, hash: number): void {
    this.entries.push(entry);
    // At most half full, so a probe for a missing hash soon meets a free slot.
    if (this.entries.length * 2 > this.slots.length) this.grow();
    this.place(hash, this.entries.length);
  }

  private place(hash: number, slot: number): void {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.hashes[i] = hash;
    this.slots[i] = slot;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    this.hashes = new Int32Array(oldSlots.length * 2);
    this.slots = new Int32Array(oldSlots.length * 2);
    for (let i = 0; i < oldSlots.length; i++) if (oldSlots[i] !== 0) this.place(oldHashes[i], oldSlots[i]);
  }
}

/** A 32-bit hash of a value, computed without allocating. */
export function hashValue(v: Result, h: number): number {
  if (typeof v === "string") {
    h = Math.imul(h ^ 0x73, 16777619);
    // Long strings are sampled: the equality check behind the hash settles collisions.
    const step = v.length <= 32 ? 1 : (v.length >> 5) | 1;
    for (let i = 0; i < v.length; i += step) h = Math.imul(h ^ v.charCodeAt(i), 16777619);
    return Math.imul(h ^ v.length, 16777619);
  }
  if (typeof v === "number") {
    if (Number.isInteger(v) && Math.abs(v) < 2 ** 31) return Math.imul(h ^ 0x6e ^ (v | 0), 16777619) ^ (v >>> 16);
    const s = String(v);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h;
  }
  if (typeof v === "boolean") return Math.imul(h ^ (v ? 0x54 : 0x46), 16777619);
  if (v === ERR) return Math.imul(h ^ 0x45, 16777619);
  if (Array.isArray(v)) {
    h = Math.imul(h ^ 0x5b, 16777619);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      // Small integers, the common elements, are hashed inline (as the branch for numbers does).
      if (typeof x === "number" && (x | 0) === x) h = Math.imul(h ^ 0x6e ^ x, 16777619) ^ (x >>> 16);
      else h = hashValue(x, h);
    }
    return Math.imul(h ^ 0x5d, 16777619);
  }
  if (typeof v === "object") {
    h = Math.imul(h ^ 0x7b, 16777619);
    for (const k of Object.keys(v)) h = hashValue((v as { [k: string]: Value })[k], hashValue(k, h));
    return h;
  }
  return h;
}

export function hashOutputs(values: readonly Result[], n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    // Short strings and small integers, the common outputs, are hashed inline.
    if (typeof v === "string" && v.length <= 32) {
      h = Math.imul(h ^ 0x73, 16777619);
      for (let j = 0; j < v.length; j++) h = Math.imul(h ^ v.charCodeAt(j), 16777619);
      h = Math.imul(h ^ v.length, 16777619);
    } else if (typeof v === "number" && (v | 0) === v) h = Math.imul(h ^ 0x6e ^ v, 16777619);
    else h = hashValue(v, h);
  }
  return h;
}

function sameOutputs(a: readonly Result[], b: readonly Result[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object") return false;
    if (!valuesEqual(x as Value, y as Value)) return false;
  }
  return true;
}

/** Rough bytes a value takes, to keep the banks inside their memory cap. */
export function estimateBytes(v: Result): number {
  if (typeof v === "string") return 24 + 2 * v.length;
  if (typeof v === "number" || typeof v === "boolean" || v === ERR) return 8;
  if (typeof v === "function") return 64;
  if (Array.isArray(v)) {
    let n = 32;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      n += typeof x === "number" ? 8 : estimateBytes(x);
    }
    return n;
  }
  let n = 48;
  for (const x of Object.values(v as object)) n += 16 + estimateBytes(x as Value);
  return n;
}

export class Bank {
  readonly banks = new Map<string, TypedBank>();
  bytes = 0;
  count = 0;

  bankFor(type: Type, key: string): TypedBank {
    let b = this.banks.get(key);
    if (!b) {
      b = { type, key, levels: [], index: new OutputIndex() };
      this.banks.set(key, b);
    }
    return b;
  }

  /** Entries of a type at one cost (an empty array when there are none). */
  at(key: string, cost: number): readonly Entry[] {
    const b = this.banks.get(key);
    return (b && b.levels[cost]) || EMPTY;
  }

  /** The kept entry with these outputs, if any (the outputs' hash is given). */
  find(bank: TypedBank, values: readonly Result[], hash: number): Entry | undefined {
    return bank.index.find(values, hash);
  }

  /** Adds an entry known to be new. */
  insert(bank: TypedBank, entry: Entry, hash: number): void {
    bank.index.insert(entry, hash);
    (bank.levels[entry.cost] ??= []).push(entry);
    this.count++;
    this.bytes += 120;
    for (const v of entry.values) this.bytes += estimateBytes(v);
  }

  /** Adds the entry unless an equivalent one is already kept; returns whether it was added. */
  add(typeKey: string, type: Type, entry: Entry): boolean {
    const bank = this.bankFor(type, typeKey);
    const hash = hashOutputs(entry.values, entry.values.length);
    if (this.find(bank, entry.values, hash)) return false;
    this.insert(bank, entry, hash);
    return true;
  }
}

const EMPTY: readonly Entry[] = [];
