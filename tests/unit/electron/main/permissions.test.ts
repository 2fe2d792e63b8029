import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../../electron/main/permissions.js';

describe('window permissions', () => {
  it('lets only the app page write to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://bundle')).toBe(true);
    for (const url of ['https://evil.example/', 'file:///x', 'about:blank', '', null, undefined]) {
      expect(isPermissionAllowed('clipboard-sanitized-write', url)).toBe(false);
    }
  });

  it('refuses everything else, even to the app page', () => {
    for (const permission of [
      'clipboard-read',
      'media',
      'notifications',
      'geolocation',
      'openExternal',
      'fullscreen',
      'hid',
      'unknown',
    ]) {
      expect(isPermissionAllowed(permission, 'app://bundle/index.html'), permission).toBe(false);
    }
  });
});
