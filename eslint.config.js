// One lint config for both programs. Formatting is Prettier's job (eslint-config-prettier turns off
// the rules that would fight it); every rule switched off here says why.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'data/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused bindings are errors, but `_name` marks one kept on purpose (a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests read raw JSON (Meta's fixtures, API response bodies) and break payloads field by field:
    // typing every shape would restate the schemas under test. Production code stays free of `any`.
    files: ['**/*.test.ts', '**/*.test.tsx', 'server/testing/**', 'server/channels/meta/testFixtures.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Only says React Compiler would skip a component (TanStack Virtual's useVirtualizer); we don't run the compiler.
      'react-hooks/incompatible-library': 'off',
    },
  },
  prettier,
);
