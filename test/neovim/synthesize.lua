-- Drives the Grimoire language server from Neovim 0.7's own LSP client, as a Neovim user would:
-- start the server over stdio, open a file with an example-bearing stub, ask for code actions at
-- the stub, pick "Synthesize ..." through vim.ui.select (what `:lua vim.lsp.buf.code_action()`
-- shows), let Neovim resolve and apply it, write the file and quit. Exits 0 on success and with
-- `cquit 1` on any failure, after printing why on stderr.
--
-- Run by test/neovim.test.ts as
--   nvim --headless -u NONE -i NONE -c 'luafile test/neovim/synthesize.lua'
-- with these environment variables:
--   GRIMOIRE_SERVER    the bundled server (dist/server.js)
--   GRIMOIRE_NODE      the node executable (default: node)
--   GRIMOIRE_STORAGE   the folder for the library store (initializationOptions.storagePath)
--   GRIMOIRE_FILE      the file to open (a throwaway copy)
--   GRIMOIRE_FILETYPE  its Neovim filetype, which Neovim sends as the languageId
--   GRIMOIRE_FUNCTION  the stub's name; the cursor is put on its line
--   GRIMOIRE_TIMEOUT_MS  the budget of each wait (default 15000)
--   GRIMOIRE_RESOLVE   `manual` forces the by-hand resolve below (to check it)
--
-- Code actions and resolve: Neovim 0.7.2's vim.lsp.buf.code_action() does support
-- `codeAction/resolve` (runtime/lua/vim/lsp/buf.lua, on_code_action_results: an action without
-- `edit` is resolved when the server advertises codeActionProvider.resolveProvider, then its edit
-- applied with util.apply_workspace_edit and its command sent as workspace/executeCommand), and it
-- declares resolveSupport { properties = { 'edit' } } and dataSupport. So the test goes through
-- that path; the manual fallback (request_sync of codeAction/resolve, apply_workspace_edit,
-- workspace/executeCommand) is used only on a Neovim whose code_action() lacks resolve, and the
-- script says so on stderr.

local log_lines = {} -- everything the server said, shown on failure

local function say(line)
  io.stderr:write('nvim: ' .. line .. '\n')
end

local function dump_server_log()
  if #log_lines == 0 then
    say('(the server sent no log messages)')
    return
  end
  say('server log (last ' .. math.min(#log_lines, 40) .. ' of ' .. #log_lines .. ' lines):')
  for i = math.max(1, #log_lines - 39), #log_lines do
    io.stderr:write('  | ' .. log_lines[i] .. '\n')
  end
end

local function fail(reason)
  say('FAILED: ' .. reason)
  dump_server_log()
  io.stderr:flush()
  vim.cmd('cquit 1')
end

local function env(name, default)
  local value = os.getenv(name)
  if value == nil or value == '' then
    if default ~= nil then
      return default
    end
    error('the environment variable ' .. name .. ' is not set', 0)
  end
  return value
end

local function main()
  local server = env('GRIMOIRE_SERVER')
  local node = env('GRIMOIRE_NODE', 'node')
  local storage = env('GRIMOIRE_STORAGE')
  local file = env('GRIMOIRE_FILE')
  local filetype = env('GRIMOIRE_FILETYPE')
  local fn_name = env('GRIMOIRE_FUNCTION')
  local timeout = tonumber(env('GRIMOIRE_TIMEOUT_MS', '15000'))

  local messages = {} -- window/showMessage from the server (warnings about failed searches)
  local library_changed = false
  local exited = nil

  local client_id = vim.lsp.start_client({
    name = 'grimoire',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    init_options = { storagePath = storage },
    -- Answered to the server's workspace/configuration pull (Neovim looks up the section).
    settings = { grimoire = { backgroundDelayMs = 0, timeoutSeconds = 10 } },
    handlers = {
      ['window/logMessage'] = function(_, result)
        if result and result.message then
          for line in tostring(result.message):gmatch('[^\n]+') do
            table.insert(log_lines, line)
          end
        end
      end,
      ['window/showMessage'] = function(_, result)
        if result and result.message then
          table.insert(messages, result.message)
          table.insert(log_lines, 'showMessage: ' .. result.message)
        end
      end,
      ['grimoire/library/changed'] = function()
        library_changed = true
      end,
      ['grimoire/status'] = function() end,
    },
    on_exit = function(code, signal)
      exited = { code = code, signal = signal }
    end,
  })
  if not client_id then
    return fail('vim.lsp.start_client returned nothing for ' .. node .. ' ' .. server .. ' --stdio')
  end
  local client = vim.lsp.get_client_by_id(client_id)
  say('started ' .. server .. ' (client ' .. client_id .. ')')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- -u NONE leaves filetype detection off; the filetype is what Neovim sends as languageId.
  vim.bo[bufnr].filetype = filetype
  if not vim.lsp.buf_attach_client(bufnr, client_id) then
    return fail('vim.lsp.buf_attach_client refused the buffer')
  end

  if not vim.wait(timeout, function() return client.initialized or exited ~= nil end, 10) then
    return fail('the server did not finish initialize within ' .. timeout .. ' ms')
  end
  if exited then
    return fail('the server exited during initialize (code ' .. tostring(exited.code) .. ', signal ' .. tostring(exited.signal) .. ')')
  end
  say('initialized')
  local provider = client.resolved_capabilities.code_action
  if type(provider) ~= 'table' or not provider.resolveProvider then
    return fail('the server does not advertise codeActionProvider.resolveProvider: ' .. vim.inspect(provider))
  end

  -- Put the cursor on the stub's signature line.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local row
  for i, line in ipairs(lines) do
    if line:find('function ' .. fn_name .. '%(', 1, false) or line:find('def ' .. fn_name .. '%(', 1, false) then
      row = i
      break
    end
  end
  if not row then
    return fail('no line of ' .. file .. ' defines ' .. fn_name)
  end
  vim.api.nvim_win_set_cursor(0, { row, 0 })
  local before = table.concat(lines, '\n')

  -- First the plain request, so that a missing action fails with the list of what there was.
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = {} }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
  if not responses then
    return fail('textDocument/codeAction got no answer: ' .. tostring(err))
  end
  local response = responses[client_id]
  if not response or response.err then
    return fail('textDocument/codeAction failed: ' .. vim.inspect(response and response.err))
  end
  local titles = {}
  for _, action in ipairs(response.result or {}) do
    table.insert(titles, action.title)
  end
  local wanted = 'Synthesize ' .. fn_name .. ' from'
  local found = false
  for _, title in ipairs(titles) do
    if vim.startswith(title, wanted) then
      found = true
    end
  end
  if not found then
    return fail('no code action at line ' .. row .. ' starts with "' .. wanted .. '"; got ' .. vim.inspect(titles))
  end
  say('code actions: ' .. table.concat(titles, ' | '))

  -- Now as a user: vim.lsp.buf.code_action() with vim.ui.select answering for the user.
  local offered = nil
  local picked = nil
  vim.ui.select = function(items, opts, on_choice)
    offered = {}
    for _, item in ipairs(items) do
      local action = item[2]
      table.insert(offered, opts.format_item and opts.format_item(item) or action.title)
      if not picked and action.title and vim.startswith(action.title, 'Synthesize') and action.isPreferred then
        picked = item
      end
    end
    if not picked then
      for _, item in ipairs(items) do
        if not picked and item[2].title and vim.startswith(item[2].title, 'Synthesize') then
          picked = item
        end
      end
    end
    on_choice(picked)
  end

  local manual, why = false, nil
  local source = ''
  local info = debug.getinfo(vim.lsp.buf.code_action, 'S')
  if info and info.source and info.source:sub(1, 1) == '@' then
    local f = io.open(info.source:sub(2), 'r')
    if f then
      source = f:read('*a')
      f:close()
    end
  end
  if source ~= '' and not source:find("codeAction/resolve", 1, true) then
    manual, why = true, 'this Neovim has no codeAction/resolve in vim.lsp.buf.code_action()'
  end
  if os.getenv('GRIMOIRE_RESOLVE') == 'manual' then -- to exercise the fallback on a newer Neovim
    manual, why = true, 'GRIMOIRE_RESOLVE=manual'
  end

  if not manual then
    vim.lsp.buf.code_action()
    if not vim.wait(timeout, function() return offered ~= nil end, 10) then
      return fail('vim.lsp.buf.code_action() never called vim.ui.select')
    end
    if not picked then
      return fail('vim.ui.select was offered no "Synthesize" action: ' .. vim.inspect(offered))
    end
    say('picked: ' .. picked[2].title)
  else
    -- This Neovim's code_action() would apply the unresolved action (no edit) and do nothing, so
    -- do what a resolving client does, by hand.
    say(why .. ': resolving by hand')
    local action
    for _, a in ipairs(response.result) do
      if not action and vim.startswith(a.title, wanted) then
        action = a
      end
    end
    local resolved = client.request_sync('codeAction/resolve', action, timeout, bufnr)
    if not resolved or resolved.err then
      return fail('codeAction/resolve failed: ' .. vim.inspect(resolved))
    end
    local r = resolved.result
    if not r.edit then
      return fail('codeAction/resolve came back without an edit: ' .. vim.inspect(messages))
    end
    vim.lsp.util.apply_workspace_edit(r.edit, client.offset_encoding)
    if r.command then
      local done = client.request_sync('workspace/executeCommand', {
        command = r.command.command,
        arguments = r.command.arguments,
      }, timeout, bufnr)
      if not done or done.err then
        return fail('workspace/executeCommand ' .. r.command.command .. ' failed: ' .. vim.inspect(done))
      end
    end
    picked = { client_id, action }
  end

  -- The resolve searches (or finds the background search's result): wait for the edit, and for
  -- the recordAccepted command to reach the store (the server then sends library/changed).
  local function text()
    return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  end
  say('waiting for the edit and for grimoire/library/changed')
  local ok = vim.wait(timeout, function()
    return (text() ~= before and library_changed) or #messages > 0 or exited ~= nil
  end, 10)
  if exited then
    return fail('the server exited (code ' .. tostring(exited.code) .. ', signal ' .. tostring(exited.signal) .. ')')
  end
  if text() == before then
    if #messages > 0 then
      return fail('the Synthesize action changed nothing; the server said: ' .. table.concat(messages, ' / '))
    end
    return fail('the Synthesize action changed nothing within ' .. timeout .. ' ms')
  end
  if not ok or not library_changed then
    return fail('the edit was applied but the server never sent grimoire/library/changed (recordAccepted not run?)'
      .. (#messages > 0 and ('; the server said: ' .. table.concat(messages, ' / ')) or ''))
  end

  vim.cmd('write')
  say('wrote ' .. file)

  -- Shut the server down cleanly (shutdown + exit) before leaving.
  client.stop()
  vim.wait(3000, function() return exited ~= nil end, 10)
  if not exited then
    say('the server did not exit within 3 s of shutdown; leaving it to Neovim to kill')
  end
  io.stderr:flush()
  vim.cmd('qall!')
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  fail('Lua error: ' .. tostring(err))
end
