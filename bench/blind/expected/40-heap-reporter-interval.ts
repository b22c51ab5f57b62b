// expect: none
// The function given to setInterval is synchronous (it reads memoryUsage and writes to a local ring buffer), so the timer drops no promise.
const SAMPLE_LIMIT = 360;

interface HeapSample {
  at: number;
  heapUsedMb: number;
  rssMb: number;
}

const samples: HeapSample[] = [];

function recordHeapSample(): void {
  const { heapUsed, rss } = process.memoryUsage();
  samples.push({ at: Date.now(), heapUsedMb: heapUsed / 1_048_576, rssMb: rss / 1_048_576 });
  if (samples.length > SAMPLE_LIMIT) samples.shift();
}

export function startHeapReporter(intervalMs = 10_000): () => void {
  recordHeapSample();
  const handle = setInterval(recordHeapSample, intervalMs);
  handle.unref();
  return () => clearInterval(handle);
}

export function heapTrend(): { min: number; max: number; latest: number } | null {
  if (samples.length === 0) return null;
  const used = samples.map((s) => s.heapUsedMb);
  return { min: Math.min(...used), max: Math.max(...used), latest: used[used.length - 1] };
}
