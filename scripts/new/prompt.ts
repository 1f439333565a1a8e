/**
 * Questions and answers on the terminal (node:readline/promises). Lines are queued as they
 * arrive, so answers piped in all at once (a script, or a test writing to stdin) are never lost
 * between two questions, which `rl.question()` alone does not guarantee.
 */
import { createInterface, type Interface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";

/** Thrown when the input ends before every question is answered. */
export class InputEnded extends Error {
  constructor() {
    super("the answers ended before every question was answered; nothing was written");
  }
}

export interface Prompter {
  /** Shows `question`, returns the next line typed (without its line ending). */
  ask(question: string): Promise<string>;
  /** Prints a line of explanation. */
  say(text: string): void;
  close(): void;
}

export function terminalPrompter(input: Readable, output: Writable): Prompter {
  const rl: Interface = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true });
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  rl.on("line", (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  // Ctrl+C ends the dialogue like the end of input: nothing is written.
  rl.on("SIGINT", () => {
    rl.close();
  });
  rl.on("close", () => {
    ended = true;
    for (const next of waiting.splice(0)) next(undefined);
  });

  return {
    async ask(question) {
      // Once all the input has been read (answers piped in at once, ended), readline is closed and
      // Node 22 and later refuse its prompt ("readline was closed"): the queued answers still count.
      if (ended) output.write(question);
      else {
        rl.setPrompt(question);
        rl.prompt();
      }
      const queued = lines.shift();
      const line = queued ?? (ended ? undefined : await new Promise<string | undefined>((r) => waiting.push(r)));
      // Piped answers are not echoed by the terminal: echo them, so a transcript reads like a dialogue.
      if (line !== undefined && !rl.terminal) output.write(`${line}\n`);
      if (line === undefined) {
        output.write("\n");
        throw new InputEnded();
      }
      return line;
    },
    say(text) {
      output.write(`${text}\n`);
    },
    close() {
      rl.close();
    },
  };
}
