// expect: none
// The async per-pane callbacks from map() are collected and awaited with Promise.all, so every survey write is observed and a failure rejects surveyWindow().
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Pane {
  id: string;
  row: number;
  col: number;
  glassType: 'pot-metal' | 'flashed' | 'streaky' | 'opalescent';
}

export interface PaneScan {
  paneId: string;
  cracks: number;
  leadFatigue: 'none' | 'slight' | 'severe';
  paintLossPct: number;
}

export interface ScannerClient {
  scan(windowId: string, paneId: string): Promise<PaneScan>;
}

export interface SurveySummary {
  windowId: string;
  panes: number;
  needsReleading: string[];
  needsConsolidation: string[];
}

export class WindowSurvey {
  constructor(
    private readonly scanner: ScannerClient,
    private readonly outDir: string,
  ) {}

  async surveyWindow(windowId: string, panes: Pane[]): Promise<SurveySummary> {
    const dir = join(this.outDir, windowId);
    await mkdir(dir, { recursive: true });

    const scans = await Promise.all(
      panes.map(async (pane) => {
        const scan = await this.scanner.scan(windowId, pane.id);
        const record = { ...scan, row: pane.row, col: pane.col, glassType: pane.glassType };
        await writeFile(join(dir, `${pane.id}.json`), JSON.stringify(record, null, 2), 'utf8');
        return scan;
      }),
    );

    return {
      windowId,
      panes: scans.length,
      needsReleading: scans.filter((s) => s.leadFatigue === 'severe' || s.cracks > 2).map((s) => s.paneId),
      needsConsolidation: scans.filter((s) => s.paintLossPct > 15).map((s) => s.paneId),
    };
  }

  static workOrder(summary: SurveySummary): string {
    const lines = [`Window ${summary.windowId}: ${summary.panes} panes surveyed`];
    if (summary.needsReleading.length) lines.push(`Re-lead: ${summary.needsReleading.join(', ')}`);
    if (summary.needsConsolidation.length) lines.push(`Consolidate paint: ${summary.needsConsolidation.join(', ')}`);
    if (lines.length === 1) lines.push('No intervention required this cycle.');
    return lines.join('\n');
  }
}
