/**
 * Every client method with the path to reach it (`client.pets.photos`) and its
 * signature as TypeScript text: what the README and api.md both list.
 */
import type { Api, Operation } from '../../ir/api.js';
import type { ResourceNode } from '../../ir/resources.js';
import { typeContext } from '../names.js';
import { operationSignature } from '../operation-signature.js';

export interface ClientMethod {
  /** `client.pets.photos`. */
  readonly owner: string;
  readonly name: string;
  readonly operation: Operation;
  /** `(petId: string, params: UploadPhotoParams, options?: RequestOptions): ApiPromise<Photo>`. */
  readonly signature: string;
}

export interface ResourceMethods {
  readonly owner: string;
  readonly methods: readonly ClientMethod[];
}

/** The resources in tree order (the client itself first when it has methods), each with its methods. */
export function clientMethods(api: Api): ResourceMethods[] {
  const ctx = typeContext(api);
  const byFunction = new Map(api.operations.map((op) => [op.functionName, op]));
  const out: ResourceMethods[] = [];
  const visit = (node: ResourceNode, owner: string) => {
    const methods = node.methods.flatMap((method) => {
      const operation = byFunction.get(method.functionName);
      if (!operation) return [];
      const signature = operationSignature(api, operation, ctx, false);
      const parameters = signature.parameters
        .map((p) => `${p.name}${p.hasQuestionToken ? '?' : ''}: ${String(p.type)}`)
        .join(', ');
      return [
        {
          owner,
          name: method.name,
          operation,
          signature: `(${parameters}): ${signature.returnType}`,
        },
      ];
    });
    if (methods.length > 0) out.push({ owner, methods });
    for (const child of node.children) visit(child, `${owner}.${child.property}`);
  };
  visit(api.resources, 'client');
  return out;
}
