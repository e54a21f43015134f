/**
 * A Markdown table wider than its column scrolls sideways inside its own box
 * (WCAG 1.4.10 keeps the page itself from scrolling). A keyboard user must be
 * able to reach that box, and a screen-reader user to know what it holds, so
 * this rehype plugin puts each table in a focusable region named after the
 * heading it stands under: «Tabell: Oppfølgingsplan».
 */

type HastNode = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

const HEADING = /^h[1-6]$/;

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function regionFor(table: HastNode, heading: string | undefined): HastNode {
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['table-scroll'],
      role: 'region',
      ariaLabel: heading ? `Tabell: ${heading}` : 'Tabell',
      tabIndex: 0,
    },
    children: [table],
  };
}

/** Walks in document order, so each table knows the last heading before it. */
function wrapTables(node: HastNode, state: {heading?: string}): void {
  const children = node.children ?? [];
  node.children = children.map((child) => {
    if (child.type !== 'element') return child;
    if (HEADING.test(child.tagName ?? '')) {
      state.heading = textOf(child).trim() || state.heading;
      return child;
    }
    if (child.tagName === 'table') return regionFor(child, state.heading);
    wrapTables(child, state);
    return child;
  });
}

export default function rehypeTableRegions() {
  return (tree: HastNode) => wrapTables(tree, {});
}
