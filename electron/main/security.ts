// Security defaults for every web contents: no navigation, no new windows, no webviews, no permissions.

import { app, session } from 'electron';

export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  void app.whenReady().then(() => {
    // Only writing sanitised text and HTML to the clipboard (Copy story) is allowed.
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
      callback(permission === 'clipboard-sanitized-write'),
    );
    session.defaultSession.setPermissionCheckHandler(
      (_wc, permission) => permission === 'clipboard-sanitized-write',
    );
  });
}
