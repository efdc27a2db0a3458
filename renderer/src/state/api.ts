// Calls to the backend that unwrap the contract's result: a refusal becomes an Error carrying the
// backend's message, for the UI to show as it is.

import type { ApiInput, ApiMethod, ApiOutput, ApiResult } from '../../../shared/api';

export class BackendError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BackendError';
  }
}

export async function call<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  // One generic call over the table of methods: TypeScript cannot relate the union of method
  // signatures to M, so the function is viewed through the contract's own types.
  const fn = window.copydesk[method] as unknown as (
    input: ApiInput<M>,
  ) => Promise<ApiResult<ApiOutput<M>>>;
  const result = await fn(input);
  if (!result.ok) throw new BackendError(result.error.code, result.error.message);
  return result.value;
}

/** Reads dropped or chosen files into what importFiles takes. */
export async function readFiles(
  files: File[],
): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}
