/**
 * Test helper: walks a text tree to its leaves (strings and functions) by key path, and calls a function leaf
 * with marker arguments: each argument is a Proxy that reads as "⟦a0⟧" in a text, as 7 in arithmetic, and whose
 * every property (d.host, ctx.site, names.join) is a marker of its own ("⟦a0.host⟧"), callable too. The markers a
 * text shows are then the placeholders it uses, whatever the language's word order.
 */
export type Leaf = string | ((...args: never[]) => unknown);

export function leaves(tree: unknown, path = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (typeof tree === 'string' || typeof tree === 'function') {
    out.set(path, tree as Leaf);
    return out;
  }
  if (tree !== null && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree))
      for (const [p, leaf] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, leaf);
  }
  return out;
}

export function marker(name: string): unknown {
  const target = (): unknown => marker(`${name}()`);
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 7 : `⟦${name}⟧`);
      if (prop === 'toString' || prop === 'valueOf') return () => `⟦${name}⟧`;
      if (typeof prop === 'symbol') return undefined;
      // `length` of a list, e.g. names.length === 1
      if (prop === 'length') return 7;
      return marker(`${name}.${prop}`);
    },
  });
}

/**
 * What a leaf says: a string as it is; a function called with one marker per parameter (`arity`, default its own
 * length), deeply when it returns a tree.
 */
export function said(leaf: Leaf, arity = typeof leaf === 'function' ? leaf.length : 0): string {
  if (typeof leaf === 'string') return leaf;
  const args = Array.from({ length: Math.max(arity, 1) }, (_, i) => marker(`a${i}`));
  const out = (leaf as (...a: unknown[]) => unknown)(...args);
  if (typeof out === 'string') return out;
  // a text that returns what a marker gave back (checks.join(', ') on a marker list) shows that marker
  if (typeof out === 'function') return String(out);
  return [...leaves(out).values()].map(said).join('\n');
}

export function markersIn(s: string): string[] {
  return [...new Set(s.match(/⟦a\d+[^⟦⟧]*⟧/g) ?? [])].sort();
}
