// What every route handler receives and returns. Handlers are plain functions keyed by
// "method /spec/path", the same id the spec loader gives each operation.
import type { Store } from './store';

export interface HandlerContext {
  store: Store;
  params: Record<string, string>;
  query: Record<string, any>;
  body: Record<string, any>;
  userId: string;
}

export interface Answer {
  status: number;
  body: unknown;
}

export type Handlers = Record<string, (ctx: HandlerContext) => Answer>;
