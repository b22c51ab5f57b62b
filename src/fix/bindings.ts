import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { outerRange } from './expressions.js';

/*
 * Names and bindings: a fresh name for a new local, the text that lists what a binding holds, and
 * a promise binding rewritten as a factory that starts the work again on each call.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** A name not bound in `scope` or any scope it can see into, starting from `base`. */
export function freeName(scope: TSESLint.Scope.Scope, base: string): string {
  const taken = (name: string): boolean => {
    for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
      if (current.set.has(name)) return true;
    }
    const inner = (s: TSESLint.Scope.Scope): boolean => s.childScopes.some((child) => child.set.has(name) || inner(child));
    return inner(scope) || scope.through.some((reference) => reference.identifier.name === name);
  };
  let name = base;
  for (let n = 2; taken(name); n += 1) name = `${base}${n}`;
  return name;
}

/** The expression that lists what a binding holds: the local, or `[a, b]` for array destructuring into plain names. */
export function boundValuesText(target: TSESTree.Node): string | undefined {
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type !== AST_NODE_TYPES.ArrayPattern) return undefined;
  const names = target.elements.filter((element) => element !== null);
  if (names.length === 0 || !names.every((element) => element.type === AST_NODE_TYPES.Identifier)) return undefined;
  return `[${names.map((element) => (element as TSESTree.Identifier).name).join(', ')}]`;
}

/**
 * Turns a promise binding into a factory: its type annotation `T` becomes `() => T`, its
 * initializer `x` (if given) becomes `() => x`, each read `p` becomes `p()`, and each argument
 * callers pass for it becomes `() => argument`.
 */
export function rewriteAsFactory(
  sourceCode: SourceCode,
  binding: {
    type?: TSESTree.TypeNode | undefined;
    init?: TSESTree.Expression | undefined;
    reads: readonly TSESTree.Identifier[];
    /** Arguments that callers pass for the binding (a parameter): each becomes `() => argument`. */
    passed?: readonly TSESTree.Expression[];
  },
): (fixer: Fixer) => Fix[] {
  const simpleType = (node: TSESTree.TypeNode): boolean =>
    node.type === AST_NODE_TYPES.TSTypeReference || node.type === AST_NODE_TYPES.TSTypeQuery || node.type === AST_NODE_TYPES.TSArrayType;
  return (fixer) => {
    const fixes: Fix[] = [];
    const { type, init } = binding;
    if (type) {
      const text = sourceCode.getText(type);
      fixes.push(fixer.replaceText(type, simpleType(type) ? `() => ${text}` : `() => (${text})`));
    }
    if (init) {
      const text = sourceCode.getText(init);
      const wrapped = init.type === AST_NODE_TYPES.SequenceExpression || init.type === AST_NODE_TYPES.ObjectExpression ? `(${text})` : text;
      fixes.push(fixer.replaceTextRange(outerRange(sourceCode, init), `() => ${wrapped}`));
    }
    for (const read of binding.reads) fixes.push(fixer.insertTextAfter(read, '()'));
    for (const argument of binding.passed ?? []) {
      const text = sourceCode.getText(argument);
      const wrapped =
        argument.type === AST_NODE_TYPES.SequenceExpression || argument.type === AST_NODE_TYPES.ObjectExpression ? `(${text})` : text;
      fixes.push(fixer.replaceTextRange(outerRange(sourceCode, argument), `() => ${wrapped}`));
    }
    return fixes;
  };
}
