/** Runs once when the server starts, before it loads any page or action, so before any schema. */
export async function register(): Promise<void> {
  await import("@/lib/zod-jitless");
}
