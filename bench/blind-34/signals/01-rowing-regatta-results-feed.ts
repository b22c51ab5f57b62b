// expect: require-signal-propagation
// The fetch gets the caller's signal but the backoff sleep between retries does not, so an aborted sync still waits out the full delay.
import { setTimeout as sleep } from "node:timers/promises";

export interface CrewResult {
  raceId: string;
  lane: number;
  crew: string;
  timeMs: number | null;
  status: "finished" | "dns" | "dnf" | "excluded";
}

export interface ResultsPage {
  raceId: string;
  provisional: boolean;
  crews: CrewResult[];
}

declare const resultsBoard: {
  publish(page: ResultsPage): void;
};

const FEED_BASE = "https://timing.regatta.example/api/races";

function formatTime(ms: number | null): string {
  if (ms === null) return "—";
  const minutes = Math.floor(ms / 60_000);
  const seconds = ((ms % 60_000) / 1000).toFixed(2).padStart(5, "0");
  return `${minutes}:${seconds}`;
}

export async function fetchResults(
  raceId: string,
  signal: AbortSignal,
  maxAttempts = 4,
): Promise<ResultsPage> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const res = await fetch(`${FEED_BASE}/${encodeURIComponent(raceId)}/results`, { signal });
      if (res.status === 404) throw new Error(`race ${raceId} not yet timed`);
      if (!res.ok) throw new Error(`timing feed HTTP ${res.status}`);
      return (await res.json()) as ResultsPage;
    } catch (err) {
      if (signal.aborted) throw err;
      lastError = err;
      await sleep(1_000 * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

export function rankCrews(page: ResultsPage): CrewResult[] {
  const finished = page.crews.filter((c) => c.status === "finished" && c.timeMs !== null);
  const others = page.crews.filter((c) => !finished.includes(c));
  finished.sort((a, b) => (a.timeMs ?? 0) - (b.timeMs ?? 0));
  return [...finished, ...others];
}

export function marginToWinner(ranked: CrewResult[]): string[] {
  const winner = ranked[0]?.timeMs ?? null;
  return ranked.map((c) => {
    if (winner === null || c.timeMs === null) return `${c.crew}: ${c.status}`;
    const delta = c.timeMs - winner;
    return `${c.crew}: ${formatTime(c.timeMs)}${delta > 0 ? ` (+${(delta / 1000).toFixed(2)}s)` : ""}`;
  });
}

export async function syncRace(raceId: string, signal: AbortSignal): Promise<string[]> {
  const page = await fetchResults(raceId, signal);
  const ranked = rankCrews(page);
  resultsBoard.publish({ ...page, crews: ranked });
  return marginToWinner(ranked);
}
