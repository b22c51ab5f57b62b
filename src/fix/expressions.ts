import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

/*
 * Edits of one expression: replacing it, prefixing `await`/`void`, appending a member call or a
 * call, wrapping it in a call. Parentheses are added where precedence needs them and kept where
 * the source has them, and a `;` guards new text that would join the previous line (ASI).
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** Node types that can be the operand of `await`/`void` or the object of `.x` without parentheses. */
const tightTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.Super,
  AST_NODE_TYPES.MetaProperty,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.ImportExpression,
]);

/** True when `node` must be parenthesized to become the operand of a unary operator such as `await`. */
function needsParensForUnary(node: TSESTree.Node): boolean {
  return (
    !tightTypes.has(node.type) &&
    node.type !== AST_NODE_TYPES.ChainExpression &&
    node.type !== AST_NODE_TYPES.AwaitExpression &&
    node.type !== AST_NODE_TYPES.UnaryExpression
  );
}

/** True when `node` must be parenthesized to become the object of a member access. */
function needsParensForMember(node: TSESTree.Node): boolean {
  return !tightTypes.has(node.type);
}

/** The source text of `node` and the range it occupies including its own parentheses. */
export function outerRange(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Range {
  let start = node.range[0];
  let end = node.range[1];
  let depth = 1;
  while (ASTUtils.isParenthesized(depth, node, sourceCode)) depth += 1;
  for (let i = 1; i < depth; i += 1) {
    start = sourceCode.getTokenBefore({ range: [start, end] } as TSESTree.Node)?.range[0] ?? start;
    end = sourceCode.getTokenAfter({ range: [start, end] } as TSESTree.Node)?.range[1] ?? end;
  }
  return [start, end];
}

/** True when `node` already has parentheses around it in the source. */
export function isParenthesized(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  return ASTUtils.isParenthesized(node, sourceCode);
}

/** Text for `node` as an operand: parenthesized when precedence requires and the source has none. */
function operandText(sourceCode: SourceCode, node: TSESTree.Node, needsParens: boolean): string {
  const text = sourceCode.getText(node);
  return needsParens && !isParenthesized(sourceCode, node) ? `(${text})` : text;
}

/** A `;` to put before new text that starts a statement with `(`, `[` or `` ` `` after a line without one. */
function asiGuard(sourceCode: SourceCode, start: number, newText: string): string {
  if (!/^[([`]/.test(newText)) return '';
  const before = sourceCode.getTokenBefore({ range: [start, start] } as TSESTree.Node, { includeComments: false });
  if (!before || [';', '{', '}', ':'].includes(before.value)) return '';
  // The deepest node at `start` is the expression; the statement is further up, starting there too.
  for (
    let node: TSESTree.Node | undefined = sourceCode.getNodeByRangeIndex(start) ?? undefined;
    node && node.range[0] === start;
    node = node.parent
  ) {
    if (node.type === AST_NODE_TYPES.ExpressionStatement) return ';';
  }
  return '';
}

/** Replaces `node` (and its parentheses) with `text`, guarding against ASI. */
export function replaceWith(sourceCode: SourceCode, node: TSESTree.Node, text: string): (fixer: Fixer) => Fix {
  const range = outerRange(sourceCode, node);
  return (fixer) => fixer.replaceTextRange(range, asiGuard(sourceCode, range[0], text) + text);
}

/** Puts `await ` or `void ` in front of `node`, adding parentheses where precedence needs them. */
export function prefixOperator(sourceCode: SourceCode, node: TSESTree.Node, operator: 'await' | 'void'): (fixer: Fixer) => Fix {
  if (isParenthesized(sourceCode, node) || !needsParensForUnary(node)) {
    const [start] = outerRange(sourceCode, node);
    return (fixer) => fixer.insertTextBeforeRange([start, start], `${operator} `);
  }
  return replaceWith(sourceCode, node, `${operator} (${sourceCode.getText(node)})`);
}

/** Appends a member call such as `.catch(handler)` to `node`, parenthesizing it first when needed. */
export function appendMemberCall(sourceCode: SourceCode, node: TSESTree.Node, call: string): (fixer: Fixer) => Fix {
  // `a?.b()` continues as `a?.b()?.catch(…)`: still one chain, no parentheses needed.
  const optional = node.type === AST_NODE_TYPES.ChainExpression ? '?' : '';
  if (isParenthesized(sourceCode, node) || !needsParensForMember(node) || optional) {
    const [, end] = outerRange(sourceCode, node);
    return (fixer) => fixer.insertTextAfterRange([end, end], `${optional}${call}`);
  }
  return replaceWith(sourceCode, node, `(${sourceCode.getText(node)})${optional}${call}`);
}

/** Wraps `node` in a call: `callee(node)`. */
export function wrapInCall(sourceCode: SourceCode, node: TSESTree.Node, callee: string): (fixer: Fixer) => Fix {
  const text = operandText(sourceCode, node, node.type === AST_NODE_TYPES.SequenceExpression);
  return replaceWith(sourceCode, node, `${callee}(${text})`);
}

/** Appends an argument-less call to `node`: `fn()`, or `fn?.()` when `optional`; parenthesizes `node` when precedence needs it. */
export function appendCall(sourceCode: SourceCode, node: TSESTree.Node, optional: boolean): (fixer: Fixer) => Fix {
  const call = optional ? '?.()' : '()';
  // `a?.b` + `()` stays one chain (`a?.b()`), which short-circuits like the original.
  if (isParenthesized(sourceCode, node) || !needsParensForMember(node) || node.type === AST_NODE_TYPES.ChainExpression) {
    const [, end] = outerRange(sourceCode, node);
    return (fixer) => fixer.insertTextAfterRange([end, end], call);
  }
  return replaceWith(sourceCode, node, `(${sourceCode.getText(node)})${call}`);
}
