// Starts `driftguard lsp` for the workspace and hands it the SQL migrations and Prisma schema files.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('driftguard');
  const command = config.get('path', 'driftguard');
  const args = ['lsp', ...config.get('args', [])];
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  const serverOptions = {
    command,
    args,
    transport: TransportKind.stdio,
    options: folder ? { cwd: folder.uri.fsPath } : {},
  };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'sql' },
      { scheme: 'file', pattern: '**/*.prisma' },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.sql,*.prisma,driftguard.yaml}'),
    },
  };
  client = new LanguageClient('driftguard', 'Driftguard', serverOptions, clientOptions);
  // The server answers driftguard.refreshTarget itself (workspace/executeCommand); the client registers the
  // command from the server's capabilities, so the palette entry in package.json reaches it.
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
