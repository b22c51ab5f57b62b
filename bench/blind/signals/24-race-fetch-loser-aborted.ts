// expect: none
// On timeout the race aborts the in-flight fetch through its own controller, and the timer is cleared in finally when the fetch wins.

declare const TELEMETRY_URL: string;

export async function sendBeaconWithTimeout(payload: object, timeoutMs = 3_000): Promise<boolean> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new DOMException("telemetry timed out", "TimeoutError"));
      resolve("timeout");
    }, timeoutMs);
  });
  try {
    const outcome = await Promise.race([
      fetch(TELEMETRY_URL, {
        method: "POST",
        body: JSON.stringify(payload),
        headers: { "content-type": "application/json" },
        signal: controller.signal,
      }),
      timedOut,
    ]);
    return outcome !== "timeout" && outcome.ok;
  } finally {
    clearTimeout(timer);
  }
}
