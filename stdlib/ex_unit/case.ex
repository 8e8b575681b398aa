defmodule ExUnit.Case do
  @moduledoc """
  `use ExUnit.Case` turns a module into a test case: `test`, `describe`,
  `setup` and the assertions become available, and the module joins the run
  that `ExUnit.start/1` schedules at exit. Tests are recorded in module
  attributes while the body compiles; `__ex_unit__/0` hands them to the runner.
  """

  defmacro __using__(opts) do
    async = Keyword.get(opts, :async, false)

    quote do
      import ExUnit.Callbacks
      import ExUnit.Assertions
      import ExUnit.DocTest
      import ExUnit.Case, only: [test: 1, test: 2, test: 3, describe: 2, __ex_unit_test__: 5]
      Module.register_attribute(__MODULE__, :tag, accumulate: true)
      Module.register_attribute(__MODULE__, :describetag, accumulate: true)
      Module.register_attribute(__MODULE__, :moduletag, accumulate: true)
      Module.register_attribute(__MODULE__, :ex_unit_tests, accumulate: true)
      Module.register_attribute(__MODULE__, :ex_unit_setup, accumulate: true)
      Module.register_attribute(__MODULE__, :ex_unit_setup_all, accumulate: true)
      @ex_unit_describe nil
      @ex_unit_async unquote(async)
      @before_compile ExUnit.Case
      ExUnit.Case.__register__(__MODULE__, unquote(async))
    end
  end

  @doc false
  def __register__(module, async) do
    mods = Process.get(:"$ex_unit_modules", [])
    Process.put(:"$ex_unit_modules", [{module, async} | List.keydelete(mods, module, 0)])
    :ok
  end

  defmacro __before_compile__(env) do
    callbacks =
      quote do
        @doc false
        def __ex_unit__(:setup, context) do
          context =
            ExUnit.Runner.run_callbacks(
              __MODULE__,
              Enum.reverse(@ex_unit_setup),
              context,
              context[:describe]
            )

          context
        end

        def __ex_unit__(:setup_all, context) do
          context =
            ExUnit.Runner.run_callbacks(__MODULE__, Enum.reverse(@ex_unit_setup_all), context, nil)

          context
        end
      end

    # Failures in callbacks show `__ex_unit__/2` at the line of `defmodule`,
    # which vial's environment does not keep: it is looked up in the source.
    line = defmodule_line(env)

    callbacks =
      Macro.prewalk(callbacks, fn
        {form, meta, args} when is_list(meta) -> {form, Keyword.put(meta, :line, line), args}
        other -> other
      end)

    quote do
      unquote(callbacks)

      @doc false
      def __ex_unit__ do
        %{
          tests: Enum.reverse(@ex_unit_tests),
          setup: Enum.reverse(@ex_unit_setup),
          setup_all: Enum.reverse(@ex_unit_setup_all),
          moduletag: @moduletag,
          async: @ex_unit_async,
          file: unquote(env.file)
        }
      end
    end
  end

  defp defmodule_line(env) do
    wanted = "defmodule #{inspect(env.module)} do"

    with {:ok, source} <- File.read(env.file),
         index when is_integer(index) <-
           source |> String.split("\n") |> Enum.find_index(&(String.trim(&1) == wanted)) do
      index + 1
    else
      _ -> env.line
    end
  end

  @doc "A test that is not implemented yet: it fails with `Not implemented`."
  defmacro test(message) do
    quote do
      @tag :not_implemented
      __ex_unit_test__(nil, unquote(message), _, [do: flunk("Not implemented")], unquote(__CALLER__.line))
    end
  end

  @doc "Defines a test named `message`."
  defmacro test(message, contents) do
    quote do
      __ex_unit_test__(nil, unquote(message), _, unquote(contents), unquote(__CALLER__.line))
    end
  end

  @doc "Defines a test named `message`; `var` matches the context."
  defmacro test(message, var, contents) do
    quote do
      __ex_unit_test__(nil, unquote(message), unquote(var), unquote(contents), unquote(__CALLER__.line))
    end
  end

  # A test inside `describe` names the describe (which rewrote its `test`
  # calls), so that the function's name is known when the macro expands.
  @doc false
  defmacro __ex_unit_test__(describe, message, var, contents, line) do
    # One flat block: vial tracks the line of a statement only at the top
    # level of a function body, and failures report it.
    body =
      case contents do
        [do: {:__block__, meta, statements}] -> {:__block__, meta, statements ++ [:ok]}
        [do: block] -> {:__block__, [], [block, :ok]}
        _ -> quote(do: (try(unquote(contents)); :ok))
      end

    name =
      if is_binary(message) and (describe == nil or is_binary(describe)) do
        __test_name__(describe, message)
      else
        {:unquote, [], [quote(do: ExUnit.Case.__test_name__(unquote(describe), unquote(message)))]}
      end

    definition = {:def, [line: line], [{name, [line: line], [var]}, [do: body]]}

    quote do
      @ex_unit_tests {ExUnit.Case.__test_name__(unquote(describe), unquote(message)),
                      unquote(message), @ex_unit_describe, unquote(line), @tag, @describetag}
      unquote(definition)
    end
  end

  @doc "Groups tests; the name prefixes theirs and scopes `setup` and `@describetag`."
  defmacro describe(message, do: block) do
    line = __CALLER__.line

    block =
      Macro.prewalk(block, fn
        {:test, meta, [name | rest]} when length(rest) in 0..2 ->
          case rest do
            [] ->
              {:__block__, [],
               [
                 quote(do: @tag(:not_implemented)),
                 {:__ex_unit_test__, meta,
                  [message, name, quote(do: _), [do: quote(do: flunk("Not implemented"))], meta[:line]]}
               ]}

            [contents] ->
              {:__ex_unit_test__, meta, [message, name, quote(do: _), contents, meta[:line]]}

            [var, contents] ->
              {:__ex_unit_test__, meta, [message, name, var, contents, meta[:line]]}
          end

        other ->
          other
      end)

    quote do
      @ex_unit_describe {unquote(message), unquote(line), length(@describetag)}
      unquote(block)
      @ex_unit_describe nil
    end
  end

  @doc false
  def __test_name__(nil, message), do: String.to_atom("test " <> message)
  def __test_name__(describe, message),
    do: String.to_atom("test " <> describe <> " " <> message)
end
