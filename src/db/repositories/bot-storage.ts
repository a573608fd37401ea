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
  return {
    async read(key) {
      const [row] = await db
        .select({ value: botStorage.value })
        .from(botStorage)
        .where(eq(botStorage.key, k(key)));
      return row?.value as T | undefined;
    },
    async write(key, value) {
      await db
        .insert(botStorage)
        .values({ key: k(key), value })
        .onConflictDoUpdate({ target: botStorage.key, set: { value, updatedAt: sql`now()` } });
    },
    async delete(key) {
      await db.delete(botStorage).where(eq(botStorage.key, k(key)));
    },
  };
}
