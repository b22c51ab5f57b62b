// expect: none
// The renderer hands the caller's signal to spawn and rethrows when the signal has fired, so cancellation reaches both the child process and the caller.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface RenderRequest {
  htmlPath: string;
  outPath: string;
  pageSize?: 'A4' | 'Letter';
  signal?: AbortSignal;
}

export class RenderFailedError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'RenderFailedError';
  }
}

export async function renderPdf(req: RenderRequest, binary = 'wkhtmltopdf'): Promise<void> {
  const args = ['--quiet', '--page-size', req.pageSize ?? 'A4', req.htmlPath, req.outPath];
  const child = spawn(binary, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    signal: req.signal,
  });

  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });

  try {
    const [code] = (await once(child, 'close', { signal: req.signal })) as [number | null];
    if (code !== 0) {
      throw new RenderFailedError(`renderer exited with code ${code}`, stderr);
    }
  } catch (err) {
    if (req.signal?.aborted) throw req.signal.reason;
    if (err instanceof RenderFailedError) throw err;
    throw new RenderFailedError(`renderer could not start: ${(err as Error).message}`, stderr);
  }
}

describe('renderPdf', () => {
  it('reports a non-zero exit as RenderFailedError', async () => {
    await assert.rejects(
      renderPdf({ htmlPath: 'in.html', outPath: 'out.pdf' }, 'false'),
      (err: unknown) => err instanceof RenderFailedError && /code 1/.test(err.message),
    );
  });

  it('surfaces the abort reason when cancelled', async () => {
    const ac = new AbortController();
    const pending = renderPdf({ htmlPath: 'in.html', outPath: 'out.pdf', signal: ac.signal }, 'sleep');
    const reason = new Error('user navigated away');
    ac.abort(reason);
    await assert.rejects(pending, (err: unknown) => err === reason);
  });

  it('rejects straight away for an already-aborted signal', async () => {
    const signal = AbortSignal.abort(new Error('shutdown'));
    await assert.rejects(renderPdf({ htmlPath: 'in.html', outPath: 'out.pdf', signal }, 'sleep'), /shutdown/);
  });
});
