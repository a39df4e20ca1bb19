import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/**
 * WeChat's `showModal` refuses a `confirmText` or `cancelText` longer than 4 Chinese characters: the
 * call fails, the dialog never shows and the button that opened it does nothing. H5 shows any length,
 * so only a read of the code catches it. This reads every `showModal({...})` call in src/.
 */
const ROOT = join(__dirname, '..', '..')
const MAX_BUTTON_CHARACTERS = 4
const BUTTON_FIELDS = ['confirmText', 'cancelText']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry) ? [path] : []
  })
}

interface DialogButton {
  where: string
  field: string
  /** The literal text, or undefined when the text is not a literal the test can read. */
  text: string | undefined
}

function dialogButtons(file: string): DialogButton[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: DialogButton[] = []
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && calls(node, 'showModal')) {
      const options = node.arguments[0]
      if (options && ts.isObjectLiteralExpression(options)) {
        for (const property of options.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue
          if (!BUTTON_FIELDS.includes(property.name.text)) continue
          const value = property.initializer
          const { line } = source.getLineAndCharacterOfPosition(property.getStart())
          found.push({
            where: `${relative(ROOT, file)}:${line + 1}`,
            field: property.name.text,
            text: ts.isStringLiteralLike(value) ? value.text : undefined,
          })
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function calls(call: ts.CallExpression, name: string): boolean {
  const callee = call.expression
  return (ts.isPropertyAccessExpression(callee) && callee.name.text === name) || (ts.isIdentifier(callee) && callee.text === name)
}

const buttons = sourceFiles(join(ROOT, 'src')).flatMap(dialogButtons)

describe('every showModal in the app fits WeChat’s limits', () => {
  it('finds the dialogs it checks', () => {
    // The roster's cancel, a booking's cancel, a retired plate, my data's delete… at least these.
    expect(buttons.length).toBeGreaterThanOrEqual(8)
  })

  it.each(buttons.map((b) => [b.where, b.field, b.text] as const))('%s %s is a literal of at most 4 characters', (_where, _field, text) => {
    expect(text).toBeDefined()
    expect([...(text ?? '')].length).toBeLessThanOrEqual(MAX_BUTTON_CHARACTERS)
  })
})
