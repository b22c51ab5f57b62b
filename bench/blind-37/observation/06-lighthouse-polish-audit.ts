// expect: none
// Promise.allSettled results are split on status before .value or .reason is read, so unreachable towers are reported, not crashed on.
export interface PolishLogEntry {
  panelId: string;
  polishedAt: Date;
  roughnessNm: number;
  technician: string;
}

export interface TowerAudit {
  tower: string;
  overdue: string[];
  outOfSpec: string[];
  lastPolished: Date | null;
}

export interface AuditReport {
  generatedAt: Date;
  audits: TowerAudit[];
  unreachable: Array<{ tower: string; reason: string }>;
}

declare function fetchPolishLog(tower: string): Promise<PolishLogEntry[]>;
declare function listPanels(tower: string): Promise<string[]>;
declare function sendReport(report: AuditReport): Promise<void>;

const POLISH_INTERVAL_DAYS = 180;
const ROUGHNESS_LIMIT_NM = 2.5;

function auditTower(tower: string, panels: string[], log: PolishLogEntry[], now: Date): TowerAudit {
  const latest = new Map<string, PolishLogEntry>();
  for (const entry of log) {
    const prev = latest.get(entry.panelId);
    if (!prev || entry.polishedAt > prev.polishedAt) {
      latest.set(entry.panelId, entry);
    }
  }

  const cutoff = now.getTime() - POLISH_INTERVAL_DAYS * 86_400_000;
  const overdue = panels.filter((p) => {
    const entry = latest.get(p);
    return !entry || entry.polishedAt.getTime() < cutoff;
  });
  const outOfSpec = [...latest.values()].filter((e) => e.roughnessNm > ROUGHNESS_LIMIT_NM).map((e) => e.panelId);
  const lastPolished = [...latest.values()].reduce<Date | null>(
    (max, e) => (!max || e.polishedAt > max ? e.polishedAt : max),
    null,
  );
  return { tower, overdue, outOfSpec, lastPolished };
}

async function loadTower(tower: string): Promise<{ panels: string[]; log: PolishLogEntry[] }> {
  const [panels, log] = await Promise.all([listPanels(tower), fetchPolishLog(tower)]);
  return { panels, log };
}

export async function auditCoast(towers: string[], now = new Date()): Promise<AuditReport> {
  const results = await Promise.allSettled(towers.map((t) => loadTower(t)));

  const audits: TowerAudit[] = [];
  const unreachable: AuditReport['unreachable'] = [];
  results.forEach((result, i) => {
    const tower = towers[i];
    if (result.status === 'fulfilled') {
      audits.push(auditTower(tower, result.value.panels, result.value.log, now));
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      unreachable.push({ tower, reason });
    }
  });

  audits.sort((a, b) => b.overdue.length - a.overdue.length || a.tower.localeCompare(b.tower));
  const report: AuditReport = { generatedAt: now, audits, unreachable };
  await sendReport(report);
  return report;
}
