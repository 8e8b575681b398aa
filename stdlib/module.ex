defmodule Module do
  @moduledoc """
  Functions on module names that need no compiler state: joining aliases
  (`concat/1,2`, `safe_concat/1,2`) and splitting them (`split/1`). The
  compile-time functions (`register_attribute/3`, `put_attribute/3`, ...)
  are handled by the compiler while a module body is expanded.
  """

  @doc "Joins aliases into one module name: `Module.concat([Foo, \"Bar\"])` is `Foo.Bar`."
  @spec concat([binary | atom]) :: atom
  def concat(aliases) when is_list(aliases), do: :erlang.binary_to_atom(joined(aliases), :utf8)

  @doc "Joins two aliases into one module name."
  @spec concat(binary | atom, binary | atom) :: atom
  def concat(left, right), do: concat([left, right])

  @doc "Like `concat/1`, but only when the resulting atom already exists."
  @spec safe_concat([binary | atom]) :: atom
  def safe_concat(aliases) when is_list(aliases),
    do: :erlang.binary_to_existing_atom(joined(aliases), :utf8)

  @doc "Like `concat/2`, but only when the resulting atom already exists."
  @spec safe_concat(binary | atom, binary | atom) :: atom
  def safe_concat(left, right), do: safe_concat([left, right])

  @doc "Splits a module name into its alias parts: `Foo.Bar` gives `[\"Foo\", \"Bar\"]`."
  @spec split(module | String.t()) :: [String.t(), ...]
  def split(module) when is_atom(module), do: split(:erlang.atom_to_binary(module, :utf8), module)
  def split(module) when is_binary(module), do: split(module, module)

  defp split("Elixir." <> name, _original) when name != "", do: :binary.split(name, ".", [:global])

  defp split(_name, original) do
    raise ArgumentError, message: "expected an Elixir module, got: " <> inspect(original)
  end

  defp joined(aliases) do
    parts =
      for part <- aliases, part != nil do
        part |> to_text() |> strip_elixir()
      end

    :erlang.iolist_to_binary(["Elixir" | for(part <- parts, part != "", do: ["." | part])])
  end

  defp to_text(part) when is_atom(part), do: :erlang.atom_to_binary(part, :utf8)
  defp to_text(part) when is_binary(part), do: part

  defp strip_elixir("Elixir." <> rest), do: rest
  defp strip_elixir("Elixir"), do: ""
  defp strip_elixir(other), do: other
end
