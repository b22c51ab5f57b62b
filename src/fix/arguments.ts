import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { skipTypeWrappers } from '../analysis/syntax/nodes.js';
import { replaceWith } from './expressions.js';
import { indentOf } from './statements.js';

/*
 * Edits of call arguments: new trailing arguments, a new property of an options literal (keeping
 * its layout), and an `AbortSignal` handed to the parameter that takes it.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** Adds `name: value` (shorthand when the names match) as the last property of an object literal, keeping its layout. */
export function addObjectProperty(
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  name: string,
  value: string,
): (fixer: Fixer) => Fix {
  const property = value === name ? name : `${name}: ${value}`;
  const last = object.properties[object.properties.length - 1];
  if (!last) {
    const open = sourceCode.getFirstToken(object)!;
    const empty = sourceCode.getText(object) === '{}';
    return (fixer) => (empty ? fixer.replaceText(object, `{ ${property} }`) : fixer.insertTextAfter(open, ` ${property},`));
  }
  const after = sourceCode.getTokenAfter(last)!;
  const closing = sourceCode.getLastToken(object)!;
  const multiline = closing.loc.start.line !== last.loc.end.line;
  const indent = `\n${indentOf(sourceCode, last)}`;
  if (after.value === ',') {
    return (fixer) => fixer.insertTextAfter(after, multiline ? `${indent}${property},` : ` ${property},`);
  }
  return (fixer) => fixer.insertTextAfter(last, multiline ? `,${indent}${property}` : `, ${property}`);
}

/**
 * Appends arguments (texts) after the last argument of a call or `new` with parentheses, laid out
 * like the others: on a line of their own (before a trailing comma's place) when the arguments are
 * one per line, else inline. `undefined` for `new C` without parentheses.
 */
export function appendArguments(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  texts: readonly string[],
): ((fixer: Fixer) => Fix) | undefined {
  const closing = sourceCode.getLastToken(call);
  if (closing?.value !== ')') return undefined;
  const last = call.arguments[call.arguments.length - 1];
  if (!last) return (fixer) => fixer.insertTextBefore(closing, texts.join(', '));
  const after = sourceCode.getTokenAfter(last)!;
  const previous = sourceCode.getTokenBefore(last)!;
  // `f(\n  a,\n  b,\n)`: each argument starts its own line, and the closing parenthesis too.
  const onePerLine = previous.loc.end.line < last.loc.start.line && closing.loc.start.line > last.loc.end.line;
  if (!onePerLine) return (fixer) => fixer.insertTextAfter(last, `, ${texts.join(', ')}`);
  const indent = `\n${indentOf(sourceCode, last)}`;
  const lines = texts.map((text) => `${indent}${text}`).join(',');
  if (after.value === ',') return (fixer) => fixer.insertTextAfter(after, `${lines},`);
  return (fixer) => fixer.insertTextAfter(last, `,${lines}`);
}

/**
 * Hands `signal` (an expression text) to `call` at parameter `index`: as a `signal` property (or the slot's `key`) of the
 * options literal there (also under `as` or `satisfies`), a new last argument (`{ signal }` for
 * options, after `undefined` fillers for optional parameters in between), or a spread of the
 * options value (`{ ...init, signal }`; the caller checks it is a plain object, never a promise).
 * `undefined` when no edit is possible.
 */
export function passSignalArgument(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  slot: { index: number; kind: 'direct' | 'options'; key: string; skippable: boolean },
  signal: string,
): ((fixer: Fixer) => Fix) | undefined {
  const { key } = slot;
  const spread = signal === key ? key : `${key}: ${signal}`;
  const property = `{ ${spread} }`;
  const value = slot.kind === 'direct' ? signal : property;
  const argument = call.arguments[slot.index];
  if (!argument) {
    if (!slot.skippable) return undefined;
    const fillers = Array.from({ length: slot.index - call.arguments.length }, () => 'undefined');
    return appendArguments(sourceCode, call, [...fillers, value]);
  }
  if (slot.kind === 'direct' || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const literal = skipTypeWrappers(argument);
  if (literal.type === AST_NODE_TYPES.ObjectExpression) return addObjectProperty(sourceCode, literal, key, signal);
  return replaceWith(sourceCode, argument, `{ ...${sourceCode.getText(argument)}, ${spread} }`);
}
