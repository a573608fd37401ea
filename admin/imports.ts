/** Moved to admin/documents/read-table.ts; this re-export goes once campaigns.tsx imports from there. */
export { readTable, toObjects } from "./documents/read-table.js";
