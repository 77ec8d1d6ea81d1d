// The one error the benchmark readers throw: it always says where in which file the problem is.
import { LineIndex as SharedLineIndex } from "../text/lines";

export interface SourcePosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units like editors do. */
  readonly column: number;
}

export class BenchmarkFormatError extends Error {
  override readonly name = "BenchmarkFormatError";

  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    /** The problem alone, without the file and position prefix. */
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
  }

  static at(file: string, position: SourcePosition, detail: string): BenchmarkFormatError {
    return new BenchmarkFormatError(file, position.line, position.column, detail);
  }
}

/** 1-based positions for messages, from the shared line index. */
export class LineIndex {
  private readonly lines: SharedLineIndex;

  constructor(text: string) {
    this.lines = new SharedLineIndex(text);
  }

  positionAt(offset: number): SourcePosition {
    const { line, column } = this.lines.position(offset);
    return { line: line + 1, column: column + 1 };
  }
}

/** Names a character so that invisible or binary ones are still readable in a message. */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code < 0x20 || code === 0x7f || code === 0xfffd || (code >= 0x80 && code < 0xa0)) return hex;
  return `'${character}' (${hex})`;
}

/**
 * Decodes file bytes as UTF-8 text. Invalid UTF-8 (typically a binary file) is a format error at the first
 * bad byte, so that readers never see replacement characters and report a confusing token later.
 */
export function decodeBenchmarkText(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const offset = Math.max(0, lenient.indexOf("\uFFFD"));
    throw BenchmarkFormatError.at(file, new LineIndex(lenient).positionAt(offset), "the file is not UTF-8 text (is it binary?)");
  }
  // TextDecoder already drops a UTF-8 byte order mark; a NUL byte still means the file is binary.
  const nul = text.indexOf("\u0000");
  if (nul >= 0) throw BenchmarkFormatError.at(file, new LineIndex(text).positionAt(nul), "the file contains a NUL byte (is it binary?)");
  return text;
}
