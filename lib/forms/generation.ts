/**
 * Counts the times a form's whole content was replaced (an import, a profile, a fresh start, the
 * form leaving the page). Work that finishes later than it began (a bcrypt hash, a file being
 * read) takes a check when it begins and applies its result only while the check still holds, so
 * a result computed for the content before can never land in the content after.
 */
export class FormGeneration {
  private count = 0;

  /** Makes every piece of work begun so far stale. */
  advance(): void {
    this.count += 1;
  }

  /** A check that holds until the next advance. */
  capture(): () => boolean {
    const at = this.count;
    return () => this.count === at;
  }
}
