// Realistic input values for generated training tasks: words, names, e-mail addresses, paths,
// dates, phone numbers, numbers, lists and records. Everything is drawn from a seeded PRNG, so a
// seed always gives the same values. A shape is one kind of value (say, ISO dates); a generated
// task picks a shape per parameter and draws a fresh value of it for every example, so that the
// examples of one task look alike the way a person's examples do.
import { BOOLEAN, listOf, NUMBER, recordOf, STRING, type Type, type Value } from "../engine/types";

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG; good enough for sampling and fully reproducible. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi], both included. */
export function intBetween(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** An index drawn with probability proportional to its weight (weights need not sum to one). */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

const FIRST_NAMES = [
  "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "John",
  "Mary", "James", "Sophie", "Liam", "Olivia", "Noah", "Emma", "Lucas", "Mia", "Ethan",
  "Chloe", "Omar", "Fatima", "Hiro", "Yuki", "Carlos", "Lucia", "Priya", "Arjun", "Zoe",
  "Ivan", "Elena", "Kofi", "Amara", "Mateo", "Isabel", "Tom", "Anna", "Paul", "Nina",
];
const LAST_NAMES = [
  "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "McCarthy",
  "Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Anderson",
  "Taylor", "Thomas", "Moore", "Martin", "Lee", "Clark", "Lewis", "Walker", "Young", "King",
  "Nguyen", "Patel", "Kim", "Silva", "Rossi", "Muller", "Dubois", "Kowalski", "Tanaka", "Okafor",
];
const WORDS = [
  "apple", "banana", "cherry", "river", "mountain", "window", "garden", "pencil", "rocket", "silver",
  "orange", "planet", "forest", "coffee", "bridge", "market", "winter", "summer", "engine", "button",
  "cloud", "stone", "table", "paper", "music", "light", "ocean", "tiger", "honey", "lemon",
  "data", "report", "user", "order", "item", "file", "code", "test", "value", "node",
  "red", "blue", "green", "cat", "dog", "sun", "map", "box", "key", "cup",
];
const CITIES = [
  "Paris", "London", "Berlin", "Madrid", "Rome", "Tokyo", "Boston", "Denver", "Austin", "Seattle",
  "Chicago", "Dublin", "Oslo", "Lisbon", "Prague", "Vienna", "Toronto", "Sydney", "Cairo", "Lima",
];
const COUNTRIES = ["France", "Spain", "Japan", "Canada", "Brazil", "Kenya", "India", "Norway", "Peru", "Italy"];
const DOMAINS = ["example.com", "mail.org", "gmail.com", "acme.io", "uni.edu", "company.co.uk", "test.net"];
const EXTENSIONS = ["txt", "pdf", "csv", "json", "ts", "py", "png", "jpg", "md", "html", "tar.gz", "docx"];
const DIRECTORIES = ["home", "users", "docs", "src", "lib", "data", "images", "reports", "tmp", "projects", "var", "www"];
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const TLDS = ["com", "org", "net", "io", "dev"];
const PREFIXES = ["AB", "XY", "QR", "ZK", "MT", "PL", "CD", "EF", "GH", "JK"];

const lower = (s: string) => s.toLowerCase();
const pad2 = (n: number) => String(n).padStart(2, "0");

function word(rng: Rng): string {
  return pick(rng, WORDS);
}

function fullName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
}

function email(rng: Rng): string {
  const first = lower(pick(rng, FIRST_NAMES));
  const last = lower(pick(rng, LAST_NAMES));
  const local = pick(rng, [`${first}.${last}`, `${first}${last}`, `${first[0]}${last}`, `${first}_${intBetween(rng, 1, 99)}`]);
  return `${local}@${pick(rng, DOMAINS)}`;
}

function fileName(rng: Rng): string {
  const stem = pick(rng, [word(rng), `${word(rng)}_${word(rng)}`, `${word(rng)}-${intBetween(rng, 1, 2024)}`, `${word(rng)}${intBetween(rng, 1, 9)}`]);
  return `${stem}.${pick(rng, EXTENSIONS)}`;
}

function filePath(rng: Rng): string {
  const depth = intBetween(rng, 1, 3);
  const dirs: string[] = [];
  for (let i = 0; i < depth; i++) dirs.push(pick(rng, DIRECTORIES));
  const root = pick(rng, ["/", "/", "./", ""]);
  return `${root}${dirs.join("/")}/${fileName(rng)}`;
}

function url(rng: Rng): string {
  const host = pick(rng, ["www.", "", "api.", "blog."]) + `${word(rng)}.${pick(rng, TLDS)}`;
  const path = pick(rng, ["", `/${word(rng)}`, `/${word(rng)}/${word(rng)}`, `/${word(rng)}/${intBetween(rng, 1, 999)}`]);
  const query = rng() < 0.25 ? `?id=${intBetween(rng, 1, 500)}` : "";
  return `${pick(rng, ["https", "https", "http"])}://${host}${path}${query}`;
}

function date(rng: Rng): { y: number; m: number; d: number } {
  return { y: intBetween(rng, 1990, 2030), m: intBetween(rng, 1, 12), d: intBetween(rng, 1, 28) };
}

function digits(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(intBetween(rng, 0, 9));
  return s;
}

function mixedCase(rng: Rng): string {
  const base = rng() < 0.5 ? word(rng) : `${word(rng)} ${word(rng)}`;
  let out = "";
  for (const ch of base) out += rng() < 0.5 ? ch.toUpperCase() : ch;
  return out;
}

function sentence(rng: Rng): string {
  const n = intBetween(rng, 2, 6);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(word(rng));
  const text = words.join(" ");
  // Some sentences are capitalized and end with a period, as people write them.
  return rng() < 0.4 ? `${text[0].toUpperCase()}${text.slice(1)}.` : text;
}

function smallList<T extends Value>(rng: Rng, item: (rng: Rng) => T): T[] {
  // Empty lists are rarer than the others: one among a task's points already rules out every
  // program that takes the first or largest element, which most list tasks do.
  const n = rng() < 0.05 ? 0 : intBetween(rng, 1, 6);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(item(rng));
  return out;
}

/** One kind of value: its type, parameter names that suit it, and how to draw one. */
export interface Shape {
  readonly name: string;
  readonly type: Type;
  /** Names a person would give a parameter of this shape. */
  readonly paramNames: readonly string[];
  readonly draw: (rng: Rng) => Value;
  /** How often the shape is picked, relative to the others. */
  readonly weight: number;
}

const shape = (name: string, type: Type, paramNames: readonly string[], draw: (rng: Rng) => Value, weight = 1): Shape => ({
  name,
  type,
  paramNames,
  draw,
  weight,
});

const STRING_SHAPES: readonly Shape[] = [
  shape("word", STRING, ["word", "s", "text"], word),
  shape("firstName", STRING, ["first", "firstName"], (r) => pick(r, FIRST_NAMES)),
  shape("lastName", STRING, ["last", "surname"], (r) => pick(r, LAST_NAMES)),
  shape("fullName", STRING, ["name", "fullName"], fullName, 1.5),
  shape("email", STRING, ["email", "address"], email, 1.5),
  shape("filePath", STRING, ["path", "filePath"], filePath),
  shape("fileName", STRING, ["file", "fileName"], fileName),
  shape("url", STRING, ["url", "link"], url),
  shape("dateIso", STRING, ["date", "day"], (r) => {
    const { y, m, d } = date(r);
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }),
  shape("dateUs", STRING, ["date", "when"], (r) => {
    const { y, m, d } = date(r);
    return `${pad2(m)}/${pad2(d)}/${y}`;
  }),
  shape("dateLong", STRING, ["date", "when"], (r) => {
    const { y, m, d } = date(r);
    return `${MONTHS[m - 1]} ${d}, ${y}`;
  }),
  shape("phoneDashed", STRING, ["phone", "number"], (r) => `${digits(r, 3)}-${digits(r, 3)}-${digits(r, 4)}`),
  shape("phoneParens", STRING, ["phone", "tel"], (r) => `(${digits(r, 3)}) ${digits(r, 3)}-${digits(r, 4)}`),
  shape("phoneIntl", STRING, ["phone", "tel"], (r) => `+${intBetween(r, 1, 49)} ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}`),
  shape("productCode", STRING, ["code", "sku"], (r) => `${pick(r, PREFIXES)}-${digits(r, 4)}`),
  shape("sentence", STRING, ["sentence", "text", "title"], sentence, 1.5),
  shape("mixedCase", STRING, ["s", "label"], mixedCase),
  shape("city", STRING, ["city", "place"], (r) => pick(r, CITIES), 0.5),
  shape("numericText", STRING, ["amount", "count"], (r) => String(intBetween(r, 0, 9999)), 0.5),
];

const NUMBER_SHAPES: readonly Shape[] = [
  shape("smallInt", NUMBER, ["n", "count", "k"], (r) => intBetween(r, 0, 20), 2),
  shape("signedInt", NUMBER, ["value", "delta", "n"], (r) => intBetween(r, -50, 50)),
  shape("largeInt", NUMBER, ["amount", "total", "n"], (r) => intBetween(r, 100, 99999)),
  shape("decimal", NUMBER, ["price", "amount", "rate"], (r) => intBetween(r, -999, 9999) / 100, 0.5),
  shape("age", NUMBER, ["age", "years"], (r) => intBetween(r, 1, 95), 0.5),
];

const BOOLEAN_SHAPES: readonly Shape[] = [shape("boolean", BOOLEAN, ["flag", "enabled", "ok"], (r) => r() < 0.5, 0.6)];

const LIST_SHAPES: readonly Shape[] = [
  shape("smallInts", listOf(NUMBER), ["xs", "nums", "values"], (r) => smallList(r, (q) => intBetween(q, 0, 20)), 2),
  shape("signedInts", listOf(NUMBER), ["xs", "deltas"], (r) => smallList(r, (q) => intBetween(q, -30, 30))),
  shape("prices", listOf(NUMBER), ["prices", "amounts"], (r) => smallList(r, (q) => intBetween(q, 1, 500)), 0.5),
  shape("words", listOf(STRING), ["words", "items", "tags"], (r) => smallList(r, word), 1.5),
  shape("names", listOf(STRING), ["names", "people"], (r) => smallList(r, (q) => pick(q, FIRST_NAMES))),
  shape("fullNames", listOf(STRING), ["names", "authors"], (r) => smallList(r, fullName), 0.5),
];

const RECORD_SHAPES: readonly Shape[] = [
  shape("firstLast", recordOf([{ name: "first", type: STRING }, { name: "last", type: STRING }]), ["person", "p"], (r) => ({
    first: pick(r, FIRST_NAMES),
    last: pick(r, LAST_NAMES),
  })),
  shape("nameAge", recordOf([{ name: "name", type: STRING }, { name: "age", type: NUMBER }]), ["person", "user"], (r) => ({
    name: pick(r, FIRST_NAMES),
    age: intBetween(r, 1, 95),
  })),
  shape("cityZip", recordOf([{ name: "city", type: STRING }, { name: "zip", type: STRING }]), ["address", "location"], (r) => ({
    city: pick(r, CITIES),
    zip: digits(r, 5),
  })),
  shape(
    "nameAgeEmail",
    recordOf([
      { name: "name", type: STRING },
      { name: "age", type: NUMBER },
      { name: "email", type: STRING },
    ]),
    ["user", "account"],
    (r) => ({ name: fullName(r), age: intBetween(r, 16, 90), email: email(r) }),
    0.5,
  ),
  shape(
    "item",
    recordOf([
      { name: "title", type: STRING },
      { name: "price", type: NUMBER },
      { name: "qty", type: NUMBER },
    ]),
    ["item", "line"],
    (r) => ({ title: word(r), price: intBetween(r, 1, 200), qty: intBetween(r, 0, 12) }),
    0.5,
  ),
  shape(
    "place",
    recordOf([
      { name: "city", type: STRING },
      { name: "country", type: STRING },
      { name: "population", type: NUMBER },
      { name: "capital", type: BOOLEAN },
    ]),
    ["place", "city"],
    (r) => ({ city: pick(r, CITIES), country: pick(r, COUNTRIES), population: intBetween(r, 1000, 9_000_000), capital: r() < 0.3 }),
    0.3,
  ),
];

/** Every shape, grouped by the kind of value. */
export const SHAPES = {
  string: STRING_SHAPES,
  number: NUMBER_SHAPES,
  boolean: BOOLEAN_SHAPES,
  list: LIST_SHAPES,
  record: RECORD_SHAPES,
} as const;

export type ShapeKind = keyof typeof SHAPES;

export const ALL_SHAPES: readonly Shape[] = Object.values(SHAPES).flat();

/** A shape of the given kind, drawn by the shapes' weights. */
export function pickShape(rng: Rng, kind: ShapeKind): Shape {
  const shapes = SHAPES[kind];
  return shapes[pickWeighted(rng, shapes.map((s) => s.weight))];
}
