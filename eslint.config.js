// Lint for TPM Lens: typescript-eslint's recommended rules plus the architecture as import boundaries
// (the layers README.md's Layout describes). Zero warnings is the bar: `npm run lint` fails on any.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (name) => [`**/${name}/**`, `../${name}/*`, `../../${name}/*`];
const packages = (...names) =>
  names.map((name) => ({name, message: `${name} is not for this layer (README: Layout).`}));

/** One boundary: files in `files` may not import the layers or packages named. */
const boundary = (files, layers, bannedPackages, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: packages(...bannedPackages),
        patterns: layers.length ? [{group: layers.flatMap(layer), message: why}] : [],
      },
    ],
  },
});

const ZOD_SETUP = ['src/core/zod.ts', 'src/core/zod-mini.ts', 'src/core/zod-config.ts'];
const ZOD_IMPORT = {
  selector:
    ":matches(ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration)[source.value=/^zod\\b/]:not([importKind='type']):not([exportKind='type'])",
  message: 'zod comes from src/core/zod.ts or zod-mini.ts, which set it up first (zod-config.ts).',
};
const SPREAD_THEN_MORE = {
  selector: 'ObjectExpression > SpreadElement:first-child ~ *',
  message: '`{...base, key}` is slow in V8: write merged(base, {key}) (src/core/merged.ts), or put the keys first.',
};

// V8 allocates a cleared Map's or Set's next table in the old generation when the cleared one lived there
// (OrderedHashTable::Clear); what is put in it afterwards, then dropped, stays alive for young collections until a full
// one, each copying and then promoting it: a batch's memory held that way cost the command line's batches a sixth of
// their time (src/core/scan.ts, LiteralScanner.forgetTogether).
const NO_CLEAR = {
  selector: "CallExpression[arguments.length=0] > MemberExpression.callee[property.name='clear']",
  message: 'Replace the Map or Set (`memory = new Map()`) rather than clear() it: see LiteralScanner.forgetTogether.',
};

export default tseslint.config(
  {ignores: ['dist*/**', 'node_modules/**', '.tmp/**', 'web-ext-artifacts/**', 'public/**', 'src/core/data/*.json']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {ecmaVersion: 2023, sourceType: 'module'},
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'},
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', {allow: ['warn', 'error']}],
      eqeqeq: ['error', 'always', {null: 'ignore'}],
      '@typescript-eslint/no-unused-expressions': ['error', {allowShortCircuit: true, allowTernary: true}],
      // Stripping control characters from page text is deliberate (safe-text, jsonld, text normalisation).
      'no-control-regex': 'off',
    },
  },
  // The core runs the same in Node, the CLI and tests: nothing of the extension, no DOM libraries.
  boundary(
    ['src/core/**'],
    ['sites', 'content', 'background', 'popup', 'options', 'postings', 'storage', 'panel', 'messages', 'cli'],
    ['webextension-polyfill', 'preact', 'preact/hooks', 'idb'],
    'src/core imports nothing of the extension.',
  ),
  // Site adapters read pages: core types and helpers only.
  boundary(
    ['src/sites/**'],
    ['content', 'background', 'popup', 'options', 'postings', 'storage', 'panel', 'messages', 'cli'],
    ['webextension-polyfill', 'preact', 'idb'],
    'src/sites imports only core types and helpers.',
  ),
  // The content script: never the background, the extension pages or storage internals (keys only).
  {
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages('idb'),
          patterns: [
            {
              group: [
                ...layer('background'),
                ...layer('popup'),
                ...layer('options'),
                ...layer('postings'),
                ...layer('cli'),
              ],
              message: 'content never imports background, popup, options or CLI code.',
            },
            {
              group: ['../storage/*', '!../storage/keys', '!../storage/occupation-pref'],
              message: 'content may use only the dependency-free storage modules (keys, occupation-pref).',
            },
          ],
        },
      ],
    },
  },
  // Extension pages talk to the background through src/messages, never through its internals.
  boundary(
    ['src/popup/**', 'src/options/**', 'src/postings/**'],
    ['content', 'background', 'cli'],
    [],
    'extension pages import neither content nor background internals (use src/messages).',
  ),
  // The background renders nothing.
  boundary(
    ['src/background/**'],
    ['panel', 'popup', 'options', 'content', 'cli'],
    ['preact', 'preact/hooks'],
    'the background imports no UI.',
  ),
  // Shapes that cross every side depend on the core only.
  boundary(
    ['src/messages/**', 'src/storage/**'],
    ['content', 'background', 'popup', 'options', 'panel', 'cli'],
    ['preact'],
    'messages and storage depend on the core only.',
  ),
  // The CLI runs the core and the site readers in Node: no browser APIs.
  boundary(
    ['src/cli/**'],
    ['content', 'background', 'popup', 'options', 'postings', 'panel', 'storage'],
    ['webextension-polyfill', 'idb'],
    'the CLI runs the core in Node.',
  ),
  // zod only through src/core/zod.ts and zod-mini.ts, which set it up before any schema is made (zod-config.ts).
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ZOD_SETUP,
    rules: {'no-restricted-syntax': ['error', ZOD_IMPORT]},
  },
  // Code that runs per posting, per card or per line of a large file: no literal that starts with a spread and adds
  // to it (src/core/merged.ts says why), no Map or Set cleared (NO_CLEAR). The block repeats the zod rule: a later
  // block's options replace an earlier's.
  {
    files: ['src/core/**/*.ts', 'src/sites/**/*.ts', 'src/cli/**/*.ts'],
    ignores: [...ZOD_SETUP, 'src/core/merged.ts'],
    rules: {'no-restricted-syntax': ['error', ZOD_IMPORT, SPREAD_THEN_MORE, NO_CLEAR]},
  },
  // Functions that say one thing and files a reader can hold (blank lines and comments not counted). The
  // limits are the ones the tree meets today; list mode's createListMode (src/content/list.tsx) is what
  // holds the function limit up, and the vocabulary data of src/core/checklist.ts the file limit.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'max-lines-per-function': ['error', {max: 300, skipBlankLines: true, skipComments: true, IIFEs: true}],
      'max-lines': ['error', {max: 550, skipBlankLines: true, skipComments: true}],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'src/cli/**'],
    rules: {'no-console': 'off'},
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: {performance: 'readonly', process: 'readonly', console: 'readonly', setTimeout: 'readonly'},
    },
  },
);
