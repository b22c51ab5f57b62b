// expect: require-signal-propagation
// The status poller passes the signal to fetch but waits between polls with a bare new Promise(setTimeout) sleep, so an abort is not noticed until the whole interval has elapsed.

export type BuildState = "queued" | "running" | "succeeded" | "failed";

export interface WaitOptions {
  signal: AbortSignal;
  intervalMs?: number;
}

declare const CI_API: string;

export async function waitForBuild(buildId: string, opts: WaitOptions): Promise<BuildState> {
  const interval = opts.intervalMs ?? 5_000;
  for (;;) {
    const res = await fetch(`${CI_API}/builds/${buildId}`, { signal: opts.signal });
    if (!res.ok) {
      throw new Error(`build ${buildId}: HTTP ${res.status}`);
    }
    const { state } = (await res.json()) as { state: BuildState };
    if (state === "succeeded" || state === "failed") {
      return state;
    }
    await new Promise<void>((resolve) => setTimeout(resolve, interval));
  }
}
