// The default photo store: files under one folder (PHOTO_DIR, beside the SQLite file by default), written atomically.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { assertObjectName, type PhotoStore } from './photo-store.js';

export function filesystemPhotoStore(folder: string): PhotoStore {
  const root = resolve(folder);
  const pathOf = (name: string) => {
    assertObjectName(name);
    // Two letters of the random key spread the files over 4,096 folders.
    return join(root, name.slice(0, 2), name);
  };
  return {
    description: `filesystem:${root}`,
    async put(name, body) {
      const target = pathOf(name);
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      // Written beside, then renamed: a reader never sees half an image.
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, body, { mode: 0o600 });
      await rename(temporary, target);
    },
    async get(name) {
      try {
        return new Uint8Array(await readFile(pathOf(name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(name) {
      const target = pathOf(name);
      await rm(target, { force: true });
      // The key's folder goes with its last image.
      await rmdir(dirname(target)).catch(() => undefined);
    },
  };
}
