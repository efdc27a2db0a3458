import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuState } from './menu';

const state: MenuState = {
  platform: 'linux',
  appName: 'Copydesk',
  recentFiles: [],
  theme: 'system',
  dev: false,
};

function actions(): MenuActions {
  return {
    openFiles: vi.fn(),
    pasteAsDocument: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    setTheme: vi.fn(),
    about: vi.fn(),
    send: vi.fn(),
  };
}

/** Finds an item by its path of labels, e.g. ['&File', 'Open…']. */
function item(
  template: MenuItemConstructorOptions[],
  ...labels: string[]
): MenuItemConstructorOptions {
  let items = template;
  let found: MenuItemConstructorOptions | undefined;
  for (const label of labels) {
    found = items.find((i) => i.label === label);
    if (!found) throw new Error(`no menu item ${labels.join(' > ')}`);
    items = (found.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
  }
  return found as MenuItemConstructorOptions;
}

const click = (i: MenuItemConstructorOptions) => (i.click as () => void)();

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, with the documented shortcuts', () => {
    const template = buildMenuTemplate(state, actions());
    expect(template.map((i) => i.label ?? i.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      'help',
    ]);
    expect(item(template, '&File', 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(template, '&File', 'Export…').accelerator).toBe('CmdOrCtrl+E');
    expect(item(template, '&Edit', 'Find…').accelerator).toBe('CmdOrCtrl+F');
  });

  it('leaves Ctrl+F to the page, which focuses Find in the same keydown', () => {
    const template = buildMenuTemplate(state, actions());
    expect(item(template, '&Edit', 'Find…')).toMatchObject({ registerAccelerator: false });
  });

  it('leaves Ctrl+Z to the page and asks it to undo, so the body and the desk keep their own history', () => {
    const a = actions();
    const template = buildMenuTemplate(state, a);
    const undo = item(template, '&Edit', 'Undo');
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(undo.role).toBeUndefined();
    click(undo);
    click(item(template, '&Edit', 'Redo'));
    click(item(template, '&Edit', 'Copy Story'));
    expect(a.send).toHaveBeenCalledWith('undo');
    expect(a.send).toHaveBeenCalledWith('redo');
    expect(a.send).toHaveBeenCalledWith('copy-story');
  });

  it('runs its actions and sends UI commands', () => {
    const a = actions();
    const template = buildMenuTemplate({ ...state, recentFiles: ['/news/a.txt'] }, a);
    click(item(template, '&File', 'Open…'));
    click(item(template, '&File', 'Open Recent', '/news/a.txt'));
    click(item(template, '&File', 'Close Document'));
    click(item(template, '&View', 'Dark'));
    expect(a.openFiles).toHaveBeenCalled();
    expect(a.openRecent).toHaveBeenCalledWith('/news/a.txt');
    expect(a.send).toHaveBeenCalledWith('close-document');
    expect(a.setTheme).toHaveBeenCalledWith('dark');
  });

  it('shows the theme in use and an empty recent list as such', () => {
    const template = buildMenuTemplate({ ...state, theme: 'light' }, actions());
    expect(item(template, '&View', 'Light').checked).toBe(true);
    expect(item(template, '&View', 'Dark').checked).toBe(false);
    expect(item(template, '&File', 'Open Recent', 'No Recent Files').enabled).toBe(false);
  });

  it('puts About and Quit in the app menu on macOS', () => {
    const template = buildMenuTemplate({ ...state, platform: 'darwin' }, actions());
    expect(template[0]?.label).toBe('Copydesk');
    expect(item(template, 'Copydesk', 'About Copydesk')).toBeDefined();
  });

  it('opens Preferences from Edit, or from the app menu as Settings on macOS', () => {
    const a = actions();
    const preferences = item(buildMenuTemplate(state, a), '&Edit', 'Preferences…');
    expect(preferences.accelerator).toBe('CmdOrCtrl+,');
    click(preferences);
    const mac = buildMenuTemplate({ ...state, platform: 'darwin' }, a);
    click(item(mac, 'Copydesk', 'Settings…'));
    expect(vi.mocked(a.send).mock.calls.filter(([c]) => c === 'preferences')).toHaveLength(2);
    expect(() => item(mac, '&Edit', 'Preferences…')).toThrow();
  });
});
