// `npm run easel -- <command>`: renders PaletteAI install files from a profile, headless.
import { runCli } from "./cli/run-cli";

const output = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

void runCli(process.argv.slice(2), output).then((code) => {
  process.exitCode = code;
});
