import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Why a file inside a confined folder was not read (the file is then an unavailable fact). */
export class FileRefusedError extends Error {
  name = 'FileRefusedError';
}

const isMissing = (error: unknown) =>
  ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

/**
 * Reads at most `maxBytes` of a regular file at `path` (relative, `/`-separated) under
 * `root`, or undefined when there is none. Refuses, with FileRefusedError, any symbolic
 * link on the way (directories or the file), anything but a regular file, and a real path
 * outside the root's real path. The file is opened without following links and checked
 * to be the one inspected, then read up to the cap: never read whole, then cut.
 */
export async function readConfinedFile(
  root: string,
  path: string,
  maxBytes: number,
): Promise<{ text: string; truncated: boolean } | undefined> {
  const parts = path.split(/[\\/]+/).filter(p => p !== '' && p !== '.');
  if (parts.some(p => p === '..'))
    throw new FileRefusedError(`${path} leaves the template's folder`);
  let current = root;
  let stats;
  for (const part of parts) {
    current = join(current, part);
    try {
      stats = await lstat(current);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    if (stats.isSymbolicLink())
      throw new FileRefusedError(`${path}: symbolic links are not followed`);
  }
  if (!stats?.isFile())
    throw new FileRefusedError(`${path} is not a regular file`);
  const realRoot = await realpath(root);
  const real = await realpath(current);
  if (!real.startsWith(realRoot + sep))
    throw new FileRefusedError(`${path} leaves the template's folder`);

  const handle = await open(
    current,
    constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0),
  );
  try {
    const opened = await handle.stat();
    if (
      !opened.isFile() ||
      opened.ino !== stats.ino ||
      opened.dev !== stats.dev
    )
      throw new FileRefusedError(`${path} changed while being read`);
    const buffer = Buffer.alloc(Math.min(maxBytes, opened.size));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(
        buffer,
        length,
        buffer.length - length,
        length,
      );
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return {
      text: buffer.subarray(0, length).toString('utf8'),
      truncated: opened.size > maxBytes,
    };
  } finally {
    await handle.close();
  }
}
