/**
 * The pagination descriptor is spelled once in the generator (`PaginationOf`); the SDK's
 * runtime carries its own copy, which must say the same. `npm test` type-checks this file
 * first, so a field added to one and not the other fails it.
 */
import { expect, it } from 'vitest';
import type { PaginationOf } from '../../src/ir/api.js';
import type { FieldPath, Pagination } from '../../templates/runtime/pagination.js';

// Identical types, optional fields included (mutual assignability would let an optional field differ).
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const runtimeMatchesGenerator: Same<Pagination, PaginationOf<FieldPath>> = true;
// Each kind on its own: a union could match while one member gained a field.
type Kinds = Pagination['kind'];
const eachKindMatches: {
  [K in Kinds]: Same<
    Extract<Pagination, { kind: K }>,
    Extract<PaginationOf<FieldPath>, { kind: K }>
  >;
} = {
  cursor: true,
  after: true,
  link: true,
  linkHeader: true,
  offset: true,
  page: true,
};

it('the runtime and the generator describe pagination alike', () => {
  expect(runtimeMatchesGenerator).toBe(true);
  expect(Object.values(eachKindMatches).every(Boolean)).toBe(true);
});
