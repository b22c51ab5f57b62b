// expect: no-swallowed-abort
// handleSummarize wraps every failure, including the AbortError from a cancelled /summarize, in a generic CommandError, so callers can no longer tell a cancellation from a real failure.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

export interface ChatMessage {
  author: string;
  text: string;
  ts: number;
}

export interface CommandContext {
  channelId: string;
  userId: string;
  signal: AbortSignal;
  history(limit: number, opts: { signal: AbortSignal }): Promise<ChatMessage[]>;
}

export class CommandError extends Error {
  constructor(
    message: string,
    readonly userFacing: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CommandError';
  }
}

type Completion = (prompt: string, opts: { signal: AbortSignal; maxTokens: number }) => Promise<string>;

export function makeSummarizeHandler(complete: Completion) {
  return async function handleSummarize(ctx: CommandContext, args: string[]): Promise<string> {
    const limit = Math.min(Number(args[0]) || 50, 200);
    try {
      const messages = await ctx.history(limit, { signal: ctx.signal });
      if (messages.length === 0) return 'Nothing to summarize yet.';
      const transcript = messages.map((m) => `${m.author}: ${m.text}`).join('\n');
      const summary = await complete(`Summarize this conversation in at most five bullet points:\n\n${transcript}`, {
        signal: ctx.signal,
        maxTokens: 400,
      });
      return summary.trim();
    } catch (err) {
      throw new CommandError(
        `summarize failed in ${ctx.channelId}: ${(err as Error).message}`,
        "Sorry, I couldn't summarize that right now.",
        { cause: err },
      );
    }
  };
}

function fakeContext(messages: ChatMessage[], signal = new AbortController().signal): CommandContext {
  return {
    channelId: 'C123',
    userId: 'U9',
    signal,
    history: async (limit) => messages.slice(-limit),
  };
}

describe('summarize command', () => {
  it('returns the model output trimmed', async () => {
    const handler = makeSummarizeHandler(async () => '  - people argued about tabs\n');
    const out = await handler(fakeContext([{ author: 'ana', text: 'tabs!', ts: 1 }]), []);
    assert.equal(out, '- people argued about tabs');
  });

  it('short-circuits on an empty channel', async () => {
    let called = false;
    const handler = makeSummarizeHandler(async () => {
      called = true;
      return '';
    });
    assert.equal(await handler(fakeContext([]), ['10']), 'Nothing to summarize yet.');
    assert.equal(called, false);
  });

  it('gives the user a friendly message when the model fails', async () => {
    const handler = makeSummarizeHandler(async () => {
      throw new Error('upstream 503');
    });
    await assert.rejects(
      handler(fakeContext([{ author: 'bo', text: 'hi', ts: 2 }]), []),
      (err: unknown) => err instanceof CommandError && /couldn't summarize/.test(err.userFacing),
    );
  });
});
