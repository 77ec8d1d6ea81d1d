// Checks the harness itself, apart from Grimoire: a throwaway extension is packaged, installed in
// code-server and its command run from the palette in Chromium (mode 2), then tested inside the
// extension host (mode 1). Run: node --import tsx test/e2e/smoke.ts
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  ensureInstalled,
  installExtension,
  launchBrowser,
  openWorkbench,
  packageExtension,
  runExtensionTests,
  runFromPalette,
  startCodeServer,
  tempDir,
} from "./code-server";

const SCREENSHOTS = path.join(__dirname, "screenshots");

function writeExtension(dir: string): void {
  const manifest = {
    name: "smoke",
    displayName: "Smoke",
    publisher: "grimoire-e2e",
    version: "0.0.1",
    engines: { vscode: "^1.90.0" },
    main: "./extension.js",
    activationEvents: [],
    contributes: { commands: [{ command: "smoke.hello", title: "Smoke: Say Hello" }] },
  };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, "README.md"), "# Smoke\n\nA throwaway extension for the end-to-end harness.\n");
  fs.writeFileSync(
    path.join(dir, "extension.js"),
    `const vscode = require("vscode");
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand("smoke.hello", () => {
    vscode.window.showInformationMessage("Hello from the smoke extension");
    return 42;
  }));
};
`,
  );
}

function writeHostTests(dir: string, expected: number): string {
  const file = path.join(dir, `host-${expected}.js`);
  fs.writeFileSync(
    file,
    `const assert = require("assert");
const vscode = require("vscode");
exports.run = async () => {
  const value = await vscode.commands.executeCommand("smoke.hello");
  console.log("smoke.hello returned", value);
  assert.strictEqual(value, ${expected});
};
`,
  );
  return file;
}

async function main(): Promise<void> {
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, f: () => T | Promise<T>): Promise<T> => {
    const start = Date.now();
    try {
      return await f();
    } finally {
      timings[name] = Date.now() - start;
    }
  };

  await time("install.sh", () => ensureInstalled());
  const extension = tempDir("smoke-ext");
  writeExtension(extension);
  const vsix = await time("vsce package", () => packageExtension(extension));
  const extensionsDir = tempDir("ext");
  await time("install extension", () => installExtension(vsix, extensionsDir));
  const workspace = tempDir("ws");
  fs.writeFileSync(path.join(workspace, "hello.txt"), "hello\n");

  const server = await time("code-server start", () => startCodeServer({ extensionsDir }));
  const browser = await time("chromium launch", launchBrowser);
  try {
    // Mode 2: a person's view.
    const page = await time("workbench open", () => openWorkbench(browser, server, workspace));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    fs.rmSync(path.join(SCREENSHOTS, "smoke-failure.png"), { force: true });
    await time("palette command", async () => {
      await runFromPalette(page, "Smoke: Say Hello", { beforeRun: () => page.screenshot({ path: path.join(SCREENSHOTS, "smoke-palette.png") }) });
      await page.locator(".notifications-toasts", { hasText: "Hello from the smoke extension" }).waitFor({ timeout: 20_000 });
    }).catch(async (error) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, "smoke-failure.png") });
      throw error;
    });
    await page.close();

    // Mode 1: inside the extension host, once passing and once failing.
    const hostDir = path.join(extension, "host");
    fs.mkdirSync(hostDir);
    const pass = await time("mode 1 (pass)", () =>
      runExtensionTests({ server, browser, folder: workspace, extensionDevelopmentPath: extension, extensionTestsPath: writeHostTests(hostDir, 42) }),
    );
    assert.equal(pass.code, 0, pass.logs.join("\n"));
    const fail = await time("mode 1 (fail)", () =>
      runExtensionTests({ server, browser, folder: workspace, extensionDevelopmentPath: extension, extensionTestsPath: writeHostTests(hostDir, 7) }),
    );
    assert.equal(fail.code, 1, fail.logs.join("\n"));
    console.log("mode 1 logs of the passing run:\n  " + pass.logs.filter((l) => /smoke/.test(l)).join("\n  "));
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log("timings (ms):", timings);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
