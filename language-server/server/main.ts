// Entry point of the bundled language server (dist/server.js). The transport comes from the command
// line as vscode-languageserver reads it: `--stdio` for editors such as Neovim, `--node-ipc` when
// VS Code starts it.
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { GrimoireLanguageServer } from "./lsp-server";

const connection = createConnection(ProposedFeatures.all);
new GrimoireLanguageServer(connection).listen();
