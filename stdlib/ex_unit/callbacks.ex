defmodule ExUnit.Callbacks do
  @moduledoc """
  `setup`, `setup_all` and `on_exit`. Each setup block becomes a function of
  the test module; the attributes `@ex_unit_setup`/`@ex_unit_setup_all` list
  them in order as `{module_or_nil, function, describe}` for the runner.
  """

  defmacro setup(block) do
    register(:ex_unit_setup, quote(do: _), block)
  end

  defmacro setup(var, block) do
    register(:ex_unit_setup, var, block)
  end

  defmacro setup_all(block) do
    register(:ex_unit_setup_all, quote(do: _), block)
  end

  defmacro setup_all(var, block) do
    register(:ex_unit_setup_all, var, block)
  end

  defp register(attr, var, [do: body]) do
    name = String.to_atom("__ex_unit_#{attr}_#{System.unique_integer([:positive])}")

    quote do
      unquote(put(attr, quote(do: {[{nil, unquote(name)}], @ex_unit_describe})))
      def unquote(name)(unquote(var)), do: unquote(body)
    end
  end

  defp register(attr, _var, callbacks) do
    put(attr, quote(do: {ExUnit.Callbacks.__callbacks__(unquote(callbacks)), @ex_unit_describe}))
  end

  # `@attr value`, with the attribute's name chosen by the caller.
  defp put(attr, value), do: {:@, [], [{attr, [], [value]}]}

  @doc false
  def __callbacks__(list) when is_list(list), do: Enum.flat_map(list, &__callbacks__/1)
  def __callbacks__({mod, fun}) when is_atom(mod) and is_atom(fun), do: [{mod, fun}]
  def __callbacks__(fun) when is_atom(fun), do: [{nil, fun}]

  @doc "Registers `callback` to run after the test (or module) process has ended."
  def on_exit(name_or_ref \\ make_ref(), callback) when is_function(callback, 0) do
    case Process.get(:"$ex_unit_runner") do
      nil ->
        raise ArgumentError, "on_exit/2 can only be invoked from the test process"

      runner ->
        send(runner, {:ex_unit_on_exit, self(), name_or_ref, callback})
        :ok
    end
  end

  @doc "Starts a child process that lives until the test ends."
  def start_supervised(spec, _opts \\ []) do
    {mod, fun, args} =
      case spec do
        {m, arg} when is_atom(m) -> {m, :start_link, [arg]}
        m when is_atom(m) -> {m, :start_link, [[]]}
        %{start: mfa} -> mfa
      end

    case apply(mod, fun, args) do
      {:ok, pid} ->
        on_exit(fn -> ExUnit.Callbacks.__stop__(pid) end)
        {:ok, pid}

      other ->
        {:error, other}
    end
  end

  def start_supervised!(spec, opts \\ []) do
    case start_supervised(spec, opts) do
      {:ok, pid} -> pid
      {:error, reason} -> raise "failed to start child with the spec #{inspect(spec)}.\nReason: #{inspect(reason)}"
    end
  end

  @doc false
  def __stop__(pid) do
    if :erlang.is_process_alive(pid) do
      ref = :erlang.monitor(:process, pid)
      :erlang.exit(pid, :shutdown)

      receive do
        {:DOWN, ^ref, _, _, _} -> :ok
      after
        5000 -> :erlang.exit(pid, :kill)
      end
    end

    :ok
  end
end
