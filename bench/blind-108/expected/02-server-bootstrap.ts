// expect: no-uncalled-async-function
// warmCaches puts this.puzzleIndex.rebuild into Promise.all without calling it, so the array holds a function that resolves immediately as a value, the puzzle index is never rebuilt and the server starts serving an empty theme index.
import http from 'node:http';
import { once } from 'node:events';

export interface OpeningBook {
  load(): Promise<number>;
}

export interface PuzzleIndex {
  rebuild(): Promise<void>;
  byTheme(theme: string): string[];
}

export interface RatingStore {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
}

export interface BootstrapConfig {
  port: number;
  host?: string;
}

export class PuzzleServer {
  private server: http.Server | undefined;

  constructor(
    private readonly config: BootstrapConfig,
    private readonly openingBook: OpeningBook,
    private readonly puzzleIndex: PuzzleIndex,
    private readonly ratings: RatingStore,
  ) {}

  private async warmCaches(): Promise<void> {
    await Promise.all([this.openingBook.load(), this.puzzleIndex.rebuild]);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/themes') {
      const theme = url.searchParams.get('t') ?? 'mateIn2';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(this.puzzleIndex.byTheme(theme)));
      return;
    }
    res.writeHead(404).end();
  }

  async start(): Promise<number> {
    await this.ratings.connect();
    await this.warmCaches();
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.listen(this.config.port, this.config.host ?? '0.0.0.0');
    await once(this.server, 'listening');
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : this.config.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.close();
      await once(server, 'close');
    }
    await this.ratings.disconnect();
  }
}
