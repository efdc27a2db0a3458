// A test double of the `electron` module, enough of it for the main process to start, open its
// window, register its IPC and quit, with no Electron binary: main's tests install it with
// vi.doMock('electron', ...). Like Electron it throws on a second handler for one channel, emits
// web-contents-created for each window, and quits only when no window refuses to close.

import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  processId: number;
  routingId: number;
  url: string;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; message: unknown }[] = [];
  readonly mainFrame: FakeFrame = { processId: 7, routingId: 1, url: '' };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  send(channel: string, message: unknown): void {
    this.sent.push({ channel, message });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
}

type Listener = (event: unknown, ...args: unknown[]) => unknown;

/** What one fake's app and windows share. */
interface FakeState {
  windows: FakeBrowserWindow[];
  paths: Record<string, string>;
  ready: Promise<void>;
  packaged: boolean;
  lock: boolean;
}

export class FakeApp extends EventEmitter {
  isPackaged: boolean;
  readonly quitCalls: number[] = [];
  quitted = false;

  constructor(private readonly state: FakeState) {
    super();
    this.isPackaged = state.packaged;
  }
  requestSingleInstanceLock = () => this.state.lock;
  quit(): void {
    this.quitCalls.push(Date.now());
    this.emit('before-quit', new FakeEvent());
    for (const win of [...this.state.windows]) {
      win.close();
      if (!win.isDestroyed()) return; // a window refused: Electron cancels the quit
    }
    const willQuit = new FakeEvent();
    this.emit('will-quit', willQuit);
    if (!willQuit.defaultPrevented) this.quitted = true;
  }
  whenReady = () => this.state.ready;
  getPath = (name: string) => this.state.paths[name] ?? `/fake/${name}`;
  setPath = (name: string, value: string) => {
    this.state.paths[name] = value;
  };
  getName = () => 'Copydesk';
  getVersion = () => '0.1.0';
  setAboutPanelOptions = () => {};
  showAboutPanel = () => {};
}

export class FakeBrowserWindow extends EventEmitter {
  /** The fake now installed: Electron's BrowserWindow is one class for the whole process. */
  static current: { state: FakeState; app: FakeApp } | null = null;
  static getAllWindows = () => [...(FakeBrowserWindow.current?.state.windows ?? [])];
  readonly webContents = new FakeWebContents();
  shown = false;
  focused = false;
  #destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    const current = FakeBrowserWindow.current;
    if (!current) throw new Error('No fake Electron installed');
    current.state.windows.push(this);
    current.app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url;
    this.webContents.emit('did-start-loading');
    this.webContents.emit('did-finish-load');
    this.emit('ready-to-show');
  }
  close(): void {
    const event = new FakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    const current = FakeBrowserWindow.current;
    if (this.#destroyed || !current) return;
    this.#destroyed = true;
    const { windows } = current.state;
    windows.splice(windows.indexOf(this), 1);
    this.emit('closed');
    if (windows.length === 0) current.app.emit('window-all-closed', new FakeEvent());
  }
  isDestroyed = () => this.#destroyed;
  show = () => void (this.shown = true);
  focus = () => void (this.focused = true);
  restore = () => {};
  maximize = () => {};
  isMinimized = () => false;
  isMaximized = () => false;
  getBounds = () => ({ x: 10, y: 10, width: 1280, height: 840 });
  getNormalBounds = () => ({ x: 10, y: 10, width: 1280, height: 840 });
}

/** Electron's ipcMain: `handle` once per channel, `on` for sends; tests call in as a page would. */
export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Listener>();
  readonly handleCalls: string[] = [];
  handle(channel: string, handler: Listener): void {
    this.handleCalls.push(channel);
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }
  /** What ipcRenderer.invoke would get back. */
  async invoke(channel: string, event: unknown, input: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, input);
  }
}

export function createFakeElectron(options: {
  userData: string;
  packaged?: boolean;
  lock?: boolean;
}) {
  let markReady: () => void = () => {};
  const state: FakeState = {
    windows: [],
    paths: { userData: options.userData },
    ready: new Promise<void>((done) => (markReady = done)),
    packaged: options.packaged ?? false,
    lock: options.lock ?? true,
  };
  const app = new FakeApp(state);
  FakeBrowserWindow.current = { state, app };
  const ipcMain = new FakeIpcMain();

  const dialogAnswers = {
    open: { canceled: true, filePaths: [] as string[] },
    /** The button a message box's user presses. */
    message: 1,
  };
  const dialog = {
    opened: [] as unknown[],
    asked: [] as { message: string; detail?: string }[],
    showOpenDialog: async (...args: unknown[]) => {
      dialog.opened.push(args.at(-1));
      return dialogAnswers.open;
    },
    showMessageBox: async (...args: unknown[]) => {
      dialog.asked.push(args.at(-1) as { message: string; detail?: string });
      return { response: dialogAnswers.message };
    },
  };

  let menu: MenuItemConstructorOptions[] = [];
  const Menu = {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (built: { template: MenuItemConstructorOptions[] }) => {
      menu = built.template;
    },
  };

  /** What the system clipboard holds, read as Electron 45's clipboard module reads it. */
  const clipboard = {
    html: '',
    text: '',
    read: async () =>
      clipboard.html
        ? [{ types: ['text/html'], getType: async () => new Blob([clipboard.html]) }]
        : [],
    readText: async () => clipboard.text,
  };

  const shown: string[] = [];
  const shell = { showItemInFolder: (path: string) => void shown.push(path) };

  const permissions: {
    request?: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: (wc: unknown, permission: string) => boolean;
  } = {};
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof permissions.request) => {
        permissions.request = handler;
      },
      setPermissionCheckHandler: (handler: typeof permissions.check) => {
        permissions.check = handler;
      },
    },
  };

  const schemes: {
    privileged: unknown[];
    handlers: Map<string, (req: Request) => Promise<Response>>;
  } = { privileged: [], handlers: new Map() };
  const protocol = {
    registerSchemesAsPrivileged: (list: unknown[]) => void schemes.privileged.push(...list),
    handle: (scheme: string, handler: (req: Request) => Promise<Response>) =>
      void schemes.handlers.set(scheme, handler),
  };

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    dialog,
    Menu,
    shell,
    clipboard,
    session,
    protocol,
    nativeTheme: { themeSource: 'system' },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };

  return {
    module: { ...module, default: module },
    app,
    ipcMain,
    dialog,
    dialogAnswers,
    clipboard,
    shown,
    permissions,
    schemes,
    windows: state.windows,
    /** The application menu as last installed. */
    menu: () => menu,
    /** Electron's `ready`: resolves whenReady, then lets what waited on it run. */
    async becomeReady(): Promise<void> {
      markReady();
      app.emit('ready');
      await new Promise((done) => setTimeout(done, 0));
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
