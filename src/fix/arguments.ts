import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

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

/** Appends arguments (texts) after the last argument of a call or `new` with parentheses; `undefined` for `new C` without them. */
export function appendArguments(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  texts: readonly string[],
): ((fixer: Fixer) => Fix) | undefined {
  const closing = sourceCode.getLastToken(call);
  if (closing?.value !== ')') return undefined;
  const last = call.arguments[call.arguments.length - 1];
  if (!last) return (fixer) => fixer.insertTextBefore(closing, texts.join(', '));
  return (fixer) => fixer.insertTextAfter(last, `, ${texts.join(', ')}`);
}

/**
 * Hands `signal` (an expression text) to `call` at parameter `index`: as a `signal` property of the
 * options literal there, a new last argument (`{ signal }` for options), or, when an earlier optional
 * parameter must be skipped or the options are a variable, with `undefined` fillers or a spread
 * (`exact: false`: the caller offers those as a suggestion). `undefined` when no edit is possible.
 */
export function passSignalArgument(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  slot: { index: number; kind: 'direct' | 'options'; skippable: boolean },
  signal: string,
): { fix: (fixer: Fixer) => Fix; exact: boolean } | undefined {
  const property = signal === 'signal' ? '{ signal }' : `{ signal: ${signal} }`;
  const value = slot.kind === 'direct' ? signal : property;
  const argument = call.arguments[slot.index];
  if (!argument) {
    if (!slot.skippable) return undefined;
    const fillers = Array.from({ length: slot.index - call.arguments.length }, () => 'undefined');
    const fix = appendArguments(sourceCode, call, [...fillers, value]);
    return fix && { fix, exact: fillers.length === 0 };
  }
  if (slot.kind === 'direct' || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (argument.type === AST_NODE_TYPES.ObjectExpression)
    return { fix: addObjectProperty(sourceCode, argument, 'signal', signal), exact: true };
  const spread = signal === 'signal' ? 'signal' : `signal: ${signal}`;
  return { fix: replaceWith(sourceCode, argument, `{ ...${sourceCode.getText(argument)}, ${spread} }`), exact: false };
}
