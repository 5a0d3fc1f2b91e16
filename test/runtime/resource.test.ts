/** A resource built from a table: each method calls its function with the resource's own client. */
import { describe, expect, it } from 'vitest';
import { BaseClient } from '../../templates/runtime/client.js';
import { resource } from '../../templates/runtime/resource.js';

const core = (baseUrl: string) =>
  new BaseClient({ baseUrl }, { defaultBaseUrl: baseUrl, securitySchemes: {}, credentials: {} });

interface Widgets {
  get(id: string, options?: { timeout?: number }): string;
  readonly parts: Parts;
}
interface Parts {
  count(): string;
}

const Parts = resource<Parts>({ count: (client: BaseClient) => `${client.baseUrl}: 3 parts` });
const Widgets = resource<Widgets>(
  { get: (client: BaseClient, id: string) => `${client.baseUrl}/widgets/${id}` },
  { parts: Parts },
);

describe('resource', () => {
  it('passes its own client and the arguments to the function, for children too', () => {
    const a = new Widgets(core('https://a.example'));
    const b = new Widgets(core('https://b.example'));
    expect(a.get('w1')).toBe('https://a.example/widgets/w1');
    expect(b.get('w2')).toBe('https://b.example/widgets/w2');
    expect(a.parts.count()).toBe('https://a.example: 3 parts');
  });

  it('has methods on its prototype, as a class has, and its children as own properties', () => {
    const widgets = new Widgets(core('https://a.example'));
    expect(Object.keys(widgets)).toEqual(['parts']);
    expect(Object.hasOwn(Object.getPrototypeOf(widgets) as object, 'get')).toBe(true);
    expect(widgets).toBeInstanceOf(Widgets);
    expect(widgets.parts).toBeInstanceOf(Parts);
  });
});
