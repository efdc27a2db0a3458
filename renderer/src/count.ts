// How the desk writes a number of things: "1 story", "3 stories", "1,200 lines".

/** `n` and the noun for it: the singular for exactly one, else the plural (`noun` + s unless given). */
export function count(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : nouns}`;
}
