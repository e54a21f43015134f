/**
 * Markdown task lists (`- [ ] item`) render as disabled checkboxes without a
 * label, which screen readers announce as an unnamed, unusable control. This
 * rehype plugin makes each one a working checkbox labelled by its item text,
 * so a checklist can be ticked off while reading (nothing is stored).
 */

type HastNode = {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

const BLOCK_TAGS = new Set(['ul', 'ol', 'div', 'table', 'pre', 'blockquote']);

function isCheckbox(node: HastNode | undefined): boolean {
  return node?.type === 'element' && node.tagName === 'input' && node.properties?.type === 'checkbox';
}

/** Wraps the checkbox and the inline content after it in a <label>, leaving nested lists outside. */
function labelCheckbox(container: HastNode): void {
  const children = container.children ?? [];
  const index = children.findIndex(isCheckbox);
  if (index < 0) return;
  const checkbox = children[index]!;
  delete checkbox.properties!.disabled;
  // React makes `checked` a controlled value that a click cannot change; `defaultChecked` is only where it starts.
  if (checkbox.properties!.checked) checkbox.properties!.defaultChecked = true;
  delete checkbox.properties!.checked;
  const end = children.findIndex(
    (child, i) => i > index && child.type === 'element' && BLOCK_TAGS.has(child.tagName ?? ''),
  );
  const inline = children.slice(index, end < 0 ? undefined : end);
  const label: HastNode = {type: 'element', tagName: 'label', properties: {}, children: inline};
  container.children = [...children.slice(0, index), label, ...(end < 0 ? [] : children.slice(end))];
}

function visit(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'li') {
    const classes = node.properties?.className;
    if (Array.isArray(classes) && classes.includes('task-list-item')) {
      const first = node.children?.find((c) => c.type === 'element');
      // Loose lists put the checkbox inside a <p>.
      labelCheckbox(first?.tagName === 'p' ? first : node);
    }
  }
  node.children?.forEach(visit);
}

export default function rehypeTaskListLabels() {
  return (tree: HastNode) => visit(tree);
}
