// Lint rules, including the one-way dependency flow of docs/architecture.md:
// core → platform → backend → components / stores / zones → features → pages / app.
// The features and their boundaries come from the module manifest (src/modules.ts).
const { MODULE_RECORDS } = require('tsx/cjs/api').require('./src/modules.ts', __filename)

const KEBAB_CASE = '+([a-z0-9])*(-+([a-z0-9]))'

const featureZones = MODULE_RECORDS.map(({ id: f }) => ({
  target: `./src/features/${f}`,
  from: './src/features',
  except: [`./${f}`],
  message: 'A feature never imports another feature (subpackages cannot require each other).'
}))

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  env: { browser: true, node: true, es2022: true },
  settings: {
    react: { version: '18.3' },
    'import/resolver': { typescript: { project: './tsconfig.json' } }
  },
  plugins: ['@typescript-eslint', 'import', 'react', 'react-hooks', 'check-file'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react/recommended',
    'plugin:react/jsx-runtime',
    'plugin:react-hooks/recommended'
  ],
  rules: {
    '@typescript-eslint/no-explicit-any': 'off',
    '@typescript-eslint/no-var-requires': 'off',
    'react/prop-types': 'off',
    'react/no-unknown-property': 'off',
    // the app never logs: nothing personal (names, phones, appeal texts) can end up in a device or server log
    'no-console': 'error',
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          {
            target: './src/core',
            from: [
              './src/backend',
              './src/platform',
              './src/components',
              './src/stores',
              './src/features',
              './src/pages'
            ],
            message: 'core is pure TypeScript: it imports nothing above it.'
          },
          {
            target: ['./src/backend', './src/platform', './src/components', './src/stores', './src/zones'],
            from: ['./src/features', './src/pages'],
            message: 'Shared layers never import features or pages.'
          },
          {
            target: './src/platform',
            from: ['./src/backend', './src/components', './src/stores'],
            message: 'platform is the layer under the backend: the backend may use platform files, never the reverse.'
          },
          { target: './src/features', from: './src/pages', message: 'Features never import the shell pages.' },
          {
            target: './src/pages',
            from: './src/features',
            message: 'Shell pages link to features through routes, never import them.'
          },
          {
            target: './src/features/*/module.ts',
            from: './src',
            except: ['./module-record.ts', './core'],
            message: 'The main package loads every module record: it holds data, never feature code.'
          },
          {
            target: './src',
            from: './server',
            message: 'The app never imports the server: its code and its packages stay out of the mini-program bundles.'
          },
          ...featureZones
        ]
      }
    ],
    'import/no-cycle': ['error', { ignoreExternal: true }],
    // kebab-case names, digits allowed anywhere (70-appeal-file.mjs); index.config.ts, name.weapp.ts and
    // x.test.ts keep their middle extensions
    'check-file/filename-naming-convention': [
      'error',
      { '{src,tests,scripts,server}/**/*.{ts,tsx,js,mjs}': KEBAB_CASE },
      { ignoreMiddleExtensions: true }
    ],
    'check-file/folder-naming-convention': ['error', { '{src,tests,scripts,server}/**/': KEBAB_CASE }],
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'pinyin-pro', message: 'pinyin-pro is build-time only (scripts/, src/core/search/build-index.ts).' },
          { name: 'opencc-js', message: 'opencc-js is build-time only (scripts/).' },
          { name: 'fuse.js', message: 'fuse.js is only for the benchmark.' },
          ...['fastify', 'pg', 'zod', '@electric-sql/pglite'].map((name) => ({
            name,
            message: `${name} is the server's (server/): it never ships in the app.`
          }))
        ],
        patterns: [
          {
            group: ['fastify/*', '@fastify/*', 'pg/*', 'pg-*', 'zod/*', '@electric-sql/*'],
            message: 'A server package (server/): it never ships in the app.'
          }
        ]
      }
    ]
  },
  overrides: [
    {
      files: ['scripts/**', 'src/core/search/build-index.ts', 'tests/**', 'server/**'],
      rules: { 'no-restricted-imports': 'off' }
    },
    { files: ['tests/**', 'scripts/**'], env: { jest: true, node: true }, rules: { 'no-console': 'off' } }
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'src/generated/', '*.zh-Hant.json']
}
