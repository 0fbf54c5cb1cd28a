// Lint rules for the whole project: TypeScript, React (hooks and accessibility). Formatting is Prettier's.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['build/**', '.build*/**', 'tmp/**', 'public/build/**', 'node_modules/**', '.data/**', 'db/migrations/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['app/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      'react/prop-types': 'off',
    },
  },
  {
    // Hooks also live in plain modules (useT, useLocale).
    files: ['app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Text a person reads goes through the message catalogue (app/i18n): JSX text, and the attributes that are read
    // out or shown. What is no language is allowed here, not with disable comments.
    files: ['app/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['title', 'alt', 'aria-label', 'placeholder', 'label'] },
          // Code samples and markup that shows code.
          'jsx-components': { exclude: ['Trans', 'code', 'kbd', 'samp', 'pre'] },
          words: {
            exclude: [
              // Punctuation, symbols and digits of any script (—, ·, →, …, ¶).
              /^[\p{P}\p{S}\p{N}\s]+$/u,
              /^\p{Emoji}+$/u,
              // Codes: WP1, PLEN, Q1/20; document-number suffixes.
              /^[A-Z][A-Z0-9/_.:-]*$/,
              /^(Rev|Add|Corr)\.$/,
              // Product and format names.
              /^[\p{P}\s]*(Plenary|ITU-T|ITU|TSB|JSON|CSV|PDF|ZIP|API|\.docx)[\p{P}\s]*$/u,
            ],
          },
          callees: {
            exclude: [
              't',
              'translate',
              'require',
              'addEventListener',
              'removeEventListener',
              'getElementById',
              'querySelector',
              'includes',
              'indexOf',
              'endsWith',
              'startsWith',
              'has',
              'get',
              'getAll',
            ],
          },
        },
      ],
    },
  },
);
