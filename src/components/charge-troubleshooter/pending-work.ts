/**
 * Work the widget is still doing for what it shows (loading a knowledge base or a language, moving
 * focus): `updateComplete` waits for all of it, including work an update adds while it waits.
 */
export class PendingWork {
  #latest: Promise<unknown> = Promise.resolve();

  add(work: Promise<unknown>): void {
    this.#latest = Promise.all([this.#latest, work]);
  }

  /** Waits for the work and for `update` after it, until an update adds no more; `update`'s last answer. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    for (let waited = this.#latest; ; waited = this.#latest) {
      await waited;
      done = await update();
      if (waited === this.#latest) return done;
    }
  }
}
