// expect: no-swallowed-abort
// loadSheetingProfile's catch-all falls back to the cached profile on any error, so an aborted request (AbortError) is logged and returned as an ordinary cached profile instead of rejecting.
export interface SheetingProfile {
  recipe: string;
  passes: number[];
  rollerTempC: number;
  doughRestMin: number;
  version: number;
}

export interface LaminationRun {
  recipe: string;
  trayCount: number;
  profileVersion: number;
  fromCache: boolean;
}

declare const recipeService: {
  baseUrl: string;
};

declare const robotCell: {
  loadTrays(count: number, signal?: AbortSignal): Promise<void>;
  sheet(passesMm: number[], rollerTempC: number, signal?: AbortSignal): Promise<void>;
};

declare const bakeryLog: {
  warn(message: string): void;
};

const FACTORY_DEFAULT: SheetingProfile = {
  recipe: '*',
  passes: [18, 12, 8, 5.5, 4],
  rollerTempC: 14,
  doughRestMin: 20,
  version: 0,
};

const profileCache = new Map<string, SheetingProfile>();

export async function loadSheetingProfile(
  recipe: string,
  signal: AbortSignal,
): Promise<{ profile: SheetingProfile; fromCache: boolean }> {
  try {
    const response = await fetch(`${recipeService.baseUrl}/recipes/${encodeURIComponent(recipe)}/sheeting`, {
      signal,
    });
    if (!response.ok) throw new Error(`recipe service answered HTTP ${response.status}`);
    const profile = (await response.json()) as SheetingProfile;
    if (!Array.isArray(profile.passes) || profile.passes.some((mm) => mm <= 0)) {
      throw new Error(`recipe ${recipe} has an invalid pass schedule`);
    }
    profileCache.set(recipe, profile);
    return { profile, fromCache: false };
  } catch (err) {
    const cached = profileCache.get(recipe) ?? { ...FACTORY_DEFAULT, recipe };
    bakeryLog.warn(`using cached sheeting profile v${cached.version} for ${recipe}: ${String(err)}`);
    return { profile: cached, fromCache: true };
  }
}

export async function runLamination(recipe: string, trayCount: number, signal: AbortSignal): Promise<LaminationRun> {
  if (trayCount < 1 || trayCount > 24) {
    throw new RangeError(`tray count ${trayCount} outside the cell's 1-24 capacity`);
  }
  const { profile, fromCache } = await loadSheetingProfile(recipe, signal);
  await robotCell.loadTrays(trayCount, signal);
  for (let tray = 0; tray < trayCount; tray++) {
    await robotCell.sheet(profile.passes, profile.rollerTempC, signal);
  }
  return { recipe, trayCount, profileVersion: profile.version, fromCache };
}
