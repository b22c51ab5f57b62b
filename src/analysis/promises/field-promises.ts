import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isTestCode } from '../scope/test-code.js';
import { isFunctionNode, memberName, skipTypeWrappers, thisMemberName } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { thenableKindOf } from '../types/thenables.js';
import { cannotReject } from './can-reject.js';

/*
 * A promise a class starts while it is built and waits for later. `this.session = api.open()` in
 * the constructor (or `private session = api.open()` as a field) starts work at once; the promise
 * gets its first handler when a method awaits it. A method that first waits for something else
 * (`await hash(file)`, then `await this.session`) leaves a window: if the promise rejects
 * meanwhile, nothing has a handler on it and Node.js reports an unhandled rejection (and exits,
 * by default). Only this shape is judged: the field is written once, where the instance is
 * built, with a call that starts work and can reject; every other read of it awaits it, calls
 * `then`/`catch`/`finally` on it or returns it, in a method, none of them in the constructor; and
 * some method awaits something else before its first wait on the field. A method whose first
 * wait is the field (`async query() { await this.ready; … }`, the usual lazy-init idiom) depends
 * on its caller for a window, and is left alone; so is test code.
 */

/** A promise field started while the instance is built and first awaited after another wait. */
export interface UnobservedField {
  /** The assignment `this.name = …` (or the field definition) that starts the promise. */
  start: TSESTree.AssignmentExpression | TSESTree.PropertyDefinition;
  name: string;
  /** The first wait on the field that comes after another wait of the same method. */
  late: TSESTree.Node;
  /** The earlier wait. */
  before: TSESTree.AwaitExpression;
}

/** The promise fields of `body` started while the instance is built and left without a handler across a method's wait. */
export function unobservedFields(analysis: Analysis, body: TSESTree.ClassBody): UnobservedField[] {
  if (isTestCode(analysis)) return [];
  const starts = new Map<string, UnobservedField['start']>();
  const constructor = body.body.find(
    (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor',
  );
  for (const member of body.body) {
    if (member.type !== AST_NODE_TYPES.PropertyDefinition || member.static || !member.value || member.computed) continue;
    const name = member.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${member.key.name}` : memberName(member);
    if (name && startsWork(analysis, member.value)) starts.set(name, member);
  }
  for (const statement of constructor?.value.body?.body ?? []) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const assignment = statement.expression;
    if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') continue;
    const name = thisMemberName(assignment.left);
    if (name && startsWork(analysis, assignment.right)) starts.set(name, assignment);
  }
  if (starts.size === 0) return [];
  const found: UnobservedField[] = [];
  for (const [name, start] of starts) {
    const reads: TSESTree.MemberExpression[] = [];
    let unknown = false;
    walk(
      body,
      (node) => {
        if (node.type !== AST_NODE_TYPES.MemberExpression || thisMemberName(node) !== name) return undefined;
        if (start.type === AST_NODE_TYPES.AssignmentExpression && node === start.left) return 'skip';
        const inConstructor = constructor !== undefined && node.range[0] >= constructor.range[0] && node.range[1] <= constructor.range[1];
        if (inConstructor || !isWaitedRead(node)) unknown = true;
        reads.push(node);
        return unknown ? 'stop' : 'skip';
      },
      { nested: true },
    );
    if (unknown || reads.length === 0) continue;
    const late = lateWait(reads);
    if (late) found.push({ start, name, ...late });
  }
  return found;
}

/** True for a call (or `new`) that starts work and can reject; not a handled chain or a promise that cannot reject. */
function startsWork(analysis: Analysis, value: TSESTree.Node): boolean {
  const target = skipTypeWrappers(value);
  if (target.type !== AST_NODE_TYPES.CallExpression && target.type !== AST_NODE_TYPES.NewExpression) return false;
  const method = target.type === AST_NODE_TYPES.CallExpression ? memberName(skipTypeWrappers(target.callee)) : undefined;
  if (method === 'catch' || (method === 'then' && target.arguments.length > 1)) return false;
  return thenableKindOf(analysis, target) === 'promise' && !cannotReject(analysis, target);
}

/** `await this.x`, `this.x.then(…)` (also `catch`/`finally`), `return this.x`: reads that wait for the field. */
function isWaitedRead(read: TSESTree.MemberExpression): boolean {
  const parent = read.parent;
  if (parent.type === AST_NODE_TYPES.AwaitExpression || parent.type === AST_NODE_TYPES.ReturnStatement) return true;
  return (
    parent.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === read &&
    ['then', 'catch', 'finally'].includes(memberName(parent) ?? '') &&
    parent.parent.type === AST_NODE_TYPES.CallExpression
  );
}

/** The first read of the field in a method that comes after another `await` of the same method, with that await. */
function lateWait(reads: TSESTree.MemberExpression[]): Omit<UnobservedField, 'start' | 'name'> | undefined {
  const byMethod = new Map<TSESTree.Node, TSESTree.MemberExpression[]>();
  for (const read of reads) {
    let fn: TSESTree.Node | undefined = read.parent;
    while (fn && !isFunctionNode(fn)) fn = fn.parent;
    if (!fn) return undefined;
    byMethod.set(fn, [...(byMethod.get(fn) ?? []), read]);
  }
  for (const [fn, inMethod] of byMethod) {
    if (!isFunctionNode(fn)) continue;
    const first = inMethod[0]!;
    let before: TSESTree.AwaitExpression | undefined;
    walk(fn.body, (node) => {
      if (node.range[0] >= first.range[0]) return 'stop';
      if (node.type === AST_NODE_TYPES.AwaitExpression && node.range[1] <= first.range[0]) {
        before = node;
        return 'stop';
      }
      return undefined;
    });
    if (before) return { late: first, before };
  }
  return undefined;
}
