// `window.copydesk`, exposed by the preload (or the e2e host), typed from the API contract.
import type { CopydeskApi } from '../../shared/api';

declare global {
  interface Window {
    readonly copydesk: CopydeskApi;
  }
}

export {};
