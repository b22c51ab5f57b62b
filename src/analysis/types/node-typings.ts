import type ts from 'typescript';

/*
 * Node.js's own typings (`@types/node`): a declaration there is an API of Node itself, whose
 * behaviour is documented (a `data` listener starts a stream flowing; a `ChildProcess` emits `error`
 * when it cannot start), not a library's or the program's.
 */

const nodeTypings = /[\\/]@types[\\/]node[\\/]/;

/** True for a file of Node's typings (by its path). */
export function isNodeTypingsFile(fileName: string): boolean {
  return nodeTypings.test(fileName);
}

/** True when one of the symbol's declarations is in Node's typings. */
export function isDeclaredByNode(symbol: ts.Symbol | undefined): boolean {
  return symbol?.declarations?.some((declaration) => isNodeTypingsFile(declaration.getSourceFile().fileName)) ?? false;
}
