defmodule Protocol do
  @moduledoc """
  Questions about protocols and their implementations. vial does not
  consolidate protocols (a script's are not consolidated in Elixir either):
  an implementation is found by its module name when a protocol dispatches.
  """

  @doc "Returns `:ok` if `module` is a loaded protocol, raises an ArgumentError otherwise."
  @spec assert_protocol!(module) :: :ok
  def assert_protocol!(module) do
    Code.ensure_loaded!(module)

    if function_exported?(module, :__protocol__, 1) and module.__protocol__(:module) == module do
      :ok
    else
      raise ArgumentError, "#{inspect(module)} is not a protocol"
    end
  end

  @doc "Returns `:ok` if `base` has an implementation of `protocol`, raises an ArgumentError otherwise."
  @spec assert_impl!(module, module) :: :ok
  def assert_impl!(protocol, base) do
    impl = Module.concat(protocol, base)
    Code.ensure_loaded!(impl)

    if function_exported?(impl, :__impl__, 1) and impl.__impl__(:protocol) == protocol do
      :ok
    else
      raise ArgumentError, "#{inspect(impl)} is not an implementation of a protocol"
    end
  end

  @doc "Whether `protocol` is consolidated: never, in vial."
  @spec consolidated?(module) :: boolean
  def consolidated?(protocol), do: protocol.__protocol__(:consolidated?)

  @doc "The protocols found in `paths` (vial loads no `.beam` files, so none)."
  @spec extract_protocols([charlist | String.t()]) :: [atom]
  def extract_protocols(paths) when is_list(paths), do: []

  @doc "The implementations of `protocol` found in `paths` (none: see `extract_protocols/1`)."
  @spec extract_impls(module, [charlist | String.t()]) :: [atom]
  def extract_impls(protocol, paths) when is_atom(protocol) and is_list(paths), do: []
end
