// The Δ token record (spec §3.3, schema delta.tokens.v1).
import type { AnyTokenKind, Category } from './catalogue';

export interface TokenRange {
  /** 1-based head line (for deletions: the head line where the removed code stood). */
  line: number;
  col: number;
  endLine: number;
}

export interface TokenMeta {
  public_api: boolean;
  /** Base-side span for deleted/changed code (spec §3.7 I3: deleted lines map through base). */
  baseRange?: { line: number; endLine: number };
  /** Up to 5 evidence strings fused by normalize (spec §3.4). */
  evidence?: string[];
  [key: string]: unknown;
}

export interface DeltaToken {
  schema: 'delta.tokens.v1';
  /** A built-in kind, or a plugin's namespaced kind (`acme.ROUTE_ADDED`, spec §3.13). */
  kind: AnyTokenKind;
  category: Category;
  /** Repo-relative POSIX path (head path; base path for deleted files). */
  file: string;
  uid: string;
  module: string;
  /** Qualified name of the symbol the token is about. */
  symbol?: string;
  range: TokenRange;
  before?: unknown;
  after?: unknown;
  magnitude: number;
  /** Weight per unit of magnitude after module/path overrides. */
  weight: number;
  meta: TokenMeta;
}
