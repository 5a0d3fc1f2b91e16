/**
 * Emit and print use their own copy of ts-morph's enum values so that ts-morph
 * loads only when a statement needs it: every copied value must be ts-morph's.
 */
import {
  StructureKind as TsMorphStructureKind,
  VariableDeclarationKind as TsMorphVariableDeclarationKind,
} from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { StructureKind, VariableDeclarationKind } from '../../src/emit/structure-kind.js';

describe('structure kinds without ts-morph', () => {
  it.each(Object.entries(StructureKind))('StructureKind.%s is ts-morph’s', (name, value) => {
    expect(value).toBe(TsMorphStructureKind[name as keyof typeof TsMorphStructureKind]);
  });

  it.each(Object.entries(VariableDeclarationKind))(
    'VariableDeclarationKind.%s is ts-morph’s',
    (name, value) => {
      expect(value).toBe(
        TsMorphVariableDeclarationKind[name as keyof typeof TsMorphVariableDeclarationKind],
      );
    },
  );
});
