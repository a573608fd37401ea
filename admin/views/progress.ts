/** Moved to admin/components/progress.tsx; this re-export goes once every area imports from there. */
export * from "../components/progress.js";
