/** Moved to admin/services/progress.ts; this re-export goes once campaigns.tsx imports from there. */
export { countStates, loadProgress } from "../services/progress.js";
