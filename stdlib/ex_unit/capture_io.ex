defmodule ExUnit.CaptureIO do
  @moduledoc """
  Captures what a function writes: a `StringIO` device becomes the group
  leader of the calling process (or the process registered as
  `:standard_error`) while the function runs.
  """

  @doc "The output of `fun`, written to `device` (`:stdio` by default)."
  def capture_io(fun) when is_function(fun, 0), do: capture_io(:stdio, [], fun)

  def capture_io(device, fun) when is_atom(device) and is_function(fun, 0),
    do: capture_io(device, [], fun)

  def capture_io(input, fun) when is_binary(input) and is_function(fun, 0),
    do: capture_io(:stdio, [input: input], fun)

  def capture_io(options, fun) when is_list(options) and is_function(fun, 0),
    do: capture_io(:stdio, options, fun)

  def capture_io(device, input, fun) when is_binary(input) and is_function(fun, 0),
    do: capture_io(device, [input: input], fun)

  def capture_io(device, options, fun) when is_list(options) and is_function(fun, 0) do
    {_result, output} = with_io(device, options, fun)
    output
  end

  @doc "Runs `fun`; returns `{result, output}`."
  def with_io(fun) when is_function(fun, 0), do: with_io(:stdio, [], fun)

  def with_io(device, fun) when is_atom(device) and is_function(fun, 0),
    do: with_io(device, [], fun)

  def with_io(input, fun) when is_binary(input) and is_function(fun, 0),
    do: with_io(:stdio, [input: input], fun)

  def with_io(options, fun) when is_list(options) and is_function(fun, 0),
    do: with_io(:stdio, options, fun)

  def with_io(device, input, fun) when is_binary(input) and is_function(fun, 0),
    do: with_io(device, [input: input], fun)

  def with_io(device, options, fun) when is_list(options) and is_function(fun, 0) do
    input = Keyword.get(options, :input, "")
    prompt = Keyword.get(options, :capture_prompt, true)
    {:ok, string_io} = StringIO.open(input, capture_prompt: prompt)

    case device do
      d when d in [:stdio, :standard_io] -> capture_group_leader(string_io, fun)
      d when d in [:stderr, :standard_error] -> capture_registered(:standard_error, string_io, fun)
      name -> capture_registered(name, string_io, fun)
    end
  end

  defp capture_group_leader(string_io, fun) do
    original = :erlang.group_leader()
    :erlang.group_leader(string_io, self())

    try do
      fun.()
    after
      :erlang.group_leader(original, self())
    end
    |> finish(string_io)
  end

  defp capture_registered(name, string_io, fun) do
    original = :erlang.whereis(name)
    if original != :undefined, do: :erlang.unregister(name)
    :erlang.register(name, string_io)

    try do
      fun.()
    after
      :erlang.unregister(name)
      if original != :undefined, do: :erlang.register(name, original)
    end
    |> finish(string_io)
  end

  defp finish(result, string_io) do
    {:ok, {_input, output}} = StringIO.close(string_io)
    {result, output}
  end
end
