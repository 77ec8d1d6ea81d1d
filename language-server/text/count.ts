// Counts in messages: "1 function", "3 functions", "2 entries".

/** `n` and the noun, plural unless n is 1 (`many` for nouns that do not just take an s). */
export function count(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}
