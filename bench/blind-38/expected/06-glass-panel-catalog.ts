// expect: none
// getPanel deliberately shares one in-flight load per panel and drops it once settled, so concurrent callers await the same promise by design.
export interface LeadCame {
  profile: 'H' | 'U';
  widthMm: number;
}

export interface GlassPanel {
  panelId: string;
  window: string;
  century: number;
  pieces: number;
  came: LeadCame;
  cracks: number;
  paintLossPct: number;
}

export interface TreatmentPlan {
  panelId: string;
  releading: boolean;
  edgeBondCracks: number;
  retouchAreaPct: number;
  benchHours: number;
}

declare const archiveApi: { panel(panelId: string): Promise<GlassPanel> };
declare const photoRecord: { before(panelId: string): Promise<string[]> };

export class PanelCatalog {
  private inflight = new Map<string, Promise<GlassPanel>>();
  private cache = new Map<string, GlassPanel>();

  getPanel(panelId: string): Promise<GlassPanel> {
    const cached = this.cache.get(panelId);
    if (cached) return Promise.resolve(cached);
    let load = this.inflight.get(panelId);
    if (!load) {
      load = archiveApi
        .panel(panelId)
        .then((panel) => {
          this.cache.set(panelId, panel);
          return panel;
        })
        .finally(() => this.inflight.delete(panelId));
      this.inflight.set(panelId, load);
    }
    return load;
  }

  invalidate(panelId: string): void {
    this.cache.delete(panelId);
  }
}

export function planTreatment(panel: GlassPanel): TreatmentPlan {
  const releading = panel.century < 17 || panel.came.widthMm < 5;
  const edgeBondCracks = panel.cracks;
  const retouchAreaPct = panel.paintLossPct > 2 ? Math.min(panel.paintLossPct, 15) : 0;
  const benchHours = (releading ? panel.pieces * 0.4 : 0) + edgeBondCracks * 1.5 + retouchAreaPct * 3;
  return { panelId: panel.panelId, releading, edgeBondCracks, retouchAreaPct, benchHours: Math.round(benchHours) };
}

export async function planWindow(catalog: PanelCatalog, panelIds: readonly string[]): Promise<{ plans: TreatmentPlan[]; photos: number }> {
  const [panels, photoSets] = await Promise.all([
    Promise.all(panelIds.map((id) => catalog.getPanel(id))),
    Promise.all(panelIds.map((id) => photoRecord.before(id))),
  ]);
  const plans = panels.map(planTreatment).sort((a, b) => b.benchHours - a.benchHours);
  return { plans, photos: photoSets.reduce((n, set) => n + set.length, 0) };
}
