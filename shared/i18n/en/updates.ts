/** The app's own updates, on the dashboard (electron/core/updates words none of this: codes and facts cross). */
export const UPDATES_TEXT = {
  heading: 'Updates',
  thisVersion: (version: string) => `This is version ${version}.`,
  checkNow: 'Check for updates',
  checking: 'Looking for a newer version…',
  upToDate: 'You have the newest version.',
  downloading: (version: string) => `Version ${version} is being downloaded in the background.`,
  ready: (version: string) => `Version ${version} is ready: it is installed when you close the app.`,
  restartNow: 'Restart now',
  busy: 'Something is still under way (a test, a window to choose a folder, a kit being written). Restart when it has finished.',
  refusedChecksum: (version: string) =>
    `The download of version ${version} did not match its checksum, so it was thrown away and nothing was installed. The app stays as it is and tries again at the next check.`,
  refusedSignature: (version: string) =>
    `The download of version ${version} was not signed by the makers of this app, so it was thrown away and nothing was installed. The app stays as it is.`,
  someVersion: 'a newer version',
  downloadYourself: 'This copy (installed from a .deb package) does not update itself. New versions are here:',
  noUpdater: 'This copy does not update itself (it was not installed from a release).',
  automatic: 'Check for updates automatically (at most once a day)',
} as const;
