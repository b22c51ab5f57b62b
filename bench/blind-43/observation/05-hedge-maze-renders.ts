// expect: none
// allSettled results are split on status before use, and the analytics call that is not awaited has its rejection handled inline.
export interface MazeDesign {
  designId: string;
  widthCells: number;
  heightCells: number;
  hedgeSpecies: 'yew' | 'beech' | 'hornbeam' | 'privet';
  seed: number;
}

export type View = 'plan' | 'aerial' | 'entrance' | 'maturity-10y';

export interface RenderedView {
  view: View;
  url: string;
  bytes: number;
}

export interface RenderBundle {
  designId: string;
  views: RenderedView[];
  failed: Array<{ view: View; reason: string }>;
}

declare const renderFarm: {
  render(design: MazeDesign, view: View): Promise<RenderedView>;
};
declare const analytics: {
  track(event: string, props: Record<string, unknown>): Promise<void>;
};
declare const designLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const ALL_VIEWS: View[] = ['plan', 'aerial', 'entrance', 'maturity-10y'];

function growthYears(species: MazeDesign['hedgeSpecies']): number {
  switch (species) {
    case 'privet':
      return 3;
    case 'beech':
    case 'hornbeam':
      return 6;
    case 'yew':
      return 10;
  }
}

export function viewsFor(design: MazeDesign): View[] {
  const large = design.widthCells * design.heightCells > 2500;
  return ALL_VIEWS.filter((v) => v !== 'entrance' || !large);
}

export async function renderDesign(design: MazeDesign): Promise<RenderBundle> {
  const views = viewsFor(design);
  const settled = await Promise.allSettled(views.map((view) => renderFarm.render(design, view)));

  const bundle: RenderBundle = { designId: design.designId, views: [], failed: [] };
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      bundle.views.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      bundle.failed.push({ view: views[i], reason });
    }
  });

  analytics
    .track('maze.rendered', {
      designId: design.designId,
      ok: bundle.views.length,
      failed: bundle.failed.length,
      growthYears: growthYears(design.hedgeSpecies),
    })
    .catch((err: unknown) => designLog.warn('analytics unavailable', { err: String(err) }));

  return bundle;
}

export function totalBytes(bundle: RenderBundle): number {
  return bundle.views.reduce((sum, v) => sum + v.bytes, 0);
}

export async function renderPortfolio(designs: MazeDesign[]): Promise<RenderBundle[]> {
  const bundles: RenderBundle[] = [];
  for (const design of designs) {
    const bundle = await renderDesign(design);
    if (bundle.failed.length > 0) {
      designLog.warn('partial render', { designId: design.designId, failed: bundle.failed.map((f) => f.view) });
    }
    bundles.push(bundle);
  }
  return bundles;
}
