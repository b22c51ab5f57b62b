// expect: none
// The stored handshake deferred is settled by one settle() guarded by a flag that also clears the timer and detaches ready/error/close listeners.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';

interface SftpWrapper {
  fastPut(local: string, remote: string, cb: (err: Error | undefined) => void): void;
  end(): void;
}

interface SshClient extends EventEmitter {
  connect(cfg: { host: string; port: number; username: string; privateKey: Buffer; readyTimeout: number }): void;
  sftp(cb: (err: Error | undefined, sftp: SftpWrapper) => void): void;
  end(): void;
}

declare function createSshClient(): SshClient;

export interface SftpTarget {
  host: string;
  port?: number;
  username: string;
  keyPath: string;
}

export class SftpUploader {
  private client: SshClient | null = null;
  private sftp: SftpWrapper | null = null;
  lastError: Error | null = null;

  async connect(target: SftpTarget, timeoutMs = 15_000): Promise<void> {
    const privateKey = await readFile(target.keyPath);
    const client = createSshClient();

    let resolveReady!: () => void;
    let rejectReady!: (err: Error) => void;
    const ready = new Promise<void>((res, rej) => {
      resolveReady = res;
      rejectReady = rej;
    });

    let done = false;
    const settle = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('error', onError);
      client.off('close', onClose);
      if (err) {
        client.end();
        rejectReady(err);
      } else {
        resolveReady();
      }
    };
    const onReady = () => settle();
    const onError = (err: Error) => settle(err);
    const onClose = () => settle(new Error(`connection to ${target.host} closed during handshake`));
    const timer = setTimeout(() => settle(new Error(`SSH handshake with ${target.host} timed out`)), timeoutMs);

    client.on('ready', onReady);
    client.on('error', onError);
    client.on('close', onClose);
    try {
      client.connect({ host: target.host, port: target.port ?? 22, username: target.username, privateKey, readyTimeout: timeoutMs });
    } catch (err) {
      settle(err as Error);
    }

    await ready;
    client.on('error', (err: Error) => {
      this.lastError = err;
      this.sftp = null;
    });
    this.client = client;
    this.sftp = await new Promise<SftpWrapper>((resolve, reject) => {
      client.sftp((err, sftp) => (err ? reject(err) : resolve(sftp)));
    });
  }

  put(local: string, remote: string): Promise<void> {
    const sftp = this.sftp;
    if (!sftp) return Promise.reject(this.lastError ?? new Error('not connected'));
    return new Promise((resolve, reject) => {
      sftp.fastPut(local, remote, (err) => {
        if (err) reject(err);
        else resolve();
      });
    });
  }

  close(): void {
    this.sftp?.end();
    this.client?.end();
    this.sftp = null;
    this.client = null;
  }
}
