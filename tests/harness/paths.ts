/** Where the harness finds the built renderer and its own files (this repository's layout). */
import { fileURLToPath } from 'node:url';

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
export const BRIDGE_SOURCE_PATH = fileURLToPath(new URL('./bridge.js', import.meta.url));
export const PACKAGE_JSON_PATH = fileURLToPath(new URL('../../package.json', import.meta.url));
/** The built dist folder, where `npm run build` puts the CLI as one file (bot-login.cjs) that bot kits carry. */
export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));
