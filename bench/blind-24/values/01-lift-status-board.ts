// expect: none
// Correct: the wind, queue and grooming promises are all awaited before their values go into the board text.
const STATUS_API = "https://ops.example-resort.internal/api/v2";

export interface LiftWind {
  liftId: string;
  gustKmh: number;
  sustainedKmh: number;
}

export interface QueueSample {
  liftId: string;
  waitMinutes: number;
  sampledAt: string;
}

export interface GroomingReport {
  runs: { name: string; groomed: boolean }[];
}

async function getJson<T>(path: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(`${STATUS_API}${path}`, { signal });
  if (!res.ok) {
    throw new Error(`status api ${path} returned ${res.status}`);
  }
  return (await res.json()) as T;
}

export class LiftStatusBoard {
  private readonly gustLimitKmh: number;

  constructor(gustLimitKmh = 75) {
    this.gustLimitKmh = gustLimitKmh;
  }

  async render(liftId: string, timeoutMs = 4000): Promise<string> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);

    try {
      // Grooming is slow and only needed for the footer, so kick it off first.
      const grooming = getJson<GroomingReport>(`/grooming/today`, controller.signal);

      const [wind, queue] = await Promise.all([
        getJson<LiftWind>(`/lifts/${liftId}/wind`, controller.signal),
        getJson<QueueSample>(`/lifts/${liftId}/queue`, controller.signal),
      ]);

      const state = wind.gustKmh >= this.gustLimitKmh ? "ON HOLD (wind)" : "OPEN";
      const header = `${liftId.toUpperCase()} — ${state}`;
      const waitLine = `Wait: ${queue.waitMinutes} min (as of ${new Date(queue.sampledAt).toLocaleTimeString()})`;
      const windLine = `Wind: ${wind.sustainedKmh} km/h, gusts ${wind.gustKmh} km/h`;

      const report = await grooming;
      const groomed = report.runs.filter((r) => r.groomed).map((r) => r.name);
      const footer = groomed.length > 0 ? `Groomed today: ${groomed.join(", ")}` : "No runs groomed yet";

      return [header, waitLine, windLine, footer].join("\n");
    } finally {
      clearTimeout(timer);
    }
  }

  async renderAll(liftIds: string[]): Promise<Map<string, string>> {
    const boards = new Map<string, string>();
    const settled = await Promise.allSettled(liftIds.map((id) => this.render(id)));
    settled.forEach((result, i) => {
      const id = liftIds[i];
      boards.set(id, result.status === "fulfilled" ? result.value : `${id.toUpperCase()} — status unavailable`);
    });
    return boards;
  }
}
