// expect: no-uncalled-async-function
// Bug: one of the startup steps is `() => this.loadPlaylist` which returns the async method instead of calling it, so the playlist is never loaded before going on air.
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";

export interface PlaylistItem {
  path: string;
  title: string;
  artist: string;
  durationSec: number;
}

declare const streamServer: {
  connect(mount: string, password: string): Promise<void>;
  setMetadata(title: string): Promise<void>;
};

export class PlayoutEngine {
  private encoder: ChildProcess | undefined;
  private playlist: PlaylistItem[] = [];
  private position = 0;

  constructor(
    private readonly playlistFile: string,
    private readonly mount: string,
    private readonly password: string,
  ) {}

  private async openEncoder(): Promise<void> {
    this.encoder = spawn("ffmpeg", ["-re", "-f", "s16le", "-i", "pipe:0", "-f", "mp3", "pipe:1"], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      this.encoder!.once("spawn", resolve);
      this.encoder!.once("error", reject);
    });
  }

  private async loadPlaylist(): Promise<void> {
    const raw = await readFile(this.playlistFile, "utf8");
    this.playlist = JSON.parse(raw) as PlaylistItem[];
    this.position = 0;
  }

  private async connectStream(): Promise<void> {
    await streamServer.connect(this.mount, this.password);
  }

  async start(): Promise<void> {
    const steps = [
      () => this.openEncoder(),
      () => this.loadPlaylist,
      () => this.connectStream(),
    ];
    for (const step of steps) {
      await step();
    }
    await this.announceCurrent();
  }

  current(): PlaylistItem | undefined {
    return this.playlist[this.position];
  }

  async next(): Promise<PlaylistItem | undefined> {
    if (this.playlist.length === 0) return undefined;
    this.position = (this.position + 1) % this.playlist.length;
    await this.announceCurrent();
    return this.current();
  }

  private async announceCurrent(): Promise<void> {
    const item = this.current();
    await streamServer.setMetadata(item ? `${item.artist} - ${item.title}` : "Station ID");
  }

  stop(): void {
    this.encoder?.kill("SIGTERM");
    this.encoder = undefined;
  }
}
