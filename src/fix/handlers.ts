import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { ErrorChannel } from '../analysis/promises/error-channels.js';
import type { FunctionNode } from '../analysis/syntax/nodes.js';
import { containsInBody } from '../analysis/syntax/walk.js';
import { freeName } from './bindings.js';
import { outerRange, replaceWith } from './expressions.js';
import { indentOf, prependStatement } from './statements.js';

/*
 * Error-handling code that fixes write: a rejection handler that reports an error through the
 * channel the code already uses (`analysis/promises/error-channels.ts`: a `reject`, an `onError`,
 * an `error` event, a logger, else the console; plus `process.exitCode = 1` in an entry script),
 * annotated in TypeScript files, attached with `.catch(…)` or `.then(undefined, …)`, added as a
 * fallback to a handler that may not be a function, or as a `try`/`catch` inside a callback
 * (formatted like the code around it); a check that throws on rejected settled results; and
 * handlers that let aborts through.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** True when the linted file is TypeScript, so fixes may write type annotations. */
export function isTypeScriptFile(filename: string): boolean {
  return /\.[cm]?tsx?$/.test(filename);
}

/** How an inserted handler reports an error: where it sends it, and whether it also fails the script. */
export interface ErrorReport {
  /** The error channel the surrounding code uses (`errorChannelAt`). */
  channel: ErrorChannel;
  /** Also `process.exitCode = 1;`: the handler stands in for a failure of an entry script's top-level code. */
  failScript: boolean;
  /** A TypeScript file: the error is annotated `unknown`. */
  typed: boolean;
}

/** How a report names its channel in a suggestion's message: `` `reject` ``, `` the `error` event of `this` ``, `` `console.error` and `process.exitCode` ``. */
export function describeReport(report: ErrorReport): string {
  const { channel } = report;
  const target =
    channel.kind === 'reject'
      ? `\`${channel.name}\``
      : channel.kind === 'method'
        ? `\`${channel.callee}\``
        : channel.kind === 'event'
          ? `the \`error\` event of \`${channel.emitter}\``
          : channel.kind === 'logger'
            ? `\`${channel.logger}.error\``
            : '`console.error`';
  return report.failScript ? `${target} and \`process.exitCode\`` : target;
}

/** The statements that report the error held by `name`, one per line of a block. */
export function reportStatements(report: ErrorReport, name: string): string[] {
  const { channel } = report;
  const call =
    channel.kind === 'reject'
      ? `${channel.name}(${name});`
      : channel.kind === 'method'
        ? `${channel.callee}${channel.optional ? '?.' : ''}(${name});`
        : channel.kind === 'event'
          ? `${channel.emitter}.emit('error', ${name});`
          : channel.kind === 'logger'
            ? `${channel.logger}.error(${name});`
            : `console.error(${name});`;
  return report.failScript ? [call, 'process.exitCode = 1;'] : [call];
}

/**
 * A rejection handler that reports the error: the executor's `reject` itself, or an arrow
 * `(error: unknown) => { … }`, written on one line for one statement and, for more, one statement
 * per line indented from the line of `statement` (the statement the handler is written in).
 */
export function rejectionHandler(sourceCode: SourceCode, report: ErrorReport, statement: TSESTree.Node): string {
  if (report.channel.kind === 'reject' && !report.failScript) return report.channel.name;
  const parameter = report.typed ? '(error: unknown)' : '(error)';
  const statements = reportStatements(report, 'error');
  if (statements.length === 1) return `${parameter} => { ${statements[0]} }`;
  const indent = indentOf(sourceCode, statement);
  const unit = indentUnitOf(sourceCode);
  return `${parameter} => {\n${statements.map((line) => `${indent}${unit}${line}\n`).join('')}${indent}}`;
}

/** The member call that attaches `handler` as a rejection handler, for promises and bare thenables. */
export function rejectionHandlerCall(hasCatch: boolean, handler: string): string {
  return hasCatch ? `.catch(${handler})` : `.then(undefined, ${handler})`;
}

/**
 * Keeps a rejection handler argument that may not be a function and adds a fallback:
 * `typeof handler === 'function' ? handler : fallback`. Only for a name or a chain of plain property
 * reads, which can be read twice; `undefined` otherwise.
 */
export function fallbackHandler(sourceCode: SourceCode, existing: TSESTree.Node, fallback: string): ((fixer: Fixer) => Fix) | undefined {
  if (!isPlainReference(existing)) return undefined;
  const text = sourceCode.getText(existing);
  return replaceWith(sourceCode, existing, `typeof ${text} === 'function' ? ${text} : ${fallback}`);
}

function isPlainReference(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.ThisExpression) return true;
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && !node.optional && isPlainReference(node.object);
}

/** The file's indentation step: a tab, or the smallest run of leading spaces on a code line (2 when there is none). */
function indentUnitOf(sourceCode: SourceCode): string {
  let smallest = Infinity;
  for (const line of sourceCode.lines) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent === '' || line.trim() === '' || line.trimStart().startsWith('*')) continue;
    if (indent.startsWith('\t')) return '\t';
    smallest = Math.min(smallest, indent.length);
  }
  return ' '.repeat(Number.isFinite(smallest) && smallest <= 8 ? smallest : 2);
}

/** Expressions that `await` takes as its operand without parentheses. */
const awaitsWithoutParens = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.TSNonNullExpression,
]);

/**
 * Makes `fn` catch its own errors: `async (x) => { try { BODY } catch (error: unknown) { … } }`,
 * with `await` added for an expression body, and the catch block reporting as `report` says. A
 * body on one line stays on one line; otherwise the `try` goes on its own lines at the body's
 * indentation, the body one step further in, and each reporting statement on its own line.
 * `undefined` when the body returns a value: in an async function, `try { return p; }` does not
 * catch `p`'s rejection, so the rewrite would not do what it says.
 */
export function wrapBodyInTryCatch(
  sourceCode: SourceCode,
  fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration,
  report: ErrorReport,
): ((fixer: Fixer) => Fix[]) | undefined {
  if (fn.generator) return undefined;
  const body = fn.body;
  if (body.type === AST_NODE_TYPES.BlockStatement) {
    if (containsInBody(body, (node) => node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null)) return undefined;
  }
  const makeAsync = (fixer: Fixer): Fix[] => (fn.async ? [] : [fixer.insertTextBeforeRange([fn.range[0], fn.range[0]], 'async ')]);
  const block = body.type === AST_NODE_TYPES.BlockStatement;
  // An expression body is replaced from the `=>` on, its parentheses included; `await ok ? a() : b()`
  // would await `ok`, so anything looser than a call is parenthesized.
  const arrow = block ? undefined : sourceCode.getTokenBefore(body, (token) => token.value === '=>')!;
  const range: TSESTree.Range = arrow ? [arrow.range[1], outerRange(sourceCode, body)[1]] : body.range;
  const replace =
    (text: string) =>
    (fixer: Fixer): Fix[] => [...makeAsync(fixer), fixer.replaceTextRange(range, arrow ? ` ${text}` : text)];
  const [open, close] = block || awaitsWithoutParens.has(body.type) ? ['', ''] : ['(', ')'];
  const parameter = report.typed ? 'error: unknown' : 'error';
  const statements = reportStatements(report, 'error');
  if (body.loc.start.line === body.loc.end.line && statements.length === 1) {
    const inner = block
      ? sourceCode.text.slice(body.range[0] + 1, body.range[1] - 1).trim()
      : `await ${open}${sourceCode.getText(body)}${close};`;
    return replace(`{ try { ${inner} } catch (${parameter}) { ${statements[0]} } }`);
  }
  const lineIndent = (line: number): string => /^[ \t]*/.exec(sourceCode.lines[line - 1] ?? '')![0];
  const base = lineIndent((arrow ?? body).loc.start.line);
  const unit = indentUnitOf(sourceCode);
  const lines = block ? linesOf(sourceCode, body.range[0] + 1, body.range[1] - 1) : linesOf(sourceCode, ...body.range);
  while (lines.length > 1 && lines[0]!.text.trim() === '') lines.shift();
  while (lines.length > 1 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
  // The body's lines keep their indentation relative to its statements (a block's, one step in from
  // its `{` line) or to its first line (an expression's), which now sit two steps in from `base`.
  const level = block ? `${base}${unit}` : lineIndent(sourceCode.getLocFromIndex(lines[0]!.start).line);
  const shift = base.length + 2 * unit.length - level.length;
  if (!block) {
    lines[0]!.text = `await ${open}${lines[0]!.text}`;
    lines[lines.length - 1]!.text += `${close};`;
  }
  // Lines that start inside a template or string keep their whitespace: it is part of the value.
  const values = sourceCode
    .getTokens(body)
    .filter((token) => token.loc.start.line !== token.loc.end.line && ['Template', 'String', 'JSXText'].includes(token.type));
  const inValue = (offset: number): boolean => values.some((token) => token.range[0] < offset && offset < token.range[1]);
  const inner = lines.map(({ text, start }, index) => {
    if (index === 0) return `${base}${unit}${unit}${text.trim()}`;
    if (inValue(start)) return text.trimEnd();
    if (text.trim() === '') return '';
    const indent = /^[ \t]*/.exec(text)![0];
    return shift >= 0
      ? `${(unit === '\t' ? '\t' : ' ').repeat(shift)}${text.trimEnd()}`
      : `${indent.slice(Math.min(-shift, indent.length))}${text.trim()}`;
  });
  return replace(
    [
      '{',
      `${base}${unit}try {`,
      ...inner,
      `${base}${unit}} catch (${parameter}) {`,
      ...statements.map((line) => `${base}${unit}${unit}${line}`),
      `${base}${unit}}`,
      `${base}}`,
    ].join('\n'),
  );
}

/** The source lines between two offsets, each with the offset it starts at. */
function linesOf(sourceCode: SourceCode, from: number, to: number): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = from;
  for (const text of sourceCode.text.slice(from, to).split('\n')) {
    lines.push({ text, start });
    start += text.length + 1;
  }
  return lines;
}

/**
 * Replaces a function passed by name with a wrapper that handles its promise:
 * `(...args: Parameters<typeof fn>) => { fn(...args).catch(handler); }`.
 */
export function wrapCallbackReference(
  sourceCode: SourceCode,
  reference: TSESTree.Identifier,
  handlerCall: string,
  typed: boolean,
): (fixer: Fixer) => Fix {
  const { name } = reference;
  const params = typed ? `(...args: Parameters<typeof ${name}>)` : '(...args)';
  return replaceWith(sourceCode, reference, `${params} => { ${name}(...args)${handlerCall}; }`);
}

/** Statements that throw when any settled `results` (expression text) was rejected: an `AggregateError` of all reasons, else the first. */
export function rejectionCheckStatements(
  scope: TSESLint.Scope.Scope,
  results: string,
  options: { typed: boolean; aggregateError: boolean },
): string[] {
  const predicate = options.typed ? '(result): result is PromiseRejectedResult' : '(result)';
  if (!options.aggregateError) {
    // `find` rather than `[0]`: it type-checks under `noUncheckedIndexedAccess` too.
    const rejection = freeName(scope, 'rejection');
    return [
      `const ${rejection} = ${results}.find(${predicate} => result.status === 'rejected');`,
      `if (${rejection}) throw ${rejection}.reason;`,
    ];
  }
  const rejected = freeName(scope, 'rejected');
  return [
    `const ${rejected} = ${results}.filter(${predicate} => result.status === 'rejected');`,
    `if (${rejected}.length > 0) throw new AggregateError(${rejected}.map((result) => result.reason), 'Promise.allSettled: some operations failed');`,
  ];
}

/** `if (error instanceof Error && error.name === 'AbortError') throw error;` for the error in `name`. */
export function rethrowAbortStatement(name: string): string {
  return `if (${name} instanceof Error && ${name}.name === 'AbortError') throw ${name};`;
}

/** `signal.throwIfAborted();` for the signal read by `signal` (`signal?.throwIfAborted();` when it may be absent). */
export function throwIfAbortedStatement(signal: string, optional: boolean): string {
  return `${signal}${optional ? '?.' : '.'}throwIfAborted();`;
}

/**
 * Makes a `catch` clause start with `statement(name)`, `name` being its parameter; a clause without
 * one gets `(error)` (a free name). `undefined` for a destructured parameter.
 */
export function prependToCatchClause(
  sourceCode: SourceCode,
  clause: TSESTree.CatchClause,
  statement: (name: string) => string,
): ((fixer: Fixer) => Fix | Fix[]) | undefined {
  const param = clause.param;
  if (param?.type === AST_NODE_TYPES.Identifier) return prependStatement(sourceCode, clause.body, statement(param.name));
  if (param) return undefined;
  const keyword = sourceCode.getFirstToken(clause)!;
  const name = freeName(sourceCode.getScope(clause.body), 'error');
  return (fixer) => [fixer.insertTextAfter(keyword, ` (${name})`), prependStatement(sourceCode, clause.body, statement(name))(fixer)];
}

/** `for (const entry of c.values()) entry.reject(new Error('…'));`: rejects every waiting entry of a Map or Set of settlers. */
export function rejectEntriesStatement(collection: string, rejectKey: string, reason: string): string {
  return `for (const entry of ${collection}.values()) entry.${rejectKey}(new Error('${reason}'));`;
}

/**
 * Makes a promise handler start with `statement(name)`, `name` being its error parameter; when it
 * has none and `usesName`, it gets `error` (a free name), and an expression body becomes a block
 * that returns the value. `undefined` when the name is needed and the parameter is destructured
 * or the parameter list cannot take one.
 */
export function prependToHandler(
  sourceCode: SourceCode,
  fn: FunctionNode,
  statement: (name: string) => string,
  usesName: boolean,
): ((fixer: Fixer) => Fix[]) | undefined {
  const [param] = fn.params;
  if (param && param.type !== AST_NODE_TYPES.Identifier && usesName) return undefined;
  const name = param?.type === AST_NODE_TYPES.Identifier ? param.name : freeName(sourceCode.getScope(fn), 'error');
  const text = statement(name);
  // Only bind a parameter the new statement reads: an unused one fails `noUnusedParameters`.
  const open = !param && usesName ? sourceCode.getFirstToken(fn, { filter: (token) => token.value === '(' }) : null;
  if (open && sourceCode.getTokenAfter(open)?.value !== ')') return undefined;
  if (!param && usesName && !open) return undefined;
  return (fixer) => {
    const fixes: Fix[] = [];
    if (open) fixes.push(fixer.insertTextAfter(open, name));
    if (fn.body.type === AST_NODE_TYPES.BlockStatement) {
      fixes.push(prependStatement(sourceCode, fn.body, text)(fixer));
    } else {
      const arrow = sourceCode.getTokenBefore(fn.body, (token) => token.value === '=>')!;
      const value = sourceCode.text.slice(arrow.range[1], fn.range[1]).trim();
      fixes.push(fixer.replaceTextRange([arrow.range[1], fn.range[1]], ` { ${text} return ${value}; }`));
    }
    return fixes;
  };
}

/**
 * Replaces a logging function passed as a handler (`.catch(console.error)`) with an arrow that
 * runs `statement('error')` first and then logs: `(error: unknown) => { … console.error(error); }`.
 */
export function replaceLoggingHandler(
  sourceCode: SourceCode,
  filename: string,
  handler: TSESTree.Node,
  logger: TSESTree.Node,
  statement: (name: string) => string,
): (fixer: Fixer) => Fix {
  const parameter = isTypeScriptFile(filename) ? '(error: unknown)' : '(error)';
  return replaceWith(sourceCode, handler, `${parameter} => { ${statement('error')} ${sourceCode.getText(logger)}(error); }`);
}

/** Replaces `throw value;` with `return callee(value)`, parentheses included, keeping the statement's `;`. */
export function throwAsReturnCall(sourceCode: SourceCode, node: TSESTree.ThrowStatement, callee: string): (fixer: Fixer) => Fix {
  // From the token after `throw` to the end of the statement (without its `;`).
  const keyword = sourceCode.getFirstToken(node)!;
  const last = sourceCode.getLastToken(node)!;
  const end = last.value === ';' ? last.range[0] : node.range[1];
  const text = sourceCode.text.slice(keyword.range[1], end).trim();
  return (fixer) => fixer.replaceTextRange([node.range[0], end], `return ${callee}(${text})`);
}
