import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isTestCodeAt } from '../scope/test-code.js';
import { enclosingFunction, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { canFail, errorEvent, isStartedHere, registrationsIn, settlingRegistrations } from './failure-events.js';
import type { SettleOwner } from './settlers.js';

/*
 * Streams piped into the one the promise waits on. `input.pipe(gzip).pipe(output)` in an executor
 * that settles only through listeners on `output` (`finish`, `error`): `pipe()` passes data on, not
 * failures. When `input` or `gzip` fails (a missing file, corrupt data), its `error` goes nowhere:
 * a Node.js stream with no `error` listener throws it as an uncaught exception, and `output` never
 * finishes, so nothing settles the promise. A stream in the chain counts when it is made for this
 * work (a `const` created in the function around the executor, or created inline in the chain),
 * its type can fail (it declares an `error` event), and nothing in that function listens for its
 * `error`. Test code is left out: the uncaught exception reaches the runner with its cause.
 */

/** A stream of a pipe chain whose failure nothing hears, and the stream it is piped into. */
export interface UnwatchedPipeSource {
  /** The `.pipe(destination)` call on the source. */
  pipe: TSESTree.CallExpression;
  source: TSESTree.Expression;
  destination: TSESTree.Expression;
}

/** The first unwatched source of a pipe chain ending in the stream the executor waits on (see above). */
export function unwatchedPipeSource(analysis: Analysis, owner: SettleOwner): UnwatchedPipeSource | undefined {
  if (owner.kind !== 'executor' || owner.fn.type === AST_NODE_TYPES.Program || owner.fn.async || isTestCodeAt(analysis, owner.fn))
    return undefined;
  if (owner.fn.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const { registrations, elsewhere } = settlingRegistrations(analysis, owner, owner.fn);
  if (elsewhere || registrations.length === 0) return undefined;
  const text = (node: TSESTree.Node): string => analysis.sourceCode.getText(node);
  const settledOn = new Set(registrations.map(({ emitter }) => text(emitter)));
  const scope = enclosingFunction(owner.fn) ?? owner.fn;
  for (const statement of owner.fn.body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const links = pipeLinks(statement.expression);
    const last = links.at(-1);
    if (!last || !settledOn.has(text(last.destination))) continue;
    for (const link of links) {
      const { source } = link;
      if (settledOn.has(text(source))) continue;
      if (registrationsIn(scope, errorEvent, (receiver) => text(receiver) === text(source)).length > 0) continue;
      if (!isMadeForThis(analysis, source, link.pipe)) continue;
      if (canFail(analysis, source, link.pipe, ['data'])) return link;
    }
  }
  return undefined;
}

/** The links of `a.pipe(b).pipe(c)`, source first: `[a → b, b → c]`. */
function pipeLinks(expression: TSESTree.Expression): UnwatchedPipeSource[] {
  const call = skipTypeWrappers(expression);
  if (call.type !== AST_NODE_TYPES.CallExpression) return [];
  const callee = skipTypeWrappers(call.callee);
  const [destination] = call.arguments;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'pipe' || !destination) return [];
  if (destination.type === AST_NODE_TYPES.SpreadElement) return [];
  const before = pipeLinks(callee.object);
  // `a.pipe(b)` returns `b`: the source of the next link is the destination of the one before.
  const source = before.at(-1)?.destination ?? callee.object;
  return [...before, { pipe: call, source, destination }];
}

/** A stream created for this work: a `const` made in the function around it, or made inline (`createReadStream(path).pipe(…)`). */
function isMadeForThis(analysis: Analysis, source: TSESTree.Expression, pipe: TSESTree.CallExpression): boolean {
  const target = skipTypeWrappers(source);
  if (target.type === AST_NODE_TYPES.Identifier) return isStartedHere(analysis, target, pipe);
  if (target.type === AST_NODE_TYPES.NewExpression) return true;
  return target.type === AST_NODE_TYPES.CallExpression && memberName(skipTypeWrappers(target.callee)) !== 'pipe';
}
