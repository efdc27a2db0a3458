import { describe, expect, it, vi } from 'vitest';
import { apiChannel, apiMethods, createApiClient } from '../../shared/api';
import { createApiHandlers, type ApiServices } from './api-handlers';

class Refusal extends Error {
  readonly code = 'binary';
}

const result = { name: 'a.txt', encoding: 'utf-8', stories: [] };

function fakeServices(impl: ApiServices['splitFile']): ApiServices {
  return { splitFile: vi.fn(impl) };
}

describe('the API contract', () => {
  it('names one channel per method', () => {
    expect(apiMethods).toEqual(['splitFile']);
    expect(apiChannel('splitFile')).toBe('copydesk:splitFile');
  });

  it('builds a client with one function per method over any transport', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: 1 }));
    const client = createApiClient(call);
    expect(Object.keys(client)).toEqual(['splitFile']);
    await client.splitFile({ name: 'a.txt', bytes: new Uint8Array([65]) });
    expect(call).toHaveBeenCalledWith('splitFile', { name: 'a.txt', bytes: new Uint8Array([65]) });
  });
});

describe('api handlers', () => {
  it('validates input, calls the service and wraps its value', async () => {
    const services = fakeServices(() => result);
    const handlers = createApiHandlers(services);
    const bytes = new Uint8Array([65, 10]);
    expect(await handlers.splitFile({ name: 'a.txt', bytes })).toEqual({ ok: true, value: result });
    expect(services.splitFile).toHaveBeenCalledWith({ name: 'a.txt', bytes });
  });

  it.each([
    ['no input', undefined],
    ['a missing name', { bytes: new Uint8Array() }],
    ['an empty name', { name: '', bytes: new Uint8Array() }],
    ['a name too long', { name: 'x'.repeat(256), bytes: new Uint8Array() }],
    ['bytes as an array', { name: 'a.txt', bytes: [65] }],
    ['bytes as a string', { name: 'a.txt', bytes: 'A' }],
  ])('refuses %s without calling the service', async (_label, input) => {
    const services = fakeServices(() => result);
    const out = await createApiHandlers(services).splitFile(input);
    expect(out).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(services.splitFile).not.toHaveBeenCalled();
  });

  it("keeps a service's error code and message", async () => {
    const handlers = createApiHandlers(
      fakeServices(() => {
        throw new Refusal('photo.jpg looks like a binary file');
      }),
    );
    expect(await handlers.splitFile({ name: 'photo.jpg', bytes: new Uint8Array([0]) })).toEqual({
      ok: false,
      error: { code: 'binary', message: 'photo.jpg looks like a binary file' },
    });
  });

  it('reports an unexpected error as internal, never throwing', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handlers = createApiHandlers(
      fakeServices(() => {
        throw new TypeError('boom');
      }),
    );
    expect(await handlers.splitFile({ name: 'a.txt', bytes: new Uint8Array([65]) })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Unexpected error: boom' },
    });
    spy.mockRestore();
  });
});
