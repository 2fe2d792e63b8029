/**
 * ESLint (flat config): typescript-eslint with type information, React hooks rules for the renderer,
 * and the import boundaries that encode the layout (see README "How it is built"):
 *   electron/core, electron/cli, electron/cli.ts  never import `electron`;
 *   renderer                                      never imports Node built-ins or anything under electron/;
 *   shared                                        imports nothing of ours outside shared/, and no Node built-ins.
 * Static imports and re-exports are checked by no-restricted-imports, `import()` and `require()` by
 * no-restricted-syntax. tests/unit/lint/boundaries.test.ts proves each boundary fails lint.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '')))];
/** `fs`, `node:fs`, `fs/promises`, `node:test`, …: the Node built-ins and every subpath of them. */
const NODE_BUILTIN = `^(node:.*|(${nodeBuiltins.map((m) => m.replace('/', '[/]')).join('|')})([/].*)?)$`;
const ELECTRON_PACKAGE = '^electron([/].*)?$';

/**
 * One boundary: the module specifiers a folder may not import, each with the reason shown to whoever
 * breaks it. `regex` is matched against the specifier as written.
 */
function boundary(files, forbidden) {
  const selectors = forbidden.flatMap(({ regex, message }) => [
    { selector: `ImportExpression[source.value=/${regex}/]`, message },
    { selector: `CallExpression[callee.name='require'][arguments.0.value=/${regex}/]`, message },
  ]);
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidden.map(({ regex, message }) => ({ regex, message })) }],
      'no-restricted-syntax': ['error', ...selectors],
    },
  };
}

const noElectron = {
  regex: ELECTRON_PACKAGE,
  message:
    'electron/core and the CLI are plain Node: they never import electron (only electron/main and electron/preload do).',
};
const noNode = (folder) => ({
  regex: NODE_BUILTIN,
  message: `${folder} runs outside Node: it never imports Node built-ins.`,
});

/**
 * Inside electron/core, the engines never import each other's folders, nor the orchestration above them
 * ("Test my login", electron/core/test-my-login); the transport below them imports no engine. Each can then be
 * read, tested and replaced alone (docs/architecture.md).
 */
const ENGINES = ['certificates', 'login', 'accounts', 'stream', 'guard'];
const ORCHESTRATION = 'test-my-login';
const engineBoundaries = [...ENGINES, 'transport'].map((folder) => {
  const others = [...ENGINES.filter((e) => e !== folder), ORCHESTRATION];
  return boundary(
    [`electron/core/${folder}/**/*.ts`],
    [
      noElectron,
      {
        regex: `^([.][.][/])+(core[/])?(${others.join('|')})([/]|$)`,
        message:
          folder === 'transport'
            ? 'The transport is below the engines: it imports no engine and not the orchestration (electron/core/test-my-login).'
            : `The engines (${ENGINES.join(', ')}) never import each other's folders: "Test my login" (electron/core/test-my-login) puts them in order, and what they share to talk to Betfair is electron/core/transport.`,
      },
    ],
  );
});

/** shared/ at depth 1, 2, 3, ...: a relative import that climbs out of shared/ has one `../` more than the depth. */
const sharedBoundaries = [1, 2, 3, 4].map((depth) =>
  boundary(
    [`shared/${'*/'.repeat(depth - 1)}*.ts`],
    [
      noNode('shared'),
      { regex: ELECTRON_PACKAGE, message: 'shared runs anywhere: it never imports electron.' },
      {
        regex: `^([.][.][/]){${depth},}`,
        message:
          'shared imports nothing of ours outside shared/ (electron/, renderer/ and tests/ import shared, not the other way).',
      },
    ],
  ),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/.artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The root's vite.config.ts and this file belong to no folder's tsconfig; they get electron's (Node) options.
        projectService: { allowDefaultProject: ['*.js', '*.ts'], defaultProject: 'electron/tsconfig.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // TypeScript checks these itself (noUnusedLocals is off in tsconfig, but tsc -p reports undefined names).
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Template literals with numbers are how the code prints counts; not a bug source here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `void promise` marks a deliberate fire-and-forget; React event handlers may return promises.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Methods are async because their interface is (CliIo.promptHidden, the platform fakes), not because they await.
      '@typescript-eslint/require-await': 'off',
      // Flags deliberate code: secrets cleared from variables once used (electron/cli/login.ts), `let x = ''; try { x = … }`.
      'no-useless-assignment': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Vitest's asymmetric matchers (expect.stringMatching, expect.any, …) and Playwright's json() are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      // An error, so that lint fails on it (the plugin's default is a warning).
      'react-hooks/exhaustive-deps': 'error',
      // React Compiler rules the current hooks predate (Date.now() in render, a prop mirrored into state in an
      // effect); the renderer is being reworked on another branch, which is where these belong. Both work today.
      'react-hooks/purity': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  boundary(['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'electron/cli.ts'], [noElectron]),
  ...engineBoundaries,
  boundary(
    ['renderer/**/*.{ts,tsx}'],
    [
      noNode('renderer'),
      { regex: ELECTRON_PACKAGE, message: 'The renderer talks only to window.wizard: it never imports electron.' },
      {
        regex: '^([.][.][/])+electron[/]',
        message:
          'The renderer never imports code under electron/: it talks only to window.wizard (types come from shared/).',
      },
    ],
  ),
  ...sharedBoundaries,
);
