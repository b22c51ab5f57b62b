import { createHash } from 'node:crypto';
import path from 'node:path';

import type { Linter } from 'eslint';
import ts from 'typescript';

/** What identifies a finding independently of where its file's lines moved to. */
export interface FingerprintParts {
  /** The rule, or `parse-error`. */
  rule: string;
  /** The names of the functions and classes around the finding, outermost first (`Queue.drain`). */
  scope: string;
  /** The reported source, whitespace collapsed (at most one line for parse errors). */
  snippet: string;
}

/** A finding's fingerprint and the source it was computed from. */
export interface Fingerprint {
  fingerprint: string;
  snippet: string;
  /** The enclosing functions and classes (see {@link FingerprintParts}). */
  scope: string;
}

/**
 * Fingerprints for the messages of one file, in order: a short hash of the rule, the message id,
 * the enclosing functions' names and the whitespace-normalized reported source. Lines added or
 * removed elsewhere in the file, or re-indenting, do not change it; the file is not part of it
 * (reports and baselines keep findings per file).
 */
export function fingerprintMessages(source: string, filePath: string, messages: readonly Linter.LintMessage[]): Fingerprint[] {
  const sourceFile = ts.createSourceFile(filePath, source, ts.ScriptTarget.Latest, true, scriptKindOf(filePath));
  return messages.map((message) => {
    const parts = fingerprintParts(sourceFile, message);
    return {
      fingerprint: hash([parts.rule, message.messageId ?? '', parts.scope, parts.snippet].join('\0')),
      snippet: parts.snippet,
      scope: parts.scope,
    };
  });
}

/** The stable parts of a finding (exported for tests and for the baseline's readable snippet). */
export function fingerprintParts(sourceFile: ts.SourceFile, message: Linter.LintMessage): FingerprintParts {
  const rule = message.ruleId ?? 'parse-error';
  const lineCount = sourceFile.getLineStarts().length;
  const line = Math.min(Math.max(message.line, 1), lineCount);
  const start = offsetOf(sourceFile, line, message.column);
  const lineEnd = line < lineCount ? sourceFile.getLineStarts()[line]! : sourceFile.text.length;
  const end = message.endLine === undefined || message.fatal ? lineEnd : offsetOf(sourceFile, message.endLine, message.endColumn ?? 1);
  const text =
    message.fatal || end <= start
      ? sourceFile.text.slice(sourceFile.getLineStarts()[line - 1], lineEnd)
      : sourceFile.text.slice(start, end);
  return { rule, scope: scopeAt(sourceFile, start), snippet: text.replace(/\s+/g, ' ').trim() };
}

/** A short hex digest. */
export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}

function offsetOf(sourceFile: ts.SourceFile, line: number, column: number): number {
  const starts = sourceFile.getLineStarts();
  const lineStart = starts[Math.min(Math.max(line, 1), starts.length) - 1]!;
  return Math.min(lineStart + Math.max(column - 1, 0), sourceFile.text.length);
}

function scriptKindOf(file: string): ts.ScriptKind {
  return path.extname(file) === '.tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

/** `Outer.inner` for the named functions, methods and classes that contain `offset`. */
function scopeAt(sourceFile: ts.SourceFile, offset: number): string {
  const names: string[] = [];
  let node: ts.Node = sourceFile;
  for (;;) {
    const child: ts.Node | undefined = node.forEachChild((candidate) =>
      candidate.getStart(sourceFile) <= offset && offset < candidate.getEnd() ? candidate : undefined,
    );
    if (!child) break;
    const name = scopeName(child);
    if (name !== undefined) names.push(name);
    node = child;
  }
  return names.join('.');
}

function scopeName(node: ts.Node): string | undefined {
  if (ts.isClassLike(node) || ts.isFunctionDeclaration(node) || ts.isModuleDeclaration(node)) return node.name?.getText() ?? '<anonymous>';
  if (ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node) || ts.isPropertyDeclaration(node))
    return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) {
    const { parent } = node;
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
    return node.name?.getText();
  }
  return undefined;
}
