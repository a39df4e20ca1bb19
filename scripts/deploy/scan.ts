import ts from 'typescript'

/**
 * Static scans of the sources, for the deploy's checks: which functions the app calls, and which
 * fields the functions query. Both read text only (a file list with contents), so tests can hand
 * them fixtures. They see what is written literally; anything computed is reported as dynamic.
 */

export interface SourceText {
  path: string
  text: string
}

export interface FunctionCall {
  fn: string
  action?: string
  path: string
  line: number
}

/** Every `call('fn', 'action', …)` / `callUntyped('fn', …)` with a literal function name. */
export function scanCalls(files: SourceText[], callees = ['call', 'callUntyped']): FunctionCall[] {
  const found: FunctionCall[] = []
  for (const file of files) {
    const source = parse(file)
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && callees.includes(node.expression.text)) {
        const [fn, action] = node.arguments
        if (fn && ts.isStringLiteralLike(fn)) {
          found.push({
            fn: fn.text,
            action: action && ts.isStringLiteralLike(action) ? action.text : undefined,
            path: file.path,
            line: lineOf(source, node),
          })
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

export interface QueryUse {
  /** Fields the query filters on (`where`, `match`), nested paths as written (`place.name`). */
  fields: string[]
  /** Fields it sorts by (`orderBy`, `sort`, a keyset page's `sortBy`). */
  sortedBy: string[]
  /** `''` when the collection is named at run time. */
  collection: string
  /** Part of the filter could not be read statically (a computed key, a variable from elsewhere). */
  dynamic: boolean
  path: string
  line: number
}

/**
 * Every database query in the functions: a chain that starts at `.collection('name')` and goes on
 * with `.where(…)`, `.orderBy('f')`, `.aggregate().match(…).sort(…)`; and every object literal
 * that hands a query to a helper the way `pageByKey({ collection, where, sortBy })` does. Chains
 * without a filter or sort (`.doc(id)`, `.add`) are not queries of fields and are left out.
 */
export function scanQueries(files: SourceText[]): QueryUse[] {
  const found: QueryUse[] = []
  for (const file of files) {
    const source = parse(file)
    const visit = (node: ts.Node) => {
      if (isMethodCall(node, 'collection') && node.arguments[0]) {
        const name = collectionName(node.arguments[0], source)
        const query = readChain(node, name ?? '', source)
        // A collection named at run time (`collection(COLLECTIONS[kind])`) is reported, not guessed.
        if (query) found.push({ ...query, dynamic: query.dynamic || name === undefined, path: file.path, line: lineOf(source, node) })
      } else if (ts.isObjectLiteralExpression(node)) {
        const query = readQueryObject(node, source)
        if (query) found.push({ ...query, path: file.path, line: lineOf(source, node) })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

type Query = Omit<QueryUse, 'path' | 'line'>

function readChain(start: ts.CallExpression, collection: string, source: ts.SourceFile): Query | undefined {
  const fields = new Set<string>()
  const sortedBy = new Set<string>()
  let dynamic = false
  let queried = false
  let node: ts.Node = start
  // Walk outwards: `<node>.method(args)` is a PropertyAccess whose parent is the call.
  while (ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node && ts.isCallExpression(node.parent.parent)) {
    const method = node.parent.name.text
    const call = node.parent.parent
    const [first] = call.arguments
    if ((method === 'where' || method === 'match') && first) {
      queried = true
      const keys = keysOf(first, source, 0)
      keys.keys.forEach((k) => fields.add(k))
      dynamic ||= keys.dynamic
    } else if (method === 'orderBy' && first) {
      queried = true
      if (ts.isStringLiteralLike(first)) sortedBy.add(first.text)
      else dynamic = true
    } else if (method === 'sort' && first) {
      queried = true
      const keys = keysOf(first, source, 0)
      keys.keys.forEach((k) => sortedBy.add(k))
      dynamic ||= keys.dynamic
    }
    node = call
  }
  return queried ? { collection, fields: [...fields], sortedBy: [...sortedBy], dynamic } : undefined
}

function readQueryObject(node: ts.ObjectLiteralExpression, source: ts.SourceFile): Query | undefined {
  const props = new Map<string, ts.Expression>()
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name))) props.set(p.name.text, p.initializer)
    else if (ts.isShorthandPropertyAssignment(p)) props.set(p.name.text, p.name)
  }
  const collection = props.get('collection')
  if (!collection || !ts.isStringLiteralLike(collection) || !(props.has('where') || props.has('sortBy'))) return undefined
  const where = props.get('where')
  const keys = where ? keysOf(where, source, 0) : { keys: [], dynamic: false }
  const sortBy = props.get('sortBy')
  const sortedBy = sortBy && ts.isStringLiteralLike(sortBy) ? [sortBy.text] : []
  return { collection: collection.text, fields: keys.keys, sortedBy, dynamic: keys.dynamic || (sortBy !== undefined && sortedBy.length === 0) }
}

interface Keys {
  keys: string[]
  dynamic: boolean
}

/** The top-level keys of a filter, following `_.and([...])`/`_.or([...])`, spreads, conditionals and local consts. */
function keysOf(expr: ts.Expression, source: ts.SourceFile, depth: number): Keys {
  if (depth > 6) return { keys: [], dynamic: true }
  const merge = (parts: Keys[]): Keys => ({ keys: [...new Set(parts.flatMap((p) => p.keys))], dynamic: parts.some((p) => p.dynamic) })
  expr = unwrap(expr)
  if (ts.isObjectLiteralExpression(expr)) {
    const parts: Keys[] = []
    for (const p of expr.properties) {
      if (
        (ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) &&
        (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name) || ts.isNumericLiteral(p.name))
      ) {
        parts.push({ keys: [p.name.text], dynamic: false })
      } else if (ts.isShorthandPropertyAssignment(p)) parts.push({ keys: [p.name.text], dynamic: false })
      else if (ts.isSpreadAssignment(p)) parts.push(keysOf(p.expression, source, depth + 1))
      else parts.push({ keys: [], dynamic: true })
    }
    return merge(parts)
  }
  if (ts.isConditionalExpression(expr)) return merge([keysOf(expr.whenTrue, source, depth + 1), keysOf(expr.whenFalse, source, depth + 1)])
  if (
    ts.isBinaryExpression(expr) &&
    (expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expr.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  ) {
    return merge([keysOf(expr.left, source, depth + 1), keysOf(expr.right, source, depth + 1)])
  }
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && ['and', 'or', 'nor'].includes(expr.expression.name.text)) {
    const [list] = expr.arguments
    if (list && ts.isArrayLiteralExpression(list)) return merge(list.elements.map((e) => keysOf(e, source, depth + 1)))
    return { keys: [], dynamic: true }
  }
  if (ts.isIdentifier(expr)) {
    const initializers = localInitializers(expr.text, source)
    if (initializers.length) return merge(initializers.map((e) => keysOf(e, source, depth + 1)))
  }
  return { keys: [], dynamic: true }
}

function unwrap(expr: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression
  return expr
}

/** Initializers and assignments of a variable of this name in the same file (`const where = …`, `where = …`). */
function localInitializers(name: string, source: ts.SourceFile): ts.Expression[] {
  const found: ts.Expression[] = []
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer) found.push(node.initializer)
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left) && node.left.text === name)
      found.push(node.right)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** A literal collection name, or a local const holding one. */
function collectionName(arg: ts.Expression, source: ts.SourceFile): string | undefined {
  arg = unwrap(arg)
  if (ts.isStringLiteralLike(arg)) return arg.text
  if (ts.isIdentifier(arg)) {
    const values = localInitializers(arg.text, source).map(unwrap)
    const [only] = values
    if (values.length === 1 && only && ts.isStringLiteralLike(only)) return only.text
  }
  return undefined
}

function isMethodCall(node: ts.Node, name: string): node is ts.CallExpression {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === name
}

function parse(file: SourceText): ts.SourceFile {
  return ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
}
