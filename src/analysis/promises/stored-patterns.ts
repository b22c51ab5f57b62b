import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { typeOf } from '../types/checker.js';
import type { Candidate } from './stored-promises.js';

/*
 * Promises reached through destructuring are stored promises like any other. A pattern names
 * every promise it takes out of its initializer: `const [a, b] = [f(), g()]`, `const { user } =
 * loaders()`, nested patterns (`const { jobs: [first] } = plan`), defaults (`const [a = f()] = …`
 * names `a`) and rest elements. An array rest (`const [home, ...others] = regions.map(warm)`) is an
 * array of promises whose length the code does not fix: reading `others[0]` alone leaves the rest.
 * When the initializer is a literal, each name takes its own part (`[cached, f()]`: only the
 * second starts work), so the same "starts work / cannot reject" tests as a plain local apply;
 * otherwise the name has no source of its own, and the initializer is judged as a whole (a promise
 * taken out of a queue, `queue.splice(0, 2)`, already existed).
 */

/** The names a destructuring declarator binds that may hold promises, with their own parts of `init` when it is a literal. */
export function destructuredCandidates(pattern: TSESTree.Node, init: TSESTree.Expression): Candidate[] {
  const candidates: Candidate[] = [];
  const visit = (node: TSESTree.Node, source: TSESTree.Node | undefined): void => {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        candidates.push({ id: node, typed: node, source, ...(source === undefined ? { whole: init } : {}) });
        return;
      case AST_NODE_TYPES.AssignmentPattern:
        visit(node.left, source);
        return;
      case AST_NODE_TYPES.ArrayPattern: {
        const literal = source === undefined ? undefined : skipTypeWrappers(source);
        const elements = literal?.type === AST_NODE_TYPES.ArrayExpression ? literal.elements : undefined;
        // After a spread in the literal, positions no longer match.
        const spreadAt = elements?.findIndex((element) => element?.type === AST_NODE_TYPES.SpreadElement) ?? -1;
        node.elements.forEach((element, index) => {
          if (!element) return;
          if (element.type === AST_NODE_TYPES.RestElement) {
            if (element.argument.type !== AST_NODE_TYPES.Identifier) return;
            // The remainder of a literal has a fixed length; of anything else, it does not.
            candidates.push({
              id: element.argument,
              typed: element.argument,
              source: undefined,
              whole: init,
              open: elements === undefined,
            });
            return;
          }
          const part = elements && (spreadAt === -1 || index < spreadAt) ? (elements[index] ?? undefined) : undefined;
          visit(element, part ?? undefined);
        });
        return;
      }
      case AST_NODE_TYPES.ObjectPattern: {
        const literal = source === undefined ? undefined : skipTypeWrappers(source);
        for (const property of node.properties) {
          if (property.type === AST_NODE_TYPES.RestElement) {
            visit(property.argument, undefined);
            continue;
          }
          const key = property.computed ? undefined : keyName(property.key);
          const part =
            literal?.type === AST_NODE_TYPES.ObjectExpression && key !== undefined
              ? literal.properties
                  .filter((item) => item.type === AST_NODE_TYPES.Property)
                  .find((item) => !item.computed && item.kind === 'init' && keyName(item.key) === key)?.value
              : undefined;
          // A literal with spreads may take the key from elsewhere: judge the initializer as a whole.
          const spread =
            literal?.type === AST_NODE_TYPES.ObjectExpression && literal.properties.some((item) => item.type !== AST_NODE_TYPES.Property);
          visit(property.value, spread ? undefined : part);
        }
        return;
      }
      default:
        return;
    }
  };
  visit(pattern, init);
  return candidates;
}

function keyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return undefined;
}

/**
 * True when `id` takes the promise of a deferred built here with no arguments and its way to
 * reject is left behind: `const { promise, resolve } = new Deferred<T>()`. Nobody else holds the
 * new object (its constructor was handed nothing to register it with), and the pattern does not
 * take `reject`, so nothing can reject the promise.
 */
export function dropsRejectAtCreation(analysis: Analysis, id: TSESTree.Identifier, whole: TSESTree.Expression): boolean {
  const init = skipTypeWrappers(whole);
  if (init.type !== AST_NODE_TYPES.NewExpression || init.arguments.length > 0) return false;
  const property = id.parent;
  const pattern = property?.parent;
  if (property?.type !== AST_NODE_TYPES.Property || pattern?.type !== AST_NODE_TYPES.ObjectPattern || pattern.parent !== init.parent) {
    return false;
  }
  if (pattern.properties.some((item) => item.type === AST_NODE_TYPES.RestElement)) return false;
  const taken = new Set(
    pattern.properties.map((item) => (item.type === AST_NODE_TYPES.Property && !item.computed ? keyName(item.key) : undefined)),
  );
  const type = typeOf(analysis, init);
  const rejecters = type.getProperties().filter((member) => /reject|fail/i.test(member.getName()));
  return rejecters.length > 0 && rejecters.every((member) => !taken.has(member.getName()));
}

/**
 * True when `id` holds a deferred object, a promise carrying its own `reject` (`const job =
 * deferred()`, with `job.resolve`/`job.reject`), made here with no arguments, and nothing through
 * `id` reaches its `reject`. Nobody else holds the new object until the local hands it on
 * (returns it, stores it, passes it), and a hand-off makes it the receiver's to watch: until then
 * it can only wait, so no path of this function leaves a rejection behind.
 */
export function isUntouchedDeferred(analysis: Analysis, id: TSESTree.Identifier, whole: TSESTree.Node): boolean {
  if (id.parent?.type !== AST_NODE_TYPES.VariableDeclarator || id.parent.id !== id) return false;
  const init = skipTypeWrappers(whole);
  if ((init.type !== AST_NODE_TYPES.CallExpression && init.type !== AST_NODE_TYPES.NewExpression) || init.arguments.length > 0)
    return false;
  const type = typeOf(analysis, init);
  const rejecters = type.getProperties().filter((member) => /^(reject|fail)/i.test(member.getName()));
  if (rejecters.length === 0) return false;
  const names = new Set(rejecters.map((member) => member.getName()));
  const variable = variableOf(analysis, id);
  if (!variable) return false;
  return variable.references.every((reference) => {
    const parent = reference.identifier.parent;
    // `const { reject } = job` takes the way to reject out.
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.ObjectPattern) return false;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier) return true;
    const name = memberName(parent);
    return name === undefined ? false : !names.has(name);
  });
}
