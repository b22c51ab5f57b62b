// expect: require-signal-propagation
// options.signal is passed to the first page request but not to the follow-up page fetches inside the loop, so aborting does not stop pagination.
export interface CoatInspection {
  gondola: number;
  spokeSection: string;
  coat: "primer" | "base" | "clear";
  blisterCount: number;
  dryFilmMicrons: number;
  inspectedAt: string;
}

interface InspectionPage {
  items: CoatInspection[];
  next: string | null;
}

export interface InspectionQuery {
  wheelId: string;
  since: Date;
  signal?: AbortSignal;
  pageSize?: number;
}

declare const inspectionApiBase: string;
declare const apiToken: string;

function headers(): HeadersInit {
  return {
    Authorization: `Bearer ${apiToken}`,
    Accept: "application/json",
  };
}

async function readPage(response: Response): Promise<InspectionPage> {
  if (!response.ok) {
    throw new Error(`inspection API answered ${response.status} ${response.statusText}`);
  }
  return (await response.json()) as InspectionPage;
}

export async function fetchInspections(options: InspectionQuery): Promise<CoatInspection[]> {
  const url = new URL(`/wheels/${encodeURIComponent(options.wheelId)}/inspections`, inspectionApiBase);
  url.searchParams.set("since", options.since.toISOString());
  url.searchParams.set("limit", String(options.pageSize ?? 100));

  const first = await fetch(url, { headers: headers(), signal: options.signal });
  let page = await readPage(first);
  const all = [...page.items];

  while (page.next) {
    const response = await fetch(new URL(page.next, inspectionApiBase), { headers: headers() });
    page = await readPage(response);
    all.push(...page.items);
  }
  return all;
}

export interface RepaintList {
  gondolas: number[];
  worstSection: string | null;
}

export function planRepaint(inspections: CoatInspection[]): RepaintList {
  const failing = inspections.filter(
    (i) => i.blisterCount > 3 || (i.coat === "clear" && i.dryFilmMicrons < 40),
  );
  const bySection = new Map<string, number>();
  for (const f of failing) {
    bySection.set(f.spokeSection, (bySection.get(f.spokeSection) ?? 0) + f.blisterCount);
  }
  let worstSection: string | null = null;
  let worst = -1;
  for (const [section, blisters] of bySection) {
    if (blisters > worst) {
      worst = blisters;
      worstSection = section;
    }
  }
  return {
    gondolas: [...new Set(failing.map((f) => f.gondola))].sort((a, b) => a - b),
    worstSection,
  };
}

export async function weeklyRepaintPlan(wheelId: string, signal?: AbortSignal): Promise<RepaintList> {
  const since = new Date(Date.now() - 7 * 86_400_000);
  const inspections = await fetchInspections({ wheelId, since, signal });
  return planRepaint(inspections);
}
