/// <reference types="astro/client" />

declare module "*.yaml" {
  const data: unknown;
  export default data;
}

declare namespace App {
  interface Locals {
    /** Counts Markdown tables on the page being rendered, to give each scroll region a distinct name. */
    tableCount?: number;
    /** The signed-in staff member on staff pages and APIs (src/staff-guard.ts). */
    staff?: import("./server/staff/runtime.ts").StaffSession;
  }
}
