import * as vscode from 'vscode';
import { deskNodes, mentionNodes, type DeskIcon, type DeskNode } from './deskTree';
import { pathOf } from './places';
import type { DeskResult, MentionsResult } from './protocol';

export interface DeskSource {
  desk(): Promise<DeskResult | undefined>;
  mentions(key: string): Promise<MentionsResult>;
}

const ICONS: Record<DeskIcon, string | undefined> = {
  person: 'person', organization: 'organization', quote: 'quote', file: 'file-text', mention: 'location', folder: undefined,
};

/** The Desk view (`copydesk.desk` in the Explorer): a thin adapter from `deskTree.ts` nodes to tree items. */
export class DeskTreeProvider implements vscode.TreeDataProvider<DeskNode>, vscode.Disposable {
  private roots: Promise<DeskNode[]> | undefined;
  private readonly changed = new vscode.EventEmitter<DeskNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Set once the tree has been drawn, so a refresh while hidden waits until the view is shown again. */
  stale = false;

  constructor(private readonly source: DeskSource) {}

  refresh(): void {
    this.roots = undefined;
    this.stale = false;
    this.changed.fire(undefined);
  }

  getTreeItem(node: DeskNode): vscode.TreeItem {
    const expandable = !!node.children?.length || !!node.entityKey;
    const state = !expandable
      ? vscode.TreeItemCollapsibleState.None
      : node.id === 'section:people' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = `copydesk.${node.kind}`;
    const icon = ICONS[node.icon];
    if (icon) item.iconPath = new vscode.ThemeIcon(icon);
    if (node.place) item.command = { command: 'copydesk.openPlace', title: 'Open', arguments: [node.place] };
    return item;
  }

  async getChildren(node?: DeskNode): Promise<DeskNode[]> {
    if (!node) {
      this.roots ??= this.source.desk().then((d) => (d ? deskNodes(d, pathOf) : []));
      return this.roots;
    }
    if (node.children) return [...node.children];
    if (node.entityKey) return mentionNodes(node.entityKey, await this.source.mentions(node.entityKey), pathOf);
    return [];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
