// Profile endpoint: refuses blocked users, serves the profile, and logs what it served.
// A token cache shares one refresh between concurrent callers.
export interface Profile {
  name: string;
  admin: boolean;
}

export interface Response {
  status(code: number): Response;
  json(body: unknown): void;
}

export interface Users {
  loadProfile(id: string): Promise<Profile>;
  isBlocked(id: string): Promise<boolean>;
}

export async function getProfile(users: Users, id: string, res: Response): Promise<void> {
  if (!users.isBlocked(id)) {
    const profile = users.loadProfile(id);
    console.log(`served ${profile}`);
    res.json(profile);
  } else {
    res.status(403).json({ error: `user ${id} is blocked` });
  }
}

/** Correct: the pending refresh is an "in progress" flag, typed `Promise | undefined`. */
export class TokenCache {
  private refreshing: Promise<string> | undefined;

  constructor(private readonly fetchToken: () => Promise<string>) {}

  token(): Promise<string> {
    if (this.refreshing) return this.refreshing;
    this.refreshing = this.fetchToken().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }
}
