import type pg from 'pg';

/** Column-wise rows for one table, written with one `insert … select * from unnest($1::t[], …)` per call. */
export class BulkRows {
  private readonly values: unknown[][];
  constructor(readonly table: string, private readonly columns: Record<string, string>) {
    this.values = Object.keys(columns).map(() => []);
  }

  get size(): number {
    return this.values[0]!.length;
  }

  column(name: string): unknown[] {
    return this.values[Object.keys(this.columns).indexOf(name)]!;
  }

  add(row: Record<string, unknown>): void {
    Object.keys(this.columns).forEach((name, i) => this.values[i]!.push(row[name] ?? null));
  }

  async insert(client: pg.ClientBase): Promise<void> {
    if (this.size === 0) return;
    const names = Object.keys(this.columns);
    const casts = Object.values(this.columns).map((type, i) => `$${i + 1}::${type}[]`);
    await client.query(`insert into ${this.table} (${names.join(', ')}) select * from unnest(${casts.join(', ')})`, this.values);
  }
}
