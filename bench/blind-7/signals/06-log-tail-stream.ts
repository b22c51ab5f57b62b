// expect: require-signal-propagation
// Closing the log viewer aborts the signal, but if the stream is between reconnects the generator sits in a plain setTimeout back-off (up to 30s) that ignores the signal, so the for-await consumer does not finish until the timer fires.
export interface LogLine {
  ts: string;
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  pod: string;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function* readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      yield* lines.filter((l) => l.trim().length > 0);
    }
    if (buffered.trim()) yield buffered;
  } finally {
    reader.releaseLock();
  }
}

export async function* tailDeploymentLogs(
  apiBase: string,
  deployment: string,
  { signal, since }: { signal: AbortSignal; since?: string },
): AsyncGenerator<LogLine> {
  let cursor = since;
  let backoff = 1_000;
  while (!signal.aborted) {
    try {
      const url = new URL(`/v1/deployments/${encodeURIComponent(deployment)}/logs`, apiBase);
      url.searchParams.set('follow', 'true');
      if (cursor) url.searchParams.set('since', cursor);
      const res = await fetch(url, { signal, headers: { accept: 'application/x-ndjson' } });
      if (!res.ok || !res.body) throw new Error(`log stream responded ${res.status}`);
      backoff = 1_000;
      for await (const raw of readLines(res.body)) {
        const line = JSON.parse(raw) as LogLine;
        cursor = line.ts;
        yield line;
      }
    } catch (err) {
      if (signal.aborted) return;
      console.warn(`log stream for ${deployment} dropped (${String(err)}), reconnecting in ${backoff}ms`);
    }
    await wait(backoff);
    backoff = Math.min(backoff * 2, 30_000);
  }
}
