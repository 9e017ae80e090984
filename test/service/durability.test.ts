// A case acknowledged with 201 survives the service being killed with SIGKILL the next instant.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { aPost } from '../support/service.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, deadline = Date.now() + 30_000): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('service did not start');
}

describe('durability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'complaint-box-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged case after kill -9', async () => {
    const port = await freePort();
    const databasePath = join(dir, 'kill.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'service/src/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databasePath,
        ADMIN_PASSWORD: 'kill-test-password-1',
        LOG_LEVEL: 'error',
      },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitForHealth(url);
      const acknowledged: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${url}/api/v1/sites/demo/posts`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(aPost({ title: `ก่อนดับ ${i}` })),
        });
        expect(res.status).toBe(201);
        acknowledged.push((await res.json()).trackingCode);
      }
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const db = new SQLite(databasePath, { readonly: false });
      const codes = db
        .prepare('SELECT tracking_code FROM cases')
        .all()
        .map((r) => (r as { tracking_code: string }).tracking_code);
      db.close();
      for (const code of acknowledged) expect(codes).toContain(code);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
