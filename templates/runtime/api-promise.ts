/**
 * What every operation returns: a `Promise` of the parsed body that can also
 * give the raw `Response` (`await op(...).withResponse()` → `{ data, response }`),
 * so headers and status are reachable without a second API.
 */
export interface WithResponse<T> {
  readonly data: T;
  readonly response: Response;
}

export class ApiPromise<T> extends Promise<T> {
  readonly #raw: Promise<WithResponse<T>>;

  constructor(raw: Promise<WithResponse<T>>) {
    // This promise itself never settles, and is never observed: `then` reads from `raw`.
    super(() => undefined);
    this.#raw = raw;
    // A caller that only uses withResponse() (or nothing) must not see an unhandled rejection here.
    raw.catch(() => undefined);
  }

  // Derived promises (from then/catch/finally) are plain Promises. `catch` and `finally`
  // call `then`, as the language defines them, so they read from `raw` too.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The parsed body together with the raw response. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#raw;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#raw.then((r) => r.data).then(onfulfilled, onrejected);
  }
}
