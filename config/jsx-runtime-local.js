/**
 * Babel plugin: each module calls the JSX runtime's jsx/jsxs through a binding of its own.
 *
 * The automatic JSX runtime imports them (`import { jsx as _jsx } from 'react/jsx-runtime'`), and webpack
 * calls an imported function as `(0, module.jsx)(…)`, so that it runs without a `this`: ten bytes per
 * element, for functions that never read `this`. Read once into a module constant, a call is the
 * constant's minified one-letter name.
 */
module.exports = function jsxRuntimeLocal({ types: t }) {
  const CALLED = new Set(['jsx', 'jsxs'])
  return {
    name: 'jsx-runtime-local',
    visitor: {
      Program: {
        exit(program) {
          for (const statement of program.get('body')) {
            if (!statement.isImportDeclaration() || statement.node.source.value !== 'react/jsx-runtime') continue
            const constants = []
            for (const specifier of statement.node.specifiers) {
              if (!t.isImportSpecifier(specifier) || !CALLED.has(t.isIdentifier(specifier.imported) ? specifier.imported.name : '')) continue
              const local = specifier.local
              const imported = program.scope.generateUidIdentifier(local.name)
              specifier.local = imported
              constants.push(t.variableDeclarator(t.identifier(local.name), t.identifier(imported.name)))
            }
            if (constants.length) statement.insertAfter(t.variableDeclaration('const', constants))
          }
        },
      },
    },
  }
}
