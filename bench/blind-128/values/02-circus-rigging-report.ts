// expect: none
// Every async lookup is awaited (or joined with Promise.all) before its value goes into the template strings and the JSON payload, so no promise is ever interpolated or serialised.
import { writeFile } from 'node:fs/promises';

export interface RigPoint {
  id: string;
  beam: string;
  wllKg: number;
}

export interface RiggingDb {
  lastInspection(pointId: string): Promise<{ inspector: string; date: string } | null>;
  currentLoadKg(pointId: string): Promise<number>;
}

export interface Notifier {
  post(channel: string, payload: { text: string; attachments?: unknown[] }): Promise<void>;
}

interface PointStatus {
  point: RigPoint;
  loadKg: number;
  utilisation: number;
  inspectedBy: string;
  inspectedOn: string;
}

export class RiggingReport {
  constructor(private readonly db: RiggingDb, private readonly notifier: Notifier) {}

  private async status(point: RigPoint): Promise<PointStatus> {
    const [loadKg, inspection] = await Promise.all([
      this.db.currentLoadKg(point.id),
      this.db.lastInspection(point.id),
    ]);
    return {
      point,
      loadKg,
      utilisation: loadKg / point.wllKg,
      inspectedBy: inspection?.inspector ?? 'never inspected',
      inspectedOn: inspection?.date ?? '-',
    };
  }

  async build(points: RigPoint[]): Promise<PointStatus[]> {
    return Promise.all(points.map((p) => this.status(p)));
  }

  async publish(show: string, points: RigPoint[], outFile: string): Promise<void> {
    const statuses = await this.build(points);
    const worst = statuses.reduce<PointStatus | null>((w, s) => (!w || s.utilisation > w.utilisation ? s : w), null);

    const lines = statuses.map(
      (s) =>
        `${s.point.id.padEnd(6)} ${s.point.beam.padEnd(10)} ${s.loadKg.toFixed(0).padStart(5)}kg ` +
        `${(s.utilisation * 100).toFixed(0).padStart(3)}%  ${s.inspectedBy} ${s.inspectedOn}`,
    );
    await writeFile(outFile, [`Rigging report — ${show}`, ...lines].join('\n') + '\n', 'utf8');

    const headline = worst
      ? `${show}: highest load on ${worst.point.id} at ${(worst.utilisation * 100).toFixed(0)}% of WLL`
      : `${show}: no rigging points registered`;
    await this.notifier.post('#rigging', {
      text: headline,
      attachments: [JSON.stringify(statuses.map((s) => ({ id: s.point.id, loadKg: s.loadKg })))],
    });
  }
}
