/**
 * What only Electron can do, injected so core and the handler table never import 'electron'.
 * electron/main implements it with shell/dialog; the harness implements it with a recording fake.
 */
export interface Platform {
  /** Opens an https URL in the default browser. Callers have already checked it against the allow-list. */
  openExternal(url: string): Promise<void>;
  /** Reveals a file in the system file manager. */
  showItemInFolder(path: string): void;
  /** Folder picker; null when cancelled. */
  chooseFolder(defaultPath?: string): Promise<string | null>;
  /** File picker for certificate files; empty when cancelled. */
  chooseCertificateFiles(): Promise<string[]>;
  /** Opens a file the app wrote (the .ics reminder) with the system's default program for it. */
  openPath(path: string): Promise<void>;
}
