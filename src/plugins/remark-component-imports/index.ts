/**
 * Editors write `<Quiz … />` or `<SurveyChart … />` in MDX without import
 * lines. Registering the components globally (theme MDXComponents) would put
 * every one of them, with charts, quiz logic and their libraries, in the
 * JavaScript of every page. This remark plugin instead adds an import for each
 * component a page actually uses, so the page's own chunk carries it and
 * nothing else does.
 */

type EstreeNode = {type: string; [key: string]: unknown};

type MdastNode = {
  type: string;
  name?: string | null;
  value?: string;
  children?: MdastNode[];
  data?: {estree?: {body?: EstreeNode[]}};
};

export type Options = {
  /** Component name as written in MDX → module that default-exports it. */
  components: Readonly<Record<string, string>>;
};

const JSX_ELEMENT_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Names a page binds itself (its own imports and exports), which must not be imported twice. */
function boundNames(esm: MdastNode): string[] {
  const names: string[] = [];
  for (const statement of esm.data?.estree?.body ?? []) {
    const specifiers = (statement.specifiers as {local?: {name?: string}}[] | undefined) ?? [];
    for (const specifier of specifiers) if (specifier.local?.name) names.push(specifier.local.name);
    const declarations =
      (statement.declaration as {declarations?: {id?: {name?: string}}[]} | undefined)?.declarations ?? [];
    for (const declaration of declarations) if (declaration.id?.name) names.push(declaration.id.name);
  }
  return names;
}

function importNode(name: string, source: string): MdastNode {
  const value = `import ${name} from ${JSON.stringify(source)};`;
  const estree = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
        source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
      },
    ],
  };
  return {type: 'mdxjsEsm', value, data: {estree}};
}

/** The components used in `tree` that it does not import itself, sorted by name. */
export function missingImports(tree: MdastNode, components: Options['components']): string[] {
  const used = new Set<string>();
  const bound = new Set<string>();
  const visit = (node: MdastNode) => {
    if (JSX_ELEMENT_TYPES.has(node.type) && node.name && Object.hasOwn(components, node.name)) used.add(node.name);
    if (node.type === 'mdxjsEsm') for (const name of boundNames(node)) bound.add(name);
    node.children?.forEach(visit);
  };
  visit(tree);
  return [...used].filter((name) => !bound.has(name)).sort();
}

export default function remarkComponentImports({components}: Options) {
  return (tree: MdastNode) => {
    const imports = missingImports(tree, components).map((name) => importNode(name, components[name]!));
    tree.children = [...imports, ...(tree.children ?? [])];
  };
}
