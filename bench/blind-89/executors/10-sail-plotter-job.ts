// expect: no-multiple-settle
// The executor is async and awaits readFile before attaching listeners; if the read fails the rejection is lost inside the executor and the returned promise never settles.
import { readFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface PlotterDevice extends EventEmitter {
  upload(hpgl: string): void;
  cut(): void;
}

export interface PanelCut {
  sailId: string;
  panel: string;
  cloth: 'dacron' | 'laminate' | 'nylon';
  lengthMm: number;
}

export interface CutReport {
  panel: string;
  durationMs: number;
  bladeWearPct: number;
}

const PATTERN_DIR = process.env.PATTERN_DIR ?? '/srv/loft/patterns';

export function cutPanel(plotter: PlotterDevice, job: PanelCut): Promise<CutReport> {
  return new Promise<CutReport>(async (resolve, reject) => {
    const hpgl = await readFile(`${PATTERN_DIR}/${job.sailId}/${job.panel}.hpgl`, 'utf8');
    const started = Date.now();

    const onDone = (wear: number) => {
      plotter.off('fault', onFault);
      resolve({ panel: job.panel, durationMs: Date.now() - started, bladeWearPct: wear });
    };
    const onFault = (code: string) => {
      plotter.off('done', onDone);
      reject(new Error(`plotter fault ${code} while cutting ${job.sailId}/${job.panel}`));
    };

    plotter.once('done', onDone);
    plotter.once('fault', onFault);
    plotter.upload(hpgl);
    plotter.cut();
  });
}

export async function cutSail(plotter: PlotterDevice, sailId: string, panels: PanelCut[]): Promise<CutReport[]> {
  const reports: CutReport[] = [];
  // Laminate first: it dulls the blade least and needs the sharpest edge.
  const ordered = [...panels].sort((a, b) => Number(b.cloth === 'laminate') - Number(a.cloth === 'laminate'));
  for (const panel of ordered) {
    const report = await cutPanel(plotter, panel);
    reports.push(report);
    if (report.bladeWearPct > 85) {
      console.warn(`sail ${sailId}: blade at ${report.bladeWearPct}% after ${panel.panel}, change before next job`);
    }
  }
  return reports;
}
