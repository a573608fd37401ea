/** Moved to admin/components/layout.tsx; this re-export goes once every area imports from there. */
export { Layout, page } from "../components/layout.js";
