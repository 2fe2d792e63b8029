/**
 * The files of a renewal (shared/renewal.ts). The new set is written in its own folder beside the working one, so the
 * working files are not touched until the new certificate passes a test; then the two change places: the old set's
 * files go to one archive folder (0700) and the new set's take their names in the working folder, so a bot that reads
 * the working folder needs no new path. A cancelled renewal's folder goes to the same archive: nothing is lost.
 * Throws Node errors; the handlers turn them into answers.
 */
import { chmod, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ARCHIVE_DIR, BOT_FILES_DIR, RENEWAL_DIR_PREFIX, dayOf } from '../../../shared/renewal.js';
import { errorCodeOf } from '../error-code.js';
import { writeFilesAtomically } from './atomic-write.js';
import { SET_FILE_NAMES } from './existing-set-backup.js';

const MAX_TRIES = 100;

/** Makes `<parent>/<base>` (or -2, -3…) exclusively, owner-only, and returns its path. */
async function newFolder(parent: string, base: string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const dir = join(parent, attempt === 1 ? base : `${base}-${attempt}`);
    try {
      await mkdir(dir, { mode: 0o700 });
      return dir;
    } catch (error) {
      if (errorCodeOf(error) !== 'EEXIST' || attempt >= MAX_TRIES) throw error;
    }
  }
}

/** The renewal's own folder beside the working set: renewal-YYYY-MM-DD. */
export function makeRenewalFolder(workingDir: string, now: Date): Promise<string> {
  return newFolder(workingDir, `${RENEWAL_DIR_PREFIX}${dayOf(now)}`);
}

/**
 * The bot's replacement files in a kit's own layout (for-the-bot/certs/client-2048.crt and .key), so "replace these
 * two files" is the whole change on the bot's machine. Returns the for-the-bot folder.
 */
export async function writeBotFiles(renewalDir: string, certPem: string, keyPem: string): Promise<string> {
  const dir = join(renewalDir, BOT_FILES_DIR);
  await mkdir(join(dir, 'certs'), { recursive: true, mode: 0o700 });
  await writeFilesAtomically([
    { path: join(dir, 'certs', 'client-2048.crt'), data: certPem, mode: 0o644 },
    { path: join(dir, 'certs', 'client-2048.key'), data: keyPem, mode: 0o600 },
  ]);
  return dir;
}

/** The one archive folder beside the working set, made (or made owner-only again) 0700. */
export async function archiveFolder(workingDir: string): Promise<string> {
  const dir = join(workingDir, ARCHIVE_DIR);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  return dir;
}

/** The working set's files in its folder: the remembered files there plus any set file name present. */
async function workingSetFiles(workingDir: string, remembered: readonly string[]): Promise<string[]> {
  const present = new Set(await readdir(workingDir).catch((): string[] => []));
  const names = new Set<string>();
  for (const file of remembered)
    if (resolve(dirname(file)) === resolve(workingDir) && present.has(basename(file))) names.add(basename(file));
  for (const name of SET_FILE_NAMES) if (present.has(name)) names.add(name);
  return [...names];
}

export interface Promotion {
  readonly archiveDir: string;
  /** The archive's subfolder the old set went to. */
  readonly oldSetDir: string;
  /** The new set's files, now in the working folder. */
  readonly files: readonly string[];
}

/**
 * The new set takes the working set's place: the old files to `<archive>/<label>`, the new ones (same names) into
 * the working folder. On a failure part-way, what moved is moved back (best effort) before the error is thrown.
 */
export async function promoteRenewal(
  workingDir: string,
  renewalDir: string,
  rememberedOld: readonly string[],
  oldLabel: string,
): Promise<Promotion> {
  const newNames = (await readdir(renewalDir)).filter((name) => SET_FILE_NAMES.includes(name));
  const oldNames = await workingSetFiles(workingDir, rememberedOld);
  const archiveDir = await archiveFolder(workingDir);
  const oldSetDir = await newFolder(archiveDir, oldLabel);
  const undo: (() => Promise<void>)[] = [];
  try {
    for (const name of oldNames) {
      await rename(join(workingDir, name), join(oldSetDir, name));
      undo.push(() => rename(join(oldSetDir, name), join(workingDir, name)));
    }
    for (const name of newNames) {
      await rename(join(renewalDir, name), join(workingDir, name));
      undo.push(() => rename(join(workingDir, name), join(renewalDir, name)));
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    await rmdir(oldSetDir).catch(() => undefined);
    throw error;
  }
  return { archiveDir, oldSetDir, files: newNames.map((name) => join(workingDir, name)) };
}

/** Cancel: the renewal's folder (its unused set) moves into the archive whole; the working set was never touched. */
export async function archiveRenewal(workingDir: string, renewalDir: string): Promise<string> {
  const archiveDir = await archiveFolder(workingDir);
  const target = join(archiveDir, `cancelled-${basename(renewalDir)}`);
  let dest = target;
  for (let n = 2; n < MAX_TRIES; n += 1) {
    try {
      await rename(renewalDir, dest);
      return archiveDir;
    } catch (error) {
      if (errorCodeOf(error) !== 'EEXIST' && errorCodeOf(error) !== 'ENOTEMPTY') throw error;
      dest = `${target}-${n}`;
    }
  }
  throw new Error('no free name in the archive');
}

/** Deletes the archive folder (only a folder with the archive's own name). */
export async function deleteArchive(archiveDir: string): Promise<void> {
  if (basename(archiveDir) !== ARCHIVE_DIR) throw Object.assign(new Error('not the archive'), { code: 'EPERM' });
  await rm(archiveDir, { recursive: true, force: true });
}

/** The renewal folder under way beside the working set (the newest renewal-* holding a new .crt), or null. */
export async function renewalUnderWay(workingDir: string): Promise<string | null> {
  const names = await readdir(workingDir).catch((): string[] => []);
  const found = names
    .filter((name) => name.startsWith(RENEWAL_DIR_PREFIX))
    .sort()
    .reverse();
  for (const name of found) {
    const inside = await readdir(join(workingDir, name)).catch((): string[] => []);
    if (inside.includes('client-2048.crt')) return join(workingDir, name);
  }
  return null;
}

/** The bot kits in the working folder (bot-kit-*) that carry a certificate in the kit's certs/ layout. */
export async function kitsBeside(workingDir: string): Promise<string[]> {
  const names = await readdir(workingDir).catch((): string[] => []);
  const kits: string[] = [];
  for (const name of names.filter((n) => n.startsWith('bot-kit-')).sort()) {
    const certs = await readdir(join(workingDir, name, 'certs')).catch((): string[] => []);
    if (certs.includes('client-2048.crt')) kits.push(join(workingDir, name));
  }
  return kits;
}
