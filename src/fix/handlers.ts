import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { FunctionNode } from '../analysis/syntax/nodes.js';
import { containsInBody } from '../analysis/syntax/walk.js';
import { freeName } from './bindings.js';
import { replaceWith } from './expressions.js';
import { prependStatement } from './statements.js';

/*
 * Error-handling code that fixes write: a logging rejection handler (annotated in TypeScript
 * files), `.catch(…)` or `.then(undefined, …)`, a callback that catches its own errors, a check
 * that throws on rejected settled results, and handlers that let aborts through.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** True when the linted file is TypeScript, so fixes may write type annotations. */
export function isTypeScriptFile(filename: string): boolean {
  return /\.[cm]?tsx?$/.test(filename);
}

/** A rejection handler that reports the error on the console (annotated in TypeScript files). */
export function loggingHandler(filename: string): string {
  return isTypeScriptFile(filename) ? '(error: unknown) => { console.error(error); }' : '(error) => { console.error(error); }';
}

/** The member call that attaches `handler` as a rejection handler, for promises and bare thenables. */
export function rejectionHandlerCall(hasCatch: boolean, handler: string): string {
  return hasCatch ? `.catch(${handler})` : `.then(undefined, ${handler})`;
}

/**
 * Makes `fn` catch its own errors: `async (x) => { try { BODY } catch (error) { … } }`, with
 * `await` added for an expression body. `handler` is a `(error) => { … }` arrow whose body becomes
 * the catch block. `undefined` when the body returns a value: in an async function,
 * `try { return p; }` does not catch `p`'s rejection, so the rewrite would not do what it says.
 */
export function wrapBodyInTryCatch(
  sourceCode: SourceCode,
  fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration,
  handler: string,
): ((fixer: Fixer) => Fix[]) | undefined {
  if (fn.generator) return undefined;
  const catchClause = handler.replace(/^\((\w+)(: unknown)?\) => /, 'catch ($1$2) ');
  const makeAsync = (fixer: Fixer): Fix[] => (fn.async ? [] : [fixer.insertTextBeforeRange([fn.range[0], fn.range[0]], 'async ')]);
  const body = fn.body;
  if (body.type !== AST_NODE_TYPES.BlockStatement) {
    return (fixer) => [...makeAsync(fixer), fixer.replaceText(body, `{ try { await ${sourceCode.getText(body)}; } ${catchClause} }`)];
  }
  if (containsInBody(body, (node) => node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null)) return undefined;
  const inner = sourceCode.text.slice(body.range[0] + 1, body.range[1] - 1).trim();
  return (fixer) => [...makeAsync(fixer), fixer.replaceText(body, `{ try { ${inner} } ${catchClause} }`)];
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
