/**
 * The resources of a client (`client.repos`): each method calls its operation's
 * function with the client. Built from a table of those functions rather than one
 * method body each, so a client's thousand methods bundle as little more than their
 * names; the generated interface of the same name gives each its signature and docs.
 */
import type { BaseClient } from './client.js';

/** An operation's function: the client first, then the method's arguments. */
export type OperationFunction = (client: never, ...args: never[]) => unknown;

// The client of each resource instance, kept out of its enumerable properties.
const clients = new WeakMap<object, BaseClient>();

/** A resource class whose methods are `methods` and whose properties are resources built from `children`. */
export function resource<Resource>(
  methods: Readonly<Record<string, OperationFunction>>,
  children: Readonly<Record<string, new (client: BaseClient) => unknown>> = {},
): new (client: BaseClient) => Resource {
  class Methods {
    constructor(client: BaseClient) {
      clients.set(this, client);
      for (const [name, Child] of Object.entries(children))
        Object.defineProperty(this, name, { value: new Child(client), enumerable: true });
    }
  }
  for (const [name, operation] of Object.entries(methods))
    Object.defineProperty(Methods.prototype, name, {
      value(this: object, ...args: never[]) {
        return operation(clients.get(this) as never, ...args);
      },
      writable: true,
      configurable: true,
    });
  return Methods as new (client: BaseClient) => Resource;
}
