// expect: none
// The remote theme is awaited before it is spread and passed to structuredClone, so the snapshot contains real values.

export interface Theme {
  primary: string;
  radius: number;
  dark: boolean;
}

declare function fetchTenantTheme(tenant: string): Promise<Partial<Theme>>;

const BASE_THEME: Theme = { primary: '#3355ff', radius: 4, dark: false };

export async function themeSnapshot(tenant: string, prefersDark: boolean): Promise<Theme> {
  const remote = await fetchTenantTheme(tenant);
  const theme: Theme = {
    ...BASE_THEME,
    ...remote,
    dark: remote.dark ?? prefersDark,
  };

  const snapshot = structuredClone(theme);
  document.documentElement.style.setProperty('--primary', snapshot.primary);
  document.documentElement.style.setProperty('--radius', `${snapshot.radius}px`);
  return snapshot;
}
