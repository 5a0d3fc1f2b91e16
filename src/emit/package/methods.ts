/**
 * Every client method with the path to reach it (`client.pets.photos`) and its
 * signature as TypeScript text: what the README and api.md both list.
 */
import type { Api, Operation } from '../../ir/api.js';
import type { ResourceNode } from '../../ir/resources.js';
import { typeContext } from '../names.js';
import { operationSignature, type OperationSignature } from '../operation-signature.js';

export interface ClientMethod {
  /** `client.pets.photos`; `''` for a standalone function, which takes the client first. */
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

/** How a method is reached: `client.pets.get`, or a function's own name (`getPet`). */
export function accessOf({ owner, name }: Pick<ClientMethod, 'owner' | 'name'>): string {
  return owner === '' ? name : `${owner}.${name}`;
}

/** Every operation as a standalone function (`emit: functions`): one group, taking the core first. */
export function functionMethods(api: Api): ResourceMethods[] {
  const ctx = typeContext(api);
  const methods = api.operations.map((operation) => ({
    owner: '',
    name: operation.functionName,
    operation,
    signature: signatureText(operationSignature(api, operation, ctx, true)),
  }));
  return methods.length > 0 ? [{ owner: '', methods }] : [];
}

/** `(petId: string, options?: RequestOptions): ApiPromise<Pet>`. */
function signatureText({ parameters, returnType }: OperationSignature): string {
  const text = parameters
    .map((p) => `${p.name}${p.hasQuestionToken ? '?' : ''}: ${String(p.type)}`)
    .join(', ');
  return `(${text}): ${returnType}`;
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
      const signature = signatureText(operationSignature(api, operation, ctx, false));
      return [{ owner, name: method.name, operation, signature }];
    });
    if (methods.length > 0) out.push({ owner, methods });
    for (const child of node.children) visit(child, `${owner}.${child.property}`);
  };
  visit(api.resources, 'client');
  return out;
}
