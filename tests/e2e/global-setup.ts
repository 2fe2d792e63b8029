/** Before any browser test: the renderer must be built (npm test builds it; alone, run `npx vite build`). */
import { existsSync } from 'node:fs';
import { DEFAULT_RENDERER_DIR } from '../harness/paths.js';

export default function globalSetup(): void {
  if (!existsSync(`${DEFAULT_RENDERER_DIR}/index.html`)) {
    throw new Error(`No built renderer at ${DEFAULT_RENDERER_DIR}. Run "npx vite build" (or "npm run build") first.`);
  }
}
