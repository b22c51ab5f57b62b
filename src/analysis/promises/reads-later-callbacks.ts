import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { arrayIterationMethods, isListenerRegistration, timerNames } from '../syntax/calls.js';
import { memberName, rootOf, skipTypeWrappers, typeWrapperTypes } from '../syntax/nodes.js';
import { containsInBody } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isDeclaredByNode } from '../types/node-typings.js';

/*
 * Callbacks that run later than the statement that hands them over, besides promise reactions:
 * timers, event listeners (`on`, `addEventListener`, `img.onload = …`), Node-style `(err, …)`
 * callbacks of declared APIs, and callbacks given to a method of an event emitter or to a call that
 * returns one (`rl.question(q, cb)`, `http.get(url, cb)`). A write in one happens after the
 * registering function has moved on. A listener only counts when the code around it started what
 * fires it (it created the emitter, or called or configured it, or registered a `data` listener on
 * a Node.js readable stream, which starts it flowing): a `click` listener on a button it was given
 * may never run, and the value before it is the one meant. Callbacks of array methods,
 * `new Promise` executors and other synchronous callers run now and are never returned here.
 */

/** How a later callback is scheduled; `receiver` is the emitter a listener listens to. */
export interface LaterCallback {
  via: 'timer' | 'listener' | 'callback';
  /** The call (or `on…` assignment) that hands the callback over. */
  registration: TSESTree.CallExpression | TSESTree.AssignmentExpression;
  receiver?: TSESTree.Node;
}

/** Methods of emitters (or Node APIs) that call their callback before returning, or never hold it. */
const syncCallers = new Set([
  'emit',
  'listeners',
  'rawListeners',
  'run',
  'runInAsyncScope',
  'bind',
  'wrap',
  ...arrayIterationMethods,
  'each',
  'removeListener',
  'removeEventListener',
  'off',
]);

/**
 * How the function (or the handler's name) at `node` is run later, if it is: `node` is an argument
 * of a call, or the right side of an `on…` assignment. `owner` is the function that registers it,
 * used to tell whether it started what fires a listener.
 */
export function laterCallbackOf(analysis: Analysis, node: TSESTree.Node, owner: TSESTree.Node): LaterCallback | undefined {
  let child: TSESTree.Node = node;
  while (child.parent && typeWrapperTypes.has(child.parent.type)) child = child.parent;
  const parent = child.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === child && parent.operator === '=') {
    const target = parent.left;
    if (!/^on[a-z]/.test(memberName(target) ?? '') || target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    return startedHere(analysis, target.object, owner, parent)
      ? { via: 'listener', registration: parent, receiver: target.object }
      : undefined;
  }
  if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee === child) return undefined;
  const index = parent.arguments.indexOf(child as TSESTree.CallExpressionArgument);
  if (index < 0) return undefined;
  const callee = skipTypeWrappers(parent.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  if (name === undefined || syncCallers.has(name)) return undefined;
  if (timerNames.has(name)) return index === 0 ? { via: 'timer', registration: parent } : undefined;
  if (isListenerRegistration(name) && callee.type === AST_NODE_TYPES.MemberExpression) {
    return startedHere(analysis, callee.object, owner, parent)
      ? { via: 'listener', registration: parent, receiver: callee.object }
      : undefined;
  }
  // `navigator.geolocation.getCurrentPosition((pos) => { … }, onError)`: a DOM callback type, called once the work is done.
  if (isDomLaterCallback(analysis, child)) return { via: 'callback', registration: parent };
  if (index !== parent.arguments.length - 1 || !isDeclaredApi(analysis, parent)) return undefined;
  if (isErrorFirst(analysis, child)) return { via: 'callback', registration: parent };
  const onEmitter = callee.type === AST_NODE_TYPES.MemberExpression && isEmitterType(analysis, typeOf(analysis, callee.object));
  return onEmitter || isEmitterType(analysis, typeOf(analysis, parent)) ? { via: 'callback', registration: parent } : undefined;
}

/**
 * True when the argument at `node` is taken as one of the DOM's callback interfaces
 * (`PositionCallback`, `BlobCallback`, `FrameRequestCallback`, `IdleRequestCallback`…, declared in
 * `lib.dom.d.ts` under a name ending in `Callback`): the browser calls them when the work is done,
 * in a later task. The stream callbacks (`UnderlyingSourceStartCallback`, `Transformer…`) run
 * during construction and are not among them.
 */
function isDomLaterCallback(analysis: Analysis, node: TSESTree.Node): boolean {
  const contextual = checkerOf(analysis).getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(node) as ts.Expression);
  if (!contextual) return false;
  return unionMembers(contextual).some((part) => {
    const symbol = part.aliasSymbol ?? part.getSymbol();
    const name = symbol?.getName() ?? '';
    if (!/Callback$/.test(name) || /^(Underlying|Transformer)/.test(name)) return false;
    return symbol?.declarations?.some((declaration) => /[\\/]lib\.dom\.d\.ts$/.test(declaration.getSourceFile().fileName)) ?? false;
  });
}

/** Same receiver text up to type wrappers: `this.queue`, `child.stdout`. */
export function sameRoot(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = rootOf(a);
  const right = rootOf(b);
  if (left.type === AST_NODE_TYPES.ThisExpression || right.type === AST_NODE_TYPES.ThisExpression) return false;
  return left.type === AST_NODE_TYPES.Identifier && right.type === AST_NODE_TYPES.Identifier && left.name === right.name;
}

/**
 * True when `owner` started what fires a listener on `receiver`: the emitter is a local it created
 * (`const child = spawn(…)`, `const img = new Image()`), or `owner` calls a method of it or of one of
 * its parts (`queue.enqueue(…)`, `probe.port.write(…)`) or sets one of its properties (`img.src =
 * url`) outside the registration itself.
 */
function startedHere(analysis: Analysis, receiver: TSESTree.Node, owner: TSESTree.Node, registration: TSESTree.Node): boolean {
  if (startsFlowing(analysis, receiver, registration)) return true;
  const root = rootOf(receiver);
  if (root.type === AST_NODE_TYPES.Identifier) {
    const definition = variableOf(analysis, root)?.defs[0];
    const init = definition?.type === 'Variable' ? definition.node.init : undefined;
    const created = init ? skipTypeWrappers(init) : undefined;
    if (
      created &&
      (created.type === AST_NODE_TYPES.CallExpression || created.type === AST_NODE_TYPES.NewExpression) &&
      within(definition!.node, owner)
    )
      return true;
  }
  const text = analysis.sourceCode.getText(receiver);
  return containsInBody(owner, (node) => {
    if (within(node, registration)) return false;
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(node.callee) ?? '';
      const object = analysis.sourceCode.getText(node.callee.object);
      // A method of the emitter, or of one of its parts (`probe.port.write(…)`: the request it answers).
      return !isListenerRegistration(name) && !syncCallers.has(name) && (object === text || object.startsWith(`${text}.`));
    }
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression) {
      return !/^on[a-z]/.test(memberName(node.left) ?? '') && analysis.sourceCode.getText(node.left.object) === text;
    }
    return false;
  });
}

/**
 * True for a `data` listener registered on a Node.js readable stream (its type from Node's
 * typings has `read`, `pause` and `resume`): registering it switches the stream to flowing mode,
 * so the registration itself starts what fires it, and the chunks come in later turns.
 */
function startsFlowing(analysis: Analysis, receiver: TSESTree.Node, registration: TSESTree.Node): boolean {
  if (registration.type !== AST_NODE_TYPES.CallExpression) return false;
  const [event] = registration.arguments;
  if (event?.type !== AST_NODE_TYPES.Literal || event.value !== 'data') return false;
  const checker = checkerOf(analysis);
  return unionMembers(typeOf(analysis, receiver)).some((part) => {
    const apparent = checker.getApparentType(part);
    return ['read', 'pause', 'resume'].every((name) => isDeclaredByNode(apparent.getProperty(name)));
  });
}

function within(node: TSESTree.Node, outer: TSESTree.Node): boolean {
  return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}

/** True when `call` resolves to an ambient declaration (a `.d.ts` file, `declare class`): a library API. */
function isDeclaredApi(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const signature = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call));
  const declaration = signature?.declaration;
  if (!declaration) return false;
  if (declaration.getSourceFile().isDeclarationFile) return true;
  // A member of an interface or type literal (`query(axis, cb: NodeCallback<number>): void`) has no
  // body to read: the implementation is out of sight, as an ambient one is.
  if (ts.isMethodSignature(declaration) || ts.isCallSignatureDeclaration(declaration) || ts.isFunctionTypeNode(declaration)) return true;
  for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
    if ((ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Ambient) !== 0) return true;
  }
  return false;
}

/**
 * True when the callback at `node` takes an error that may be absent first (`(err: Error | null, …)`):
 * a Node-style callback, which such APIs call once the work is done, never synchronously.
 */
function isErrorFirst(analysis: Analysis, node: TSESTree.Node): boolean {
  const signatures = typeOf(analysis, node).getCallSignatures();
  const [signature] = signatures;
  const first = signature?.parameters[0];
  if (signatures.length !== 1 || !first) return false;
  const type = checkerOf(analysis).getTypeOfSymbol(first);
  if (!type.isUnion()) return false;
  const nullish = type.types.some((part) => (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0);
  const errorLike = type.types.some((part) => part.getProperty('message') !== undefined && part.getProperty('name') !== undefined);
  return nullish && errorLike;
}

/** An event emitter or event target: `on` and `emit`, or `addEventListener` and `removeEventListener`. */
function isEmitterType(analysis: Analysis, type: ts.Type): boolean {
  const checker = checkerOf(analysis);
  return unionMembers(checker.getNonNullableType(type)).some(
    (part) =>
      (part.getProperty('on') !== undefined && part.getProperty('emit') !== undefined) ||
      (part.getProperty('addEventListener') !== undefined && part.getProperty('removeEventListener') !== undefined),
  );
}
