// Calls to the backend that unwrap the contract's result: a refusal becomes an Error carrying the
// backend's message, for the UI to show as it is.

import {
  MAX_FILE_BYTES,
  tooLargeMessage,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type ApiResult,
  type ImportFilesResult,
} from '../../../shared/api';

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

/**
 * Reads dropped or chosen files into what importFiles takes. A file over the app's limit is refused
 * from its size, unread (a dropped 2 GB file would otherwise be read whole into the page first),
 * with the refusal the backend would give; the others are read.
 */
export async function readFiles(files: File[]): Promise<{
  files: { name: string; bytes: Uint8Array<ArrayBuffer> }[];
  errors: ImportFilesResult['errors'];
}> {
  const errors: ImportFilesResult['errors'] = [];
  const read: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) {
      errors.push({ name: f.name, code: 'too-large', message: tooLargeMessage(f.name, f.size) });
      continue;
    }
    read.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return { files: read, errors };
}
