/**
 * The harness's stand-in for what only Electron can do: nothing is opened or revealed, it is
 * recorded instead, and the native dialogs answer from the environment (or from the test).
 */
import { mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Platform } from '../../electron/core/platform.js';

export type OpenedRecord =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'reveal'; readonly path: string }
  | { readonly kind: 'open-file'; readonly path: string };

export interface FakePlatform extends Platform {
  /** Everything that would have been opened or revealed, oldest first. */
  opened(): readonly OpenedRecord[];
  /** What the next "Choose certificate files…" dialogs answer (until set again). */
  setPick(paths: readonly string[]): void;
}

export interface FakePlatformOptions {
  /** The folder the folder picker answers with (a subfolder "picked" of it, made on demand). */
  readonly certDir: string;
  /** BOTLOGIN_HARNESS_PICK: files the file picker answers with, separated by the path delimiter. */
  readonly pick?: string;
}

/** The subfolder the fake folder picker chooses, so "Change folder…" visibly changes the folder. */
export const PICKED_FOLDER_NAME = 'picked';

export function createFakePlatform(opts: FakePlatformOptions): FakePlatform {
  const records: OpenedRecord[] = [];
  let pick: readonly string[] = (opts.pick ?? '')
    .split(delimiter)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

  return {
    async openExternal(url: string): Promise<void> {
      records.push({ kind: 'url', url });
    },
    showItemInFolder(path: string): void {
      records.push({ kind: 'reveal', path });
    },
    async openPath(path: string): Promise<void> {
      records.push({ kind: 'open-file', path });
    },
    async chooseFolder(): Promise<string | null> {
      const folder = join(opts.certDir, PICKED_FOLDER_NAME);
      mkdirSync(folder, { recursive: true });
      return folder;
    },
    async chooseCertificateFiles(): Promise<string[]> {
      return [...pick];
    },
    opened(): readonly OpenedRecord[] {
      return [...records];
    },
    setPick(paths: readonly string[]): void {
      pick = [...paths];
    },
  };
}
