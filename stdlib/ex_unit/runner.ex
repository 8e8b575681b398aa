defmodule ExUnit.Runner do
  @moduledoc """
  Runs test modules one after another (async ones first): `setup_all` in a
  process living for the module, each test in a process of its own that
  exits with `:shutdown` when it ends, `on_exit` callbacks after it has gone.
  Progress and failures are printed as ExUnit's command-line formatter does.
  """

  @doc false
  def run(modules, config) do
    start = System.monotonic_time(:microsecond)
    config = normalize_filters(config)
    ExUnit.Formatter.print_filters(config)
    {async, sync} = Enum.split_with(modules, fn {_, async} -> async end)

    state = %{
      config: config,
      seed: Keyword.get(config, :seed) || 0,
      trace: Keyword.get(config, :trace, false),
      max_failures: Keyword.get(config, :max_failures, :infinity),
      tests: 0,
      doctests: 0,
      failures: 0,
      skipped: 0,
      excluded: 0,
      invalid: 0,
      async_us: 0,
      sync_us: 0,
      aborted: false
    }

    state = run_async(Enum.map(async, &elem(&1, 0)), state)
    state = run_group(Enum.map(sync, &elem(&1, 0)), state, :sync_us)

    if state.aborted do
      IO.puts("--max-failures reached, aborting test suite")
    end

    total = System.monotonic_time(:microsecond) - start
    ExUnit.Formatter.print_summary(state, total)
    %{
      total: state.tests,
      failures: state.failures + state.invalid,
      excluded: state.excluded,
      skipped: state.skipped
    }
  end

  # A lone tag reads as a list of one; a tag both included and excluded is
  # only included.
  defp normalize_filters(config) do
    include = config |> Keyword.get(:include, []) |> List.wrap() |> Enum.uniq()
    exclude = config |> Keyword.get(:exclude, []) |> List.wrap() |> Enum.uniq()
    config |> Keyword.put(:include, include) |> Keyword.put(:exclude, exclude -- include)
  end

  # Async modules run side by side (as many at once as ExUnit's default
  # max_cases, twice the schedulers), each in a process of its own that hands
  # back its counts; failures are numbered in the order they are printed by a
  # counter they share. With `trace: true` they run one after another, as in
  # Elixir.
  defp run_async([], state), do: state

  defp run_async(modules, %{trace: true} = state), do: run_group(modules, state, :async_us)

  defp run_async(modules, state) do
    start = System.monotonic_time(:microsecond)
    counter = spawn_link(fn -> count_failures(state.failures) end)
    max = Keyword.get(state.config, :max_cases, System.schedulers_online() * 2)
    local = %{state | tests: 0, doctests: 0, failures: 0, skipped: 0, excluded: 0, invalid: 0}
    local = Map.put(local, :counter, counter)
    state = run_workers(modules, %{}, max, local, state)
    Process.unlink(counter)
    Process.exit(counter, :kill)
    Map.update!(state, :async_us, &(&1 + System.monotonic_time(:microsecond) - start))
  end

  defp run_workers([], running, _max, _local, state) when map_size(running) == 0, do: state

  defp run_workers([module | rest], running, max, local, state)
       when map_size(running) < max and not state.aborted do
    parent = self()

    {pid, ref} =
      spawn_monitor(fn ->
        send(parent, {self(), :module_done, run_module(module, local)})
      end)

    run_workers(rest, Map.put(running, pid, ref), max, local, state)
  end

  defp run_workers(pending, running, max, local, state) do
    receive do
      {pid, :module_done, done} when is_map_key(running, pid) ->
        ref = Map.fetch!(running, pid)
        Process.demonitor(ref, [:flush])
        state = merge_counts(state, done)
        pending = if state.aborted, do: [], else: pending
        run_workers(pending, Map.delete(running, pid), max, local, state)

      {:DOWN, _ref, :process, pid, _reason} when is_map_key(running, pid) ->
        run_workers(pending, Map.delete(running, pid), max, local, state)
    end
  end

  defp merge_counts(state, done) do
    %{
      state
      | tests: state.tests + done.tests,
        doctests: state.doctests + done.doctests,
        failures: state.failures + done.failures,
        skipped: state.skipped + done.skipped,
        excluded: state.excluded + done.excluded,
        invalid: state.invalid + done.invalid,
        aborted: state.aborted or done.aborted
    }
  end

  defp count_failures(n) do
    receive do
      {:print, from, ref, test, failure, trace?} ->
        ExUnit.Formatter.print_test_failure(test, failure, n + 1, trace?)
        send(from, {ref, n + 1})
        count_failures(n + 1)

      {:current, from, ref} ->
        send(from, {ref, n})
        count_failures(n)
    end
  end

  # The number of the last failure printed; counted here when modules run
  # one at a time.
  defp failure_number(%{counter: counter}, :current, _local) do
    ref = make_ref()
    send(counter, {:current, self(), ref})

    receive do
      {^ref, n} -> n
    end
  end

  defp failure_number(_state, :current, local), do: local

  # Prints a test's failure numbered after the others; returns its number.
  defp print_failure(%{counter: counter}, test, failure, _local) do
    ref = make_ref()
    send(counter, {:print, self(), ref, test, failure, false})

    receive do
      {^ref, n} -> n
    end
  end

  defp print_failure(state, test, failure, local) do
    ExUnit.Formatter.print_test_failure(test, failure, local, state.trace)
    local
  end

  defp run_group(modules, state, key) do
    Enum.reduce(modules, state, fn module, state ->
      if state.aborted do
        state
      else
        start = System.monotonic_time(:microsecond)
        state = run_module(module, state)
        Map.update!(state, key, &(&1 + System.monotonic_time(:microsecond) - start))
      end
    end)
  end

  defp run_module(module, state) do
    info = module.__ex_unit__()
    tests = module |> build_tests(info) |> order(state.seed)
    if state.trace, do: IO.puts("\n#{inspect(module)} [#{Path.relative_to_cwd(info.file)}]")

    {runnable, filtered} = Enum.split_with(tests, &(filter(&1, state.config) == :run))
    state = Enum.reduce(filtered, state, &finish_filtered(&1, &2))

    if runnable == [] do
      state
    else
      module_context = Map.merge(%{module: module, case: module}, normalize_tags(Enum.reverse(info.moduletag)))

      case start_setup_all(module, info, module_context) do
        {:ok, pid, context} ->
          state =
            Enum.reduce(runnable, state, fn test, state ->
              if state.aborted, do: state, else: run_test(module, info, test, context, state)
            end)

          stop_setup_all(pid)
          state

        {:error, pid, failure} ->
          stop_setup_all(pid)

          # Its tests are invalid; the failure is told once, numbered as
          # the last failure (it does not count as one).
          Enum.each(runnable, fn test ->
            if state.trace,
              do: IO.puts(trace_start(test) <> "\r  * #{test.name} (0.00ms) [L##{test.line}]"),
              else: IO.write("?")
          end)

          number = failure_number(state, :current, state.failures)
          ExUnit.Formatter.print_module_failure(module, failure, number, state.trace)
          n = length(runnable)
          state = Enum.reduce(runnable, state, &count_doctest/2)
          %{state | tests: state.tests + n, invalid: state.invalid + n}
      end
    end
  end

  # The tests of a module with their tags: each test's own `@tag`s are the
  # ones added to the accumulated list since the test before it.
  defp build_tests(module, info) do
    moduletags = normalize_tags(Enum.reverse(info.moduletag))

    {tests, _} =
      Enum.map_reduce(info.tests, 0, fn {name, _message, describe, line, tags, dtags}, seen ->
        own = Enum.take(tags, length(tags) - seen)

        dtags =
          case describe do
            {_, _, start} -> Enum.take(dtags, length(dtags) - start)
            nil -> []
          end

        all_tags =
          moduletags
          |> Map.merge(normalize_tags(Enum.reverse(dtags)))
          |> Map.merge(normalize_tags(Enum.reverse(own)))

        {describe_name, describe_line} =
          case describe do
            {d, dl, _} -> {d, dl}
            nil -> {nil, nil}
          end

        context =
          Map.merge(
            %{
              module: module,
              test: name,
              file: Path.expand(info.file),
              line: line,
              async: info.async,
              describe: describe_name,
              describe_line: describe_line,
              test_type: :test,
              registered: %{}
            },
            all_tags
          )

        {%{name: name, module: module, line: line, file: info.file, describe: describe_name,
           tags: context}, length(tags)}
      end)

    tests
  end

  # Seed 0 keeps the order of definition; another seed shuffles as
  # Elixir does (exs1024 seeded with the seed thrice, over the tests
  # last-defined first), so that the order is the same as under elixir.
  defp order(tests, 0), do: tests

  defp order(tests, seed) do
    _ = :rand.seed(:exs1024, {seed, seed, seed})
    tests |> Enum.reverse() |> Enum.shuffle()
  end

  defp normalize_tags(list) do
    Enum.reduce(list, %{}, fn
      tag, acc when is_atom(tag) -> Map.put(acc, tag, true)
      kw, acc when is_list(kw) -> Enum.into(kw, acc)
      {k, v}, acc -> Map.put(acc, k, v)
    end)
  end

  # :run, {:skipped, reason} or {:excluded, reason}
  defp filter(test, config) do
    tags = test.tags
    include = Keyword.get(config, :include, [])
    exclude = Keyword.get(config, :exclude, [])

    cond do
      (excluded = Enum.find(List.wrap(exclude), &has_tag?(&1, tags))) != nil and
          not Enum.any?(List.wrap(include), &has_tag?(&1, tags)) ->
        {:excluded, "due to #{format_filter(excluded)} filter"}

      Map.get(tags, :skip) not in [nil, false] ->
        reason = if is_binary(tags.skip), do: tags.skip, else: "due to skip tag"
        {:skipped, reason}

      true ->
        :run
    end
  end

  defp format_filter({k, v}), do: "#{k}: #{inspect(v)}"
  defp format_filter(k), do: inspect(k)

  defp has_tag?({key, value}, tags) do
    case Map.fetch(tags, key) do
      {:ok, ^value} -> true
      {:ok, other} when is_binary(value) -> to_string(other) == value
      _ -> false
    end
  end

  defp has_tag?(key, tags) when is_atom(key), do: Map.get(tags, key) not in [nil, false]

  defp finish_filtered(test, state) do
    case filter(test, state.config) do
      {:excluded, _reason} ->
        if state.trace,
          do: IO.puts(trace_start(test) <> "\r  * #{test.name} (excluded) [L##{test.line}]")

        state = count_doctest(test, state)
        %{state | tests: state.tests + 1, excluded: state.excluded + 1}

      {:skipped, _reason} ->
        if state.trace,
          do: IO.puts(trace_start(test) <> "\r  * #{test.name} (skipped) [L##{test.line}]"),
          else: IO.write("*")
        state = count_doctest(test, state)
        %{state | tests: state.tests + 1, skipped: state.skipped + 1}
    end
  end

  # Of all the tests counted, how many are doctests (the summary tells them apart).
  defp count_doctest(%{tags: %{test_type: :doctest}}, state),
    do: %{state | doctests: state.doctests + 1}

  defp count_doctest(_test, state), do: state

  defp trace_start(test), do: "  * #{test.name} [L##{test.line}]"

  defp trace_line(test, us, suffix) do
    "\r  * #{test.name} (#{format_us(us)}ms) [L##{test.line}]" <> suffix
  end

  defp format_us(us) do
    ms = us / 1000
    if ms < 10, do: :erlang.float_to_binary(ms, decimals: 1), else: Integer.to_string(round(ms))
  end

  defp start_setup_all(module, info, context) do
    runner = self()

    {pid, ref} =
      spawn_monitor(fn ->
        Process.put(:"$ex_unit_runner", runner)

        result =
          try do
            {:ok, module.__ex_unit__(:setup_all, context)}
          catch
            kind, reason -> {:error, {kind, reason, __STACKTRACE__}}
          end

        send(runner, {self(), :setup_all, result})

        receive do
          :ex_unit_stop -> exit(:shutdown)
        end
      end)

    receive do
      {^pid, :setup_all, {:ok, context}} -> {:ok, {pid, ref}, context}
      {^pid, :setup_all, {:error, failure}} -> {:error, {pid, ref}, failure}
      {:DOWN, ^ref, :process, ^pid, reason} -> {:error, nil, {:exit, reason, []}}
    end
  end

  defp stop_setup_all(nil), do: :ok

  defp stop_setup_all({pid, ref}) do
    send(pid, :ex_unit_stop)

    receive do
      {:DOWN, ^ref, :process, ^pid, _} -> :ok
    end

    run_on_exit(pid)
  end

  # The callbacks run through the module's `__ex_unit__/2`, so that a
  # failing one shows the frames Elixir shows; plain recursion here, as the
  # frames of this module are cut from reports but Enum's would not be.
  @doc false
  def run_callbacks(_module, [], context, _describe), do: context

  def run_callbacks(module, [{funs, cb_describe} | rest], context, describe) do
    context =
      if cb_describe == nil or describe_name(cb_describe) == describe,
        do: run_funs(module, funs, context),
        else: context

    run_callbacks(module, rest, context, describe)
  end

  defp run_funs(_module, [], context), do: context

  defp run_funs(module, [{mod, fun} | rest], context) do
    result = apply(mod || module, fun, [context])
    run_funs(module, rest, ExUnit.Callbacks.__merge__(module, context, result))
  end

  defp describe_name({name, _, _}), do: name

  defp run_test(module, info, test, module_context, state) do
    runner = self()
    context = module_context |> Map.merge(test.tags) |> tmp_dir(module, test)
    capture_log = Map.get(context, :capture_log, Keyword.get(state.config, :capture_log, false))
    if state.trace, do: IO.write(trace_start(test))
    start = System.monotonic_time(:microsecond)

    # (captured from here, so that a test killed by an exit keeps its logs)
    log_device = start_log_capture(capture_log)

    {pid, ref} =
      spawn_monitor(fn ->
        Process.put(:"$ex_unit_runner", runner)

        result =
          try do
            if context[:not_implemented] do
              throw({:ex_unit_not_implemented, %ExUnit.AssertionError{message: "Not implemented"}})
            end

            context = module.__ex_unit__(:setup, context)
            apply(module, test.name, [context])
            :ok
          rescue
            # (rescued, an error of a built-in is explained as Elixir does:
            # which argument was wrong)
            error -> {:failed, :error, error, __STACKTRACE__}
          catch
            :throw, {:ex_unit_not_implemented, error} -> {:failed, :error, error, []}
            kind, reason -> {:failed, kind, reason, __STACKTRACE__}
          end

        send(runner, {self(), :test_result, result})
        exit(:shutdown)
      end)

    result =
      receive do
        {^pid, :test_result, result} ->
          receive do
            {:DOWN, ^ref, :process, ^pid, _} -> :ok
          end

          result

        # Killed by an exit signal (a linked process crashed): told as
        # `** (EXIT from #PID<...>)`, the test process's pid.
        {:DOWN, ^ref, :process, ^pid, reason} ->
          {:failed, {:EXIT, pid}, reason, []}
      after
        timeout(context, state.config) ->
          :erlang.exit(pid, :kill)

          receive do
            {:DOWN, ^ref, :process, ^pid, _} -> :ok
          end

          error = %ExUnit.TimeoutError{timeout: timeout(context, state.config), type: "test"}
          file = String.to_charlist(Path.relative_to_cwd(test.file))
          frame = {module, test.name, 1, [file: file, line: test.line]}
          {:failed, :error, error, [frame]}
      end

    logs = stop_log_capture(log_device)

    result =
      case run_on_exit(pid) do
        :ok -> result
        failure when result == :ok -> failure
        _ -> result
      end

    test = Map.put(test, :logs, logs)

    us = System.monotonic_time(:microsecond) - start
    state = count_doctest(test, %{state | tests: state.tests + 1})

    case result do
      :ok ->
        if state.trace, do: IO.puts(trace_line(test, us, "")), else: IO.write(".")
        state

      {:failed, kind, reason, stack} ->
        if state.trace, do: IO.puts(trace_line(test, us, ""))
        failures = state.failures + 1
        number = print_failure(state, test, {kind, reason, stack}, failures)
        aborted = state.max_failures != :infinity and number >= state.max_failures
        %{state | failures: failures, aborted: aborted}
    end
  end

  # `@tag :capture_log` (or `capture_log: true` in the configuration): what
  # is logged during the test is kept, and shown only if it fails.
  defp start_log_capture(false), do: nil
  defp start_log_capture(nil), do: nil

  defp start_log_capture(level) do
    {:ok, device} = StringIO.open("")
    Logger.__add_capture__(device, if(level == true, do: :all, else: level))
    device
  end

  defp stop_log_capture(nil), do: ""

  defp stop_log_capture(device) do
    Logger.flush()
    Logger.__remove_capture__(device)
    {:ok, {_input, output}} = StringIO.close(device)
    output
  end

  # `@tag :tmp_dir`: a fresh, empty directory under tmp/ for the test.
  defp tmp_dir(%{tmp_dir: wanted} = context, module, test) when wanted not in [nil, false] do
    module_name = inspect(module)
    test_name = Atom.to_string(test.name)
    escape = &String.replace(&1, [" ", "[", "~", "#", "%", "&", "*", "{", "}", "\\", ":", "<", ">", "?", "/", "+", "|", "\"", "]"], "-")
    hash = (module_name <> "/" <> test_name) |> :erlang.md5() |> Base.encode16(case: :lower) |> binary_part(0, 8)
    path = Path.expand(Path.join(["tmp", escape.(module_name), escape.(test_name) <> "-" <> hash]))
    path = if is_binary(wanted), do: Path.join(path, wanted), else: path
    File.rm_rf!(path)
    File.mkdir_p!(path)
    %{context | tmp_dir: path}
  end

  defp tmp_dir(context, _module, _test), do: context

  # Tracing, ExUnit waits for ever (a `@tag timeout:` too).
  defp timeout(context, config) do
    case (Keyword.get(config, :trace) && {:ok, :infinity}) || Map.fetch(context, :timeout) do
      {:ok, timeout} -> timeout
      :error -> Keyword.get(config, :timeout, 60_000)
    end
  end

  # Runs the on_exit callbacks `pid` registered (the last one first), once
  # the children it started with `start_supervised/2` are stopped.
  defp run_on_exit(pid) do
    stop_test_supervisor(pid)
    callbacks = collect_on_exit(pid, [])

    Enum.reduce(callbacks, :ok, fn {_name, fun}, acc ->
      try do
        fun.()
        acc
      catch
        kind, reason ->
          if acc == :ok, do: {:failed, kind, reason, on_exit_frames(__STACKTRACE__)}, else: acc
      end
    end)
  end

  # The frames of a failed on_exit callback: its own, then those of the
  # process that runs it in Elixir (the runner's own frames give way).
  defp on_exit_frames(stack) do
    own = Enum.take_while(stack, fn {module, _, _, _} -> module not in [ExUnit.Runner, Enum] end)

    own ++
      [
        {ExUnit.OnExitHandler, :exec_callback, 1, [file: 'lib/ex_unit/on_exit_handler.ex', line: 143]},
        {ExUnit.OnExitHandler, :on_exit_runner_loop, 0, [file: 'lib/ex_unit/on_exit_handler.ex', line: 129]}
      ]
  end

  # The test process has ended: its supervisor (linked to it) is stopping.
  defp stop_test_supervisor(pid) do
    receive do
      {:ex_unit_supervisor, ^pid, supervisor} ->
        ref = Process.monitor(supervisor)

        receive do
          {:DOWN, ^ref, :process, ^supervisor, _} -> :ok
        end
    after
      0 -> :ok
    end
  end

  defp collect_on_exit(pid, acc) do
    receive do
      {:ex_unit_on_exit, ^pid, name, fun} ->
        acc = List.keydelete(acc, name, 0)
        collect_on_exit(pid, [{name, fun} | acc])
    after
      0 -> acc
    end
  end
end
