// Offsets to line and column positions, shared by every reader that reports where something is.

/** A position in text: 0-based line and column (as LSP counts them), and the UTF-16 offset. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Built once per text, so each lookup is a binary search. Lines end at \n, \r\n or a lone \r. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): TextPosition {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= o) low = middle;
      else high = middle - 1;
    }
    return { line: low, column: o - this.starts[low], offset: o };
  }

  /** The offset where a 0-based line starts. */
  lineStart(line: number): number {
    return this.starts[line];
  }
}
