/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// Files the CLI reads and writes: every problem one line naming the file and why, never a stack trace;
// a file written whole or not at all.

/** A file that cannot be read or written: `FILE: error: reason`, exit 1. */
export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: error: ${reason}`);
  }
}

const REASONS: Record<string, string> = {
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'disk full',
  EDQUOT: 'over the disk quota',
  EFBIG: 'file too large for this system or its limits',
  EIO: 'input/output error (a failing disk or a lost network share?)',
  ELOOP: 'symbolic links in a loop',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'busy (in use by another program)',
  ETXTBSY: 'busy (in use by another program)',
};

/**
 * Why a file could not be read or written, in words, from the system's error code; undefined for an
 * error that is not about a file (a bug: let it through with its stack).
 */
export function fileReason(error: unknown, doing: 'read' | 'write'): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || code.startsWith('ERR_')) return undefined;
  if (code === 'ENOENT') return doing === 'read' ? 'no such file' : 'no such folder';
  return REASONS[code] ?? `cannot ${doing} it (${code})`;
}

/** A file error as a FileError; anything else as it was. */
export function asFileError(error: unknown, file: string, doing: 'read' | 'write'): unknown {
  if (error instanceof FileError) return error;
  const reason = fileReason(error, doing);
  if (reason === undefined) return error;
  return new FileError(file, doing === 'write' ? `cannot write it: ${reason}` : reason);
}

/** What names one file, however it is spelled (`./x`, a symbolic link, a hard link): device and inode. */
export async function identity(file: string): Promise<string | undefined> {
  try {
    const { dev, ino } = await stat(file);
    return `${dev}:${ino}`;
  } catch {
    return undefined; // reading it says what is wrong
  }
}

/**
 * Writes `text` to `file` whole or not at all: into a new file beside it (same folder, so the same
 * disk), flushed to the disk, then renamed over it in one step. A full disk, Ctrl-C or a crash leave
 * the old file as it was (at worst a stray `.NAME.PID.RANDOM.tmp` beside it); two runs at once leave one
 * run's file whole. A symbolic link is written through (its target is replaced), the old file's
 * permissions are kept. A device or pipe (`/dev/stdout`) is written to directly: it cannot be renamed over.
 */
export async function writeWhole(file: string, text: string): Promise<void> {
  try {
    await writeThrough(file, text);
  } catch (error) {
    throw asFileError(error, file, 'write');
  }
}

async function writeThrough(file: string, text: string): Promise<void> {
  const target = await realpath(file).catch(() => file);
  const old = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (old?.isDirectory()) throw new FileError(file, 'is a folder, not a file');
  if (old !== undefined && !old.isFile()) return void (await writeFile(target, text));
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o666);
  try {
    try {
      await handle.writeFile(text);
      if (old !== undefined) await handle.chmod(old.mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** The rename itself on the disk too; where a folder cannot be opened for that (Windows), the rename stands. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // nothing more to do
  }
}
