/**
 * Disjoint sets over 0…n-1 where each set may carry one label (a speaker): two sets with different
 * labels are never merged, so a row never holds two speakers.
 */
export class LabelledSets {
  private readonly parent: number[];
  private readonly label: (string | null)[];

  constructor(labels: readonly (string | null)[]) {
    this.parent = labels.map((_, i) => i);
    this.label = [...labels];
  }

  /** The representative of i's set. */
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    for (let node = i; this.parent[node] !== root;) {
      const next = this.parent[node]!;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** The label of i's set (null when none of its members has one). */
  labelOf(i: number): string | null {
    return this.label[this.find(i)]!;
  }

  /** Merges the sets of a and b unless their labels differ; true when they are (now) one set. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const la = this.label[ra]!;
    const lb = this.label[rb]!;
    if (la !== null && lb !== null && la !== lb) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.label[root] = la ?? lb;
    return true;
  }

  /** The sets, each as its members in ascending order, ordered by their smallest member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const root = this.find(i);
      const members = byRoot.get(root);
      if (members) members.push(i);
      else byRoot.set(root, [i]);
    });
    return [...byRoot.values()].sort((a, b) => a[0]! - b[0]!);
  }
}
