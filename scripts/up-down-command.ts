// The command line of a test service that the tests also start themselves: `up` starts it and
// says where it is, `down` stops it (`npm run hub:up`, `npm run registry:down`).

export type UpDownCommands = { up: () => Promise<void>; down: () => Promise<void> };

/**
 * Runs the command the process's first argument names and sets the exit code: 0 when it ran; 2,
 * with the usage, for any other word; 1, with the error's message and not its stack, when it failed.
 */
export function runUpDownCommand(script: string, commands: UpDownCommands): void {
  const command = process.argv[2];
  if (command !== "up" && command !== "down") {
    console.error(`usage: ${script} up|down`);
    process.exitCode = 2;
    return;
  }
  void commands[command]().then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
