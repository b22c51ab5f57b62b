// expect: no-swallowed-abort
// Bug: fetchCounts wraps every failure, including an AbortError, in CounterUnavailableError, so a cancelled report marks ladders offline instead of aborting.
export interface CountWindow {
  ladderId: string;
  from: string;
  to: string;
  salmon: number;
  trout: number;
  lamprey: number;
  other: number;
}

export interface LadderReport {
  generatedAt: Date;
  windows: CountWindow[];
  offline: string[];
}

declare const counterApi: {
  baseUrl: string;
  key: string;
};

export class CounterUnavailableError extends Error {
  constructor(readonly ladderId: string, detail: string) {
    super(`fish counter ${ladderId} unavailable: ${detail}`);
    this.name = 'CounterUnavailableError';
  }
}

async function fetchCounts(ladderId: string, from: Date, to: Date, signal: AbortSignal): Promise<CountWindow> {
  const url = new URL(`/ladders/${encodeURIComponent(ladderId)}/counts`, counterApi.baseUrl);
  url.searchParams.set('from', from.toISOString());
  url.searchParams.set('to', to.toISOString());
  try {
    const res = await fetch(url, { headers: { 'x-api-key': counterApi.key }, signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as CountWindow;
  } catch (err) {
    throw new CounterUnavailableError(ladderId, err instanceof Error ? err.message : String(err));
  }
}

export async function buildReport(
  ladderIds: string[],
  hours: number,
  signal: AbortSignal,
): Promise<LadderReport> {
  const to = new Date();
  const from = new Date(to.getTime() - hours * 3_600_000);
  const windows: CountWindow[] = [];
  const offline: string[] = [];

  const settled = await Promise.allSettled(ladderIds.map((id) => fetchCounts(id, from, to, signal)));
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      windows.push(result.value);
    } else if (result.reason instanceof CounterUnavailableError) {
      offline.push(ladderIds[i]);
    } else {
      throw result.reason;
    }
  });

  return { generatedAt: new Date(), windows, offline };
}

export function migrationTotals(report: LadderReport): Record<'salmon' | 'trout' | 'lamprey' | 'other', number> {
  const totals = { salmon: 0, trout: 0, lamprey: 0, other: 0 };
  for (const w of report.windows) {
    totals.salmon += w.salmon;
    totals.trout += w.trout;
    totals.lamprey += w.lamprey;
    totals.other += w.other;
  }
  return totals;
}
