// expect: no-promise-as-value
// The un-awaited promise from loadWorkspaceSettings is passed to Object.assign, which copies no settings from it, so workspace overrides are silently ignored.

export interface EditorSettings {
  tabSize: number;
  wordWrap: boolean;
  theme: string;
}

declare function loadWorkspaceSettings(root: string): Promise<Partial<EditorSettings>>;
declare function loadUserSettings(): Promise<Partial<EditorSettings>>;

const DEFAULTS: EditorSettings = {
  tabSize: 2,
  wordWrap: false,
  theme: 'light',
};

export async function effectiveSettings(root: string): Promise<EditorSettings> {
  const user = await loadUserSettings();
  const workspace = loadWorkspaceSettings(root);

  const merged: EditorSettings = Object.assign({}, DEFAULTS, user, workspace);
  if (merged.tabSize < 1 || merged.tabSize > 16) {
    merged.tabSize = DEFAULTS.tabSize;
  }
  return merged;
}
