#!/usr/bin/env node
// Generates the GlitchLab demo repository: a small TypeScript + Python shop committed on
// `main`, plus an uncommitted working-tree change that GlitchLab turns into Δ tokens:
//   - src/pricing.ts  applyDiscount(total, rate) gains a `cap` parameter  → MODIFY_SIG (public API)
//   - src/pricing.ts  Cart.computeTotal() is renamed to Cart.subtotal()    → RENAME_FN
//   - src/pricing.ts  `import { logEvent } from './log'` is added          → ΔIMPORT
//   - src/pricing.ts  formatPrice() body changes                            → MODIFY_BODY
//   - tools/report.py summarize() body changes and `import statistics`      → MODIFY_BODY, ΔIMPORT
// src/inventory.ts stays unchanged: the e2e test edits it live (restock gains a parameter).
//
// Usage: node scripts/demo/make-demo-repo.mjs [DIR]   (default: .cache/demo-repo; DIR is recreated)
// Deterministic: fixed author, committer and dates, so the base commit id is always the same.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE = {
  'package.json': JSON.stringify({ name: 'demo-shop', version: '1.0.0', private: true, type: 'module' }, null, 2) + '\n',
  '.gitignore': 'node_modules/\n.glx/\n',
  'README.md': '# demo-shop\n\nA tiny shop used to show GlitchLab: pricing and inventory in TypeScript, reports in Python.\n',
  'src/log.ts': `export type Level = 'info' | 'warn';

/** Structured log line on stderr. */
export function logEvent(level: Level, event: string, data: Record<string, unknown> = {}): void {
  console.error(JSON.stringify({ level, event, ...data }));
}
`,
  'src/pricing.ts': `export interface LineItem {
  sku: string;
  unitPrice: number;
  quantity: number;
}

/** Applies a discount rate in [0, 1] to a total. */
export function applyDiscount(total: number, rate: number): number {
  if (rate < 0 || rate > 1) {
    throw new RangeError(\`discount rate out of range: \${rate}\`);
  }
  return total * (1 - rate);
}

/** Formats an amount in cents as a price string. */
export function formatPrice(cents: number): string {
  return '$' + (cents / 100).toFixed(2);
}

export class Cart {
  private readonly items: LineItem[] = [];

  addItem(item: LineItem): void {
    const existing = this.items.find((i) => i.sku === item.sku);
    if (existing) {
      existing.quantity += item.quantity;
    } else {
      this.items.push({ ...item });
    }
  }

  computeTotal(): number {
    let total = 0;
    for (const item of this.items) {
      total += item.unitPrice * item.quantity;
    }
    return total;
  }
}
`,
  'src/inventory.ts': `const stock = new Map<string, number>();

/** Reserves qty units of sku; false when not enough are in stock. */
export function reserveStock(sku: string, qty: number): boolean {
  const available = stock.get(sku) ?? 0;
  if (available < qty) return false;
  stock.set(sku, available - qty);
  return true;
}

/** Adds qty units of sku to the stock. */
export function restock(sku: string, qty: number): void {
  stock.set(sku, (stock.get(sku) ?? 0) + qty);
}

export function inStock(sku: string): number {
  return stock.get(sku) ?? 0;
}
`,
  'tools/report.py': `"""Daily sales report."""
import json


def summarize(orders):
    """Total revenue and order count."""
    total = 0
    for order in orders:
        total += order["amount"]
    return {"orders": len(orders), "revenue": total}


class Exporter:
    def __init__(self, path):
        self.path = path

    def write(self, summary):
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=2)
`,
};

/** The uncommitted working-tree change (whole-file contents). */
const CHANGE = {
  'src/pricing.ts': `import { logEvent } from './log';

export interface LineItem {
  sku: string;
  unitPrice: number;
  quantity: number;
}

/** Applies a discount rate in [0, 1] to a total, never taking off more than cap. */
export function applyDiscount(total: number, rate: number, cap = Infinity): number {
  if (rate < 0 || rate > 1) {
    throw new RangeError(\`discount rate out of range: \${rate}\`);
  }
  return total - Math.min(total * rate, cap);
}

/** Formats an amount in cents as a price string. */
export function formatPrice(cents: number): string {
  const price = '$' + (Math.round(cents) / 100).toFixed(2);
  logEvent('info', 'price.formatted', { cents, price });
  return price;
}

export class Cart {
  private readonly items: LineItem[] = [];

  addItem(item: LineItem): void {
    const existing = this.items.find((i) => i.sku === item.sku);
    if (existing) {
      existing.quantity += item.quantity;
    } else {
      this.items.push({ ...item });
    }
  }

  subtotal(): number {
    let total = 0;
    for (const item of this.items) {
      total += item.unitPrice * item.quantity;
    }
    return total;
  }
}
`,
  'tools/report.py': `"""Daily sales report."""
import json
import statistics


def summarize(orders):
    """Total revenue, order count and median order."""
    amounts = [order["amount"] for order in orders]
    return {
        "orders": len(amounts),
        "revenue": sum(amounts),
        "median": statistics.median(amounts) if amounts else 0,
    }


class Exporter:
    def __init__(self, path):
        self.path = path

    def write(self, summary):
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=2)
`,
};

function write(dir, files) {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

/** Creates the demo repository in `dir` (removed first) and returns `dir`. */
export function makeDemoRepo(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const when = '2025-01-15T10:00:00Z';
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'GlitchLab Demo', GIT_AUTHOR_EMAIL: 'demo@glitchlab.invalid', GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_NAME: 'GlitchLab Demo', GIT_COMMITTER_EMAIL: 'demo@glitchlab.invalid', GIT_COMMITTER_DATE: when,
    GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  write(dir, BASE);
  git('add', '-A');
  git('commit', '-q', '-m', 'demo-shop: pricing, inventory and the sales report');
  write(dir, CHANGE);
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = path.resolve(process.argv[2] ?? path.join(root, '.cache', 'demo-repo'));
  makeDemoRepo(dir);
  process.stdout.write(`demo repository: ${dir} (main + an uncommitted change in src/pricing.ts and tools/report.py)\n`);
}
