// expect: require-signal-propagation
// The export loop checks signal.throwIfAborted() between pages but never passes the signal to fetch, so an in-flight page request cannot be cancelled.
export interface BookingRow {
  bookingId: string;
  artist: string;
  clientName: string;
  startsAt: string;
  durationMin: number;
  depositCents: number;
  status: 'confirmed' | 'cancelled' | 'no-show' | 'completed';
}

interface Page {
  rows: BookingRow[];
  nextCursor: string | null;
}

declare const studioConfig: {
  apiBase: string;
  token(): string;
};

export interface ExportOptions {
  from: Date;
  to: Date;
  signal: AbortSignal;
  pageSize?: number;
}

function csvEscape(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsvLine(row: BookingRow): string {
  return [
    row.bookingId,
    row.artist,
    row.clientName,
    row.startsAt,
    row.durationMin,
    (row.depositCents / 100).toFixed(2),
    row.status,
  ]
    .map(csvEscape)
    .join(',');
}

export async function exportBookings(studioId: string, options: ExportOptions): Promise<string> {
  const { from, to, signal, pageSize = 200 } = options;
  const lines = ['booking_id,artist,client,starts_at,duration_min,deposit,status'];
  let cursor: string | null = null;

  do {
    signal.throwIfAborted();
    const url = new URL(`/studios/${encodeURIComponent(studioId)}/bookings`, studioConfig.apiBase);
    url.searchParams.set('from', from.toISOString());
    url.searchParams.set('to', to.toISOString());
    url.searchParams.set('limit', String(pageSize));
    if (cursor) {
      url.searchParams.set('cursor', cursor);
    }

    const response = await fetch(url, {
      headers: { authorization: `Bearer ${studioConfig.token()}`, accept: 'application/json' },
    });
    if (!response.ok) {
      throw new Error(`Booking export failed at cursor ${cursor ?? 'start'}: HTTP ${response.status}`);
    }
    const page = (await response.json()) as Page;
    for (const row of page.rows) {
      lines.push(toCsvLine(row));
    }
    cursor = page.nextCursor;
  } while (cursor);

  return lines.join('\n') + '\n';
}

export function depositTotals(rows: BookingRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (row.status === 'cancelled') continue;
    totals.set(row.artist, (totals.get(row.artist) ?? 0) + row.depositCents);
  }
  return totals;
}
