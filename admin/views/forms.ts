/** Moved to admin/components/forms.tsx; this re-export goes once every area imports from there. */
export * from "../components/forms.js";
