/** A replacement of `range` (offsets into a text) with `text`, as ESLint's fixes are. */
export interface TextEdit {
  range: readonly [number, number];
  text: string;
}

/** `text` with non-overlapping edits applied (ranges index the text after a byte order mark, as ESLint's do). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let body = text.slice(bom.length);
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    body = body.slice(0, Math.max(edit.range[0], 0)) + edit.text + body.slice(edit.range[1]);
  }
  return bom + body;
}

/** Where `offset` is after `edits` (of the text it indexes) are applied. */
export function moved(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.range[1] <= offset) shift += edit.text.length - (edit.range[1] - edit.range[0]);
    else if (edit.range[0] < offset) return edit.range[0] + shift;
  }
  return offset + shift;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|[\r\n\u2028\u2029]/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** The offset of ESLint's 1-based line and column (in the text after a byte order mark). */
export function offsetOf(text: string, line: number, column: number): number {
  const starts = lineStarts(text.replace(/^\uFEFF/, ''));
  return (starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0) + column - 1;
}

/** ESLint's 1-based line and column of `offset` (in the text after a byte order mark). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text.replace(/^\uFEFF/, ''));
  let line = starts.length;
  while (line > 1 && starts[line - 1]! > offset) line--;
  return { line, column: offset - starts[line - 1]! + 1 };
}
