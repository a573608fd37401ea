/** Moved to admin/components/nav.ts; this re-export goes once every area imports from there. */
export * from "../components/nav.js";
