/**
 * Where the conversations plugin keeps each chat's state: bot_storage under "conv:<chat id>".
 * The plugin reads it at every update in a private chat; the sender middleware reads it in the
 * same query as the sender and primes it here, so that read costs no round trip of its own.
 * A primed value serves one read of the update that primed it (later reads, after a write,
 * go to the database); one chat's updates are handled one at a time (sequentialize).
 */

import type { Db } from "../db/client.js";
import { botStorageAdapter, type KeyValueStorage } from "../db/repositories/bot-storage.js";

const PREFIX = "conv";

export interface ConversationStorage<T> {
  adapter: KeyValueStorage<T>;
  /** the bot_storage key of a chat's state (what the sender query reads) */
  keyOf(chatId: number): string;
  prime(chatId: number, stored: unknown): void;
  release(chatId: number): void;
}

export function conversationStorage<T>(db: Db): ConversationStorage<T> {
  const stored = botStorageAdapter<T>(db, PREFIX);
  const primed = new Map<string, unknown>();
  return {
    adapter: {
      async read(key) {
        if (primed.has(key)) {
          const value = primed.get(key);
          primed.delete(key);
          return value as T | undefined;
        }
        return stored.read(key);
      },
      write(key, value) {
        primed.delete(key);
        return stored.write(key, value);
      },
      delete(key) {
        primed.delete(key);
        return stored.delete(key);
      },
    },
    keyOf: (chatId) => `${PREFIX}:${chatId}`,
    prime: (chatId, value) => void primed.set(String(chatId), value),
    release: (chatId) => void primed.delete(String(chatId)),
  };
}
