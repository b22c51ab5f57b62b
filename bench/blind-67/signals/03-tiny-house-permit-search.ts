// expect: no-swallowed-abort
// searchPermits catches the AbortError from a superseded keystroke and returns [], which callers render as "no permits found" for the old query.
export interface PermitSummary {
  permitId: string;
  parcel: string;
  kind: "foundation" | "trailer-registration" | "septic" | "electrical" | "occupancy";
  status: "pending" | "approved" | "expired";
  issuedAt?: string;
}

export class PermitLookupError extends Error {
  constructor(message: string, readonly status?: number, options?: ErrorOptions) {
    super(message, options);
    this.name = "PermitLookupError";
  }
}

declare const COUNTY_PERMITS_URL: string;
declare const ui: {
  renderResults(query: string, results: PermitSummary[]): void;
  renderError(query: string, message: string): void;
  setBusy(busy: boolean): void;
};

function normalizeParcel(input: string): string {
  return input.replace(/[^0-9A-Z-]/gi, "").toUpperCase();
}

export async function searchPermits(query: string, signal: AbortSignal): Promise<PermitSummary[]> {
  const parcel = normalizeParcel(query);
  if (parcel.length < 3) {
    return [];
  }
  const url = new URL("/v2/permits", COUNTY_PERMITS_URL);
  url.searchParams.set("parcel_prefix", parcel);
  url.searchParams.set("types", "foundation,trailer-registration,septic,electrical,occupancy");

  try {
    const res = await fetch(url, { signal, headers: { accept: "application/json" } });
    if (!res.ok) {
      throw new PermitLookupError(`county portal responded ${res.status}`, res.status);
    }
    const body = (await res.json()) as { items: PermitSummary[] };
    return body.items.sort((a, b) => a.parcel.localeCompare(b.parcel) || a.kind.localeCompare(b.kind));
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") {
      return [];
    }
    if (err instanceof PermitLookupError) {
      throw err;
    }
    throw new PermitLookupError("county portal unreachable", undefined, { cause: err });
  }
}

export class PermitTypeahead {
  private controller: AbortController | null = null;

  async onInput(query: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    ui.setBusy(true);
    try {
      const results = await searchPermits(query, controller.signal);
      ui.renderResults(query, results);
    } catch (err) {
      ui.renderError(query, err instanceof Error ? err.message : "lookup failed");
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        ui.setBusy(false);
      }
    }
  }

  dispose(): void {
    this.controller?.abort();
    this.controller = null;
  }
}
