// Lint setup after the Docusaurus website's own: typescript-eslint for the code, the Docusaurus
// plugin for theme Heading and Link, react-hooks for effects, jsx-a11y for accessible markup.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import docusaurus from '@docusaurus/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.test-builds/',
      '.docusaurus/',
      'node_modules/',
      '.bench/',
      '.screenshots/',
      '.test-results/',
      '.scratch/',
      'static/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    plugins: {'@docusaurus': docusaurus, 'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
      '@docusaurus/no-untranslated-text': 'off',
      '@docusaurus/string-literal-i18n-messages': 'error',
      // A scrollable <pre> must be reachable by keyboard (WCAG 2.1.1), as in the theme's own code block.
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        {tags: ['pre'], roles: ['tabpanel'], allowExpressionValues: true},
      ],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {
    // The stand-in for @docusaurus/Link in component tests is the plain anchor the rule points to.
    files: ['tests/component/stubs/**'],
    rules: {'@docusaurus/no-html-links': 'off', 'jsx-a11y/anchor-has-content': 'off'},
  },
  {
    // Plain CommonJS and service-worker code, compiled by Docusaurus' own tool chain.
    files: ['src/serviceWorker/**/*.js'],
    languageOptions: {globals: {...globals.serviceworker}},
  },
);
