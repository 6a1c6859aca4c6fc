// Layer rules from DESIGN.md §3, enforced here rather than by goodwill.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const neutral = ['src/common/**', 'src/sim/**', 'src/kubectl/**', 'src/shell/**', 'src/lessons/**'];

// Wall-clock time and randomness break determinism: neutral code gets them from Clock and Rng.
const nondeterministic = {
  'no-restricted-globals': [
    'error',
    { name: 'setTimeout', message: 'Use the injected Clock.' },
    { name: 'setInterval', message: 'Use the injected Clock.' },
    { name: 'performance', message: 'Use the injected Clock.' },
    { name: 'crypto', message: 'Use the injected Rng.' },
    { name: 'window', message: 'Neutral layers have no DOM.' },
    { name: 'document', message: 'Neutral layers have no DOM.' },
    { name: 'process', message: 'Neutral layers have no Node APIs.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Use the injected Clock.' },
    { object: 'Math', property: 'random', message: 'Use the injected Rng.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the injected Clock.' },
  ],
};

const importsOf = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const nodeBuiltins = { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Neutral layers have no Node APIs.' };
const ui = { group: ['**/ui/**', 'react', 'react-dom', 'zustand', '@xyflow/*', '@xterm/*', 'monaco-*'], message: 'UI code stays in src/ui.' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: neutral, ignores: ['**/*.test.ts'], rules: nondeterministic },
  {
    files: ['src/common/**'],
    rules: importsOf([nodeBuiltins, ui, { group: ['**/sim/**', '**/kubectl/**', '**/shell/**', '**/lessons/**', '**/bridge/**', '**/cli/**'], message: 'common imports nothing in src.' }]),
  },
  {
    files: ['src/sim/**'],
    rules: importsOf([nodeBuiltins, ui, { group: ['**/kubectl/**', '**/shell/**', '**/lessons/**', '**/bridge/**', '**/cli/**'], message: 'sim imports only common.' }]),
  },
  {
    // Components talk to the cluster through the client, like real ones talk to kube-apiserver.
    files: ['src/sim/controllers/**', 'src/sim/scheduler/**', 'src/sim/kubelet/**'],
    ignores: ['**/*.test.ts'],
    rules: importsOf([nodeBuiltins, ui, { group: ['**/store/**', '**/apiserver/**', '**/cluster/**', '**/kubectl/**', '**/shell/**', '**/lessons/**', '**/bridge/**', '**/cli/**'], message: 'Controllers, scheduler and kubelets use only the client.' }]),
  },
  {
    files: ['src/kubectl/**', 'src/shell/**'],
    rules: importsOf([nodeBuiltins, ui, { group: ['**/sim/*/**', '**/lessons/**', '**/bridge/**', '**/cli/**'], message: 'kubectl and shell use the public src/sim/index.ts only.' }]),
  },
  {
    files: ['src/lessons/**'],
    rules: importsOf([nodeBuiltins, ui, { group: ['**/sim/*/**', '**/bridge/**', '**/cli/**'], message: 'lessons use the public sim and kubectl types.' }]),
  },
  {
    files: ['src/bridge/**'],
    rules: importsOf([nodeBuiltins, ui]),
  },
  {
    files: ['src/ui/**'],
    languageOptions: { globals: globals.browser },
    rules: importsOf([{ group: ['**/sim/**', '**/kubectl/**', '**/shell/**', '**/cli/**', '**/bridge/worker/**'], message: 'The UI reaches the cluster through bridge/main.' }]),
  },
  { files: ['src/cli/**', 'e2e/**', '*.config.*'], languageOptions: { globals: globals.node } },
);
