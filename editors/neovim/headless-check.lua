-- Drives driftguard lsp from headless Neovim 0.7+ and writes what the editor saw (docs/editors.md):
--   DRIFTGUARD_PROJECT=$PWD DRIFTGUARD_OUT=/tmp/out.txt DRIFTGUARD_BIN=/path/to/driftguard \
--     nvim --headless -u editors/neovim/headless-check.lua prisma/migrations/<name>/migration.sql
-- Neovim 0.7: vim.lsp.start_client + buf_attach_client (vim.lsp.start is 0.8+).
local root = vim.env.DRIFTGUARD_PROJECT
local out = vim.env.DRIFTGUARD_OUT
local client_id = vim.lsp.start_client({
  name = 'driftguard',
  cmd = { vim.env.DRIFTGUARD_BIN, 'lsp' },
  root_dir = root,
  on_exit = function(code) end,
})
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'sql', 'prisma' },
  callback = function(args) vim.lsp.buf_attach_client(args.buf, client_id) end,
})
local function dump()
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(lines, string.format('%d:%d %s [%s] %s', d.lnum + 1, d.col + 1,
      vim.diagnostic.severity[d.severity], d.code or '', (d.message:gsub('\n.*', ''))))
  end
  return lines
end
vim.defer_fn(function()
  local ok = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 200)
  local lines = dump()
  table.insert(lines, 1, 'diagnostics arrived: ' .. tostring(ok))
  -- hover, as K would ask it, on "BehaviorLog" of line 4
  vim.api.nvim_win_set_cursor(0, { 4, 45 })
  local params = vim.lsp.util.make_position_params()
  local result = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 30000)
  for _, r in pairs(result or {}) do
    if r.result and r.result.contents then
      table.insert(lines, '--- hover:')
      for l in (r.result.contents.value or ''):gmatch('[^\n]+') do table.insert(lines, l) end
    end
  end
  -- edit the buffer: fix the NOW() predicate, wait for the diagnostics to change
  vim.api.nvim_buf_set_lines(0, 4, 5, false, { [[    WHERE "timestamp" > '2025-12-01'::timestamp;]] })
  vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(0)) do
      if d.code == 'mutable-function-in-index-predicate' then return false end
    end
    return true
  end, 200)
  table.insert(lines, '--- after fixing NOW() in the buffer:')
  for _, l in ipairs(dump()) do table.insert(lines, l) end
  vim.fn.writefile(lines, out)
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
  vim.cmd('qa!')
end, 100)
