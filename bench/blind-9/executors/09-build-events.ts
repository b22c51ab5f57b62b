// expect: none
// Settles once via finish(): 'completed' resolves (or rejects on a malformed payload), 'failed' rejects, onerror rejects only when readyState is CLOSED because otherwise EventSource reconnects by itself, and abort rejects; every path closes the stream and drops the abort listener.
export interface BuildResult {
  buildId: string;
  artifactUrl: string;
  durationMs: number;
}

export function watchBuild(buildId: string, onLog: (line: string) => void, signal: AbortSignal): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const source = new EventSource(`/api/builds/${encodeURIComponent(buildId)}/events`, { withCredentials: true });
    let settled = false;

    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      source.close();
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => reject(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });

    source.addEventListener('log', (ev) => onLog(ev.data as string));

    source.addEventListener('completed', (ev) => {
      let result: BuildResult;
      try {
        result = JSON.parse(ev.data as string) as BuildResult;
      } catch {
        finish(() => reject(new Error(`malformed completion event for build ${buildId}`)));
        return;
      }
      finish(() => resolve(result));
    });

    source.addEventListener('failed', (ev) => {
      const reason = (ev.data as string) || 'unknown error';
      finish(() => reject(new Error(`build ${buildId} failed: ${reason}`)));
    });

    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        finish(() => reject(new Error(`event stream for build ${buildId} was closed by the server`)));
      } else {
        console.debug(`build ${buildId}: event stream interrupted, browser is reconnecting`);
      }
    };
  });
}

export async function runDeployButton(button: HTMLButtonElement, buildId: string, logEl: HTMLPreElement): Promise<void> {
  const controller = new AbortController();
  const cancel = () => controller.abort(new DOMException('deploy cancelled by user', 'AbortError'));
  document.addEventListener('keydown', (e) => e.key === 'Escape' && cancel(), { signal: controller.signal });
  button.disabled = true;
  try {
    const result = await watchBuild(buildId, (line) => logEl.append(`${line}\n`), controller.signal);
    logEl.append(`done in ${Math.round(result.durationMs / 1000)}s: ${result.artifactUrl}\n`);
  } finally {
    button.disabled = false;
    controller.abort();
  }
}
