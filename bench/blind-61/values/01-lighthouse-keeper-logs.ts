// expect: no-promise-as-value
// renderWatchReport interpolates this.keeperName(...) — an async lookup — straight into the template, so each line reads "[object Promise]" instead of the keeper's name.
export interface WatchEntry {
  at: string;
  keeperId: string;
  lampOk: boolean;
  visibilityNm: number;
  windBeaufort: number;
  remarks: string;
}

export interface Keeper {
  keeperId: string;
  name: string;
  grade: "principal" | "assistant" | "supernumerary";
}

declare const crewRoster: {
  get(keeperId: string): Promise<Keeper | undefined>;
};
declare const logArchive: {
  entries(station: string, date: string): Promise<WatchEntry[]>;
  storeReport(station: string, date: string, text: string): Promise<void>;
};

const BEAUFORT_LABELS = [
  "calm",
  "light air",
  "light breeze",
  "gentle breeze",
  "moderate breeze",
  "fresh breeze",
  "strong breeze",
  "near gale",
  "gale",
  "strong gale",
  "storm",
  "violent storm",
  "hurricane force",
];

export function describeWind(beaufort: number): string {
  const idx = Math.max(0, Math.min(BEAUFORT_LABELS.length - 1, Math.round(beaufort)));
  return `${BEAUFORT_LABELS[idx]} (F${idx})`;
}

export class WatchReporter {
  private readonly names = new Map<string, string>();

  constructor(private readonly station: string) {}

  private async keeperName(keeperId: string): Promise<string> {
    const cached = this.names.get(keeperId);
    if (cached) return cached;
    const keeper = await crewRoster.get(keeperId);
    const name = keeper ? `${keeper.name} (${keeper.grade})` : `keeper ${keeperId}`;
    this.names.set(keeperId, name);
    return name;
  }

  async renderWatchReport(date: string): Promise<string> {
    const entries = await logArchive.entries(this.station, date);
    if (entries.length === 0) {
      return `${this.station} ${date}: no watch entries recorded`;
    }

    const lines: string[] = [`WATCH REPORT — ${this.station} — ${date}`, ""];
    let lampFaults = 0;
    for (const entry of entries) {
      if (!entry.lampOk) lampFaults += 1;
      const time = entry.at.slice(11, 16);
      const lamp = entry.lampOk ? "lamp OK" : "LAMP FAULT";
      lines.push(
        `${time}  ${this.keeperName(entry.keeperId)}: ${lamp}, vis ${entry.visibilityNm} nm, ` +
          `${describeWind(entry.windBeaufort)}${entry.remarks ? ` — ${entry.remarks}` : ""}`,
      );
    }
    lines.push("", `${entries.length} entries, ${lampFaults} lamp fault(s)`);

    const text = lines.join("\n");
    await logArchive.storeReport(this.station, date, text);
    return text;
  }

  async poorVisibilityHours(date: string, thresholdNm = 2): Promise<number> {
    const entries = await logArchive.entries(this.station, date);
    const poor = entries.filter((e) => e.visibilityNm < thresholdNm);
    // Entries are hourly watch logs.
    return poor.length;
  }
}
