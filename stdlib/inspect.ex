defprotocol Inspect do
  @moduledoc """
  The `Inspect` protocol converts a term to a document (see `Inspect.Algebra`)
  that `inspect/2` lays out. Plain terms are printed by vial's Rust printer;
  the implementations below let Elixir code call `Inspect.inspect/2` on them.
  """
  @fallback_to_any true

  def inspect(term, opts)
end

defimpl Inspect, for: [Integer, Float, Atom, BitString, Tuple, Map, Function, PID, Reference, Port] do
  def inspect(term, opts), do: :vial.inspect_plain(term, opts)
end

defimpl Inspect, for: List do
  def inspect(term, opts), do: :vial.inspect_plain(term, opts)

  def keyword({key, value}, opts) do
    key = Inspect.Algebra.color(:vial.inspect_key(key), :atom, opts)
    Inspect.Algebra.concat(key, Inspect.Algebra.concat(" ", Inspect.Algebra.to_doc(value, opts)))
  end

  def keyword?([{key, _value} | rest]) when is_atom(key) do
    case :erlang.atom_to_binary(key, :utf8) do
      "Elixir." <> _ -> false
      _ -> keyword?(rest)
    end
  end

  def keyword?([]), do: true
  def keyword?(_other), do: false
end

defimpl Inspect, for: Any do
  def inspect(term, opts), do: :vial.inspect_any(term, opts)
end

defimpl Inspect, for: Range do
  import Inspect.Algebra

  def inspect(%{first: first, last: last, step: 1}, opts) when last >= first do
    concat([to_doc(first, opts), "..", to_doc(last, opts)])
  end

  def inspect(%{first: first, last: last, step: step}, opts) do
    concat([to_doc(first, opts), "..", to_doc(last, opts), "//", to_doc(step, opts)])
  end
end

defimpl Inspect, for: MapSet do
  import Inspect.Algebra

  def inspect(set, opts) do
    opts = %Inspect.Opts{opts | charlists: :as_lists}
    concat(["MapSet.new(", to_doc(MapSet.to_list(set), opts), ")"])
  end
end

defmodule Inspect.Error do
  @moduledoc "Raised when a struct's `Inspect` implementation fails and `safe: false`."

  defexception [:exception_module, :exception_message, :stacktrace, :inspected_struct]

  @impl true
  def exception(arguments) when is_list(arguments) do
    exception = Keyword.fetch!(arguments, :exception)

    %Inspect.Error{
      exception_module: exception.__struct__,
      exception_message: exception |> Exception.message() |> String.trim_trailing("\n"),
      stacktrace: Keyword.fetch!(arguments, :stacktrace),
      inspected_struct: Keyword.fetch!(arguments, :inspected_struct)
    }
  end

  @impl true
  def message(%{exception_module: module, exception_message: message, inspected_struct: shown}) do
    "got #{Kernel.inspect(module)} with message:\n\n    \"\"\"\n" <>
      pad(message, 4) <>
      "\n    \"\"\"\n\nwhile inspecting:\n\n" <> pad(shown, 4) <> "\n"
  end

  @doc false
  def pad(string, level) do
    padding = String.duplicate(" ", level)

    string
    |> String.split("\n")
    |> Enum.map_join("\n", fn
      "" -> ""
      line -> padding <> line
    end)
  end
end

defimpl Inspect, for: Inspect.Error do
  def inspect(%{stacktrace: []} = error, _opts) do
    "#Inspect.Error<\n  " <> Inspect.Error.pad(Exception.message(error), 2) <> ">"
  end

  def inspect(%{stacktrace: stacktrace} = error, _opts) do
    "#Inspect.Error<\n" <>
      Inspect.Error.pad(Exception.message(error), 2) <>
      "\n  Stacktrace:\n\n" <> Exception.format_stacktrace(stacktrace) <> "\n>"
  end
end
