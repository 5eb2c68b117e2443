// ESLint finds mistakes; Prettier (.prettierrc.json) owns the layout, so eslint-config-prettier comes last.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const src = path.join(import.meta.dirname, 'src');
const features = path.join(src, 'features');

/** The feature a file belongs to (`signal` for src/features/signal/api/x.ts), or null outside src/features. */
function featureOf(file) {
  const relative = path.relative(features, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep)[0];
}

// Features do not import each other (docs/architecture.md); what two features share moves to src/components or
// src/lib. Resolves `@/` and relative specifiers alike, so `../../agenda/api/x` is caught as well as
// `@/features/agenda/api/x`.
const noCrossFeatureImports = {
  meta: {
    type: 'problem',
    docs: { description: 'forbid one feature in src/features importing another' },
    schema: [],
    messages: {
      cross: 'features/{{from}} may not import features/{{to}}; move what both need to src/components or src/lib',
    },
  },
  create(context) {
    const from = featureOf(context.filename);
    if (!from) return {};
    const check = (node) => {
      if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
      const specifier = node.value;
      let target;
      if (specifier.startsWith('@/')) target = path.join(src, specifier.slice(2));
      else if (specifier.startsWith('.')) target = path.resolve(path.dirname(context.filename), specifier);
      else return;
      const to = featureOf(target);
      if (to && to !== from) context.report({ node, messageId: 'cross', data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      // vi.mock('@/features/x/...') in a test ties the feature to x just as an import does.
      'CallExpression[callee.object.name="vi"][callee.property.name=/^(mock|doMock|importActual|importMock)$/]': (
        node,
      ) => check(node.arguments[0]),
    };
  },
};

export default tseslint.config(
  // Generated from ../openapi.yaml and checked by `npm run check:types`, never edited by hand.
  { ignores: ['dist/', 'coverage/', 'e2e/screenshots/', 'src/types/openapi.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { handreiking: { rules: { 'no-cross-feature-imports': noCrossFeatureImports } } },
    rules: { 'handreiking/no-cross-feature-imports': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      // A React Compiler hint, and we run no compiler: the flagged effects copy a new URL search or server answer
      // into form state on purpose (the form then edits its own copy); rewriting them would change behaviour.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // `role` on our own components (<RequireRole role="editor">) is an app role, not an ARIA role.
      'jsx-a11y/aria-role': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    // Build configs, scripts and end-to-end tests run in Node; scripts hand callbacks to the browser (page.evaluate).
    files: ['*.{js,ts}', 'scripts/**', 'vite-plugins/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
