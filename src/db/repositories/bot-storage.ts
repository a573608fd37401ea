/** grammY storage adapter on the bot_storage table (conversations' state lives here, not in memory). */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { botStorage } from "../schema.js";

export interface KeyValueStorage<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

export function botStorageAdapter<T>(db: Db, prefix: string): KeyValueStorage<T> {
  const k = (key: string) => `${prefix}:${key}`;
  // built once: the conversations plugin reads and writes at every update of a conversation
  const key = sql.placeholder("key");
  const readQuery = db
    .select({ value: botStorage.value })
    .from(botStorage)
    .where(eq(botStorage.key, key))
    .prepare(`storage_read_${prefix}`);
  const writeQuery = db
    .insert(botStorage)
    .values({ key, value: sql`${sql.placeholder("value")}::jsonb` })
    .onConflictDoUpdate({
      target: botStorage.key,
      set: { value: sql`excluded.value`, updatedAt: sql`now()` },
    })
    .prepare(`storage_write_${prefix}`);
  const deleteQuery = db
    .delete(botStorage)
    .where(eq(botStorage.key, key))
    .prepare(`storage_delete_${prefix}`);
  return {
    async read(key) {
      const [row] = await readQuery.execute({ key: k(key) });
      return row?.value as T | undefined;
    },
    async write(key, value) {
      await writeQuery.execute({ key: k(key), value: JSON.stringify(value) });
    },
    async delete(key) {
      await deleteQuery.execute({ key: k(key) });
    },
  };
}
